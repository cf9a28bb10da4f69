#pragma once

// Private to the manifest reader (reader*.cpp): the state one read builds up
// across its files, and the helpers the per-kind readers share.

#include <compare>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "manifest/manifest.hpp"
#include "manifest/toml_library.hpp"
#include "manifest/toml_text.hpp"
#include "model/catalog.hpp"
#include "model/kinds.hpp"

namespace manifest::detail {

// A place in one of the manifest's files: `file` indexes ReadState::files.
// Line 0 stands for the file as a whole (it could not be read).
struct Position {
  std::size_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  auto operator<=>(const Position&) const = default;
};

struct Problem {
  Position position;
  std::string message;  // without the position
};

// Columns named in another table (a foreign key's referenced columns, a
// sequence's owner column). They are checked once every file has been read,
// since that table may be declared in a later file, and only when it is
// declared at all (it may be ignored or of a kind tenantctl does not manage).
struct ForeignColumns {
  Position position;
  std::string what;  // "foreign key contacts_account_id_fkey of table public.contacts, references"
  model::QualifiedName table;
  std::vector<std::string> columns;
};

// A name in a schema's relation namespace, which tables, views, sequences and
// indexes (also those of primary keys and unique constraints) share.
struct RelationName {
  model::QualifiedName name;
  std::string what;  // "index users_email_idx of table public.users"
  Position position;
};

// Everything one read accumulates across its files.
struct ReadState {
  Manifest manifest;
  std::vector<std::string> files;  // source names, in reading order
  std::vector<Problem> problems;
  std::vector<ForeignColumns> foreign_columns;
  std::vector<RelationName> relation_names;
  // Declared schemas (with an empty name part), enums, sequences, tables and
  // views, for checking them against the ignore patterns of every file.
  std::vector<RelationName> declared;
  std::unordered_set<std::string> ignore_seen;

  // Returns "file:line:col" ("file" for line 0).
  [[nodiscard]] std::string where(const Position& position) const;
};

// The reader of one file: turns toml++ source regions into positions and
// collects problems into the shared state.
class FileContext {
 public:
  FileContext(ReadState& state, std::size_t file) : m_state(state), m_file(file) {}

  [[nodiscard]] ReadState& state() { return m_state; }
  [[nodiscard]] model::Catalog& catalog() { return m_state.manifest.catalog; }
  [[nodiscard]] Position position(const toml::source_region& source) const {
    return {m_file, source.begin.line, source.begin.column};
  }
  [[nodiscard]] Position position(const toml::node& node) const { return position(node.source()); }
  [[nodiscard]] std::string where(const Position& position) const {
    return m_state.where(position);
  }
  void problem(const Position& position, std::string message) {
    m_state.problems.push_back({position, std::move(message)});
  }

 private:
  ReadState& m_state;
  std::size_t m_file;
};

// Reads the keys of one TOML table with their types checked. Every key an
// accessor asks for becomes a known key; finish() reports the others as
// unknown, with "did you mean" among the known ones. Problems are prefixed
// with `what` ("table public.users, column \"id\"").
class Fields {
 public:
  Fields(FileContext& file, const toml::table& table, std::string what)
      : m_file(file), m_table(table), m_what(std::move(what)) {}

  // Each accessor returns std::nullopt (or nullptr) when the key is absent or
  // its value has the wrong type; the latter is reported.
  [[nodiscard]] const toml::node* node(std::string_view key);
  [[nodiscard]] std::optional<std::string> string(std::string_view key);
  [[nodiscard]] std::optional<bool> boolean(std::string_view key);
  [[nodiscard]] bool flag(std::string_view key) { return boolean(key).value_or(false); }
  [[nodiscard]] std::optional<std::int64_t> integer(std::string_view key);
  [[nodiscard]] std::optional<std::vector<std::string>> strings(std::string_view key);
  [[nodiscard]] const toml::table* table(std::string_view key);

  // Like string(), strings() and table(), and report the key as missing when
  // absent.
  [[nodiscard]] std::optional<std::string> required_string(std::string_view key);
  [[nodiscard]] std::optional<std::vector<std::string>> required_strings(std::string_view key);
  [[nodiscard]] const toml::table* required_table(std::string_view key);

  // Returns the string at `key` when it is one of `allowed` (and reports it
  // otherwise, with "did you mean"); std::nullopt when absent or invalid.
  [[nodiscard]] std::optional<std::string> choice(std::string_view key,
                                                  const std::vector<std::string>& allowed);

  // Reports every key of the table that no accessor has asked for.
  void finish();

