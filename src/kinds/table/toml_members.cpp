// The table kind's members read from TOML (part of tenantctl_manifest): a
// table's unique constraints, foreign keys, checks and indexes.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"

namespace manifest::detail {
namespace {

const std::vector<std::string> k_actions = {"no_action", "restrict", "cascade", "set_null",
                                            "set_default"};

model::ReferentialAction read_action(Fields& fields, std::string_view key) {
  const auto action = fields.choice(key, k_actions);
  if (action == "restrict") {
    return model::ReferentialAction::restrict;
  }
  if (action == "cascade") {
    return model::ReferentialAction::cascade;
  }
  if (action == "set_null") {
    return model::ReferentialAction::set_null;
  }
  if (action == "set_default") {
    return model::ReferentialAction::set_default;
  }
  return model::ReferentialAction::no_action;
}

template <class Read>
void for_each_named(TableScope& scope, Fields& fields, std::string_view key, std::string_view label,
                    Read read) {
  for_each_named_table(scope.file, fields, key, label, scope.what, read);
}

void read_unique(TableScope& scope, const std::string& name, const toml::table& node,
                 const std::string& what, model::Table& table) {
  Fields fields(scope.file, node, what);
  model::UniqueConstraint unique{.name = name};
  if (auto columns = fields.required_strings("columns")) {
    check_column_list(scope, fields, "columns", *columns);
    unique.columns = std::move(*columns);
  }
  unique.nulls_not_distinct = fields.flag("nulls_not_distinct");
  unique.deferral = read_deferral(fields);
  unique.storage = read_storage_parameters(fields, "storage");
  unique.comment = fields.string("comment");
  unique.renamed_from = fields.string("renamed_from");
  fields.finish();
  scope.relations.push_back({{scope.name.schema, name}, what, fields.position()});
  scope.constraints.push_back({name, what, fields.position(), true});
  table.uniques.emplace(name, std::move(unique));
}

void read_references(TableScope& scope, const toml::table& node, const std::string& what,
                     model::ForeignKey& key) {
  Fields fields(scope.file, node, what + ", references");
  key.references.schema = fields.string("schema").value_or(scope.name.schema);
  const auto table = fields.required_string("table");
  auto columns = fields.required_strings("columns");
  fields.finish();
  key.references.name = table.value_or("");
  if (!columns) {
    return;
  }
  if (columns->empty()) {
    fields.problem(fields.position_of("columns"), "columns: must name at least one column");
  } else if (!key.columns.empty() && columns->size() != key.columns.size()) {
    fields.problem(fields.position_of("columns"),
                   fmt::format("columns: names {} columns, but the foreign key has {}",
                               columns->size(), key.columns.size()));
  }
  if (table) {
    scope.foreign_columns.push_back(
        {fields.position_of("columns"), fields.what(), key.references, *columns});
  }
  key.referenced_columns = std::move(*columns);
}

void read_foreign_key(TableScope& scope, const std::string& name, const toml::table& node,
                      const std::string& what, model::Table& table) {
  Fields fields(scope.file, node, what);
  model::ForeignKey key{.name = name};
  if (auto columns = fields.required_strings("columns")) {
    check_column_list(scope, fields, "columns", *columns);
    key.columns = std::move(*columns);
  }
  if (const auto* references = fields.required_table("references")) {
    read_references(scope, *references, what, key);
  }
  key.on_delete = read_action(fields, "on_delete");
  key.on_update = read_action(fields, "on_update");
  if (fields.choice("match", {"simple", "full"}) == "full") {
    key.match = model::MatchType::full;
  }
  key.deferral = read_deferral(fields);
  key.not_valid = fields.flag("not_valid");
  key.comment = fields.string("comment");
  key.renamed_from = fields.string("renamed_from");
  fields.finish();
  scope.constraints.push_back({name, what, fields.position()});
  table.foreign_keys.emplace(name, std::move(key));
}

void read_check(TableScope& scope, const std::string& name, const toml::table& node,
                const std::string& what, model::Table& table) {
  Fields fields(scope.file, node, what);
  model::CheckConstraint check{.name = name,
                               .expression = fields.required_string("expression").value_or(""),
                               .not_valid = fields.flag("not_valid"),
                               .no_inherit = fields.flag("no_inherit"),
                               .comment = fields.string("comment"),
                               .renamed_from = fields.string("renamed_from")};
  fields.finish();
  scope.constraints.push_back({name, what, fields.position()});
  table.checks.emplace(name, std::move(check));
}

void read_index(TableScope& scope, const std::string& name, const toml::table& node,
                const std::string& what, model::Table& table) {
  Fields fields(scope.file, node, what);
  auto index = read_index_fields(fields, name);
  if (!index.include.empty()) {
    check_column_list(scope, fields, "include", index.include, true);
  }
  fields.finish();
  scope.relations.push_back({{scope.name.schema, name}, what, fields.position()});
  table.indexes.emplace(name, std::move(index));
}

}  // namespace

model::Index read_index_fields(Fields& fields, const std::string& name) {
  model::Index index{.name = name};
  if (auto keys = fields.required_strings("keys")) {
    if (keys->empty()) {
      fields.problem(fields.position_of("keys"), "keys: must name at least one key");
    }
    index.keys = std::move(*keys);
  }
  index.unique = fields.flag("unique");
  index.nulls_not_distinct = fields.flag("nulls_not_distinct");
  if (auto method = fields.string("method")) {
    if (method->empty()) {
      fields.problem(fields.position_of("method"), "method: must not be empty");
    } else {
      index.method = std::move(*method);
    }
  }
  index.include = fields.strings("include").value_or(std::vector<std::string>{});
  index.where = fields.string("where");
  index.storage = read_storage_parameters(fields, "storage");
  index.comment = fields.string("comment");
  index.renamed_from = fields.string("renamed_from");
  if (index.nulls_not_distinct && !index.unique) {
    fields.problem(fields.position_of("nulls_not_distinct"),
                   "nulls_not_distinct: needs unique = true");
  }
  return index;
}

// "<key> WITH <operator>", the keyword as PostgreSQL prints it; nullopt
// when there is no WITH with text on both sides.
std::optional<std::string> exclusion_element(const std::string& written) {
  std::string lower = written;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto with = lower.rfind(" with ");
  if (with == std::string::npos || with == 0 || with + 6 >= written.size()) {
    return std::nullopt;
  }
  return written.substr(0, with) + " WITH " + written.substr(with + 6);
}

void read_exclusion(TableScope& scope, const std::string& name, const toml::table& node,
                    const std::string& what, model::Table& table) {
  Fields fields(scope.file, node, what);
  model::ExclusionConstraint exclusion{.name = name};
  exclusion.method = fields.string("method").value_or("btree");
  if (auto elements = fields.required_strings("elements")) {
    for (std::size_t i = 0; i < elements->size(); ++i) {
      if (auto element = exclusion_element((*elements)[i])) {
        exclusion.elements.push_back(std::move(*element));
      } else {
        fields.problem(fields.element_position("elements", i),
                       fmt::format("elements: {} is not \"<column or expression> WITH "
                                   "<operator>\" (as in \"during WITH &&\")",
                                   toml_string((*elements)[i])));
      }
    }
    if (elements->empty()) {
      fields.problem(fields.position_of("elements"), "elements: must list at least one element");
    }
  }
  if (auto include = fields.strings("include")) {
    check_column_list(scope, fields, "include", *include);
    exclusion.include = std::move(*include);
  }
  exclusion.where = fields.string("where");
  exclusion.deferral = read_deferral(fields);
  exclusion.storage = read_storage_parameters(fields, "storage");
  exclusion.comment = fields.string("comment");
  exclusion.renamed_from = fields.string("renamed_from");
  fields.finish();
  scope.relations.push_back({{scope.name.schema, name}, what, fields.position()});
  scope.constraints.push_back({name, what, fields.position(), true});
  table.exclusions.emplace(name, std::move(exclusion));
}

void read_constraints(TableScope& scope, Fields& fields, model::Table& table) {
  for_each_named(scope, fields, "exclusion", "exclusion constraint",
                 [&](const std::string& name, const toml::table& node, const std::string& what) {
                   read_exclusion(scope, name, node, what, table);
                 });
  for_each_named(scope, fields, "unique", "unique constraint",
                 [&](const std::string& name, const toml::table& node, const std::string& what) {
                   read_unique(scope, name, node, what, table);
                 });
  for_each_named(scope, fields, "foreign_key", "foreign key",
                 [&](const std::string& name, const toml::table& node, const std::string& what) {
                   read_foreign_key(scope, name, node, what, table);
                 });
  for_each_named(scope, fields, "check", "check constraint",
                 [&](const std::string& name, const toml::table& node, const std::string& what) {
                   read_check(scope, name, node, what, table);
                 });
  for_each_named(scope, fields, "index", "index",
                 [&](const std::string& name, const toml::table& node, const std::string& what) {
                   read_index(scope, name, node, what, table);
                 });
}

}  // namespace manifest::detail
