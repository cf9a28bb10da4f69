#pragma once

// The collation kind (CREATE COLLATION): its model value. The rest of the
// kind lives beside this file (toml.cpp, catalog.cpp, diff.cpp, sql.cpp);
// docs/architecture.md, "Object kinds", says how a kind plugs into the list
// in model/kinds.hpp.

#include <optional>
#include <string>

#include "model/names.hpp"

namespace model {

struct Collation {
  QualifiedName name;
  std::string provider = "libc";  // libc or icu
  // ICU: the locale ("und-u-ks-level2"). libc: LC_COLLATE and LC_CTYPE.
  std::string locale;
  std::string lc_collate;
  std::string lc_ctype;
  bool deterministic = true;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const Collation&) const = default;
};

}  // namespace model