  // Returns where the value at `key` is, or the table itself when it is absent.
  [[nodiscard]] Position position_of(std::string_view key) const;
  // Returns where element `index` of the array at `key` is (the key's value
  // when there is no such element).
  [[nodiscard]] Position element_position(std::string_view key, std::size_t index) const;
  [[nodiscard]] Position position() const { return m_file.position(m_table); }
  [[nodiscard]] const std::string& what() const { return m_what; }
  [[nodiscard]] FileContext& file() { return m_file; }

  // Reports `message` at `position`, prefixed with what().
  void problem(const Position& position, const std::string& message);

 private:
  // Returns true when `key` is present, and reports it as missing otherwise.
  bool require(std::string_view key);
  void wrong_type(std::string_view key, const toml::node& value, std::string_view expected);

  FileContext& m_file;
  const toml::table& m_table;
  std::string m_what;
  std::vector<std::string> m_known;
};

// Returns "a string", "an integer", ... for messages.
[[nodiscard]] std::string_view type_name(const toml::node& node);

// Returns `name` as messages show an identifier: bare when made of lower-case
// letters, digits and '_', otherwise double-quoted.
[[nodiscard]] std::string display_identifier(const std::string& name);

// Returns the object that the TOML table at `keys` declares, as messages name
// it ("table public.users", "index i of table public.users"), or the TOML
// header ("[a.b]") when it is not one.
[[nodiscard]] std::string describe_keys(const std::vector<std::string>& keys);

// Reports `name` unless it is a valid PostgreSQL identifier (1 to 63 bytes, no
// NUL); `what` says which name it is ("column name").
void check_identifier(FileContext& file, const Position& position, std::string_view what,
                      const std::string& name);

// Reports `name` unless objects may live in a schema of that name (not a
// PostgreSQL system schema, not tenantctl's own).
void check_schema_name(FileContext& file, const Position& position, const std::string& name);

// Adds `object` to `map` under `key`, or reports it as declared twice, naming
// both places; `position` is where `object` is declared (its source). Returns
// true when it was added.
template <class Map, class Object>
bool add_object(FileContext& file, Map& map, const typename Map::key_type& key, Object object,
                const std::string& what, const Position& position) {
  const auto [found, inserted] = map.try_emplace(key, std::move(object));
  if (!inserted) {
    file.problem(position, what + " is declared twice: " + found->second.source.where + " and " +
                               file.where(position));
  }
  return inserted;
}

// Where `node` is declared, for an object's `source`.
inline model::SourceRef source_ref(FileContext& file, const toml::node& node) {
  return {file.where(file.position(node))};
}

// Reports that the value at `path` is not a TOML table as `header` says.
void report_not_a_table(FileContext& file, const toml::node& node, std::string_view path,
                        std::string_view header);

// Reads [<kind>.<name>] tables (schemas, extensions): calls `read` on each
// object's table.
using OneLevelReader = void (*)(FileContext&, const std::string&, const toml::table&);
void read_one_level(FileContext& file, const toml::table* kind_table, std::string_view kind,
                    OneLevelReader read);

// Reads [<kind>.<schema>.<name>] tables: checks each schema, and each name
// unless it is not an identifier (a routine's signature), and calls `read`
// on each object's table.
using TwoLevelReader = void (*)(FileContext&, const model::QualifiedName&, const toml::table&);
void read_two_level(FileContext& file, const toml::table* kind_table, std::string_view kind,
                    TwoLevelReader read, bool names_are_identifiers = true);

// Reads the [<kind>.<schema>.<table>.<name>] tables of one table (`members`,
// the table under [<kind>.<schema>.<table>]): checks each name and calls
// `read` on each member's table. For kinds that belong to a table
// (triggers, policies).
using MemberReader = void (*)(FileContext&, const model::MemberName&, const toml::table&);
void read_table_members(FileContext& file, const model::QualifiedName& table,
                        const toml::table& members, std::string_view kind, MemberReader read);

// One reader per object kind: reads that kind's top-level tables of one
// document (`root`), called in model::ObjectKinds order. A kind of the list
// without one does not compile.
// Each in src/kinds/<kind>/toml.cpp.
void read_kind(model::KindTag<model::Schema> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Extension> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Collation> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::EnumType> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::CompositeType> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::RangeType> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Domain> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Sequence> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Statistics> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Table> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::View> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::MaterializedView> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Routine> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Trigger> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Policy> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Grant> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::Owner> kind, FileContext& file, Fields& root);
void read_kind(model::KindTag<model::DefaultPrivilege> kind, FileContext& file, Fields& root);

// Reads `key` as storage parameters or options, ["name=value", ...], each
// name once (kinds/table/toml.cpp; tables, indexes and views use it).
[[nodiscard]] model::StorageParameters read_storage_parameters(Fields& fields,
                                                               std::string_view key);

// Calls `read(name, table, what)` for each entry of the group of named
// sub-tables at `key` ("unique", "index", ...) of `owner_what` (a table, a
// materialized view), checking each name and reporting entries that are not
// tables.
template <class Read>
void for_each_named_table(FileContext& file, Fields& fields, std::string_view key,
                          std::string_view label, const std::string& owner_what, Read read) {
  const toml::table* group = fields.table(key);
  if (group == nullptr) {
    return;
  }
  for (auto&& [name_key, node] : *group) {
    const std::string name(name_key.str());
    const auto* table = node.as_table();
    if (table == nullptr) {
      fields.problem(file.position(node), std::string(key) + "." + toml_key(name) +
                                              ": expected a table, found " +
                                              std::string(type_name(node)));
      continue;
    }
    const std::string what =
        std::string(label) + " " + display_identifier(name) + " of " + owner_what;
    check_identifier(file, file.position(node), what + ": name", name);
    read(name, *table, what);
  }
}

// Reads `column_comments = { column = "comment", ... }` (views and
// materialized views; kinds/view/toml.cpp).
[[nodiscard]] std::map<std::string, std::string> read_column_comments(Fields& fields);

// Reads an index's keys (keys, unique, nulls_not_distinct, method, include,
// where, storage, comment, renamed_from) from `fields`, for tables and
// materialized views (kinds/table/toml_members.cpp); the caller checks the
// INCLUDE columns it can and calls finish().
[[nodiscard]] model::Index read_index_fields(Fields& fields, const std::string& name);

// Reads the `owner` key of an object's table (kinds/owner/toml.cpp) into
// the catalog's owners, for the object `target`.
void read_owner(Fields& fields, const model::GrantTarget& target);

// Reads one grantee's list of privileges at key `grantee`: words of
// `allowed` (or "all", every one of them), each at most once, optionally
// ending in " with grant option"; sorted. `of_what` ("a table") is for
// messages. Kinds/grant/toml.cpp; the default privileges kind shares it.
[[nodiscard]] std::vector<std::string> read_privilege_list(Fields& fields,
                                                           const std::string& grantee,
                                                           std::string_view of_what,
                                                           const std::vector<std::string>& allowed);

// Reads the sequence option keys (increment, min_value, max_value, start,
// cache, cycle; and `type` unless `data_type` is given, as for an identity
// column) and reports values out of range for the data type.
[[nodiscard]] model::SequenceOptions read_sequence_options(
    Fields& fields, const std::optional<std::string>& data_type);

// What the readers of one table's parts share (kinds/table/toml.cpp,
// toml_members.cpp). Names found in it are handed to ReadState only
// when the table is added, so a table declared twice is checked once.
struct TableScope {
  // A name in the table's constraint namespace. Primary keys and unique
  // constraints are also in the schema's relation namespace, whose check
  // reports clashes between two of them.
  struct Constraint {
    std::string name;
    std::string what;
    Position position;
    bool has_index = false;
  };

