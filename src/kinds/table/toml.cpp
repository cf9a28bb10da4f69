// The table kind read from TOML (part of tenantctl_manifest):
// [table.<schema>.<name>], its own keys, its columns and its primary key.
// Unique constraints, foreign keys, checks and indexes are in
// toml_members.cpp; writing is in toml_write.cpp.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "base/strings.hpp"
#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"

namespace manifest::detail {
namespace {

// Returns the data type of an identity column's sequence for the integer type
// spellings PostgreSQL accepts, or "bigint" (the sequence default) for others,
// which PostgreSQL refuses as identity columns anyway.
std::string identity_data_type(const std::string& column_type) {
  std::string type(base::trim(column_type));
  std::transform(type.begin(), type.end(), type.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  if (type == "smallint" || type == "int2") {
    return "smallint";
  }
  if (type == "integer" || type == "int" || type == "int4") {
    return "integer";
  }
  return "bigint";
}

void read_column(TableScope& scope, const toml::table& node, std::size_t index,
                 std::unordered_map<std::string, Position>& seen, model::Table& table) {
  FileContext& file = scope.file;
  const Position position = file.position(node);
  const auto* name_value = node.get_as<std::string>("name");
  const std::string label =
      name_value != nullptr ? toml_string(name_value->get()) : fmt::format("#{}", index + 1);
  Fields fields(file, node, fmt::format("{}, column {}", scope.what, label));
  model::Column column;
  column.source = {file.where(position)};
  const auto name = fields.required_string("name");
  const auto type = fields.required_string("type");
  column.name = name.value_or("");
  column.type = type.value_or("");
  column.collation = fields.string("collation");
  column.not_null = fields.flag("not_null");
  column.default_expr = fields.string("default");
  const bool has_identity = fields.node("identity") != nullptr;
  if (const auto identity = fields.choice("identity", {"always", "by_default"})) {
    column.identity = *identity == "always" ? model::Identity::always : model::Identity::by_default;
  }
  // An identity sequence has the column's type; other columns keep the default
  // options, as a catalog read from a database has them.
  const std::optional<std::string> data_type = identity_data_type(column.type);
  if (has_identity) {
    column.identity_options.data_type = *data_type;
  }
  if (const auto* options = fields.table("identity_options")) {
    Fields option_fields(file, *options, fields.what() + ", identity_options");
    column.identity_options = read_sequence_options(option_fields, data_type);
    option_fields.finish();
    if (!has_identity) {
      fields.problem(fields.position_of("identity_options"),
                     "identity_options: needs identity = \"always\" or \"by_default\"");
    }
  }
  column.generated = fields.string("generated");
  column.storage = fields.choice("storage", {"plain", "external", "extended", "main"});
  column.compression = fields.choice("compression", {"pglz", "lz4"});
  column.comment = fields.string("comment");
  column.renamed_from = fields.string("renamed_from");
  fields.finish();

  if (column.default_expr && has_identity) {
    fields.problem(position, "default and identity cannot both be set");
  }
  if (column.generated && (column.default_expr || has_identity)) {
    fields.problem(position, "a generated column cannot also have a default or identity");
  }
  if (column.renamed_from) {
    check_identifier(file, fields.position_of("renamed_from"), fields.what() + ": renamed_from",
                     *column.renamed_from);
  }
  if (!name) {
    return;
  }
  check_identifier(file, fields.position_of("name"), fields.what() + ": name", column.name);
  if (const auto [found, added] = seen.try_emplace(column.name, position); !added) {
    file.problem(position, fmt::format("{}: column {} is declared twice: {} and {}", scope.what,
                                       label, file.where(found->second), file.where(position)));
    return;
  }
  scope.column_names.push_back(column.name);
  scope.columns.insert(column.name);
  table.columns.push_back(std::move(column));
}

void read_columns(TableScope& scope, Fields& fields, model::Table& table) {
  const toml::node* value = fields.node("column");
  if (value == nullptr) {
    return;
  }
  const auto* array = value->as_array();
  const auto header = [&] {
    return fmt::format("[[table.{}.{}.column]]", toml_key(scope.name.schema),
                       toml_key(scope.name.name));
  };
  if (array == nullptr) {
    fields.problem(scope.file.position(*value),
                   fmt::format("column: expected an array of tables ({}), found {}", header(),
                               type_name(*value)));
    return;
  }
  std::unordered_map<std::string, Position> seen;
  seen.reserve(array->size());
  table.columns.reserve(array->size());
  for (std::size_t i = 0; i < array->size(); ++i) {
    const toml::node& element = *array->get(i);
    if (const auto* column = element.as_table()) {
      read_column(scope, *column, i, seen, table);
    } else {
      fields.problem(scope.file.position(element),
                     fmt::format("column: expected an array of tables ({}), but element {} is {}",
                                 header(), i + 1, type_name(element)));
    }
  }
}

std::optional<model::PrimaryKey> read_primary_key(TableScope& scope, Fields& table_fields) {
  const toml::node* value = table_fields.node("primary_key");
  if (value == nullptr) {
    return std::nullopt;
  }
  model::PrimaryKey key{.name = model::default_primary_key_name(scope.name.name)};
  const Position position = scope.file.position(*value);
  if (value->is_array()) {
    auto columns = table_fields.strings("primary_key");
    if (!columns) {
      return std::nullopt;
    }
    check_column_list(scope, table_fields, "primary_key", *columns);
    key.columns = std::move(*columns);
  } else if (const auto* table = value->as_table()) {
    Fields fields(scope.file, *table, scope.what + ", primary key");
    if (auto name = fields.string("name")) {
      check_identifier(scope.file, fields.position_of("name"), fields.what() + ": name", *name);
      key.name = std::move(*name);
    }
    auto columns = fields.required_strings("columns");
    key.deferral = read_deferral(fields);
    key.storage = read_storage_parameters(fields, "storage");
    key.comment = fields.string("comment");
    key.renamed_from = fields.string("renamed_from");
    fields.finish();
    if (!columns) {
      return std::nullopt;
    }
    check_column_list(scope, fields, "columns", *columns);
    key.columns = std::move(*columns);
  } else {
    table_fields.problem(position,
                         fmt::format("primary_key: expected an array of column names or a "
                                     "table, found {}",
                                     type_name(*value)));
    return std::nullopt;
  }
  if (!key.name.empty()) {
    const std::string what =
        fmt::format("primary key {} of {}", display_identifier(key.name), scope.what);
    scope.relations.push_back({{scope.name.schema, key.name}, what, position});
    scope.constraints.push_back({key.name, what, position, true});
  }
  return key;
}

// Reports two constraints of the table with one name (PostgreSQL keeps
// primary key, unique, foreign key and check names in one namespace per table).
void check_constraint_names(TableScope& scope) {
  std::unordered_map<std::string, const TableScope::Constraint*> seen;
  for (const auto& constraint : scope.constraints) {
    const auto [found, added] = seen.try_emplace(constraint.name, &constraint);
    if (!added && !(constraint.has_index && found->second->has_index)) {
      scope.file.problem(
          constraint.position,
          fmt::format("{} has the same name as {} ({})", constraint.what, found->second->what,
                      scope.file.where(found->second->position)));
    }
  }
}

}  // namespace

void check_column_list(TableScope& scope, Fields& fields, std::string_view key,
                       const std::vector<std::string>& names, bool repeats_allowed) {
  if (names.empty()) {
    fields.problem(fields.position_of(key), fmt::format("{}: must name at least one column", key));
    return;
  }
  if (scope.columns_from_parent) {
    scope.foreign_columns.push_back(
        {fields.position_of(key), fmt::format("{}, {}", fields.what(), key), scope.name, names});
    return;
  }
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i];
    if (!scope.columns.contains(name)) {
      std::string message = fmt::format("{}: no column {}", key, toml_string(name));
      if (const std::string match = base::closest_match(name, scope.column_names); !match.empty()) {
        message += fmt::format(" (did you mean {}?)", toml_string(match));
      }
      fields.problem(fields.element_position(key, i), message);
    } else if (!seen.insert(name).second && !repeats_allowed) {
      fields.problem(fields.element_position(key, i),
                     fmt::format("{}: column {} is listed twice", key, toml_string(name)));
    }
  }
}

