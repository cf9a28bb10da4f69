#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kinds/routine/routine.hpp"
#include "kinds/trigger/trigger.hpp"
#include "model/names.hpp"

namespace model {

struct Schema {
  std::string name;
  std::optional<std::string> comment;
  // Desired only: true when no [schema.X] declares it and objects in it made
  // the manifest add it; its comment is then left as the database has it.
  bool implicit = false;
  SourceRef source;
  bool operator==(const Schema& other) const {
    return name == other.name && comment == other.comment;
  }
};

struct Extension {
  std::string name;
  std::string schema;
  // The installed (or wanted) version; "" in a desired catalog means "any".
  std::string version;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const Extension&) const = default;
};

struct EnumType {
  QualifiedName name;
  std::vector<std::string> values;  // in sort order
  // new label -> old label, for labels renamed in place (desired only).
  std::map<std::string, std::string> value_renames;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const EnumType&) const = default;
};

// Sequence options. Unset optionals mean "PostgreSQL's default for this data
// type and direction"; a catalog read from a database has every field set
// only where it differs from that default, so the two compare equal.
struct SequenceOptions {
  std::string data_type = "bigint";  // smallint, integer or bigint
  std::optional<std::int64_t> increment;
  std::optional<std::int64_t> min_value;
  std::optional<std::int64_t> max_value;
  std::optional<std::int64_t> start;
  std::optional<std::int64_t> cache;
  bool cycle = false;
  bool operator==(const SequenceOptions&) const = default;
};

// The column a sequence belongs to (ALTER SEQUENCE ... OWNED BY).
struct OwnedBy {
  QualifiedName table;
  std::string column;
  bool operator==(const OwnedBy&) const = default;
};

struct Sequence {
  QualifiedName name;
  SequenceOptions options;
  std::optional<OwnedBy> owned_by;
  std::optional<std::string> comment;
  SourceRef source;
  bool operator==(const Sequence&) const = default;
};

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
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;
  bool operator==(const PrimaryKey&) const = default;
};

struct UniqueConstraint {
  std::string name;
  std::vector<std::string> columns;
  bool nulls_not_distinct = false;
  Deferral deferral;
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
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;
  // Set when read from a database: a failed CREATE INDEX CONCURRENTLY leaves
  // an invalid index behind, which is dropped and built again.
  bool invalid = false;
  RoutineUses uses;
  bool operator==(const Index&) const = default;
};

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
  std::optional<std::string> renamed_from;  // "schema.name" is not allowed: same schema
  SourceRef source;
  bool operator==(const Table&) const = default;

  // Returns the column called `column_name`, or nullptr when there is none.
  [[nodiscard]] const Column* find_column(const std::string& column_name) const;
};

struct View {
  QualifiedName name;
  std::string definition;  // pg_get_viewdef() text, a SELECT
  std::optional<std::string> comment;
  // Relations the view reads (tables and views), from pg_depend; filled in
  // when read from a database (the desired catalog gets them through the
  // normalising scratch database). Not compared.
  std::vector<QualifiedName> depends_on;
  // Functions the view calls, by routine identity (Routine::name), from
  // pg_depend like depends_on. Not compared.
  std::vector<QualifiedName> calls;
  SourceRef source;
  bool operator==(const View& other) const {
    return name == other.name && definition == other.definition && comment == other.comment;
  }
};

// An object of a kind tenantctl does not manage yet, seen in a database; it is
// reported and never touched.
struct Unmanaged {
  std::string kind;      // "function", "trigger", "policy", ...
  std::string identity;  // "public.f(integer)", "trg on public.t"
  bool operator==(const Unmanaged&) const = default;
  auto operator<=>(const Unmanaged&) const = default;
};

// A database schema as plain values. Maps are keyed by name, so iteration is
// deterministic (sorted bytewise). Every map is one object kind of
// model/kinds.hpp's list, which drives equality, ignore patterns, the TOML
// reader and writer, the differ and the renderer: a map added here without
// its line in that list fails to compile (catalog.cpp counts the members).
struct Catalog {
  std::map<std::string, Schema> schemas;
  std::map<std::string, Extension> extensions;
  std::map<QualifiedName, EnumType> enums;
  std::map<QualifiedName, Table> tables;
  std::map<QualifiedName, Sequence> sequences;
  std::map<QualifiedName, View> views;
  std::map<QualifiedName, Routine> routines;  // keyed by Routine::name (with the signature)
  std::map<MemberName, Trigger> triggers;     // keyed by table and trigger name
  std::vector<Unmanaged> unmanaged;           // sorted; not compared
  bool operator==(const Catalog& other) const;
};

// Returns `options` with every field that holds PostgreSQL's default for its
// data type and direction cleared (increment 1, cache 1, min/max/start the
// type's bounds), so explicit defaults and omitted ones compare equal.
[[nodiscard]] SequenceOptions normalized(SequenceOptions options);

// Returns `options` with every field set to its effective value (the
// inverse of normalized(): defaults filled in).
[[nodiscard]] SequenceOptions resolved(SequenceOptions options);

// Returns the name PostgreSQL gives a table's primary key when none is written
// ("<table>_pkey"), as long as that fits in 63 bytes; otherwise "".
[[nodiscard]] std::string default_primary_key_name(const std::string& table_name);

// The schema that holds tenantctl's own tables in a tenant database.
inline constexpr const char* k_own_schema = "tenantctl";

// Returns true for objects tenantctl never manages, whatever the user's
// settings: knex's bookkeeping tables and everything in tenantctl's own schema.
[[nodiscard]] bool is_always_ignored(const QualifiedName& table_name);

// Returns "schema.name" with each part quoted only where it has to be for a
// reader to tell the parts apart (for messages, not SQL).
[[nodiscard]] std::string display_name(const QualifiedName& name);

// Returns one name as display_name() shows each part.
[[nodiscard]] std::string display_part(const std::string& name);

}  // namespace model
