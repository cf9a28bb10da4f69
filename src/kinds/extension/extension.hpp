#pragma once

// The extension kind: its model value. The rest of the kind lives beside this
// file (toml.cpp, catalog.cpp, diff.cpp, sql.cpp); docs/architecture.md,
// "Object kinds", says how a kind plugs into the list in model/kinds.hpp.

#include <optional>
#include <string>

#include "model/names.hpp"

namespace model {

struct Extension {
  std::string name;
  std::string schema;
  // The installed (or wanted) version; "" in a desired catalog means "any".
  std::string version;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const Extension&) const = default;
};

}  // namespace model
