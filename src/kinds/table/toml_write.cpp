// The table kind written as TOML (part of tenantctl_manifest): [table.<schema>.<name>]
// with its columns, keys, checks and indexes, in the layout
// docs/schema-format.md documents.
#include <fmt/format.h>

#include <array>
#include <utility>
#include <vector>

#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

using Fields = WriteFields;

std::string_view action_name(model::ReferentialAction action) {
  switch (action) {
    case model::ReferentialAction::restrict:
      return "restrict";
    case model::ReferentialAction::cascade:
      return "cascade";
    case model::ReferentialAction::set_null:
      return "set_null";
    case model::ReferentialAction::set_default:
      return "set_default";
    case model::ReferentialAction::no_action:
      break;
  }
  return "no_action";
}

std::string_view match_name(model::MatchType match) {
  switch (match) {
    case model::MatchType::full:
      return "full";
    case model::MatchType::partial:
      return "partial";
    case model::MatchType::simple:
      break;
  }
  return "simple";
}

void deferral(Fields& fields, const model::Deferral& deferral) {
  fields.flag("deferrable", deferral.deferrable);
  fields.flag("initially_deferred", deferral.initially_deferred);
}

// `primary_key = ["id"]` when the key has PostgreSQL's default name and
// nothing else to say, the inline table otherwise.
void primary_key(Fields& fields, const model::Table& table) {
  if (!table.primary_key) {
    return;
  }
  const auto& key = *table.primary_key;
  const bool plain = key.name == model::default_primary_key_name(table.name.name) &&
                     key.deferral == model::Deferral{} && key.storage.empty() && !key.comment;
  if (plain) {
    fields.names("primary_key", key.columns);
    return;
  }
  Fields inline_key;
  inline_key.text("name", key.name);
  inline_key.names("columns", key.columns);
  deferral(inline_key, key.deferral);
  if (!key.storage.empty()) {
    inline_key.names("storage", key.storage.list);
  }
  inline_key.optional_text("comment", key.comment);
  fields.raw("primary_key", inline_key.inline_table());
}

void write_column(const std::string& table_path, const model::Column& column, std::string& out) {
  Fields fields;
  fields.text("name", column.name);
  if (!column.type.empty()) {  // a partition's column has its parent's
    fields.text("type", column.type);
  }
  fields.optional_text("collation", column.collation);
  fields.flag("not_null", column.not_null);
  long_text(fields, "default", column.default_expr);
  if (column.identity != model::Identity::none) {
    fields.text("identity", column.identity == model::Identity::always ? "always" : "by_default");
    // An identity sequence has the column's type (PostgreSQL allows no
    // other), so `type` is not written for it.
    if (const auto options = sequence_fields(column.identity_options, column.type);
        !options.empty()) {
      fields.raw("identity_options", options.inline_table());
    }
  }
  long_text(fields, "generated", column.generated);
  fields.optional_text("storage", column.storage);
  fields.optional_text("compression", column.compression);
  long_text(fields, "comment", column.comment);
  section(out, fmt::format("[[{}.column]]", table_path), fields);
}

void write_members(const std::string& table_path, const model::Table& table, std::string& out) {
  for (const auto& [name, unique] : table.uniques) {
    Fields fields;
    fields.names("columns", unique.columns);
    fields.flag("nulls_not_distinct", unique.nulls_not_distinct);
    deferral(fields, unique.deferral);
    if (!unique.storage.empty()) {
      fields.names("storage", unique.storage.list);
    }
    long_text(fields, "comment", unique.comment);
    section(out, fmt::format("[{}.unique.{}]", table_path, toml_key(name)), fields);
  }
  for (const auto& [name, check] : table.checks) {
    Fields fields;
    fields.raw("expression", toml_text(check.expression));
    fields.flag("not_valid", check.not_valid);
    fields.flag("no_inherit", check.no_inherit);
    long_text(fields, "comment", check.comment);
    section(out, fmt::format("[{}.check.{}]", table_path, toml_key(name)), fields);
  }
  for (const auto& [name, exclusion] : table.exclusions) {
    Fields fields;
    if (exclusion.method != "btree") {
      fields.text("method", exclusion.method);
    }
    fields.names("elements", exclusion.elements);
    if (!exclusion.include.empty()) {
      fields.names("include", exclusion.include);
    }
    long_text(fields, "where", exclusion.where);
    deferral(fields, exclusion.deferral);
    if (!exclusion.storage.empty()) {
      fields.names("storage", exclusion.storage.list);
    }
    long_text(fields, "comment", exclusion.comment);
    section(out, fmt::format("[{}.exclusion.{}]", table_path, toml_key(name)), fields);
  }
  for (const auto& [name, key] : table.foreign_keys) {
    Fields fields;
    fields.names("columns", key.columns);
    Fields target;
    reference(target, table.name.schema, key.references);
    target.names("columns", key.referenced_columns);
    fields.raw("references", target.inline_table());
    if (key.on_delete != model::ReferentialAction::no_action) {
      fields.text("on_delete", std::string(action_name(key.on_delete)));
    }
    if (key.on_update != model::ReferentialAction::no_action) {
      fields.text("on_update", std::string(action_name(key.on_update)));
    }
    if (key.match != model::MatchType::simple) {
      fields.text("match", std::string(match_name(key.match)));
    }
    deferral(fields, key.deferral);
    fields.flag("not_valid", key.not_valid);
    long_text(fields, "comment", key.comment);
    section(out, fmt::format("[{}.foreign_key.{}]", table_path, toml_key(name)), fields);
  }
  for (const auto& [name, index] : table.indexes) {
    write_index(index, table_path, out);
  }
}

