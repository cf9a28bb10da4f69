// Schemas and extensions, and the helpers every loader shares.
#include "introspect/catalog_queries.hpp"
#include "introspect/loaders.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

model::QualifiedName qualified(const pg::Rows& rows, std::size_t row, std::size_t first) {
  return model::QualifiedName{std::string(rows.text(row, first)),
                              std::string(rows.text(row, first + 1))};
}

std::optional<std::int64_t> optional_integer(const pg::Rows& rows, std::size_t row,
                                             std::size_t column) {
  if (rows.is_null(row, column)) {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(rows.integer(row, column));
}

base::Result<void> load_schemas(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    model::Schema schema{.name = std::string(rows.text(row, 0)),
                         .comment = rows.optional_text(row, 1)};
    catalog.schemas.insert_or_assign(schema.name, std::move(schema));
  }
  return {};
}

base::Result<void> load_extensions(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    model::Extension extension{.name = std::string(rows.text(row, 0)),
                               .schema = std::string(rows.text(row, 1)),
                               .version = std::string(rows.text(row, 2)),
                               .comment = rows.optional_text(row, 3)};
    catalog.extensions.insert_or_assign(extension.name, std::move(extension));
  }
  return {};
}

}  // namespace introspect::detail
