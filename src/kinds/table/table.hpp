#pragma once

// The table kind: its model value. The rest of the kind lives beside this
// file (toml*.cpp, catalog*.cpp, diff*.cpp, sql*.cpp); docs/architecture.md,
// "Object kinds", says how a kind plugs into the list in model/kinds.hpp.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kinds/sequence/sequence.hpp"
#include "model/names.hpp"
#include "model/storage_parameters.hpp"

namespace model {

enum class Identity { none, always, by_default };

// A column in canonical form: `type` is format_type() spelling with modifiers
// ("character varying(120)", "numeric(12,2)"), and expressions are as
// pg_get_expr() prints them, so two spellings PostgreSQL treats as equal
// compare equal once normalised.
struct Column {
  std::string name;
  std::string type;
  bool not_null = false;
  std::optional<std::string> default_expr;
  std::optional<std::string> collation;  // only when not the type's default
  Identity identity = Identity::none;
  SequenceOptions identity_options{};    // meaningful when identity != none
  std::optional<std::string> generated;  // GENERATED ALWAYS AS (expr) STORED
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;  // desired only
  RoutineUses uses;                         // by the default or generation expression
  bool operator==(const Column&) const = default;
};

// Deferrability of a constraint.
struct Deferral {
  bool deferrable = false;
  bool initially_deferred = false;
  bool operator==(const Deferral&) const = default;
};

struct PrimaryKey {
  std::string name;
  std::vector<std::string> columns;
  Deferral deferral;
  StorageParameters storage;  // its index's WITH (...): changed in place
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;
  bool operator==(const PrimaryKey&) const = default;
};

struct UniqueConstraint {
  std::string name;
  std::vector<std::string> columns;
  bool nulls_not_distinct = false;
  Deferral deferral;
  StorageParameters storage;  // its index's WITH (...): changed in place
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;
  bool operator==(const UniqueConstraint&) const = default;
};

// ON DELETE / ON UPDATE actions, as SQL words.
enum class ReferentialAction { no_action, restrict, cascade, set_null, set_default };
enum class MatchType { simple, full, partial };

struct ForeignKey {
  std::string name;
  std::vector<std::string> columns;
  QualifiedName references;
  std::vector<std::string> referenced_columns;
  ReferentialAction on_delete = ReferentialAction::no_action;
  ReferentialAction on_update = ReferentialAction::no_action;
  MatchType match = MatchType::simple;
  Deferral deferral;
  bool not_valid = false;
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;
  bool operator==(const ForeignKey&) const = default;
};

struct CheckConstraint {
  std::string name;
  std::string expression;  // pg_get_expr() of conbin, parenthesised as PostgreSQL prints it
  bool not_valid = false;
  bool no_inherit = false;
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;
  RoutineUses uses;
  bool operator==(const CheckConstraint&) const = default;
};

// An index that no constraint owns.
struct Index {
  std::string name;
  bool unique = false;
  bool nulls_not_distinct = false;
  std::string method = "btree";
  // Key elements as pg_get_indexdef() prints them: "email", "lower(email)",
  // "created_at DESC NULLS LAST", "name text_pattern_ops".
  std::vector<std::string> keys;
  std::vector<std::string> include;
  std::optional<std::string> where;  // the predicate, without WHERE
  StorageParameters storage;         // WITH (...): changed in place, ALTER INDEX SET
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;
  // Set when read from a database: a failed CREATE INDEX CONCURRENTLY leaves
  // an invalid index behind, which is dropped and built again.
  bool invalid = false;
  RoutineUses uses;
  bool operator==(const Index&) const = default;
};

// REPLICA IDENTITY: what logical decoding logs of an updated or deleted
// row's old values.
enum class ReplicaIdentity { default_key, full, nothing, index };

// A table (ordinary or partitioned). Columns are in attnum order, which is
// part of the table's identity. Constraints and indexes are keyed by name.
struct Table {
  QualifiedName name;
  std::vector<Column> columns;
  std::optional<PrimaryKey> primary_key;
  std::map<std::string, UniqueConstraint> uniques;
  std::map<std::string, ForeignKey> foreign_keys;
  std::map<std::string, CheckConstraint> checks;
  std::map<std::string, Index> indexes;
  std::optional<std::string> comment;
  // ALTER TABLE ... ENABLE and FORCE ROW LEVEL SECURITY: whether the
  // table's policies apply, and whether they apply to its owner too.
  bool row_security = false;
  bool force_row_security = false;
  bool unlogged = false;  // CREATE UNLOGGED TABLE, SET LOGGED / UNLOGGED
  StorageParameters storage;
  ReplicaIdentity replica_identity = ReplicaIdentity::default_key;
  std::string replica_index;                // with ReplicaIdentity::index: the unique index's name
  std::optional<std::string> renamed_from;  // "schema.name" is not allowed: same schema
  SourceRef source;
  bool operator==(const Table&) const = default;

  // Returns the column called `column_name`, or nullptr when there is none.
  [[nodiscard]] const Column* find_column(const std::string& column_name) const;
};

// Returns the name PostgreSQL gives a table's primary key when none is written
// ("<table>_pkey"), as long as that fits in 63 bytes; otherwise "".
[[nodiscard]] std::string default_primary_key_name(const std::string& table_name);

// Returns true when indexes `a` and `b` are the same but for their names,
// comments and renamed_from (one can be renamed into the other); an index
// left invalid by a failed build is never the same.
[[nodiscard]] bool same_index_body(Index a, const Index& b);

}  // namespace model
