#pragma once

// The routine kind (functions, procedures, aggregates): its model value. The
// rest of the kind lives beside this file: toml.cpp (reading and writing
// [function|procedure|aggregate.<schema>."<signature>"]), catalog.cpp (its
// catalog query and rows), diff.cpp (comparison into changes), sql.cpp
// (statements, hazards and dependency keys). docs/architecture.md, "Object
// kinds", says how a kind plugs into the list in model/kinds.hpp.

#include <optional>
#include <string>
#include <vector>

#include "model/names.hpp"

namespace model {

enum class RoutineKind { function, procedure, aggregate };

// A function, procedure or aggregate. Its identity is its schema and
// signature: `name.name` is "<name>(<argument types>)" with the name as
// PostgreSQL stores it and the types of its input arguments as
// pg_catalog.oidvectortypes() prints them ("add(integer, integer)",
// "My Func()"), which is what tells overloads apart.
struct Routine {
  QualifiedName name;
  std::string bare_name;  // the name alone ("add")
  RoutineKind kind = RoutineKind::function;
  // The whole CREATE OR REPLACE statement as PostgreSQL prints it back
  // (pg_get_functiondef(); for an aggregate, built from pg_aggregate in the
  // same canonical shape). Every clause is in it: arguments with modes,
  // names and defaults, the result, language, volatility, STRICT, SECURITY
  // DEFINER, LEAKPROOF, PARALLEL, COST, ROWS, SET parameters and the body.
  std::string definition;
  // pg_get_function_arguments() and pg_get_function_result(): what decides
  // whether CREATE OR REPLACE can turn one definition into another. Set when
  // read from a database; part of `definition`, so not compared.
  std::string arguments;
  std::string result;
  // pg_get_function_identity_arguments(): how DROP, ALTER and COMMENT name
  // it ("a integer, b text"; an ordered-set aggregate's "double precision
  // ORDER BY double precision"). Set when read from a database; not compared.
  std::string identity_arguments;
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;  // desired only: the old bare name, same arguments
  // What it depends on, from pg_depend (SQL-standard bodies record what they
  // read and call): relations and other routines. Not compared.
  std::vector<QualifiedName> reads;
  std::vector<QualifiedName> calls;
  SourceRef source;
  bool operator==(const Routine& other) const {
    return name == other.name && kind == other.kind && definition == other.definition &&
           comment == other.comment;
  }
};

// Returns "function", "procedure" or "aggregate": the SQL keyword of the
// kind (ALTER FUNCTION ...) and its TOML header.
[[nodiscard]] const char* routine_keyword(RoutineKind kind);

// Returns the argument part of a routine identity's name, "(integer, text)"
// of "add(integer, text)" (from the last "(", since type names printed
// without modifiers hold none), or "" when `signature` has no such part.
[[nodiscard]] std::string signature_arguments(const std::string& signature);

// Returns "FUNCTION", "PROCEDURE" or "AGGREGATE", as statements spell it.
[[nodiscard]] std::string routine_sql_keyword(RoutineKind kind);

}  // namespace model
