#pragma once

#include <compare>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace model {

// A schema-qualified object name. Both parts are exact identifiers as
// PostgreSQL stores them (case and all), never quoted.
struct QualifiedName {
  std::string schema;
  std::string name;
  auto operator<=>(const QualifiedName&) const = default;
};

// A column in canonical form: `type` is format_type() spelling with modifiers
// ("character varying(120)", "numeric(12,2)"), and `default_expr` is the
// expression as pg_get_expr() prints it, so any two spellings PostgreSQL treats
// as equal compare equal here.
struct Column {
  std::string name;
  std::string type;
  bool not_null = false;
  std::optional<std::string> default_expr;
  bool operator==(const Column&) const = default;
};

// A primary key: its constraint name and its columns in key order.
struct PrimaryKey {
  std::string name;
  std::vector<std::string> columns;
  bool operator==(const PrimaryKey&) const = default;
};

// A table (ordinary or partitioned). Columns are in attnum order, which is
// part of the table's identity: the same columns in another order differ.
struct Table {
  QualifiedName name;
  std::vector<Column> columns;
  std::optional<PrimaryKey> primary_key;
  bool operator==(const Table&) const = default;

  // Returns the column called `column_name`, or nullptr when there is none.
  [[nodiscard]] const Column* find_column(const std::string& column_name) const;
};

// A database schema as plain values. Maps are keyed by qualified name, so
// iteration order is deterministic (sorted by schema, then name, bytewise).
struct Catalog {
  std::map<QualifiedName, Table> tables;
  bool operator==(const Catalog&) const = default;
};

// Returns the name PostgreSQL gives a table's primary key when none is written
// ("<table>_pkey"), as long as that fits in 63 bytes; otherwise "".
[[nodiscard]] std::string default_primary_key_name(const std::string& table_name);

// The schema that holds tenantctl's own tables in a tenant database.
inline constexpr const char* k_own_schema = "tenantctl";

// Returns true for objects tenantctl never manages, whatever the user's
// settings: knex's bookkeeping tables and everything in tenantctl's own schema.
[[nodiscard]] bool is_always_ignored(const QualifiedName& table_name);

}  // namespace model
