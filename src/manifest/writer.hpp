#pragma once

#include <string>

#include "model/catalog.hpp"

namespace manifest {

// Returns `catalog` as canonical TOML (docs/schema-format.md): objects sorted
// by kind, schema and name; within an object, keys in a fixed order; optional
// keys that hold their default left out. The same catalog always gives the
// same bytes, and reading the text back gives the same catalog.
[[nodiscard]] std::string write_toml(const model::Catalog& catalog);

}  // namespace manifest