model::Deferral read_deferral(Fields& fields) {
  model::Deferral deferral{.deferrable = fields.flag("deferrable"),
                           .initially_deferred = fields.flag("initially_deferred")};
  if (deferral.initially_deferred && !deferral.deferrable) {
    fields.problem(fields.position_of("initially_deferred"),
                   "initially_deferred: needs deferrable = true");
  }
  return deferral;
}

namespace {}  // namespace

model::StorageParameters read_storage_parameters(Fields& fields, std::string_view key) {
  model::StorageParameters out;
  auto listed = fields.strings(key);
  if (!listed) {
    return out;
  }
  std::set<std::string> names;
  for (std::size_t i = 0; i < listed->size(); ++i) {
    const auto& option = (*listed)[i];
    const auto equals = option.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == option.size()) {
      fields.problem(fields.element_position(key, i),
                     fmt::format("{}: {} is not name=value (as in \"fillfactor=70\")", key,
                                 toml_string(option)));
    } else if (!names.insert(option.substr(0, equals)).second) {
      fields.problem(fields.element_position(key, i),
                     fmt::format("{}: {} is set twice", key, option.substr(0, equals)));
    }
  }
  out.list = std::move(*listed);
  return out;
}

namespace {

// `unlogged`, `storage` (["fillfactor=70", "toast.autovacuum_enabled=false"])
// and `replica_identity` ("default", "full", "nothing" or "index" with
// `replica_identity_index`).
void read_table_options(Fields& fields, model::Table& table) {
  table.unlogged = fields.flag("unlogged");
  table.storage = read_storage_parameters(fields, "storage");
  const auto identity = fields.choice("replica_identity", {"default", "full", "nothing", "index"})
                            .value_or("default");
  const auto index = fields.string("replica_identity_index");
  if (identity == "full") {
    table.replica_identity = model::ReplicaIdentity::full;
  } else if (identity == "nothing") {
    table.replica_identity = model::ReplicaIdentity::nothing;
  } else if (identity == "index") {
    table.replica_identity = model::ReplicaIdentity::index;
  }
  if ((identity == "index") != index.has_value()) {
    fields.problem(fields.position(),
                   "replica_identity = \"index\" and replica_identity_index = \"<a unique index "
                   "of the table>\" go together");
  }
  table.replica_index = index.value_or("");
}

// The bound as PostgreSQL prints it: "FOR VALUES " is added to a bound
// written without it ("FROM (1) TO (10)", "IN ('eu')", "WITH (modulus 4,
// remainder 0)").
std::string partition_bound(const std::string& written) {
  std::string trimmed(base::trim(written));
  const auto starts = [&](std::string_view word) {
    return trimmed.size() >= word.size() &&
           std::equal(word.begin(), word.end(), trimmed.begin(), [](char a, char b) {
             return a == std::toupper(static_cast<unsigned char>(b));
           });
  };
  if (starts("FOR VALUES") || (starts("DEFAULT") && trimmed.size() == 7)) {
    return trimmed;
  }
  return "FOR VALUES " + trimmed;
}

// `partition_by` ("RANGE (created_at)"); `partition_of` (a table of the
// same schema, or { schema, table }) with its `bound`; `external_partitions`
// (globs of partitions made at run time).
void read_partitioning(TableScope& scope, Fields& fields, model::Table& table) {
  table.partition_by = fields.string("partition_by");
  if (const auto* external = fields.node("external_partitions"); external != nullptr) {
    table.external_partitions =
        fields.strings("external_partitions").value_or(std::vector<std::string>{});
    if (!table.partition_by) {
      fields.problem(fields.position_of("external_partitions"),
                     "external_partitions: only a partitioned table (partition_by) has partitions");
    }
  }
  const toml::node* parent = fields.node("partition_of");
  const auto bound = fields.string("bound");
  if (parent == nullptr) {
    if (bound) {
      fields.problem(fields.position_of("bound"), "bound: needs partition_of");
    }
    return;
  }
  model::PartitionOf of{.parent = {scope.name.schema, ""}};
  if (const auto* named = parent->as_string()) {
    of.parent.name = named->get();
  } else if (const auto* inline_table = parent->as_table()) {
    Fields parent_fields(scope.file, *inline_table, fields.what() + ", partition_of");
    of.parent.schema = parent_fields.string("schema").value_or(scope.name.schema);
    of.parent.name = parent_fields.required_string("table").value_or("");
    parent_fields.finish();
  } else {
    fields.problem(fields.position_of("partition_of"),
                   fmt::format("partition_of: expected a table's name or {{ schema = \"...\", "
                               "table = \"...\" }}, found {}",
                               type_name(*parent)));
    return;
  }
  if (!bound) {
    fields.problem(fields.position_of("partition_of"),
                   "partition_of: needs bound (as in bound = \"FROM ('2026-01-01') TO "
                   "('2026-02-01')\", \"IN ('eu')\", \"WITH (modulus 4, remainder 0)\" or "
                   "\"DEFAULT\")");
    return;
  }
  of.bound = partition_bound(*bound);
  table.partition_of = std::move(of);
  scope.columns_from_parent = true;
}

// A partition's [[column]] entries: a column of its parent with its own
// default or NOT NULL (`name`, `default`, `not_null`). The other columns
// are filled in from the parent once every file is read
// (check_partitions()).
void read_partition_columns(TableScope& scope, Fields& fields, model::Table& table) {
  const toml::node* value = fields.node("column");
  const auto* array = value == nullptr ? nullptr : value->as_array();
  if (array == nullptr) {
    if (value != nullptr) {
      fields.problem(scope.file.position(*value), "column: expected an array of tables");
    }
    return;
  }
  std::vector<std::string> names;
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto* node = array->get(i)->as_table();
    if (node == nullptr) {
      fields.problem(scope.file.position(*array->get(i)), "column: expected a table");
      continue;
    }
    Fields column_fields(scope.file, *node, fmt::format("{}, column #{}", scope.what, i + 1));
    model::Column column;
    column.name = column_fields.required_string("name").value_or("");
    column.not_null = column_fields.flag("not_null");
    column.default_expr = column_fields.string("default");
    if (column_fields.node("type") != nullptr) {
      column_fields.problem(column_fields.position_of("type"),
                            "type: a partition's columns have their parent's types; a partition "
                            "lists a column only for its own default or not_null");
    }
    column_fields.finish();
    if (!column.name.empty()) {
      names.push_back(column.name);
      table.columns.push_back(std::move(column));
    }
  }
  if (!names.empty()) {
    check_column_list(scope, fields, "column", names);
  }
}

