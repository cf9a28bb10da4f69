#pragma once

// The range type kind (CREATE TYPE ... AS RANGE): its model value. The rest
// of the kind lives beside this file (toml.cpp, catalog.cpp, diff.cpp,
// sql.cpp); docs/architecture.md, "Object kinds", says how a kind plugs into
// the list in model/kinds.hpp.

#include <optional>
#include <string>

#include "model/names.hpp"

namespace model {

struct RangeType {
  QualifiedName name;
  std::string subtype;  // as format_type() prints it
  // SUBTYPE_OPCLASS, only when not the subtype's default btree class.
  std::optional<std::string> subtype_opclass;
  // COLLATION, only when not the subtype's own.
  std::optional<std::string> collation;
  std::optional<std::string> canonical;     // a function's name, as regproc prints it
  std::optional<std::string> subtype_diff;  // likewise
  // MULTIRANGE_TYPE_NAME: empty in a desired schema that leaves it to
  // PostgreSQL (default_multirange_name()); always set when read.
  std::string multirange;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const RangeType&) const = default;
};

// The multirange's name PostgreSQL gives a range type named `range_name`:
// "multi" before its first "range", or "_multirange" appended.
[[nodiscard]] std::string default_multirange_name(const std::string& range_name);

}  // namespace model
