// The default privileges kind in TOML (part of tenantctl_manifest): what
// roles other than <role> get on the objects <role> creates later.
//
//   [default_privileges.<role>.<objects>]                      (every schema)
//   [default_privileges.<role>.in_schema.<schema>.<objects>]   (one schema)
//   <grantee> = ["select", "insert with grant option", ...]
//   public = [...]                                              (PUBLIC)
//
// <objects> is tables (and views), sequences, functions (and procedures),
// types or schemas (every schema only). A global entry may also take away
// what PostgreSQL gives PUBLIC (`public = []` under functions or types); an
// IN SCHEMA entry only adds to the global one.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

constexpr std::string_view k_in_schema = "in_schema";

struct ObjectsKind {
  model::DefaultObjects objects;
  std::vector<std::string> privileges;
};

const std::array<ObjectsKind, 5>& objects_kinds() {
  static const std::array<ObjectsKind, 5> kinds = {{
      {model::DefaultObjects::tables,
       {"delete", "insert", "references", "select", "trigger", "truncate", "update"}},
      {model::DefaultObjects::sequences, {"select", "update", "usage"}},
      {model::DefaultObjects::functions, {"execute"}},
      {model::DefaultObjects::types, {"usage"}},
      {model::DefaultObjects::schemas, {"create", "usage"}},
  }};
  return kinds;
}

const ObjectsKind* find_objects(std::string_view name) {
  const auto found = std::find_if(
      objects_kinds().begin(), objects_kinds().end(),
      [&](const ObjectsKind& each) { return name == model::default_objects_name(each.objects); });
  return found == objects_kinds().end() ? nullptr : &*found;
}

void read_entry(FileContext& file, const ObjectsKind& kind, const model::DefaultPrivilegeKey& key,
                const toml::table& node) {
  const std::string what = "default privileges on " + model::display_default_key(key);
  Fields fields(file, node, what);
  model::DefaultPrivilege entry{.name = key, .source = source_ref(file, node)};
  const std::string of_what = model::default_objects_name(kind.objects);
  for (auto&& [name, value] : node) {
    const std::string grantee(name.str());
    check_identifier(file, file.position(name.source()), "role name", grantee);
    auto privileges = read_privilege_list(fields, grantee, of_what, kind.privileges);
    if (!privileges.empty()) {
      entry.privileges[grantee] = std::move(privileges);
    }
  }
  fields.finish();
  if (entry.privileges == model::default_privilege_defaults(key)) {
    return;  // what PostgreSQL does without an entry
  }
  add_object(file, file.catalog().default_privileges, key, std::move(entry), what,
             fields.position());
}

// Reads the <objects> tables of one role, globally (`schema` "") or in one
// schema.
void read_objects(FileContext& file, const std::string& role, const std::string& schema,
                  const toml::table& node, const std::string& path) {
  for (auto&& [name, value] : node) {
    const std::string objects(name.str());
    if (schema.empty() && objects == k_in_schema) {
      continue;  // read_role() reads it
    }
    const auto* kind = find_objects(objects);
    const auto* table = value.as_table();
    const bool schemas_in_schema =
        kind != nullptr && kind->objects == model::DefaultObjects::schemas && !schema.empty();
    if (kind == nullptr || table == nullptr || schemas_in_schema) {
      file.problem(file.position(name.source()),
                   fmt::format("{}.{}: expected [{}.<objects>] with <objects> one of tables, "
                               "sequences, functions, types{}",
                               path, toml_key(objects), path,
                               schema.empty() ? ", schemas (or [.in_schema.<schema>.<objects>])"
                                              : " (schemas only for every schema)"));
      continue;
    }
    read_entry(file, *kind, {.role = role, .schema = schema, .objects = kind->objects}, *table);
  }
}

void read_role(FileContext& file, const std::string& role, const toml::table& node) {
  const std::string path = "default_privileges." + toml_key(role);
  read_objects(file, role, "", node, path);
  if (const auto* value = node.get(k_in_schema)) {
    const auto* schemas = value->as_table();
    if (schemas == nullptr) {
      report_not_a_table(file, *value, path + ".in_schema",
                         "[default_privileges.<role>.in_schema.<schema>.<objects>]");
      return;
    }
    for (auto&& [schema_key, objects] : *schemas) {
      const std::string schema(schema_key.str());
      check_schema_name(file, file.position(schema_key.source()), schema);
      const auto* table = objects.as_table();
      if (table == nullptr) {
        report_not_a_table(file, objects, path + ".in_schema." + toml_key(schema),
                           "[default_privileges.<role>.in_schema.<schema>.<objects>]");
        continue;
      }
      read_objects(file, role, schema, *table, path + ".in_schema." + toml_key(schema));
    }
  }
}

}  // namespace

void read_kind(model::KindTag<model::DefaultPrivilege> /*kind*/, FileContext& file, Fields& root) {
  const auto* roles = root.table("default_privileges");
  if (roles == nullptr) {
    return;
  }
  for (auto&& [key, value] : *roles) {
    const std::string role(key.str());
    check_identifier(file, file.position(key.source()), "role name", role);
    const auto* table = value.as_table();
    if (table == nullptr) {
      report_not_a_table(file, value, "default_privileges." + toml_key(role),
                         "[default_privileges.<role>.<objects>]");
      continue;
    }
    read_role(file, role, *table);
  }
}

void write_kind(model::KindTag<model::DefaultPrivilege> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [key, entry] : catalog.default_privileges) {
    WriteFields fields;
    for (const auto& [grantee, privileges] : entry.privileges) {
      fields.names(toml_key(grantee), privileges);
    }
    // A default grantee left out is written empty: PostgreSQL's default revoked.
    for (const auto& [grantee, privileges] : model::default_privilege_defaults(key)) {
      if (!entry.privileges.contains(grantee)) {
        fields.names(toml_key(grantee), {});
      }
    }
    std::string header = "[default_privileges." + toml_key(key.role);
    if (!key.schema.empty()) {
      header += ".in_schema." + toml_key(key.schema);
    }
    header += "." + std::string(model::default_objects_name(key.objects)) + "]";
    section(out, header, fields);
  }
}

}  // namespace manifest::detail