void read_table(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  TableScope scope{.file = file, .name = name, .what = "table " + model::display_name(name)};
  Fields fields(file, node, scope.what);
  model::Table table{.name = name, .source = {file.where(file.position(node))}};
  read_partitioning(scope, fields, table);
  if (table.partition_of) {
    read_partition_columns(scope, fields, table);
  } else {
    read_columns(scope, fields, table);
  }
  table.primary_key = read_primary_key(scope, fields);
  table.comment = fields.string("comment");
  table.row_security = fields.flag("row_level_security");
  table.force_row_security = fields.flag("force_row_level_security");
  read_table_options(fields, table);
  table.renamed_from = fields.string("renamed_from");
  if (table.renamed_from) {
    check_identifier(file, fields.position_of("renamed_from"), scope.what + ": renamed_from",
                     *table.renamed_from);
  }
  read_constraints(scope, fields, table);
  read_owner(fields, {.on = model::GrantOn::table, .name = name});
  fields.finish();
  if (model::is_always_ignored(name) && name.schema != model::k_own_schema) {
    file.problem(
        fields.position(),
        fmt::format("{} is knex's bookkeeping table; tenantctl never manages it", scope.what));
  }
  check_constraint_names(scope);
  if (!add_object(file, file.catalog().tables, name, std::move(table), scope.what,
                  fields.position())) {
    return;
  }
  auto& state = file.state();
  state.relation_names.push_back({name, scope.what, fields.position()});
  state.declared.push_back({name, scope.what, fields.position()});
  state.relation_names.insert(state.relation_names.end(), scope.relations.begin(),
                              scope.relations.end());
  state.foreign_columns.insert(state.foreign_columns.end(), scope.foreign_columns.begin(),
                               scope.foreign_columns.end());
}

}  // namespace

void read_kind(model::KindTag<model::Table> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("table"), "table", read_table);
}

}  // namespace manifest::detail
