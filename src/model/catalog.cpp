#include "model/catalog.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace model {

const Column* Table::find_column(const std::string& column_name) const {
  const auto found = std::find_if(columns.begin(), columns.end(),
                                  [&](const Column& column) { return column.name == column_name; });
  return found == columns.end() ? nullptr : &*found;
}

std::string default_primary_key_name(const std::string& table_name) {
  constexpr std::size_t k_max_identifier_bytes = 63;
  std::string name = table_name + "_pkey";
  return name.size() <= k_max_identifier_bytes ? name : std::string();
}

bool is_always_ignored(const QualifiedName& table_name) {
  constexpr std::array<std::string_view, 2> k_knex_tables = {"knex_migrations",
                                                             "knex_migrations_lock"};
  const bool is_knex =
      std::find(k_knex_tables.begin(), k_knex_tables.end(), table_name.name) != k_knex_tables.end();
  return is_knex || table_name.schema == k_own_schema;
}

}  // namespace model
