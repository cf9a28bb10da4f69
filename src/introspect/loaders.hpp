#pragma once

// Private to introspect/: one loader per object kind, each taking the rows of
// one or two whole-database queries from catalog_queries.hpp (fetched by
// read_catalog() inside one snapshot) and adding what they hold to a catalog.
// read_catalog() runs the loaders in order; a loader that attaches members to
// tables (constraints, indexes) expects the tables to be loaded already and
// skips members of tables the catalog does not hold (ignored ones).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/result.hpp"
#include "model/catalog.hpp"

namespace pg {
class Rows;
class Session;
}  // namespace pg

namespace introspect::detail {

// The names of the columns queries::k_table_columns read, by table oid and
// column number, so that constraints and indexes can name their columns
// without a lookup per key on the server. Views into `columns`, which must
// outlive this object.
class ColumnNames {
 public:
  explicit ColumnNames(const pg::Rows& columns);

  // Returns the names of the columns `attnums` (an int2[] in PostgreSQL's
  // text form, "{2,3}") of the table with oid `relid`, in order; nullopt when
  // one is not known (the table is not one k_table_columns reads).
  [[nodiscard]] std::optional<std::vector<std::string>> names(std::string_view relid,
                                                              std::string_view attnums) const;

 private:
  std::unordered_map<std::uint64_t, std::string_view> m_names;
};

[[nodiscard]] base::Result<void> load_schemas(const pg::Rows& rows, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_extensions(const pg::Rows& rows, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_enums(const pg::Rows& rows, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_sequences(const pg::Rows& rows, model::Catalog& catalog);
// `defaults`: deparse_defaults() of the same rows.
[[nodiscard]] base::Result<void> load_tables(
    const pg::Rows& rows, const std::vector<std::optional<std::string>>& defaults,
    model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_constraints(const pg::Rows& rows, const ColumnNames& columns,
                                                  model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_indexes(const pg::Rows& rows, const ColumnNames& columns,
                                              model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_views(const pg::Rows& rows, const pg::Rows& dependencies,
                                            model::Catalog& catalog);
// The kinds in src/kinds/<kind>/catalog.cpp: their queries and loaders.
// load_routines() runs after load_views() (it adds what views call).
extern const char* const k_routines;
extern const char* const k_routine_dependencies;
extern const char* const k_member_routine_uses;
extern const char* const k_triggers;
// `member_uses`: k_member_routine_uses, added to the members already loaded.
[[nodiscard]] base::Result<void> load_routines(const pg::Rows& rows, const pg::Rows& dependencies,
                                               const pg::Rows& member_uses,
                                               model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_triggers(const pg::Rows& rows, const ColumnNames& columns,
                                               model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_unmanaged(const pg::Rows& rows, model::Catalog& catalog);

// Returns the default of each row of queries::k_table_columns as pg_get_expr()
// prints it (nullopt where the column has none), deparsing each distinct
// default once (k_default_texts) over `session`, in the snapshot the rows
// were read in. 8,000 columns with a handful of distinct defaults cost one
// deparse each, not 8,000.
[[nodiscard]] base::Result<std::vector<std::optional<std::string>>> deparse_defaults(
    pg::Session& session, const pg::Rows& columns);

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

// Returns the predicate of a partial index from its pg_get_indexdef() text:
// what follows the " WHERE " that stands outside parentheses, string
// literals and quoted identifiers (pg_get_indexdef() prints it last, as
// pg_get_expr() prints the predicate). Returns nullopt when there is none.
[[nodiscard]] std::optional<std::string> index_predicate(std::string_view definition);

}  // namespace introspect::detail
