#pragma once

// Private to ddl/: the pieces the per-kind renderers share.

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "ddl/keys.hpp"
#include "ddl/render.hpp"
#include "ddl/sql_text.hpp"

namespace ddl::detail {

// Tie-break order between statements that the dependency keys leave free:
// drops before creates, then by object kind, so plans read naturally.
namespace phase {
inline constexpr int drop_dependents = 0;  // views, foreign keys, indexes, constraints
inline constexpr int drop_relations = 1;   // tables, columns
inline constexpr int drop_types = 2;       // sequences, enums
inline constexpr int drop_extensions = 3;
inline constexpr int drop_schemas = 4;
inline constexpr int create_schemas = 5;
inline constexpr int create_extensions = 6;
inline constexpr int types = 7;
inline constexpr int sequences = 8;
inline constexpr int renames = 9;
inline constexpr int tables = 10;
inline constexpr int columns = 11;
inline constexpr int constraints = 12;
inline constexpr int indexes = 13;
inline constexpr int foreign_keys = 14;
inline constexpr int ownership = 15;
inline constexpr int views = 16;
inline constexpr int comments = 17;
// Last: objects this plan creates get PostgreSQL's own defaults, as the
// grant kind expects of them.
inline constexpr int default_privileges = 18;
}  // namespace phase

inline Statement statement(std::string sql, int order) {
  Statement out;
  out.sql = std::move(sql);
  out.phase = order;
  return out;
}

inline void add_hazard(Statement& statement, HazardKind kind, std::string reason) {
  statement.hazards.push_back(Hazard{kind, std::move(reason)});
}

inline void append(std::vector<std::string>& to, const std::vector<std::string>& more) {
  to.insert(to.end(), more.begin(), more.end());
}

// Keys of every column of `table`, under the name `as`.
inline std::vector<std::string> column_keys(const model::Table& table,
                                            const model::QualifiedName& as) {
  std::vector<std::string> out;
  for (const auto& column : table.columns) {
    out.push_back(keys::column(as, column.name));
  }
  return out;
}

// Keys of the routines of `catalog` whose name `text` mentions as an
// identifier: what a domain's check or a range type's functions call, which
// the catalog does not record for a desired schema.
std::vector<std::string> mentioned_routine_keys(const std::string& text,
                                                const model::Catalog& catalog);

// Keys of the catalogs' types (enums, domains, composite and range types) a
// routine takes or returns (kinds/routine/sql.cpp).
std::vector<std::string> routine_type_keys(const model::Routine& routine,
                                           const RenderContext& context);

// Keys of the routines an expression calls.
inline std::vector<std::string> routine_keys(const model::RoutineUses& uses) {
  std::vector<std::string> out;
  for (const auto& routine : uses.routines) {
    out.push_back(keys::routine(routine));
  }
  return out;
}

// The table of `name` in `catalog`, or nullptr.
inline const model::Table* find_table(const model::Catalog& catalog,
                                      const model::QualifiedName& name) {
  const auto found = catalog.tables.find(name);
  return found == catalog.tables.end() ? nullptr : &found->second;
}

// Returns true when the table `name` is partitioned (PARTITION BY) in the
// desired or the current catalog: PostgreSQL builds no index concurrently on
// it, nor adds a NOT VALID foreign key.
inline bool partitioned(const RenderContext& context, const model::QualifiedName& name) {
  const auto* desired = find_table(context.desired(), name);
  const auto* current = find_table(context.current(), name);
  return (desired != nullptr && desired->partition_by) ||
         (current != nullptr && current->partition_by);
}

// Returns the key of the primary key or unique constraint of `table` whose
// columns are exactly `columns` (what a foreign key needs), or "".
std::string referenced_constraint_key(const model::Table* table,
                                      const std::vector<std::string>& columns);

// A rename, as one statement, or as two through a temporary name when the new
// name is taken right now (by an object that is renamed away or dropped in the
// same plan, as in a swap): `sql_for(from, to)` makes a statement's SQL, and
// `key_for(name)` the dependency key of a name.
void add_rename(const std::string& from, const std::string& to, bool to_is_taken,
                const std::function<std::string(const std::string&, const std::string&)>& sql_for,
                const std::function<std::string(const std::string&)>& key_for,
                const std::vector<std::string>& needs, std::vector<Statement>& out);

// Makes `alter` (ALTER SEQUENCE or ALTER COLUMN ... SET, giving a sequence
// whose options are `before` the options `after`) also restart the sequence,
// at its new START, when its current value turns out to be out of the new
// bounds, as PostgreSQL requires then: when the new bounds do not hold the old
// ones, `alter` becomes a DO block that tries it as it is and, refused, again
// with RESTART, and carries a hazard saying so. Otherwise leaves it alone.
void restart_if_out_of_bounds(const model::SequenceOptions& before,
                              const model::SequenceOptions& after, Statement& alter);

// Per-kind renderers; each appends to `out`.
void render_schema(const diff::SchemaChange& change, std::vector<Statement>& out);
void render_extension(const diff::ExtensionChange& change, std::vector<Statement>& out);
void render_enum(const diff::EnumChange& change, const RenderContext& context,
                 std::vector<Statement>& out);
void render_sequence(const diff::SequenceChange& change, const RenderContext& context,
                     std::vector<Statement>& out);
void render_table(const diff::TableChange& change, const RenderContext& context,
                  std::vector<Statement>& out);
void render_column(const diff::ColumnChange& change, const RenderContext& context,
                   std::vector<Statement>& out);
void render_primary_key(const diff::PrimaryKeyChange& change, const RenderContext& context,
                        std::vector<Statement>& out);
void render_unique(const diff::UniqueChange& change, const RenderContext& context,
                   std::vector<Statement>& out);
void render_foreign_key(const diff::ForeignKeyChange& change, const RenderContext& context,
                        std::vector<Statement>& out);
void render_check(const diff::CheckChange& change, const RenderContext& context,
                  std::vector<Statement>& out);
void render_exclusion(const diff::ExclusionChange& change, const RenderContext& context,
                      std::vector<Statement>& out);
void render_index(const diff::IndexChange& change, const RenderContext& context,
                  std::vector<Statement>& out);
// A view's or materialized view's query without the trailing ";" and
// blanks pg_get_viewdef() prints (kinds/view/sql.cpp).
[[nodiscard]] std::string trimmed_view_body(std::string definition);
// Keys of what a view or materialized view reads (`depends_on`) in
// `catalog`: the relations and, for tables, every column.
[[nodiscard]] std::vector<std::string> read_keys(
    const std::vector<model::QualifiedName>& depends_on, const model::Catalog& catalog);
// The USING expression that converts `column` (an identifier, quoted) to
// `type` (the column's desired type) when a type it holds is recreated.
using ColumnConversion =
    std::function<std::string(const std::string& column, const std::string& type)>;
// Converts the columns that hold a recreated type (an enum, a domain, a
// composite type) to `type_name`: one ALTER TABLE per table, each column
// USING `conversion`, with `may_fail` as the hazard when rows may not convert.
// `drop_old` (the old type's DROP) is ordered after every conversion, and
// after the routines and composite types of the desired catalog that use the
// type are made again over the new one.
void convert_type_columns(const std::vector<diff::TypeColumnUse>& columns,
                          const model::QualifiedName& type_name, const ColumnConversion& conversion,
                          const std::optional<std::string>& may_fail, const RenderContext& context,
                          Statement& drop_old, std::vector<Statement>& out);
void render_composite_type(const diff::CompositeTypeChange& change, const RenderContext& context,
                           std::vector<Statement>& out);
void render_range_type(const diff::RangeTypeChange& change, const RenderContext& context,
                       std::vector<Statement>& out);
void render_statistics(const diff::StatisticsChange& change, const RenderContext& context,
                       std::vector<Statement>& out);
void render_collation(const diff::CollationChange& change, std::vector<Statement>& out);
void render_domain(const diff::DomainChange& change, const RenderContext& context,
                   std::vector<Statement>& out);
// COMMENT ON COLUMN statements turning `before` into `after` (all of
// `after` for a new or recreated view), for the view `object` ("VIEW ..." is
// not needed: COMMENT ON COLUMN names the relation) (kinds/view/sql.cpp).
void render_column_comments(const model::QualifiedName& view,
                            const std::map<std::string, std::string>& before,
                            const std::map<std::string, std::string>& after,
                            std::vector<Statement>& out);
void render_materialized_view(const diff::MaterializedViewChange& change,
                              const RenderContext& context, std::vector<Statement>& out);
void render_view(const diff::ViewChange& change, const RenderContext& context,
                 std::vector<Statement>& out);
void render_routine(const diff::RoutineChange& change, const RenderContext& context,
                    std::vector<Statement>& out);  // kinds/routine
void render_policy(const diff::PolicyChange& change, std::vector<Statement>& out);
// What a statement on object `target` needs: the object under its desired
// name (kinds/grant/sql.cpp).
[[nodiscard]] std::vector<std::string> target_keys(const model::GrantTarget& target);
// The key a change of `target`'s owner creates (a column's: its table's).
// The object in GRANT ... ON <object>: "TABLE public.t", "ROUTINE
// public.f(integer)", "SCHEMA s", ...; a column's table.
[[nodiscard]] std::string target_sql(const model::GrantTarget& target,
                                     const RenderContext& context);
[[nodiscard]] std::string owner_change_key(const model::GrantTarget& target);
// "SELECT" from "select"; PUBLIC or the quoted role.
[[nodiscard]] std::string upper(std::string text);
[[nodiscard]] std::string grantee_sql(const std::string& grantee);
void render_owner(const diff::OwnerChange& change, const RenderContext& context,
                  std::vector<Statement>& out);
void render_default_privilege(const diff::DefaultPrivilegeChange& change,
                              std::vector<Statement>& out);
void render_grant(const diff::GrantChange& change, const RenderContext& context,
                  std::vector<Statement>& out);
void render_trigger(const diff::TriggerChange& change, const RenderContext& context,
                    std::vector<Statement>& out);  // kinds/trigger

}  // namespace ddl::detail
