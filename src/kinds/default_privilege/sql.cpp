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
  const auto add = [&](std::string sql, const std::string& grantee, bool narrows) {
    auto each = statement(std::move(sql), phase::default_privileges);
    if (!key.schema.empty()) {
      each.needs.push_back(keys::schema(key.schema));
    }
    add_hazard(each, HazardKind::access_change,
               fmt::format("{} {} on the {} later",
                           narrows ? "takes privileges from" : "gives privileges to",
                           grantee == "public" ? "PUBLIC" : model::display_part(grantee),
                           model::display_default_key(key)));
    out.push_back(std::move(each));
  };
  for (const auto& delta :
       model::privilege_delta(change.before->privileges, change.after->privileges)) {
    const auto& grantee = delta.grantee;
    if (!delta.grant.empty()) {
      add(statement_sql(key, "GRANT", delta.grant, "TO", grantee, ""), grantee, false);
    }
    if (!delta.grant_option.empty()) {
      add(statement_sql(key, "GRANT", delta.grant_option, "TO", grantee, " WITH GRANT OPTION"),
          grantee, false);
    }
    if (!delta.revoke_option.empty()) {
      add(statement_sql(key, "REVOKE GRANT OPTION FOR", delta.revoke_option, "FROM", grantee, ""),
          grantee, true);
    }
    if (!delta.revoke.empty()) {
      add(statement_sql(key, "REVOKE", delta.revoke, "FROM", grantee, ""), grantee, true);
    }
  }
}

}  // namespace ddl::detail
