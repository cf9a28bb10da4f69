#pragma once

#include <span>
#include <string>

#include "model/catalog.hpp"

namespace model {

// Returns true when `text` matches the glob `pattern` (`*` any run of
// characters, `?` one character, everything else literal).
[[nodiscard]] bool glob_match(std::string_view pattern, std::string_view text);

// Returns true when `name` ("schema.name", unquoted) matches one of `patterns`.
[[nodiscard]] bool is_ignored(const QualifiedName& name, std::span<const std::string> patterns);

// Returns `catalog` without the objects whose names match `patterns`: enums,
// sequences, tables and views by "schema.name", routines by "schema.name"
// without their arguments, triggers by their table's name; and without
// schemas matching "schema.*"-style patterns that cover the whole schema (a
// pattern "X.*" drops schema X itself). Extensions are never ignored.
[[nodiscard]] Catalog without_ignored(Catalog catalog, std::span<const std::string> patterns);

}  // namespace model
