#pragma once

// Private to diff/: the comparisons of the kinds that live in src/kinds/
// (their diff.cpp), called by the differ in its kind order.

#include <set>
#include <vector>

#include "diff/change.hpp"
#include "diff/differ.hpp"
#include "diff/plan_renames.hpp"
#include "model/catalog.hpp"

namespace diff {

// Columns whose type changes or that go, by their current table's name:
// what reads them in a SQL-standard body or a trigger definition must be
// dropped before and created after.
using RetypedColumns = std::set<std::pair<model::QualifiedName, std::string>>;

// Routines compared. `replaced` receives the current identities of the
// routines this plan drops and creates again (recreated or rebuilt), whose
// dependents must be rebuilt around them.
[[nodiscard]] std::vector<Change> diff_routines(const model::Catalog& current,
                                                const model::Catalog& desired,
                                                const RetypedColumns& retyped,
                                                std::set<model::QualifiedName>& replaced);

// What else the plan does that a kept trigger must be rebuilt for.
struct TriggerContext {
  const PlanRenames& renames;
  // Current identities of routines dropped and created again.
  const std::set<model::QualifiedName>& replaced_routines;
  // Current names of views dropped and created again (a trigger on a view
  // goes with it), and of tables a column of which changes type or goes
  // while the trigger may name it.
  const std::set<model::QualifiedName>& rebuilt_relations;
  const RetypedColumns& retyped_columns;
};

// Triggers compared.
[[nodiscard]] std::vector<Change> diff_triggers(const model::Catalog& current,
                                                const model::Catalog& desired,
                                                const TriggerContext& context);

}  // namespace diff
