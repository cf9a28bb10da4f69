#pragma once

// The table kind's members compared (part of tenantctl_diff): columns, keys,
// checks and indexes of one kept table.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diff/change.hpp"
#include "diff/plan_renames.hpp"

namespace diff {

// What differs inside one table that exists in both catalogs.
struct MemberChanges {
  std::vector<Change> changes;
  // The current names of the columns that change in a way PostgreSQL refuses
  // while a view reads them (type, collation, generation, drop): the views
  // reading them are rebuilt.
  std::set<std::string> view_breaking_columns;
};

// Pairs the columns of `desired` with those of `current` (the same table,
// possibly renamed) by name, or by renamed_from (pairing.hpp). Returns, per
// desired column, the name of the current column it is; nullopt for a new one.
[[nodiscard]] std::vector<std::optional<std::string>> pair_columns(const model::Table& current,
                                                                   const model::Table& desired);

// Returns the column renames and drops that turn `current` into `desired`, as
// pair_columns() pairs them.
[[nodiscard]] ColumnRenames column_renames(const model::Table& current,
                                           const model::Table& desired);

// Returns the column, key, constraint and index changes that turn `current`
// into `desired` (the same table, possibly renamed). Members pair by name, or
// by renamed_from when the old name is free in `desired`. A current member is
// compared as PostgreSQL will print it once the plan's `renames` have run, so
// an index or constraint on a renamed column (or referencing a renamed table)
// is kept; one whose printed form cannot be predicted is dropped and created.
[[nodiscard]] MemberChanges diff_table_members(const model::Table& current,
                                               const model::Table& desired,
                                               const PlanRenames& renames);

// Appends the changes that turn the indexes `current` into `desired` (of one
// kept table or materialized view, `of`), pairing them by name or
// renamed_from.
void diff_indexes(const std::map<std::string, model::Index>& current,
                  const std::map<std::string, model::Index>& desired, const MemberOf& of,
                  std::vector<Change>& out);

}  // namespace diff
