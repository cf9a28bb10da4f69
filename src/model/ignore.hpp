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
// Patterns "role:<glob>" name roles instead: their privileges are dropped
// from every grant (see without_ignored_roles()).
[[nodiscard]] Catalog without_ignored(Catalog catalog, std::span<const std::string> patterns);

// Drops from `current` (a database's catalog) the partitions made at run
// time: each partition the `desired` schema does not declare whose name
// matches its declared parent's external_partitions, the partitions under
// it, and whatever hangs on them (triggers, policies, grants, owners).
void without_external_partitions(Catalog& current, const Catalog& desired);

// The prefix of an ignore pattern that names roles ("role:monitoring*").
inline constexpr std::string_view k_role_pattern = "role:";

// Drops from `catalog`'s grants the grantees matching the "role:<glob>"
// patterns among `patterns` (a monitoring or replication role's grants are
// never drift), and grants left with what a new object has anyway.
void without_ignored_roles(Catalog& catalog, std::span<const std::string> patterns);

}  // namespace model
