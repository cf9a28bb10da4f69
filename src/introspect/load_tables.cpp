// Tables and their columns.
#include "introspect/catalog_queries.hpp"
#include "introspect/loaders.hpp"
#include "pg/session.hpp"

namespace introspect::detail {
namespace {

namespace col = queries::table_column;

model::Identity identity(std::string_view code) {
  if (code == "a") {
    return model::Identity::always;
  }
  if (code == "d") {
    return model::Identity::by_default;
  }
  return model::Identity::none;
}

// The collation as the manifest spells it: the bare name for PostgreSQL's
// own and public's collations, "schema.name" for others.
std::optional<std::string> collation(const pg::Rows& rows, std::size_t row) {
  if (rows.is_null(row, col::k_collation)) {
    return std::nullopt;
  }
  const auto schema = rows.text(row, col::k_collation_schema);
  std::string name(rows.text(row, col::k_collation));
  if (schema == "pg_catalog" || schema == "public") {
    return name;
  }
  return std::string(schema) + "." + name;
}

model::Column column(const pg::Rows& rows, std::size_t row) {
  model::Column column{
      .name = std::string(rows.text(row, col::k_name)),
      .type = std::string(rows.text(row, col::k_type)),
      .not_null = rows.boolean(row, col::k_not_null),
      .default_expr = rows.optional_text(row, col::k_default),
      .collation = collation(rows, row),
      .identity = identity(rows.text(row, col::k_identity)),
      .generated = rows.optional_text(row, col::k_generated),
      .comment = rows.optional_text(row, col::k_comment),
  };
  if (column.identity != model::Identity::none && !rows.is_null(row, col::k_identity_type)) {
    column.identity_options = model::normalized(model::SequenceOptions{
        .data_type = std::string(rows.text(row, col::k_identity_type)),
        .increment = optional_integer(rows, row, col::k_identity_increment),
        .min_value = optional_integer(rows, row, col::k_identity_min),
        .max_value = optional_integer(rows, row, col::k_identity_max),
        .start = optional_integer(rows, row, col::k_identity_start),
        .cache = optional_integer(rows, row, col::k_identity_cache),
        .cycle = rows.boolean(row, col::k_identity_cycle),
    });
  }
  return column;
}

}  // namespace

base::Result<void> load_tables(pg::Session& session, model::Catalog& catalog) {
  auto rows = session.query(queries::k_table_columns);
  if (!rows) {
    return rows.error();
  }
  model::Table* table = nullptr;
  for (std::size_t row = 0; row < rows->size(); ++row) {
    auto name = qualified(*rows, row, col::k_schema);
    if (model::is_always_ignored(name)) {
      continue;
    }
    // Rows come grouped by table; the first row of a table creates it.
    if (table == nullptr || table->name != name) {
      table = &catalog.tables[name];
      table->name = std::move(name);
      table->comment = rows->optional_text(row, col::k_table_comment);
    }
    if (rows->is_null(row, col::k_name)) {
      continue;  // a table with no columns
    }
    table->columns.push_back(column(*rows, row));
  }
  return {};
}

}  // namespace introspect::detail
