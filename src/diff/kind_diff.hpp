#pragma once

// Private to diff/: what the kinds' comparisons share, and each kind's
// comparison (the diff.cpp of src/kinds/<kind>/), which the differ calls in
// its kind order (differ.cpp, DiffOrder). A kind may read the changes of the
// kinds compared before it and the facts they record here.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "diff/change.hpp"
#include "diff/differ.hpp"
#include "diff/plan_renames.hpp"
#include "model/catalog.hpp"
#include "model/kinds.hpp"

namespace diff {

// Columns whose type changes or that go, by their current table's name:
// what reads them in a SQL-standard body or a trigger definition must be
// dropped before and created after.
using RetypedColumns = std::set<std::pair<model::QualifiedName, std::string>>;

// One comparison of two catalogs in progress.
struct DiffContext {
  DiffContext(const model::Catalog& current_catalog, const model::Catalog& desired_catalog)
      : current(current_catalog), desired(desired_catalog) {}

  const model::Catalog& current;
  const model::Catalog& desired;
  std::vector<Change> out;  // the plan's changes so far

  // Recorded by the table kind: each desired table's current table (by
  // desired name), the plan's table and column renames, the current names of
  // tables dropped, and of tables whose views must all be rebuilt (the table
  // is recreated).
  std::map<model::QualifiedName, const model::Table*> table_pairs;
  PlanRenames renames;
  std::set<model::QualifiedName> dropped_tables;
  std::set<model::QualifiedName> rebuild_readers_of;
  // Columns (current names, by current table) that change in a way
  // PostgreSQL refuses under a view reading them (type, collation,
  // generation, drop): the views and materialized views reading them are
  // rebuilt.
  std::map<model::QualifiedName, std::set<std::string>> view_breaking_columns;
  // Current names of tables dropped and created again (PostgreSQL cannot
  // change a table's partitioning in place), and their partitions: they are
  // paired with no desired table, and what stands on them is made again.
  std::set<model::QualifiedName> recreated_tables;
  // Recorded by the routine kind: current identities of the routines this
  // plan drops or drops and creates again.
  std::set<model::QualifiedName> replaced_routines;
  // Recorded by the routine kind: current identities of the routines this
  // plan renames (ALTER ... RENAME TO), with their new bare names.
  std::map<model::QualifiedName, std::string> renamed_routines;
  // Recorded by the enum, domain, composite and range type kinds: current
  // names of the types this plan recreates (renamed away or dropped, and
  // made again). Routines taking or returning them are recreated around
  // them; domains over them and composite attributes holding them follow.
  std::set<model::QualifiedName> recreated_types;
  // Recorded by the view kind: current names of the views and materialized
  // views this plan drops and creates again (changed, or reading what
  // changes under them).
  std::set<model::QualifiedName> rebuilt_readers;

  // The current table that `wanted` (a desired table) is, or nullptr.
  [[nodiscard]] const model::Table* current_for(const model::Table& wanted) const;
  // The current table that the desired table `desired_name` is, or nullptr.
  [[nodiscard]] const model::Table* current_table_named(
      const model::QualifiedName& desired_name) const;
  // Columns of kept tables whose type or collation changes, or that are
  // dropped, so far.
  [[nodiscard]] RetypedColumns retyped_columns() const;
};

// Compares a kind PostgreSQL alters in place only in its comment (and name,
// owner, schema): an object that differs in anything else comes as a Change
// with `recreate` (drop and create), one that differs in its comment alone as
// a plain Change; new and dropped objects as Changes with one side.
template <class Change, class Objects>
void diff_comment_or_recreate(const Objects& current, const Objects& desired,
                              std::vector<diff::Change>& out) {
  for (const auto& [name, wanted] : desired) {
    const auto found = current.find(name);
    if (found == current.end()) {
      out.push_back(Change{std::nullopt, wanted});
      continue;
    }
    auto same_comment = found->second;
    same_comment.comment = wanted.comment;
    if (found->second != wanted) {
      out.push_back(Change{found->second, wanted, same_comment != wanted});
    }
  }
  for (const auto& [name, object] : current) {
    if (!desired.contains(name)) {
      out.push_back(Change{object, std::nullopt});
    }
  }
}

// Each kind's comparison, adding its changes to context.out.
void diff_kind(model::KindTag<model::Schema> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Extension> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Collation> kind, DiffContext& context);
void diff_kind(model::KindTag<model::EnumType> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Domain> kind, DiffContext& context);
void diff_kind(model::KindTag<model::CompositeType> kind, DiffContext& context);
void diff_kind(model::KindTag<model::RangeType> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Table> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Sequence> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Statistics> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Routine> kind, DiffContext& context);
void diff_kind(model::KindTag<model::View> kind, DiffContext& context);
void diff_kind(model::KindTag<model::MaterializedView> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Trigger> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Policy> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Grant> kind, DiffContext& context);
void diff_kind(model::KindTag<model::Owner> kind, DiffContext& context);
void diff_kind(model::KindTag<model::DefaultPrivilege> kind, DiffContext& context);

// Returns true when `column_type`, as format_type() prints it under
// search_path = public, is the type `type` or an array of it
// (kinds/enum/diff.cpp).
[[nodiscard]] bool names_type(std::string column_type, const model::QualifiedName& type);

// Returns `text` (SQL PostgreSQL printed: a query, an expression) as it will
// be printed once this plan's routine renames have run
// (kinds/routine/diff.cpp); nullopt when it cannot be told.
[[nodiscard]] std::optional<std::string> calls_after_renames(const DiffContext& context,
                                                             std::string text);

// The enum kind's second step (kinds/enum/diff.cpp), which the table kind
// runs once the columns are compared: for every recreated enum, domain or
// composite type, the
// columns that hold it now and should hold it still, whose tables' views are
// rebuilt.
void add_type_uses(DiffContext& context);

}  // namespace diff
