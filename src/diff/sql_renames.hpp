#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

// Rewriting SQL text that PostgreSQL printed (pg_get_expr, pg_get_indexdef,
// pg_get_viewdef) as PostgreSQL prints it once columns have been renamed with
// ALTER TABLE ... RENAME COLUMN. Objects refer to columns by number, so they
// survive the rename and only their printed text changes; these functions
// predict that text so the differ can tell a kept object from a changed one.
//
// Every function returns nullopt when it cannot be sure its result is exactly
// what PostgreSQL will print (text it does not understand, a column the plan
// drops): the caller then drops and creates the object, as without renames.
namespace diff {

// The columns of one table as they will be after the plan's renames: a
// current name maps to its new name (only columns whose name changes are in
// `renamed`); `dropped` holds the current names of columns that go.
struct ColumnRenames {
  std::map<std::string, std::string> renamed;
  std::set<std::string> dropped;

  // Returns true when no column of the table is renamed.
  [[nodiscard]] bool none() const { return renamed.empty(); }
};

// Returns `name` (an exact column name) as it will be called, or nullopt when
// the column is dropped.
[[nodiscard]] std::optional<std::string> renamed_column(const std::string& name,
                                                        const ColumnRenames& renames);

// Returns a scalar expression of one table (a check constraint, an index key
// or predicate, a generation expression) with every reference to a renamed
// column renamed and quoted as quote_ident() does. Column references are the
// identifiers, bare or double-quoted, outside string literals that are not a
// function name (followed by "("), a type (after "::"), a collation (after
// COLLATE), an alias (after AS), part of a qualified name or field selection
// (next to "."), an operator class (after another operand), or a field of
// EXTRACT. Returns nullopt when the text holds a reference to a dropped
// column, or SQL it cannot read (comments, dollar quotes, parameters).
[[nodiscard]] std::optional<std::string> rename_in_expression(std::string_view expression,
                                                              const ColumnRenames& renames);

// Returns a view's pg_get_viewdef() text as it will be printed once columns of
// the one table it reads are renamed. `schema` and `table` are that table's
// (unchanged) name. A plain column in the select list that is renamed keeps
// the view's output name through an alias (`t.name AS nm`), as PostgreSQL
// prints it. Only a single SELECT over that table alone (`FROM [schema.]table
// [alias]`, no joins, subqueries, set operations, DISTINCT, WITH or WINDOW) is
// rewritten; for anything else, or a reference to a dropped column, returns
// nullopt.
[[nodiscard]] std::optional<std::string> rename_in_view(std::string_view definition,
                                                        const std::string& schema,
                                                        const std::string& table,
                                                        const ColumnRenames& renames);

// Returns a view's pg_get_viewdef() text as it will be printed once the table
// `schema`.`old_name` it reads is renamed to `new_name` (in the same schema):
// every reference to the relation (FROM, qualifiers of its columns) renamed.
// A column or alias spelled like the table is renamed too, which makes the
// text differ from what PostgreSQL prints: the caller then rebuilds the view,
// as without the prediction. nullopt for SQL it cannot read.
[[nodiscard]] std::optional<std::string> rename_relation_in_view(std::string_view definition,
                                                                 const std::string& schema,
                                                                 const std::string& old_name,
                                                                 const std::string& new_name);

// Returns SQL text PostgreSQL printed (a view's query, a statistics
// expression, a routine's SQL-standard body) as it will be printed once the
// function `schema`.`old_name` it calls is renamed to `new_name` (ALTER
// FUNCTION ... RENAME TO keeps the callers, which refer to it by OID): every
// call qualified with `schema`, and bare ones when `schema` is public (the
// search_path PostgreSQL prints under), renamed. nullopt for SQL it cannot
// read.
[[nodiscard]] std::optional<std::string> rename_function_calls(std::string_view text,
                                                               const std::string& schema,
                                                               const std::string& old_name,
                                                               const std::string& new_name);

}  // namespace diff
