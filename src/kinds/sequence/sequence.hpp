#pragma once

// The sequence kind: its model value. The rest of the kind lives beside this
// file (toml.cpp, catalog.cpp, diff.cpp, sql.cpp); docs/architecture.md,
// "Object kinds", says how a kind plugs into the list in model/kinds.hpp.

#include <cstdint>
#include <optional>
#include <string>

#include "model/names.hpp"

namespace model {

// Sequence options. Unset optionals mean "PostgreSQL's default for this data
// type and direction"; a catalog read from a database has every field set
// only where it differs from that default, so the two compare equal.
struct SequenceOptions {
  std::string data_type = "bigint";  // smallint, integer or bigint
  std::optional<std::int64_t> increment;
  std::optional<std::int64_t> min_value;
  std::optional<std::int64_t> max_value;
  std::optional<std::int64_t> start;
  std::optional<std::int64_t> cache;
  bool cycle = false;
  bool operator==(const SequenceOptions&) const = default;
};

// The column a sequence belongs to (ALTER SEQUENCE ... OWNED BY).
struct OwnedBy {
  QualifiedName table;
  std::string column;
  bool operator==(const OwnedBy&) const = default;
};

struct Sequence {
  QualifiedName name;
  SequenceOptions options;
  std::optional<OwnedBy> owned_by;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const Sequence&) const = default;
};

// Returns `options` with every field that holds PostgreSQL's default for its
// data type and direction cleared (increment 1, cache 1, min/max/start the
// type's bounds), so explicit defaults and omitted ones compare equal.
[[nodiscard]] SequenceOptions normalized(SequenceOptions options);

// Returns `options` with every field set to its effective value (the
// inverse of normalized(): defaults filled in).
[[nodiscard]] SequenceOptions resolved(SequenceOptions options);

}  // namespace model
