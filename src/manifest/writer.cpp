#include "manifest/writer.hpp"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"
#include "model/kinds.hpp"

namespace manifest {
namespace {

using Fields = detail::WriteFields;
using detail::long_text;
using detail::path;
using detail::section;

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

// Sequence options in the documented key order, defaults left out. `type`
// is left out also when it is `implied_type`.
Fields sequence_fields(const model::SequenceOptions& given, std::string_view implied_type) {
  const auto options = model::normalized(given);
  Fields fields;
  if (options.data_type != implied_type) {
    fields.text("type", options.data_type);
  }
  fields.integer("increment", options.increment);
  fields.integer("min_value", options.min_value);
  fields.integer("max_value", options.max_value);
  fields.integer("start", options.start);
  fields.integer("cache", options.cache);
  fields.flag("cycle", options.cycle);
  return fields;
}

// A reference to another table: `schema` only when it is not `own_schema`.
void reference(Fields& fields, const std::string& own_schema, const model::QualifiedName& target) {
  if (target.schema != own_schema) {
    fields.text("schema", target.schema);
  }
  fields.text("table", target.name);
}

void deferral(Fields& fields, const model::Deferral& deferral) {
  fields.flag("deferrable", deferral.deferrable);
  fields.flag("initially_deferred", deferral.initially_deferred);
}

void write_schemas(const model::Catalog& catalog, std::string& out) {
  for (const auto& [name, schema] : catalog.schemas) {
    Fields fields;
    long_text(fields, "comment", schema.comment);
    section(out, fmt::format("[schema.{}]", toml_key(name)), fields);
  }
}

void write_extensions(const model::Catalog& catalog, std::string& out) {
  for (const auto& [name, extension] : catalog.extensions) {
    Fields fields;
    // Always written, although `public` is the default: where an
    // extension's objects live matters to every reader of the file.
    fields.text("schema", extension.schema);
    if (!extension.version.empty()) {
      fields.text("version", extension.version);
    }
    long_text(fields, "comment", extension.comment);
    section(out, fmt::format("[extension.{}]", toml_key(name)), fields);
  }
}

void write_enums(const model::Catalog& catalog, std::string& out) {
  for (const auto& [name, type] : catalog.enums) {
    Fields fields;
    fields.names("values", type.values);
    long_text(fields, "comment", type.comment);
    section(out, fmt::format("[{}]", path("enum", name)), fields);
  }
}

void write_sequences(const model::Catalog& catalog, std::string& out) {
  for (const auto& [name, sequence] : catalog.sequences) {
    Fields fields = sequence_fields(sequence.options, "bigint");
    if (sequence.owned_by) {
      Fields owner;
      reference(owner, name.schema, sequence.owned_by->table);
      owner.text("column", sequence.owned_by->column);
      fields.raw("owned_by", owner.inline_table());
    }
    long_text(fields, "comment", sequence.comment);
    section(out, fmt::format("[{}]", path("sequence", name)), fields);
  }
}

// `primary_key = ["id"]` when the key has PostgreSQL's default name and
// nothing else to say, the inline table otherwise.
void primary_key(Fields& fields, const model::Table& table) {
  if (!table.primary_key) {
    return;
  }
  const auto& key = *table.primary_key;
  const bool plain = key.name == model::default_primary_key_name(table.name.name) &&
                     key.deferral == model::Deferral{} && !key.comment;
  if (plain) {
    fields.names("primary_key", key.columns);
    return;
  }
  Fields inline_key;
  inline_key.text("name", key.name);
  inline_key.names("columns", key.columns);
  deferral(inline_key, key.deferral);
  inline_key.optional_text("comment", key.comment);
  fields.raw("primary_key", inline_key.inline_table());
}

void write_column(const std::string& table_path, const model::Column& column, std::string& out) {
  Fields fields;
  fields.text("name", column.name);
  fields.text("type", column.type);
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
  long_text(fields, "comment", column.comment);
  section(out, fmt::format("[[{}.column]]", table_path), fields);
}

void write_members(const std::string& table_path, const model::Table& table, std::string& out) {
  for (const auto& [name, unique] : table.uniques) {
    Fields fields;
    fields.names("columns", unique.columns);
    fields.flag("nulls_not_distinct", unique.nulls_not_distinct);
    deferral(fields, unique.deferral);
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
    long_text(fields, "comment", index.comment);
    section(out, fmt::format("[{}.index.{}]", table_path, toml_key(name)), fields);
  }
}

void write_tables(const model::Catalog& catalog, std::string& out) {
  for (const auto& [name, table] : catalog.tables) {
    const std::string table_path = path("table", name);
    Fields fields;
    primary_key(fields, table);
    long_text(fields, "comment", table.comment);
    section(out, fmt::format("[{}]", table_path), fields);
    for (const auto& column : table.columns) {
      write_column(table_path, column, out);
    }
    write_members(table_path, table, out);
  }
}

void write_views(const model::Catalog& catalog, std::string& out) {
  for (const auto& [name, view] : catalog.views) {
    Fields fields;
    fields.raw("definition", toml_text(view.definition));
    long_text(fields, "comment", view.comment);
    section(out, fmt::format("[{}]", path("view", name)), fields);
  }
}

}  // namespace

namespace detail {

void write_kind(model::KindTag<model::Schema> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  write_schemas(catalog, out);
}
void write_kind(model::KindTag<model::Extension> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  write_extensions(catalog, out);
}
void write_kind(model::KindTag<model::EnumType> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  write_enums(catalog, out);
}
void write_kind(model::KindTag<model::Sequence> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  write_sequences(catalog, out);
}
void write_kind(model::KindTag<model::Table> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  write_tables(catalog, out);
}
void write_kind(model::KindTag<model::View> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  write_views(catalog, out);
}

}  // namespace detail

std::string write_toml(const model::Catalog& catalog) {
  std::string out;
  model::for_each_kind([&](auto kind) { detail::write_kind(kind, catalog, out); });
  return out;
}

}  // namespace manifest
