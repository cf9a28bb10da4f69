#pragma once

// The domain kind: its model value. The rest of the kind lives beside this
// file (toml.cpp, catalog.cpp, diff.cpp, sql.cpp); docs/architecture.md,
// "Object kinds", says how a kind plugs into the list in model/kinds.hpp.

#include <map>
#include <optional>
#include <string>

#include "model/names.hpp"

namespace model {

// A named CHECK constraint of a domain; its expression names the value
// VALUE.
struct DomainCheck {
  std::string name;
  std::string expression;  // pg_get_expr() of conbin: "(VALUE > 0)"
  bool not_valid = false;
  std::optional<std::string> renamed_from;  // desired only; not compared
  bool operator==(const DomainCheck& other) const {
    return name == other.name && expression == other.expression && not_valid == other.not_valid;
  }
};

struct Domain {
  QualifiedName name;
  std::string type;  // the base type, as format_type() prints it
  // COLLATE, only when not the base type's own ("de_DE", "schema.name").
  std::optional<std::string> collation;
  std::optional<std::string> default_expr;
  bool not_null = false;
  std::map<std::string, DomainCheck> checks;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const Domain&) const = default;
};

}  // namespace model
