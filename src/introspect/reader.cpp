#include "introspect/reader.hpp"

#include <string>

#include "introspect/catalog_queries.hpp"
#include "pg/session.hpp"

namespace introspect {
namespace {

using model::QualifiedName;

QualifiedName qualified(const pg::Rows& rows, std::size_t row) {
  return QualifiedName{std::string(rows.text(row, 0)), std::string(rows.text(row, 1))};
}

base::Result<void> load_tables(pg::Session& session, model::Catalog& catalog) {
  auto rows = session.query(queries::k_table_columns);
  if (!rows) {
    return rows.error();
  }
  for (std::size_t row = 0; row < rows->size(); ++row) {
    auto name = qualified(*rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    auto& table = catalog.tables[name];
    table.name = std::move(name);
    if (rows->is_null(row, 2)) {
      continue;  // a table with no columns
    }
    table.columns.push_back(model::Column{
        .name = std::string(rows->text(row, 2)),
        .type = std::string(rows->text(row, 3)),
        .not_null = rows->boolean(row, 4),
        .default_expr = rows->optional_text(row, 5),
    });
  }
  return {};
}

base::Result<void> load_primary_keys(pg::Session& session, model::Catalog& catalog) {
  auto rows = session.query(queries::k_primary_keys);
  if (!rows) {
    return rows.error();
  }
  for (std::size_t row = 0; row < rows->size(); ++row) {
    const auto found = catalog.tables.find(qualified(*rows, row));
    if (found == catalog.tables.end()) {
      continue;  // an ignored table
    }
    found->second.primary_key =
        model::PrimaryKey{std::string(rows->text(row, 2)), rows->text_array(row, 3)};
  }
  return {};
}

struct Step {
  const char* what;
  base::Result<void> (*load)(pg::Session&, model::Catalog&);
};

constexpr Step k_steps[] = {
    {"reading tables and columns", load_tables},
    {"reading primary keys", load_primary_keys},
};

}  // namespace

base::Result<model::Catalog> read_catalog(pg::Session& session) {
  if (auto begun = session.execute("begin isolation level repeatable read read only;"
                                   " select pg_catalog.set_config('search_path', 'public', true)");
      !begun) {
    return begun.error().with_context("starting a catalog snapshot");
  }
  model::Catalog catalog;
  for (const auto& step : k_steps) {
    if (auto done = step.load(session, catalog); !done) {
      (void)session.execute("rollback");
      return done.error().with_context(step.what);
    }
  }
  if (auto ended = session.execute("commit"); !ended) {
    return ended.error().with_context("ending the catalog snapshot");
  }
  return catalog;
}

}  // namespace introspect
