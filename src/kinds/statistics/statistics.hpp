#pragma once

// The extended statistics kind (CREATE STATISTICS): its model value. The
// rest of the kind lives beside this file (toml.cpp, catalog.cpp, diff.cpp,
// sql.cpp); docs/architecture.md, "Object kinds", says how a kind plugs into
// the list in model/kinds.hpp.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/names.hpp"

namespace model {

struct Statistics {
  QualifiedName name;
  QualifiedName table;
  // The columns and expressions, as pg_get_statisticsobjdef_columns() prints
  // them: "a, b", "lower(email), created_at".
  std::string on;
  // ndistinct, dependencies, mcv, in that order; empty for all of them (what
  // CREATE STATISTICS builds when it names none).
  std::vector<std::string> kinds;
  // ALTER STATISTICS ... SET STATISTICS; nullopt for the default (-1).
  std::optional<std::int64_t> target;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const Statistics&) const = default;
};

// Returns `kinds` in canonical form: in PostgreSQL's order, and empty when it
// holds all three.
[[nodiscard]] std::vector<std::string> canonical_statistics_kinds(
    const std::vector<std::string>& kinds);

}  // namespace model
