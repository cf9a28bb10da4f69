#pragma once

// The names catalog objects are known by. Separate from catalog.hpp so that
// each object kind's own header (src/kinds/<kind>/) can use them.

#include <compare>
#include <string>
#include <vector>

namespace model {

// A schema-qualified object name. Both parts are exact identifiers as
// PostgreSQL stores them (case and all), never quoted. A routine's `name` is
// its signature (Routine::name).
struct QualifiedName {
  std::string schema;
  std::string name;
  auto operator<=>(const QualifiedName&) const = default;
};

// An object that belongs to a table or view (a trigger): the relation's name
// and its own, unique within that relation.
struct MemberName {
  QualifiedName table;
  std::string name;
  auto operator<=>(const MemberName&) const = default;
};

// Where a desired object was declared ("schema/users.toml:12:1"); empty for
// objects read from a database. Never compared.
struct SourceRef {
  std::string where;
  bool operator==(const SourceRef&) const { return true; }
};

// The routines an expression of a table member calls (a column's default or
// generation expression, a check, an index's keys or predicate), by routine
// identity, from pg_depend when read from a database. Never compared: it
// follows from the expression.
struct RoutineUses {
  std::vector<QualifiedName> routines;
  bool operator==(const RoutineUses&) const { return true; }
};

}  // namespace model
