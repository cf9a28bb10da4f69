// The default privileges kind's catalog query and rows (part of
// tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Every pg_default_acl entry, one row per privilege a role other than the
// creating role gets: the creating role, the schema ('' for a global entry),
// the object type letter, the grantee ("public" for PUBLIC), the privilege,
// whether grantable; one row of NULLs for an entry that holds only the
// creating role's own privileges (a global entry that revokes PostgreSQL's
// defaults from PUBLIC).
const char* const k_default_privileges =
    "select pg_catalog.pg_get_userbyid(d.defaclrole)::text, coalesce(n.nspname::text, ''),"
    " d.defaclobjtype::text,"
    " case when x.grantee = 0 then 'public'"
    "   else coalesce(r.rolname::text, '#' || x.grantee::text) end,"
    " pg_catalog.lower(x.privilege_type), x.is_grantable"
    " from pg_catalog.pg_default_acl d"
    " left join pg_catalog.pg_namespace n on n.oid = d.defaclnamespace"
    " left join lateral (select e.grantee, e.privilege_type, e.is_grantable"
    "   from pg_catalog.aclexplode(d.defaclacl) e where e.grantee <> d.defaclrole) x on true"
    " left join pg_catalog.pg_roles r on r.oid = x.grantee"
    " where n.oid is null or" TENANTCTL_USER_NAMESPACE("n");
// clang-format on

namespace {

model::DefaultObjects default_objects(std::string_view letter) {
  if (letter == "S") {
    return model::DefaultObjects::sequences;
  }
  if (letter == "f") {
    return model::DefaultObjects::functions;
  }
  if (letter == "T") {
    return model::DefaultObjects::types;
  }
  if (letter == "n") {
    return model::DefaultObjects::schemas;
  }
  return model::DefaultObjects::tables;
}

base::Result<void> load_default_privileges(const pg::Rows& rows, model::Catalog& catalog) {
  std::map<model::DefaultPrivilegeKey, model::DefaultPrivilege> found;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    model::DefaultPrivilegeKey key{.role = std::string(rows.text(row, 0)),
                                   .schema = std::string(rows.text(row, 1)),
                                   .objects = default_objects(rows.text(row, 2))};
    auto& entry = found[key];
    entry.name = key;
    add_acl_row(rows, row, 3, entry.privileges);
  }
  for (auto& [key, entry] : found) {
    sort_privileges(entry.privileges);
    if (entry.privileges != model::default_privilege_defaults(key)) {
      catalog.default_privileges.insert_or_assign(key, std::move(entry));
    }
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::DefaultPrivilege> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_default_privileges(rows, catalog); },
      q_default_privileges);
}

}  // namespace introspect::detail
