#pragma once

// The enum kind: its model value. The rest of the kind lives beside this
// file (toml.cpp, catalog.cpp, diff.cpp, sql.cpp); docs/architecture.md,
// "Object kinds", says how a kind plugs into the list in model/kinds.hpp.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/names.hpp"

namespace model {

struct EnumType {
  QualifiedName name;
  std::vector<std::string> values;  // in sort order
  // new label -> old label, for labels renamed in place (desired only).
  std::map<std::string, std::string> value_renames;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const EnumType&) const = default;
};

}  // namespace model
