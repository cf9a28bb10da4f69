#pragma once

// Private to introspect/ and the kinds' catalog.cpp: one loader per object
// kind, each taking the rows of its whole-database queries (fetched by
// read_catalog() inside one snapshot) and adding what they hold to a catalog.
// read_catalog() runs the loaders in model::ObjectKinds order; a loader that
// attaches members to tables (constraints, indexes, triggers) expects the
// tables to be loaded already and skips members of tables the catalog does
// not hold (ignored ones). A kind of the list without its load_kind() does
// not compile.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "base/result.hpp"
#include "model/catalog.hpp"
#include "model/kinds.hpp"

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

// The queries of one catalog read, the costliest first: with several
// connections each takes the next query from the front, so the long ones
// start at once and the short ones fill in (reader.cpp holds their SQL and
// descriptions in this order).
enum QueryId : std::size_t {
  q_columns,
  q_indexes,
  q_constraints,
  q_triggers,
  q_unmanaged,
  q_sequences,
  q_statistics,
  q_view_dependencies,
  q_view_column_comments,
  q_views,
  q_materialized_views,
  q_materialized_view_indexes,
  q_collations,
  q_enums,
  q_composite_types,
  q_composite_attributes,
  q_range_types,
  q_domains,
  q_domain_checks,
  q_schemas,
  q_extensions,
  q_routines,
  q_routine_dependencies,
  q_member_routine_uses,
  q_policies,
  q_policy_dependencies,
  q_grants,
  q_owners,
  q_default_privileges,
  q_creator,
  q_count
};

// What query `id` reads, for messages ("reading views").
[[nodiscard]] const char* query_what(QueryId id);

// The rows of one catalog read, handed to the kinds' loaders as each query
// completes.
class Loading {
 public:
  Loading() = default;
  Loading(const Loading&) = delete;
  Loading& operator=(const Loading&) = delete;
  virtual ~Loading() = default;

  // Waits for query `id`; returns its rows, or nullptr when a query failed.
  [[nodiscard]] virtual const pg::Rows* wait(QueryId id) = 0;
  // The defaults of q_columns' rows (deparse_defaults()); valid once
  // wait(q_columns) returned rows.
  [[nodiscard]] virtual const std::vector<std::optional<std::string>>& defaults() const = 0;

  // The names of the columns read, set by the table kind's loader for the
  // members and triggers loaded after it.
  std::optional<ColumnNames> columns;
};

// Calls `load` with the rows of the queries `ids` once they have all come;
// an error of `load` gets the first query's description as context.
template <class Load, class... Ids>
[[nodiscard]] base::Result<void> with_rows(Loading& loading, Load&& load, QueryId first,
                                           Ids... more) {
  const std::array<const pg::Rows*, 1 + sizeof...(Ids)> rows{loading.wait(first),
                                                             loading.wait(more)...};
  for (const auto* each : rows) {
    if (each == nullptr) {
      return base::Error("a catalog query failed");
    }
  }
  auto done = std::apply([&](const auto*... each) { return load(*each...); }, rows);
  if (!done) {
    return done.error().with_context(query_what(first));
  }
  return {};
}

// Each kind's loader (the catalog.cpp of src/kinds/<kind>/), run by
// read_catalog() in model::ObjectKinds order: tables before the views,
// routines and triggers that refer to them.
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Schema> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Extension> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Collation> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::EnumType> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::CompositeType> kind,
                                           Loading& loading, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::RangeType> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Domain> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Sequence> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Table> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Statistics> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::View> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::MaterializedView> kind,
                                           Loading& loading, model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Routine> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Trigger> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Policy> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Grant> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::Owner> kind, Loading& loading,
                                           model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_kind(model::KindTag<model::DefaultPrivilege> kind,
                                           Loading& loading, model::Catalog& catalog);

// The SQL of each kind's queries, defined beside its loader.
extern const char* const k_schemas;
extern const char* const k_extensions;
extern const char* const k_collations;
extern const char* const k_enums;
extern const char* const k_composite_types;
extern const char* const k_composite_attributes;
extern const char* const k_range_types;
extern const char* const k_domains;
extern const char* const k_domain_checks;
extern const char* const k_sequences;
extern const char* const k_statistics;
extern const char* const k_views;
extern const char* const k_view_dependencies;
extern const char* const k_view_column_comments;
extern const char* const k_materialized_views;
extern const char* const k_materialized_view_indexes;
extern const char* const k_routines;
extern const char* const k_routine_dependencies;
extern const char* const k_member_routine_uses;
extern const char* const k_triggers;
extern const char* const k_policies;
extern const char* const k_policy_dependencies;
extern const char* const k_grants;
extern const char* const k_owners;
extern const char* const k_default_privileges;
extern const char* const k_creator;

// The table kind's members (kinds/table/catalog_members.cpp), loaded by its
// load_kind() once the tables are.
[[nodiscard]] base::Result<void> load_constraints(const pg::Rows& rows, const ColumnNames& columns,
                                                  model::Catalog& catalog);
[[nodiscard]] base::Result<void> load_indexes(const pg::Rows& rows, const ColumnNames& columns,
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

// Returns the collation in columns `first` (schema) and `first + 1` (name;
// NULL for none) of `row` as the manifest spells it: the bare name for
// PostgreSQL's own and public's collations, "schema.name" for others.
[[nodiscard]] std::optional<std::string> qualified_collation(const pg::Rows& rows, std::size_t row,
                                                             std::size_t first);

// Adds the privilege of one aclexplode() row to `privileges` (grantee ->
// privileges): the grantee in column `grantee`, the lowercase privilege in
// `grantee + 1` and whether it is grantable in `grantee + 2`; a row whose
// privilege is NULL (an ACL of its owner's entries only) adds nothing.
void add_acl_row(const pg::Rows& rows, std::size_t row, std::size_t grantee,
                 model::Privileges& privileges);

// Sorts each grantee's privileges, as model::Grant keeps them.
void sort_privileges(model::Privileges& privileges);

// Adds the relations of k_view_dependencies' rows to the `depends_on` of the
// views (or materialized views) in `objects` they belong to, sorted bytewise
// whatever order the database's collation gave, and the columns read of each
// to `read_columns`.
template <class Rows, class Objects>
void add_reads(const Rows& dependencies, Objects& objects) {
  for (std::size_t row = 0; row < dependencies.size(); ++row) {
    const auto found = objects.find(qualified(dependencies, row));
    if (found != objects.end()) {
      auto read = qualified(dependencies, row, 2);
      auto columns = dependencies.text_array(row, 4);
      std::sort(columns.begin(), columns.end());
      found->second.read_columns[read] = std::move(columns);
      found->second.depends_on.push_back(std::move(read));
    }
  }
  for (auto& [name, object] : objects) {
    std::sort(object.depends_on.begin(), object.depends_on.end());
    object.depends_on.erase(std::unique(object.depends_on.begin(), object.depends_on.end()),
                            object.depends_on.end());
  }
}

// Adds the rows of k_view_column_comments to the `column_comments` of the
// views (or materialized views) in `objects` they belong to.
template <class Rows, class Objects>
void add_column_comments(const Rows& rows, Objects& objects) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const auto found = objects.find(qualified(rows, row));
    if (found != objects.end()) {
      found->second.column_comments[std::string(rows.text(row, 2))] =
          std::string(rows.text(row, 3));
    }
  }
}

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
