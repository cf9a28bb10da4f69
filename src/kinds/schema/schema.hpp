#pragma once

// The schema kind: its model value. The rest of the kind lives beside this
// file (toml.cpp, catalog.cpp, diff.cpp, sql.cpp); docs/architecture.md,
// "Object kinds", says how a kind plugs into the list in model/kinds.hpp.

#include <optional>
#include <string>

#include "model/names.hpp"

namespace model {

struct Schema {
  std::string name;
  std::optional<std::string> comment;
  // Desired only: true when no [schema.X] declares it and objects in it made
  // the manifest add it; its comment is then left as the database has it.
  bool implicit = false;
  SourceRef source;
  bool operator==(const Schema& other) const {
    return name == other.name && comment == other.comment;
  }
};

}  // namespace model
