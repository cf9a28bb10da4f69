#pragma once

// Storage parameters and options of a relation (pg_class.reloptions): a
// table's (with its TOAST table's), an index's, a view's.

#include <algorithm>
#include <string>
#include <vector>

namespace model {

// "name=value" as pg_class.reloptions holds them, in the order PostgreSQL
// keeps them (the order they were set in); a table's TOAST table's as
// "toast.name=value" after the table's own. Values as they were written
// ("off" is not "false"). Compared as a set: the order changes nothing.
struct StorageParameters {
  std::vector<std::string> list;
  bool operator==(const StorageParameters& other) const {
    if (list.size() != other.list.size()) {
      return false;
    }
    auto mine = list;
    auto theirs = other.list;
    std::sort(mine.begin(), mine.end());
    std::sort(theirs.begin(), theirs.end());
    return mine == theirs;
  }
  [[nodiscard]] bool empty() const { return list.empty(); }
};

}  // namespace model
