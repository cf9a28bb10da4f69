#pragma once

// The policy kind (row level security policies): its model value. The rest
// of the kind lives beside this file: toml.cpp
// ([policy.<schema>.<table>.<name>]), catalog.cpp (its catalog queries and
// rows), diff.cpp (comparison into changes), sql.cpp (statements, hazards and
// dependency keys). Whether a table enforces its policies (ENABLE and FORCE
// ROW LEVEL SECURITY) belongs to the table (model::Table).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/names.hpp"

namespace model {

// FOR ALL | SELECT | INSERT | UPDATE | DELETE (pg_policy.polcmd).
enum class PolicyCommand { all, select, insert, update, del };

// A row level security policy. Its identity is its table and name.
struct Policy {
  MemberName name;
  bool permissive = true;  // AS PERMISSIVE (default) or AS RESTRICTIVE
  PolicyCommand command = PolicyCommand::all;
  // The roles of TO, sorted, exact role names; "public" stands for PUBLIC
  // (no role may be called that). TO CURRENT_USER and friends are stored as
  // the role they named when the policy was made, as PostgreSQL does.
  std::vector<std::string> roles{"public"};
  // USING and WITH CHECK as pg_get_expr() prints them (without the
  // parentheses around the whole).
  std::optional<std::string> using_expression;
  std::optional<std::string> check_expression;
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;  // desired only: the old name on the same table
  // What its expressions read and call, from pg_depend (the desired side's
  // through the scratch database): columns by table, and routines by
  // identity. Not compared.
  std::vector<std::pair<QualifiedName, std::string>> columns;
  RoutineUses uses;
  SourceRef source;
  bool operator==(const Policy& other) const {
    return name == other.name && permissive == other.permissive && command == other.command &&
           roles == other.roles && using_expression == other.using_expression &&
           check_expression == other.check_expression && comment == other.comment;
  }
};

// "ALL", "SELECT", ... as SQL spells the command.
[[nodiscard]] const char* policy_command_sql(PolicyCommand command);

}  // namespace model
