#pragma once

#include <string>
#include <string_view>

#include "model/catalog.hpp"

// Dependency keys: strings that name one object for the planner. Statements
// list the keys they create, need, drop, or need in the old form; the planner
// orders statements so that every need is met (plan/planner.hpp). Relations
// (tables, views, indexes, sequences) share one namespace, as in PostgreSQL,
// so dropping a table x and creating a view x are ordered too.
namespace ddl::keys {

[[nodiscard]] inline std::string join(std::string_view kind, std::string_view a,
                                      std::string_view b = {}, std::string_view c = {}) {
  std::string key(kind);
  for (const auto part : {a, b, c}) {
    if (!part.empty()) {
      key += '\x1f';
      key += part;
    }
  }
  return key;
}

[[nodiscard]] inline std::string schema(std::string_view name) { return join("schema", name); }
[[nodiscard]] inline std::string extension(std::string_view name) { return join("ext", name); }
[[nodiscard]] inline std::string type(const model::QualifiedName& name) {
  return join("type", name.schema, name.name);
}
[[nodiscard]] inline std::string relation(const model::QualifiedName& name) {
  return join("rel", name.schema, name.name);
}
[[nodiscard]] inline std::string relation(std::string_view schema_name, std::string_view name) {
  return join("rel", schema_name, name);
}
[[nodiscard]] inline std::string column(const model::QualifiedName& table, std::string_view name) {
  return join("col", table.schema, table.name, name);
}
[[nodiscard]] inline std::string constraint(const model::QualifiedName& table,
                                            std::string_view name) {
  return join("con", table.schema, table.name, name);
}
[[nodiscard]] inline std::string label(const model::QualifiedName& type_name,
                                       std::string_view value) {
  return join("label", type_name.schema, type_name.name, value);
}
// A sequence's OWNED BY link.
[[nodiscard]] inline std::string owner(const model::QualifiedName& sequence) {
  return join("owner", sequence.schema, sequence.name);
}

// A function, procedure or aggregate, by its identity (Routine::name).
[[nodiscard]] inline std::string routine(const model::QualifiedName& name) {
  return join("routine", name.schema, name.name);
}
[[nodiscard]] inline std::string trigger(const model::MemberName& name) {
  return join("trigger", name.table.schema, name.table.name, name.name);
}
[[nodiscard]] inline std::string policy(const model::MemberName& name) {
  return join("policy", name.table.schema, name.table.name, name.name);
}

}  // namespace ddl::keys
