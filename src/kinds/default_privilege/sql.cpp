// The default privileges kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "ddl/keys.hpp"
#include "ddl/render_internal.hpp"
#include "pg/quote.hpp"

namespace ddl::detail {
namespace {

// "ALTER DEFAULT PRIVILEGES FOR ROLE r IN SCHEMA s GRANT SELECT ON TABLES TO g".
std::string statement_sql(const model::DefaultPrivilegeKey& key, const std::string& action,
                          const std::vector<std::string>& privileges, const std::string& to_or_from,
                          const std::string& grantee, const std::string& tail) {
  std::string out = "ALTER DEFAULT PRIVILEGES FOR ROLE " + pg::quote_ident(key.role);
  if (!key.schema.empty()) {
    out += " IN SCHEMA " + pg::quote_ident(key.schema);
  }
  std::string list;
  for (const auto& privilege : privileges) {
    list += (list.empty() ? "" : ", ") + upper(privilege);
  }
  return out + fmt::format(" {} {} ON {} {} {}{}", action, list,
                           upper(model::default_objects_name(key.objects)), to_or_from,
                           grantee_sql(grantee), tail);
}

}  // namespace

void render_default_privilege(const diff::DefaultPrivilegeChange& change,
                              std::vector<Statement>& out) {
  const auto& key = change.after->name;
  // No hazard: a default changes no object that exists, and what it gives
  // an object created later is compared with that object's declared grants.
  const auto add = [&](std::string sql) {
    auto each = statement(std::move(sql), phase::default_privileges);
    if (!key.schema.empty()) {
      each.needs.push_back(keys::schema(key.schema));
    }
    out.push_back(std::move(each));
  };
  for (const auto& delta :
       model::privilege_delta(change.before->privileges, change.after->privileges)) {
    const auto& grantee = delta.grantee;
    if (!delta.grant.empty()) {
      add(statement_sql(key, "GRANT", delta.grant, "TO", grantee, ""));
    }
    if (!delta.grant_option.empty()) {
      add(statement_sql(key, "GRANT", delta.grant_option, "TO", grantee, " WITH GRANT OPTION"));
    }
    if (!delta.revoke_option.empty()) {
      add(statement_sql(key, "REVOKE GRANT OPTION FOR", delta.revoke_option, "FROM", grantee, ""));
    }
    if (!delta.revoke.empty()) {
      add(statement_sql(key, "REVOKE", delta.revoke, "FROM", grantee, ""));
    }
  }
}

}  // namespace ddl::detail
