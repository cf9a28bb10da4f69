#pragma once

#include <vector>

#include "diff/change.hpp"

namespace diff {

// What differs inside one table that exists in both catalogs.
struct MemberChanges {
  std::vector<Change> changes;
  // True when a column changes in a way PostgreSQL refuses while a view reads
  // the table (type, collation, generation, drop): its views are rebuilt.
  bool rebuilds_views = false;
};

// Returns the column, key, constraint and index changes that turn `current`
// into `desired` (the same table, possibly renamed). Members pair by name, or
// by renamed_from when the old name is free in `desired`.
[[nodiscard]] MemberChanges diff_table_members(const model::Table& current,
                                               const model::Table& desired);

}  // namespace diff
