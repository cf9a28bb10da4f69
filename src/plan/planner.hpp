#pragma once

#include <set>
#include <vector>

#include "base/result.hpp"
#include "ddl/render.hpp"
#include "ddl/statement.hpp"
#include "diff/change.hpp"

namespace plan {

// An ordered list of statements: running them in order, each transactional
// run of them in one transaction, turns the current catalog into the desired
// one.
struct Plan {
  std::vector<ddl::Statement> statements;
  // What the plan leaves as it is and says so, one line each (a table whose
  // columns the schema lists in another order): not drift.
  std::vector<std::string> notes;

  [[nodiscard]] bool empty() const { return statements.empty(); }
  // Returns every hazard kind any statement carries.
  [[nodiscard]] std::set<ddl::HazardKind> hazard_kinds() const;
};

// Renders `changes` and orders the statements by a dependency graph
// (Boost.Graph): a statement that needs an object runs after the statements
// that create it; a statement that drops an object runs after those that need
// its old form; a drop runs before a create of the same name. Where the graph
// leaves the order free, statements go by phase (drops first, then schemas,
// types, tables, constraints, indexes, foreign keys, views, comments) and then
// in the changes' own order, so the same changes always give the same plan.
// Returns an error naming the statements of a dependency cycle (a bug: the
// renderers split foreign keys and constraints out so no cycle can form).
[[nodiscard]] base::Result<Plan> make_plan(const std::vector<diff::Change>& changes,
                                           const ddl::RenderContext& context);

}  // namespace plan
