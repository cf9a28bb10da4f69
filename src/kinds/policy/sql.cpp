// The policy kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "ddl/keys.hpp"
#include "ddl/render_internal.hpp"
#include "ddl/sql_text.hpp"
#include "pg/quote.hpp"

namespace ddl::detail {
namespace {

// "<name> ON <schema>.<table>": how DROP, ALTER and COMMENT name a policy.
std::string target(const model::Policy& policy) {
  return pg::quote_ident(policy.name.name) + " ON " + sql::name(policy.name.table);
}

// "TO a, "B c"" (PUBLIC as the keyword).
std::string roles_sql(const model::Policy& policy) {
  std::string out;
  for (const auto& role : policy.roles) {
    out += (out.empty() ? "" : ", ") + (role == "public" ? "PUBLIC" : pg::quote_ident(role));
  }
  return out;
}

// "policy p on public.t" for hazard reasons.
std::string shown(const model::Policy& policy) {
  return fmt::format("policy {} on {}", model::display_part(policy.name.name),
                     model::display_name(policy.name.table));
}

// What creating or altering the policy reads: its table, the columns and
// routines its expressions use.
std::vector<std::string> policy_needs(const model::Policy& policy) {
  std::vector<std::string> out{keys::relation(policy.name.table)};
  for (const auto& [table, column] : policy.columns) {
    out.push_back(keys::column(table, column));
  }
  append(out, routine_keys(policy.uses));
  return out;
}

void add_drop(const diff::PolicyChange& change, std::vector<Statement>& out) {
  const auto& policy = *change.before;
  auto drop = statement("DROP POLICY " + target(policy), phase::drop_dependents);
  drop.drops.push_back(keys::policy(policy.name));
  drop.needs_old = policy_needs(policy);
  if (!change.rebuild) {
    add_hazard(drop, HazardKind::access_change,
               change.after
                   ? fmt::format("drops and creates {} with a new definition: the rows each "
                                 "role may see or change differ",
                                 shown(policy))
                   : fmt::format("drops {}: the rows it let through (or, restrictive, held "
                                 "back) are no longer",
                                 shown(policy)));
  }
  out.push_back(std::move(drop));
}

void add_create(const diff::PolicyChange& change, std::vector<Statement>& out) {
  const auto& policy = *change.after;
  std::string sql = "CREATE POLICY " + target(policy);
  if (!policy.permissive) {
    sql += " AS RESTRICTIVE";
  }
  if (policy.command != model::PolicyCommand::all) {
    sql += fmt::format(" FOR {}", model::policy_command_sql(policy.command));
  }
  if (policy.roles != std::vector<std::string>{"public"}) {
    sql += " TO " + roles_sql(policy);
  }
  if (policy.using_expression) {
    sql += fmt::format(" USING ({})", *policy.using_expression);
  }
  if (policy.check_expression) {
    sql += fmt::format(" WITH CHECK ({})", *policy.check_expression);
  }
  auto create = statement(std::move(sql), phase::views);
  create.creates.push_back(keys::policy(policy.name));
  create.needs = policy_needs(policy);
  if (!change.on_new_table && !change.before) {
    add_hazard(create, HazardKind::access_change,
               policy.permissive
                   ? fmt::format("creates permissive {}: the roles it names may see or change "
                                 "more rows",
                                 shown(policy))
                   : fmt::format("creates restrictive {}: the roles it names may see or change "
                                 "fewer rows",
                                 shown(policy)));
  }
  out.push_back(std::move(create));
}

void add_alter(const diff::PolicyChange& change, std::vector<Statement>& out) {
  const auto& policy = *change.after;
  std::string sql = "ALTER POLICY " + target(policy);
  if (change.alter_roles) {
    sql += " TO " + roles_sql(policy);
  }
  if (change.alter_using) {
    sql += fmt::format(" USING ({})", *policy.using_expression);
  }
  if (change.alter_check) {
    sql += fmt::format(" WITH CHECK ({})", *policy.check_expression);
  }
  auto alter = statement(std::move(sql), phase::views);
  alter.needs = policy_needs(policy);
  alter.needs.push_back(keys::policy(policy.name));
  add_hazard(
      alter, HazardKind::access_change,
      fmt::format("changes {}{}{}{}", shown(policy), change.alter_roles ? ": its roles" : "",
                  change.alter_using ? (change.alter_roles ? ", USING" : ": USING") : "",
                  change.alter_check
                      ? (change.alter_roles || change.alter_using ? ", WITH CHECK" : ": WITH CHECK")
                      : ""));
  out.push_back(std::move(alter));
}

void add_rename(const diff::PolicyChange& change, std::vector<Statement>& out) {
  const auto& policy = *change.after;
  auto rename = statement(
      fmt::format("ALTER POLICY {} ON {} RENAME TO {}", pg::quote_ident(change.before->name.name),
                  sql::name(policy.name.table), pg::quote_ident(policy.name.name)),
      phase::renames);
  rename.needs.push_back(keys::relation(policy.name.table));
  rename.drops.push_back(keys::policy(change.before->name));
  rename.creates.push_back(keys::policy(policy.name));
  out.push_back(std::move(rename));
}

}  // namespace

void render_policy(const diff::PolicyChange& change, std::vector<Statement>& out) {
  if (change.before && (!change.after || change.recreate)) {
    add_drop(change, out);
  }
  if (!change.after) {
    return;
  }
  const auto& policy = *change.after;
  const bool created = !change.before || change.recreate;
  if (created) {
    add_create(change, out);
  } else {
    if (change.before->name.name != policy.name.name) {
      add_rename(change, out);
    }
    if (change.alter_roles || change.alter_using || change.alter_check) {
      add_alter(change, out);
    }
  }
  const bool comment_changes =
      created ? policy.comment.has_value() : change.before->comment != policy.comment;
  if (comment_changes) {
    auto comment =
        statement(sql::comment("POLICY " + target(policy), policy.comment), phase::comments);
    comment.needs.push_back(keys::policy(policy.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