void partitioning(Fields& fields, const model::Table& table) {
  if (table.partition_of) {
    const auto& parent = table.partition_of->parent;
    if (parent.schema == table.name.schema) {
      fields.text("partition_of", parent.name);
    } else {
      Fields target;
      reference(target, table.name.schema, parent);
      fields.raw("partition_of", target.inline_table());
    }
    fields.text("bound", table.partition_of->bound);
  }
  if (table.partition_by) {
    fields.text("partition_by", *table.partition_by);
  }
  if (!table.external_partitions.empty()) {
    fields.names("external_partitions", table.external_partitions);
  }
}

// Returns true when partition `table` has `column` otherwise than its
// parent: its own default or NOT NULL.
bool own_to_partition(const model::Catalog& catalog, const model::Table& table,
                      const model::Column& column) {
  const auto parent = catalog.tables.find(table.partition_of->parent);
  if (parent == catalog.tables.end()) {
    return false;
  }
  const model::Column* theirs = parent->second.find_column(column.name);
  return theirs == nullptr || theirs->not_null != column.not_null ||
         theirs->default_expr != column.default_expr;
}

void write_tables(const model::Catalog& catalog, std::string& out) {
  for (const auto& [name, read] : catalog.tables) {
    const model::Table table = model::own_members(read);  // a partition's own only
    const std::string table_path = path("table", name);
    Fields fields;
    partitioning(fields, table);
    primary_key(fields, table);
    fields.flag("row_level_security", table.row_security);
    fields.flag("force_row_level_security", table.force_row_security);
    fields.flag("unlogged", table.unlogged);
    if (!table.storage.list.empty()) {
      fields.names("storage", table.storage.list);
    }
    if (table.replica_identity != model::ReplicaIdentity::default_key) {
      constexpr std::array<const char*, 4> k_identity = {"default", "full", "nothing", "index"};
      fields.text("replica_identity",
                  k_identity.at(static_cast<std::size_t>(table.replica_identity)));
    }
    if (table.replica_identity == model::ReplicaIdentity::index) {
      fields.text("replica_identity_index", table.replica_index);
    }
    long_text(fields, "comment", table.comment);
    write_owner(catalog, {.on = model::GrantOn::table, .name = name}, fields);
    section(out, fmt::format("[{}]", table_path), fields);
    for (const auto& column : table.columns) {
      if (!table.partition_of || own_to_partition(catalog, table, column)) {
        write_column(table_path, column, out);
      }
    }
    write_members(table_path, table, out);
  }
}

}  // namespace

void write_index(const model::Index& index, const std::string& owner_path, std::string& out) {
  Fields fields;
  fields.names("keys", index.keys);
  fields.flag("unique", index.unique);
  fields.flag("nulls_not_distinct", index.nulls_not_distinct);
  if (index.method != "btree") {
    fields.text("method", index.method);
  }
  if (!index.include.empty()) {
    fields.names("include", index.include);
  }
  long_text(fields, "where", index.where);
  if (!index.storage.empty()) {
    fields.names("storage", index.storage.list);
  }
  long_text(fields, "comment", index.comment);
  section(out, fmt::format("[{}.index.{}]", owner_path, toml_key(index.name)), fields);
}

void write_kind(model::KindTag<model::Table> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  write_tables(catalog, out);
}

}  // namespace manifest::detail
