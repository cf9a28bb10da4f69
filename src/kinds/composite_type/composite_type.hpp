#pragma once

// The composite type kind (CREATE TYPE ... AS (...)): its model value. The
// rest of the kind lives beside this file (toml.cpp, catalog.cpp, diff.cpp,
// sql.cpp); docs/architecture.md, "Object kinds", says how a kind plugs into
// the list in model/kinds.hpp.

#include <optional>
#include <string>
#include <vector>

#include "model/names.hpp"

namespace model {

struct CompositeAttribute {
  std::string name;
  std::string type;  // as format_type() prints it
  // COLLATE, only when not the type's own ("C", "schema.name").
  std::optional<std::string> collation;
  std::optional<std::string> comment;  // COMMENT ON COLUMN <type>.<attribute>
  bool operator==(const CompositeAttribute&) const = default;
};

struct CompositeType {
  QualifiedName name;
  std::vector<CompositeAttribute> attributes;  // in order
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const CompositeType&) const = default;
};

}  // namespace model
