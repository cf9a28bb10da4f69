#pragma once

#include <string>

#include "model/catalog.hpp"

namespace manifest {

// Returns `catalog` as canonical TOML (docs/schema-format.md): objects sorted
// by kind, schema and name; within an object, keys in a fixed order; optional
// keys that hold their default left out. The same catalog always gives the
// same bytes, and reading the text back gives the same catalog. Fields that
// only a desired catalog has (renamed_from, value_renames, implicit schemas)
// and Catalog::unmanaged are never written.
[[nodiscard]] std::string write_toml(const model::Catalog& catalog);

}  // namespace manifest
