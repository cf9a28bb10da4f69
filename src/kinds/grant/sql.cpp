// The grant kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "ddl/keys.hpp"
#include "ddl/render_internal.hpp"
#include "ddl/sql_text.hpp"
#include "pg/quote.hpp"

namespace ddl::detail {
namespace {}  // namespace

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

std::string grantee_sql(const std::string& grantee) {
  return grantee == "public" ? "PUBLIC" : pg::quote_ident(grantee);
}

namespace {

// "ROUTINE public.f(integer)": the routine's name and argument types, from
// whichever catalog holds it.
std::string routine_sql(const model::QualifiedName& identity, const RenderContext& context) {
  for (const auto* catalog : {&context.desired(), &context.current()}) {
    if (const auto found = catalog->routines.find(identity); found != catalog->routines.end()) {
      const auto& bare = found->second.bare_name;
      return "ROUTINE " + pg::quote_qualified(identity.schema, bare) +
             identity.name.substr(bare.size());
    }
  }
  return "ROUTINE " + pg::quote_ident(identity.schema) + "." + identity.name;
}

}  // namespace

std::string target_sql(const model::GrantTarget& target, const RenderContext& context) {
  switch (target.on) {
    case model::GrantOn::schema:
      return "SCHEMA " + pg::quote_ident(target.name.name);
    case model::GrantOn::sequence:
      return "SEQUENCE " + sql::name(target.name);
    case model::GrantOn::routine:
      return routine_sql(target.name, context);
    case model::GrantOn::type:
      return "TYPE " + sql::name(target.name);
    case model::GrantOn::database:
      return "DATABASE";
    case model::GrantOn::table:
    case model::GrantOn::column:
      break;
  }
  return "TABLE " + sql::name(target.name);
}

namespace {}  // namespace

std::vector<std::string> target_keys(const model::GrantTarget& target) {
  switch (target.on) {
    case model::GrantOn::schema:
      return {keys::schema(target.name.name)};
    case model::GrantOn::table:
    case model::GrantOn::sequence:
      return {keys::relation(target.name)};
    case model::GrantOn::column:
      return {keys::relation(target.name), keys::column(target.name, target.column)};
    case model::GrantOn::routine:
      return {keys::routine(target.name)};
    case model::GrantOn::type:
      return {keys::type(target.name)};
    case model::GrantOn::database:
      break;
  }
  return {};
}

std::string owner_change_key(const model::GrantTarget& target) {
  const auto on = target.on == model::GrantOn::column ? model::GrantOn::table : target.on;
  return keys::join("owner-of", model::grant_on_name(on), target.name.schema, target.name.name);
}

namespace {

// "GRANT SELECT, INSERT ON TABLE t TO r" (or REVOKE ... FROM), with the
// column list for a column; the database's is run through a DO block, since
// one plan serves every tenant whatever its database is called.
std::string statement_sql(const std::string& head, const std::vector<std::string>& privileges,
                          const model::GrantTarget& target, const std::string& to_or_from,
                          const std::string& grantee, const std::string& tail,
                          const RenderContext& context) {
  std::string list;
  for (const auto& privilege : privileges) {
    list += (list.empty() ? "" : ", ") + upper(privilege);
    if (target.on == model::GrantOn::column) {
      list += " (" + pg::quote_ident(target.column) + ")";
    }
  }
  if (target.on == model::GrantOn::database) {
    const std::string inner = fmt::format("{} {} ON DATABASE %I {} {}{}", head, list, to_or_from,
                                          grantee_sql(grantee), tail);
    return fmt::format(
        "DO $grant$ BEGIN EXECUTE pg_catalog.format({}, "
        "pg_catalog.current_database()); END $grant$",
        pg::quote_literal(inner));
  }
  return fmt::format("{} {} ON {} {} {}{}", head, list, target_sql(target, context), to_or_from,
                     grantee_sql(grantee), tail);
}

}  // namespace

void render_grant(const diff::GrantChange& change, const RenderContext& context,
                  std::vector<Statement>& out) {
  const auto& target = change.after->name;
  // A table-level REVOKE takes the privilege from every column too: it runs
  // before the column-level statements of the same table.
  const std::string table_revokes = keys::join("revoke-on", target.name.schema, target.name.name);
  const auto add = [&](const std::string& sql, const std::string& grantee, bool narrows) {
    auto each = statement(sql, phase::comments);
    each.needs = target_keys(target);
    // After a new owner, whose privileges on the object become the owner's.
    each.needs.push_back(owner_change_key(target));
    if (target.on == model::GrantOn::table && narrows) {
      each.creates.push_back(table_revokes);
    } else if (target.on == model::GrantOn::column) {
      each.needs.push_back(table_revokes);
    }
    if (!change.on_new_object) {
      add_hazard(
          each, HazardKind::access_change,
          fmt::format("{} {} on {}", narrows ? "takes privileges from" : "gives privileges to",
                      grantee == "public" ? "PUBLIC" : model::display_part(grantee),
                      model::display_target(target)));
    }
    out.push_back(std::move(each));
  };
  for (const auto& delta :
       model::privilege_delta(change.before->privileges, change.after->privileges)) {
    const auto& grantee = delta.grantee;
    const auto& grant = delta.grant;
    const auto& grant_option = delta.grant_option;
    const auto& revoke_option = delta.revoke_option;
    const auto& revoke = delta.revoke;
    // Grants first: PostgreSQL keeps a grantee's place in the ACL while it
    // holds anything, and pg_dump prints the ACL in that order.
    if (!grant.empty()) {
      add(statement_sql("GRANT", grant, target, "TO", grantee, "", context), grantee, false);
    }
    if (!grant_option.empty()) {
      add(statement_sql("GRANT", grant_option, target, "TO", grantee, " WITH GRANT OPTION",
                        context),
          grantee, false);
    }
    if (!revoke_option.empty()) {
      add(statement_sql("REVOKE GRANT OPTION FOR", revoke_option, target, "FROM", grantee, "",
                        context),
          grantee, true);
    }
    if (!revoke.empty()) {
      add(statement_sql("REVOKE", revoke, target, "FROM", grantee, "", context), grantee, true);
    }
  }
}

}  // namespace ddl::detail
