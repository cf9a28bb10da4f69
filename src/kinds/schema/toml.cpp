// The schema kind in TOML (part of tenantctl_manifest):
//
//   [schema.<name>]
//   comment = "..."   (optional)
//   owner = "role"    (optional; absent: not managed)
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {

namespace {

void read_schema(FileContext& file, const std::string& name, const toml::table& node) {
  const std::string what = "schema " + display_identifier(name);
  Fields fields(file, node, what);
  model::Schema schema{.name = name, .comment = fields.string("comment")};
  schema.source = source_ref(file, node);
  read_owner(fields, {.on = model::GrantOn::schema, .name = {"", name}});
  fields.finish();
  check_schema_name(file, fields.position(), name);
  if (add_object(file, file.catalog().schemas, name, std::move(schema), what, fields.position())) {
    file.state().declared.push_back({{name, ""}, what, fields.position()});
  }
}

}  // namespace

void read_kind(model::KindTag<model::Schema> /*kind*/, FileContext& file, Fields& root) {
  read_one_level(file, root.table("schema"), "schema", read_schema);
}

void write_kind(model::KindTag<model::Schema> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, schema] : catalog.schemas) {
    WriteFields fields;
    long_text(fields, "comment", schema.comment);
    write_owner(catalog, {.on = model::GrantOn::schema, .name = {"", name}}, fields);
    section(out, fmt::format("[schema.{}]", toml_key(name)), fields);
  }
}

}  // namespace manifest::detail
