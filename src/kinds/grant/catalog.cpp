// The grant kind's catalog query and rows (part of tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// The privileges that roles other than the owner hold, from the ACL of every
// object that has one of its own (a NULL ACL is the default: nothing to
// read): the kind (database, schema, table, sequence, column, routine,
// type), the object's schema and name (a routine's identity), the column,
// the grantee ("public" for PUBLIC), the privilege, whether grantable; one
// row of NULLs for an object whose ACL holds only its owner's entries.
const char* const k_grants =
    "select o.kind, o.nspname, o.name, o.col,"
    " case when x.grantee = 0 then 'public'"
    "   else coalesce(r.rolname::text, '#' || x.grantee::text) end,"
    " pg_catalog.lower(x.privilege_type), x.is_grantable"
    " from ("
    "   select case when c.relkind = 'S' then 'sequence' else 'table' end as kind,"
    "   n.nspname::text, c.relname::text as name, null::text as col, c.relacl as acl,"
    "   c.relowner as owner"
    "   from pg_catalog.pg_class c"
    "   join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    "   where c.relacl is not null and (" TENANTCTL_MANAGED_TABLE("c") " or c.relkind in ('v', 'm', 'S'))"
    // An identity column's sequence is the column's. (A partitioned table
    // depends internally on itself, through its partition key.)
    "   and not (c.relkind = 'S' and exists (select 1 from pg_catalog.pg_depend i"
    "     where i.classid = 'pg_catalog.pg_class'::pg_catalog.regclass and i.objid = c.oid"
    "     and i.deptype = 'i'))"
    "   and" TENANTCTL_USER_NAMESPACE("n")
    "   and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " union all"
    "   select 'column', n.nspname::text, c.relname::text, a.attname::text, a.attacl, c.relowner"
    "   from pg_catalog.pg_attribute a"
    "   join pg_catalog.pg_class c on c.oid = a.attrelid"
    "   join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    "   where a.attacl is not null and a.attnum > 0 and not a.attisdropped"
    "   and (" TENANTCTL_MANAGED_TABLE("c") " or c.relkind in ('v', 'm'))"
    "   and" TENANTCTL_USER_NAMESPACE("n")
    "   and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " union all"
    "   select 'routine', n.nspname::text,"
    "   p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')', null, p.proacl,"
    "   p.proowner"
    "   from pg_catalog.pg_proc p"
    "   join pg_catalog.pg_namespace n on n.oid = p.pronamespace"
    "   where p.proacl is not null and" TENANTCTL_USER_NAMESPACE("n")
    "   and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_proc", "p.oid")
    " union all"
    "   select 'schema', '', n.nspname::text, null, n.nspacl, n.nspowner"
    "   from pg_catalog.pg_namespace n"
    "   where n.nspacl is not null and" TENANTCTL_USER_NAMESPACE("n")
    "   and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_namespace", "n.oid")
    " union all"
    "   select 'type', n.nspname::text, t.typname::text, null, t.typacl, t.typowner"
    "   from pg_catalog.pg_type t"
    "   join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    "   where t.typacl is not null and" TENANTCTL_MANAGED_TYPE("t") " and" TENANTCTL_USER_NAMESPACE("n")
    "   and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid")
    " union all"
    "   select 'database', '', '', null, d.datacl, d.datdba"
    "   from pg_catalog.pg_database d"
    "   where d.datname = pg_catalog.current_database() and d.datacl is not null"
    " ) o"
    // Objects whose ACL holds only the owner's entries come with NULLs.
    " left join lateral (select e.grantee, e.privilege_type, e.is_grantable"
    "   from pg_catalog.aclexplode(o.acl) e where e.grantee <> o.owner) x on true"
    " left join pg_catalog.pg_roles r on r.oid = x.grantee";
// clang-format on

namespace {

model::GrantOn grant_on(std::string_view kind) {
  for (const auto on : {model::GrantOn::database, model::GrantOn::schema, model::GrantOn::sequence,
                        model::GrantOn::column, model::GrantOn::routine, model::GrantOn::type}) {
    if (kind == model::grant_on_name(on)) {
      return on;
    }
  }
  return model::GrantOn::table;
}

base::Result<void> load_grants(const pg::Rows& rows, model::Catalog& catalog) {
  std::map<model::GrantTarget, model::Grant> found;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    model::GrantTarget target{.on = grant_on(rows.text(row, 0)), .name = qualified(rows, row, 1)};
    if (!rows.is_null(row, 3)) {
      target.column = std::string(rows.text(row, 3));
    }
    if (target.on != model::GrantOn::schema && target.on != model::GrantOn::database &&
        model::is_always_ignored(target.name)) {
      continue;
    }
    auto& grant = found[target];
    grant.name = target;
    add_acl_row(rows, row, 4, grant.privileges);
  }
  for (auto& [target, grant] : found) {
    sort_privileges(grant.privileges);
    // An ACL of its own that holds what a new object has is no grant.
    if (grant.privileges != model::default_grants(target)) {
      catalog.grants.insert_or_assign(target, std::move(grant));
    }
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::Grant> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_grants(rows, catalog); }, q_grants);
}

}  // namespace introspect::detail