  FileContext& file;
  model::QualifiedName name;
  std::string what;                       // "table public.users"
  std::vector<std::string> column_names;  // in table order
  std::unordered_set<std::string> columns;
  std::vector<RelationName> relations;  // primary key, unique constraints, indexes
  std::vector<Constraint> constraints;
  std::vector<ForeignColumns> foreign_columns;
  // A partition's columns are its parent's, known once every file is read:
  // its column lists are checked then (as foreign_columns).
  bool columns_from_parent = false;
};

// Reports a column list (the array at `key` of `fields`) that is empty, names
// a column the table lacks ("did you mean") or, unless `repeats_allowed`,
// names a column twice.
void check_column_list(TableScope& scope, Fields& fields, std::string_view key,
                       const std::vector<std::string>& names, bool repeats_allowed = false);

// Reads `deferrable` and `initially_deferred`, reporting the second without
// the first.
[[nodiscard]] model::Deferral read_deferral(Fields& fields);

// Reads the unique, foreign_key, check and index groups of a table.
void read_constraints(TableScope& scope, Fields& fields, model::Table& table);

// Checks that need every file read (reader_checks.cpp).
void check_foreign_columns(ReadState& state);
// Reports a partition whose partitioned table is not declared or not
// partitioned, and parents that loop.
void check_partitions(ReadState& state);
// Gives each partition every column of its parent, with its parent's
// default and NOT NULL unless it lists its own (model::Table).
void fill_partition_columns(ReadState& state);
void check_relation_names(ReadState& state);
// Reports declared objects that an ignore pattern covers: they would be
// dropped from the desired schema without a word.
void check_ignored(ReadState& state);

}  // namespace manifest::detail
