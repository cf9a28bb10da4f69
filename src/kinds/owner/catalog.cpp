// The owner kind's catalog query and rows (part of tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// The owner of every schema, table, view, standalone sequence, routine and
// enum tenantctl manages: the kind (as GrantOn names it), the object's
// schema and name (a routine's identity), the owner. A sequence that a
// column owns (serial, identity) has its table's owner and no row.
const char* const k_owners =
    "select 'schema', '', n.nspname::text, pg_catalog.pg_get_userbyid(n.nspowner)::text"
    " from pg_catalog.pg_namespace n"
    " where" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_namespace", "n.oid")
    " union all"
    " select case when c.relkind = 'S' then 'sequence' else 'table' end,"
    " n.nspname::text, c.relname::text, pg_catalog.pg_get_userbyid(c.relowner)::text"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " where (" TENANTCTL_MANAGED_TABLE("c") " or c.relkind in ('v', 'm', 'S'))"
    " and not exists (select 1 from pg_catalog.pg_depend o"
    "   where o.classid = 'pg_catalog.pg_class'::pg_catalog.regclass and o.objid = c.oid"
    "   and o.refobjsubid > 0 and o.deptype in ('a', 'i')"
    "   and o.refobjid <> c.oid)"  // a partitioned table depends on its own key columns
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " union all"
    " select 'routine', n.nspname::text,"
    " p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')',"
    " pg_catalog.pg_get_userbyid(p.proowner)::text"
    " from pg_catalog.pg_proc p"
    " join pg_catalog.pg_namespace n on n.oid = p.pronamespace"
    " where" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_proc", "p.oid")
    " union all"
    " select 'type', n.nspname::text, t.typname::text, pg_catalog.pg_get_userbyid(t.typowner)::text"
    " from pg_catalog.pg_type t"
    " join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    " where" TENANTCTL_MANAGED_TYPE("t") " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid");
// clang-format on

// The role the reading session creates objects as.
const char* const k_creator = "select current_user::text";

namespace {

model::GrantOn owned_on(std::string_view kind) {
  for (const auto on : {model::GrantOn::schema, model::GrantOn::sequence, model::GrantOn::routine,
                        model::GrantOn::type}) {
    if (kind == model::grant_on_name(on)) {
      return on;
    }
  }
  return model::GrantOn::table;
}

base::Result<void> load_owners(const pg::Rows& rows, const pg::Rows& creator,
                               model::Catalog& catalog) {
  if (creator.size() == 1) {
    catalog.creator = std::string(creator.text(0, 0));
  }
  for (std::size_t row = 0; row < rows.size(); ++row) {
    model::GrantTarget target{.on = owned_on(rows.text(row, 0)), .name = qualified(rows, row, 1)};
    // Loaded after the owned kinds: an unmanaged routine has no owner here.
    if (!model::has_object(catalog, target)) {
      continue;
    }
    model::Owner owner{.name = target, .role = std::string(rows.text(row, 3))};
    catalog.owners.insert_or_assign(target, std::move(owner));
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::Owner> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading,
      [&](const pg::Rows& rows, const pg::Rows& creator) {
        return load_owners(rows, creator, catalog);
      },
      q_owners, q_creator);
}

}  // namespace introspect::detail
