// The policy kind's catalog queries and rows (part of tenantctl_introspect).
#include <algorithm>

#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Policies of managed tables: table schema and name, policy name, whether
// permissive, the command (polcmd: r, a, w, d or *), the roles (role names,
// "public" for PUBLIC), USING and WITH CHECK as pg_get_expr() prints them,
// the comment.
const char* const k_policies =
    "select n.nspname, c.relname::text, p.polname::text, p.polpermissive, p.polcmd::text,"
    " array(select case when u.oid = 0 then 'public'"
    "   else coalesce(r.rolname::text, '#' || u.oid::text) end"
    "   from pg_catalog.unnest(p.polroles) u(oid)"
    "   left join pg_catalog.pg_roles r on r.oid = u.oid),"
    " pg_catalog.pg_get_expr(p.polqual, p.polrelid),"
    " pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid), ds.description"
    " from pg_catalog.pg_policy p"
    " join pg_catalog.pg_class c on c.oid = p.polrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    TENANTCTL_COMMENT("ds", "pg_policy", "p.oid", "0")
    " where" TENANTCTL_MANAGED_TABLE("c")
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid");
// clang-format on

// clang-format off
// What policies' expressions read and call, from pg_depend: the policy's
// table schema and name, its name, 'c' and a column's table schema, table
// name and column name, or 'f' and a routine's schema and identity.
const char* const k_policy_dependencies =
    "select n.nspname, c.relname::text, p.polname::text,"
    " case when rp.oid is not null then 'f' else 'c' end,"
    " coalesce(rpn.nspname, rcn.nspname),"
    " coalesce(rp.proname || '(' || pg_catalog.oidvectortypes(rp.proargtypes) || ')',"
    "   rc.relname::text),"
    " a.attname::text"
    " from pg_catalog.pg_depend d"
    " join pg_catalog.pg_policy p on p.oid = d.objid"
    " join pg_catalog.pg_class c on c.oid = p.polrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " left join pg_catalog.pg_proc rp on d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass"
    "   and rp.oid = d.refobjid and rp.oid >= 16384"
    " left join pg_catalog.pg_namespace rpn on rpn.oid = rp.pronamespace"
    " left join pg_catalog.pg_class rc on d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass"
    "   and rc.oid = d.refobjid"
    " left join pg_catalog.pg_namespace rcn on rcn.oid = rc.relnamespace"
    " left join pg_catalog.pg_attribute a on a.attrelid = rc.oid and a.attnum = d.refobjsubid"
    "   and d.refobjsubid > 0"
    " where d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass"
    " and (rp.oid is not null or a.attname is not null)"
    " and" TENANTCTL_USER_NAMESPACE("n");
// clang-format on

namespace {

model::PolicyCommand policy_command(std::string_view polcmd) {
  if (polcmd == "r") {
    return model::PolicyCommand::select;
  }
  if (polcmd == "a") {
    return model::PolicyCommand::insert;
  }
  if (polcmd == "w") {
    return model::PolicyCommand::update;
  }
  if (polcmd == "d") {
    return model::PolicyCommand::del;
  }
  return model::PolicyCommand::all;
}

base::Result<void> load_policies(const pg::Rows& rows, const pg::Rows& dependencies,
                                 model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const auto table = qualified(rows, row);
    if (model::is_always_ignored(table)) {
      continue;
    }
    model::Policy policy;
    policy.name = {table, std::string(rows.text(row, 2))};
    policy.permissive = rows.boolean(row, 3);
    policy.command = policy_command(rows.text(row, 4));
    // A set: PostgreSQL keeps a role listed twice, and its order.
    policy.roles = rows.text_array(row, 5);
    std::sort(policy.roles.begin(), policy.roles.end());
    policy.roles.erase(std::unique(policy.roles.begin(), policy.roles.end()), policy.roles.end());
    policy.using_expression = rows.optional_text(row, 6);
    policy.check_expression = rows.optional_text(row, 7);
    policy.comment = rows.optional_text(row, 8);
    auto key = policy.name;
    catalog.policies.insert_or_assign(std::move(key), std::move(policy));
  }
  for (std::size_t row = 0; row < dependencies.size(); ++row) {
    const auto found = catalog.policies.find(
        model::MemberName{qualified(dependencies, row), std::string(dependencies.text(row, 2))});
    if (found == catalog.policies.end()) {
      continue;
    }
    auto& policy = found->second;
    if (dependencies.text(row, 3) == "f") {
      policy.uses.routines.push_back(qualified(dependencies, row, 4));
    } else {
      policy.columns.emplace_back(qualified(dependencies, row, 4),
                                  std::string(dependencies.text(row, 6)));
    }
  }
  for (auto& [name, policy] : catalog.policies) {
    std::sort(policy.uses.routines.begin(), policy.uses.routines.end());
    std::sort(policy.columns.begin(), policy.columns.end());
    policy.columns.erase(std::unique(policy.columns.begin(), policy.columns.end()),
                         policy.columns.end());
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::Policy> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading,
      [&](const pg::Rows& rows, const pg::Rows& dependencies) {
        return load_policies(rows, dependencies, catalog);
      },
      q_policies, q_policy_dependencies);
}

}  // namespace introspect::detail
