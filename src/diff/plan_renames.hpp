#pragma once

#include <map>
#include <optional>

#include "diff/sql_renames.hpp"
#include "model/catalog.hpp"

namespace diff {

// The table and column renames one plan performs, by the tables' current
// names. PostgreSQL keeps indexes, constraints, generation expressions and
// views through ALTER TABLE ... RENAME [COLUMN]; only the names they print
// change. The functions below give a current member as it will be printed
// after those renames, so that it compares equal to a desired member that is
// the same object.
struct PlanRenames {
  // Every table kept by the plan: current name -> desired name.
  std::map<model::QualifiedName, model::QualifiedName> tables;
  // Every table kept by the plan: its column renames and drops.
  std::map<model::QualifiedName, ColumnRenames> columns;

  // Returns the column renames of the current table `current`; none when the
  // table is not kept.
  [[nodiscard]] const ColumnRenames& columns_of(const model::QualifiedName& current) const;

  // Returns true when a foreign key from a table with `own` renames may print
  // differently after this plan: a column of its table or of the table it
  // references is renamed, or that table is.
  [[nodiscard]] bool touches(const model::ForeignKey& key, const ColumnRenames& own) const;
};

// Each returns the member as PostgreSQL will show it once the renames have
// run, or nullopt when that cannot be predicted exactly (it mentions a column
// the plan drops, or text the rewriter does not read): then the member has to
// be dropped and created. Names, comments and rename hints are untouched.
[[nodiscard]] std::optional<model::Index> after_renames(const model::Index& index,
                                                        const ColumnRenames& own);
[[nodiscard]] std::optional<model::ExclusionConstraint> after_renames(
    const model::ExclusionConstraint& exclusion, const ColumnRenames& own);
[[nodiscard]] std::optional<model::PrimaryKey> after_renames(const model::PrimaryKey& key,
                                                             const ColumnRenames& own);
[[nodiscard]] std::optional<model::UniqueConstraint> after_renames(
    const model::UniqueConstraint& key, const ColumnRenames& own);
[[nodiscard]] std::optional<model::CheckConstraint> after_renames(
    const model::CheckConstraint& check, const ColumnRenames& own);
// A key to a table the plan does not keep keeps its referenced side as is.
[[nodiscard]] std::optional<model::ForeignKey> after_renames(const model::ForeignKey& key,
                                                             const ColumnRenames& own,
                                                             const PlanRenames& plan);

}  // namespace diff
