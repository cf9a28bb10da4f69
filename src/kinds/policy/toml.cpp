// The policy kind in TOML (part of tenantctl_manifest):
//
//   [policy.<schema>.<table>.<name>]
//   as = "restrictive"            (optional; absent: PERMISSIVE)
//   for = "select"                (optional: all, select, insert, update,
//                                  delete; absent: ALL)
//   to = ["app_user", "public"]   (optional; absent: PUBLIC, as "public")
//   using = "owner_id = ..."      (optional: the USING expression)
//   with_check = "..."            (optional: the WITH CHECK expression)
//   comment = "..."               (optional)
//   renamed_from = "old_name"     (optional: on the same table)
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

constexpr std::array<std::pair<model::PolicyCommand, const char*>, 5> k_commands = {{
    {model::PolicyCommand::all, "all"},
    {model::PolicyCommand::select, "select"},
    {model::PolicyCommand::insert, "insert"},
    {model::PolicyCommand::update, "update"},
    {model::PolicyCommand::del, "delete"},
}};

const char* command_name(model::PolicyCommand command) {
  for (const auto& [each, name] : k_commands) {
    if (each == command) {
      return name;
    }
  }
  return "all";
}

model::PolicyCommand parse_command(const std::string& text) {
  for (const auto& [each, name] : k_commands) {
    if (text == name) {
      return each;
    }
  }
  return model::PolicyCommand::all;
}

// Reports what CREATE POLICY refuses: USING on INSERT, WITH CHECK on SELECT
// and DELETE, PUBLIC beside other roles, a role listed twice.
void check_policy(Fields& fields, const model::Policy& policy) {
  if (policy.command == model::PolicyCommand::insert && policy.using_expression) {
    fields.problem(fields.position_of("using"),
                   "using: an INSERT policy has only with_check (PostgreSQL refuses USING)");
  }
  if ((policy.command == model::PolicyCommand::select ||
       policy.command == model::PolicyCommand::del) &&
      policy.check_expression) {
    fields.problem(fields.position_of("with_check"),
                   fmt::format("with_check: a {} policy has only using (PostgreSQL refuses "
                               "WITH CHECK)",
                               model::policy_command_sql(policy.command)));
  }
  if (policy.roles.empty()) {
    fields.problem(fields.position_of("to"), "to: list at least one role, or \"public\"");
  }
  for (std::size_t i = 0; i < policy.roles.size(); ++i) {
    if (policy.roles[i] == "public" && policy.roles.size() > 1) {
      fields.problem(fields.position_of("to"),
                     "to: \"public\" already means every role; list it alone");
      break;
    }
    if (i > 0 && policy.roles[i] == policy.roles[i - 1]) {
      fields.problem(fields.position_of("to"),
                     fmt::format("to: {} is listed twice", toml_string(policy.roles[i])));
    }
  }
}

void read_policy(FileContext& file, const model::MemberName& name, const toml::table& node) {
  const std::string what =
      fmt::format("policy {} on {}", toml_key(name.name), model::display_name(name.table));
  Fields fields(file, node, what);
  model::Policy policy;
  policy.name = name;
  if (auto as = fields.choice("as", {"permissive", "restrictive"})) {
    policy.permissive = *as == "permissive";
  }
  if (auto command = fields.choice("for", {"all", "select", "insert", "update", "delete"})) {
    policy.command = parse_command(*command);
  }
  if (auto roles = fields.strings("to")) {
    for (const auto& role : *roles) {
      check_identifier(file, fields.position_of("to"), "role name", role);
    }
    policy.roles = std::move(*roles);
    std::sort(policy.roles.begin(), policy.roles.end());
  }
  policy.using_expression = fields.string("using");
  policy.check_expression = fields.string("with_check");
  policy.comment = fields.string("comment");
  policy.renamed_from = fields.string("renamed_from");
  policy.source = source_ref(file, node);
  if (policy.renamed_from) {
    check_identifier(file, fields.position_of("renamed_from"), "renamed_from",
                     *policy.renamed_from);
  }
  check_policy(fields, policy);
  fields.finish();
  add_object(file, file.catalog().policies, name, std::move(policy), what, fields.position());
}

// The policies of one table: [policy.<schema>.<table>.<name>].
void read_table_policies(FileContext& file, const model::QualifiedName& table,
                         const toml::table& members) {
  read_table_members(file, table, members, "policy", read_policy);
}

}  // namespace

void read_kind(model::KindTag<model::Policy> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("policy"), "policy", read_table_policies);
}

void write_kind(model::KindTag<model::Policy> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, policy] : catalog.policies) {
    WriteFields fields;
    if (!policy.permissive) {
      fields.text("as", "restrictive");
    }
    if (policy.command != model::PolicyCommand::all) {
      fields.text("for", command_name(policy.command));
    }
    if (policy.roles != std::vector<std::string>{"public"}) {
      fields.names("to", policy.roles);
    }
    long_text(fields, "using", policy.using_expression);
    long_text(fields, "with_check", policy.check_expression);
    long_text(fields, "comment", policy.comment);
    fields.optional_text("renamed_from", policy.renamed_from);
    section(out, fmt::format("[{}.{}]", path("policy", name.table), toml_key(name.name)), fields);
  }
}

}  // namespace manifest::detail
