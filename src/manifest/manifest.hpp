#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "model/catalog.hpp"

namespace manifest {

// A desired schema as read from TOML (docs/schema-format.md).
struct Manifest {
  // The desired objects, as written (not yet normalised by PostgreSQL), with
  // implicit schemas added and each object's SourceRef set.
  model::Catalog catalog;
  // `ignore` glob patterns from every file, in file order, duplicates removed.
  std::vector<std::string> ignore;
};

// Reads a desired schema from a .toml file or a directory of them (recursive,
// in name order), merged. Returns a config Error listing every problem found,
// each with file:line:col: TOML syntax, unknown keys (with "did you mean"),
// wrong value types, missing required keys, objects declared twice (naming
// both places), columns named twice, references to columns a table lacks.
[[nodiscard]] base::Result<Manifest> load_manifest(const std::filesystem::path& path);

// True when `path` holds no desired schema: it does not exist, or it is a
// directory with no .toml file in it. A project with migrations alone (no
// schema/ yet) is such a case.
[[nodiscard]] bool no_desired_schema(const std::filesystem::path& path);

// Reads one TOML document; `source_name` names it in SourceRefs and errors.
[[nodiscard]] base::Result<Manifest> parse_manifest(std::string_view text,
                                                    const std::string& source_name);

}  // namespace manifest
