#include "manifest/writer.hpp"

#include <fmt/format.h>

#include "manifest/toml_text.hpp"

namespace manifest {
namespace {

std::string table_path(const model::QualifiedName& name) {
  return fmt::format("table.{}.{}", toml_key(name.schema), toml_key(name.name));
}

void write_primary_key(const model::Table& table, std::string& out) {
  if (!table.primary_key) {
    return;
  }
  const auto& key = *table.primary_key;
  if (key.name == model::default_primary_key_name(table.name.name)) {
    out += fmt::format("primary_key = {}\n", toml_string_array(key.columns));
  } else {
    out += fmt::format("primary_key = {{ name = {}, columns = {} }}\n", toml_string(key.name),
                       toml_string_array(key.columns));
  }
}

void write_column(const std::string& path, const model::Column& column, std::string& out) {
  out += fmt::format("\n[[{}.column]]\n", path);
  out += fmt::format("name = {}\n", toml_string(column.name));
  out += fmt::format("type = {}\n", toml_string(column.type));
  if (column.not_null) {
    out += "not_null = true\n";
  }
  if (column.default_expr) {
    out += fmt::format("default = {}\n", toml_string(*column.default_expr));
  }
}

}  // namespace

std::string write_toml(const model::Catalog& catalog) {
  std::string out;
  for (const auto& [name, table] : catalog.tables) {
    const std::string path = table_path(name);
    if (!out.empty()) {
      out += '\n';
    }
    out += fmt::format("[{}]\n", path);
    write_primary_key(table, out);
    for (const auto& column : table.columns) {
      write_column(path, column, out);
    }
  }
  return out;
}

}  // namespace manifest
