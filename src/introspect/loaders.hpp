#pragma once

// Private to introspect/: one loader per object kind, each running one or two
// whole-database queries from catalog_queries.hpp and adding what it reads to
// a catalog. read_catalog() runs them in order inside one snapshot; a loader
// that attaches members to tables (constraints, indexes) expects the tables to
// be loaded already and skips members of tables the catalog does not hold
// (ignored ones).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "model/catalog.hpp"

namespace pg {
class Session;
class Rows;
}  // namespace pg

namespace introspect::detail {

[[nodiscard]] base::Result<void> load_schemas(pg::Session& session, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_extensions(pg::Session& session, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_enums(pg::Session& session, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_sequences(pg::Session& session, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_tables(pg::Session& session, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_constraints(pg::Session& session, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_indexes(pg::Session& session, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_views(pg::Session& session, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_unmanaged(pg::Session& session, model::Catalog& catalog);

// Returns the schema and name in columns `first` and `first + 1` of `row`.
[[nodiscard]] model::QualifiedName qualified(const pg::Rows& rows, std::size_t row,
                                             std::size_t first = 0);

// Returns the integer in column `column` of `row`, or nullopt for NULL.
[[nodiscard]] std::optional<std::int64_t> optional_integer(const pg::Rows& rows, std::size_t row,
                                                           std::size_t column);

// Returns the key elements of an index from its pg_get_indexdef() text: the
// comma-separated elements between "USING <method> (" and the matching ")",
// as PostgreSQL prints them ("email", "lower((name)::text)",
// "created_at DESC NULLS LAST", "title COLLATE \"C\" text_pattern_ops").
// Commas inside parentheses, string literals and quoted identifiers do not
// split. `method` is the access method's name (pg_am.amname), unquoted.
// Returns nullopt when the text does not have that shape.
[[nodiscard]] std::optional<std::vector<std::string>> index_keys(std::string_view definition,
                                                                 std::string_view method);

}  // namespace introspect::detail
