#pragma once

// The default privileges kind (ALTER DEFAULT PRIVILEGES): its model value.
// The rest of the kind lives beside this file: toml.cpp
// ([default_privileges.<role>...]), catalog.cpp (pg_default_acl), diff.cpp
// (comparison), sql.cpp (statements).

#include <compare>
#include <map>
#include <string>
#include <vector>

#include "model/names.hpp"

namespace model {

// The objects a default applies to (ON TABLES, ...). Tables include views;
// functions include procedures and aggregates (ON ROUTINES).
enum class DefaultObjects { tables, sequences, functions, types, schemas };

// Whose future objects, where, of what kind: FOR ROLE `role`, IN SCHEMA
// `schema` ("" for every schema: a global default).
struct DefaultPrivilegeKey {
  std::string role;
  std::string schema;
  DefaultObjects objects = DefaultObjects::tables;
  bool operator==(const DefaultPrivilegeKey&) const = default;
  auto operator<=>(const DefaultPrivilegeKey&) const = default;
};

// The privileges roles other than `role` get on the objects `role` creates
// later, as pg_default_acl says: grantee ("public" for PUBLIC) -> sorted
// privileges, each as Grant::privileges spells them. A catalog holds one only
// where it differs from what PostgreSQL does without one
// (default_privilege_defaults()). The creating role's own privileges are
// not compared.
struct DefaultPrivilege {
  DefaultPrivilegeKey name;
  std::map<std::string, std::vector<std::string>> privileges;
  SourceRef source;
  bool operator==(const DefaultPrivilege& other) const {
    return name == other.name && privileges == other.privileges;
  }
};

// What new objects get without an entry: EXECUTE for PUBLIC on functions and
// USAGE for PUBLIC on types for a global key; nothing otherwise (an IN SCHEMA
// entry only adds to the global one).
[[nodiscard]] std::map<std::string, std::vector<std::string>> default_privilege_defaults(
    const DefaultPrivilegeKey& key);

// "tables", "sequences", "functions", "types", "schemas": the TOML's and
// SQL's (upper case) word.
[[nodiscard]] const char* default_objects_name(DefaultObjects objects);

// How messages show a key: "tables role app creates in schema s".
[[nodiscard]] std::string display_default_key(const DefaultPrivilegeKey& key);

}  // namespace model
