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
  // SET STORAGE, only when not the type's own: "plain", "external",
  // "extended", "main"; and COMPRESSION, only when set: "pglz", "lz4".
  std::optional<std::string> storage;
  std::optional<std::string> compression;
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;  // desired only
  RoutineUses uses;                         // by the default or generation expression
  SourceRef source;  // desired only: where the column was declared (never compared)
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
  bool inherited = false;  // see Table
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
  bool inherited = false;  // see Table
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
  bool inherited = false;  // see Table
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
  bool inherited = false;  // see Table
  bool operator==(const CheckConstraint&) const = default;
};

// EXCLUDE USING <method> (<element> WITH <operator>, ...): no two rows for
// which every operator holds. Elements are as pg_get_constraintdef() prints
// them: the key as in an index ("room", "lower(name)", "during
// range_ops"), " WITH ", the operator ("=", "&&", "OPERATOR(s.~=)").
struct ExclusionConstraint {
  std::string name;
  std::string method = "btree";  // PostgreSQL's default; "gist" in most schemas
  std::vector<std::string> elements;
  std::vector<std::string> include;
  std::optional<std::string> where;  // the predicate, without WHERE
  Deferral deferral;
  StorageParameters storage;  // its index's WITH (...): changed in place
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;
  RoutineUses uses;
  bool operator==(const ExclusionConstraint&) const = default;
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
  bool inherited = false;  // see Table
  bool operator==(const Index&) const = default;
};

// Where a partition sits: its partitioned table and its bound, as
// pg_get_expr(relpartbound) prints it ("FOR VALUES FROM ('2026-01-01') TO
// ('2026-02-01')", "FOR VALUES IN ('eu', 'us')", "FOR VALUES WITH (modulus
// 4, remainder 0)", "DEFAULT").
struct PartitionOf {
  QualifiedName parent;
  std::string bound;
  // Read from a database: an interrupted DETACH ... CONCURRENTLY left the
  // partition half detached, to be finished with DETACH ... FINALIZE.
  bool detach_pending = false;
  bool operator==(const PartitionOf&) const = default;
};

// REPLICA IDENTITY: what logical decoding logs of an updated or deleted
// row's old values.
enum class ReplicaIdentity { default_key, full, nothing, index };

// A table (ordinary or partitioned). Columns are in attnum order, which is
// part of the table's identity. Constraints and indexes are keyed by name.
// A partition's columns are its parent's, and PostgreSQL keeps their names
// and types equal: a partition holds each column with its name, its own
// default and NOT NULL only (the type left empty), as it has them in
// effect; the TOML lists only those that differ from its parent's. The keys, indexes, foreign keys
// and checks its parent's give it are read from a database with `inherited` set: they are never
// declared nor compared, but a partition detached into a table of its own keeps them.
struct Table {
  QualifiedName name;
  std::vector<Column> columns;
  std::optional<PrimaryKey> primary_key;
  std::map<std::string, UniqueConstraint> uniques;
  std::map<std::string, ForeignKey> foreign_keys;
  std::map<std::string, CheckConstraint> checks;
  std::map<std::string, ExclusionConstraint> exclusions;
  std::map<std::string, Index> indexes;
  std::optional<std::string> comment;
  // ALTER TABLE ... ENABLE and FORCE ROW LEVEL SECURITY: whether the
  // table's policies apply, and whether they apply to its owner too.
  bool row_security = false;
  bool force_row_security = false;
  bool unlogged = false;  // CREATE UNLOGGED TABLE, SET LOGGED / UNLOGGED
  StorageParameters storage;
  ReplicaIdentity replica_identity = ReplicaIdentity::default_key;
  std::string replica_index;  // with ReplicaIdentity::index: the unique index's name
  // PARTITION BY, as pg_get_partkeydef() prints it ("RANGE (created_at)",
  // "LIST (lower(region))", "HASH (id)"): set on a partitioned table.
  std::optional<std::string> partition_by;
  std::optional<PartitionOf> partition_of;  // set on a partition
  // Desired only: globs of the names of partitions made at run time (by the
  // application, pg_partman or a cron job). A partition of this table that
  // the schema does not declare and whose name matches is left alone.
  std::vector<std::string> external_partitions;
  std::optional<std::string> renamed_from;  // "schema.name" is not allowed: same schema
  SourceRef source;
  bool operator==(const Table&) const = default;

  // Returns the column called `column_name`, or nullptr when there is none.
  [[nodiscard]] const Column* find_column(const std::string& column_name) const;
};

// Returns the name PostgreSQL gives a table's primary key when none is written
// ("<table>_pkey"), as long as that fits in 63 bytes; otherwise "".
[[nodiscard]] std::string default_primary_key_name(const std::string& table_name);

// Returns the highest of `table`'s partitioned parents reachable among
// `tables`: `table` itself when it is no partition. The result is itself a
// partition when a parent is missing or the parents loop.
[[nodiscard]] const Table& partition_top(const std::map<QualifiedName, Table>& tables,
                                         const Table& table);

// Returns `table` without the members it has from a parent (`inherited`),
// or with them made its own when `keep_inherited` (a partition detached into
// a table of its own keeps them).
[[nodiscard]] Table own_members(Table table, bool keep_inherited = false);

// Returns true when indexes `a` and `b` are the same but for their names,
// comments and renamed_from (one can be renamed into the other); an index
// left invalid by a failed build is never the same.
[[nodiscard]] bool same_index_body(Index a, const Index& b);

}  // namespace model
