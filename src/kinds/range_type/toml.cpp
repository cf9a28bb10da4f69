// The range type kind in TOML (part of tenantctl_manifest):
//
//   [range_type.<schema>.<name>]
//   subtype = "numeric"
//   subtype_opclass = "..."            (optional: not the subtype's default)
//   collation = "C"                    (optional)
//   canonical = "function"             (optional)
//   subtype_diff = "function"          (optional)
//   multirange_type_name = "..."       (optional: PostgreSQL's default name)
//   comment = "..."                    (optional)
//   owner = "role"                     (optional; absent: not managed)
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

void read_range_type(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "range type " + model::display_name(name);
  Fields fields(file, node, what);
  model::RangeType type{.name = name,
                        .subtype = fields.required_string("subtype").value_or(""),
                        .subtype_opclass = fields.string("subtype_opclass"),
                        .collation = fields.string("collation"),
                        .canonical = fields.string("canonical"),
                        .subtype_diff = fields.string("subtype_diff"),
                        .multirange = fields.string("multirange_type_name").value_or(""),
                        .comment = fields.string("comment"),
                        .source = source_ref(file, node)};
  if (type.multirange.empty()) {
    type.multirange = model::default_multirange_name(name.name);
  }
  read_owner(fields, {.on = model::GrantOn::type, .name = name});
  fields.finish();
  if (add_object(file, file.catalog().range_types, name, std::move(type), what,
                 fields.position())) {
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace

void read_kind(model::KindTag<model::RangeType> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("range_type"), "range_type", read_range_type);
}

void write_kind(model::KindTag<model::RangeType> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, type] : catalog.range_types) {
    WriteFields fields;
    fields.text("subtype", type.subtype);
    for (const auto& [key, value] :
         {std::pair{"subtype_opclass", &type.subtype_opclass},
          std::pair{"collation", &type.collation}, std::pair{"canonical", &type.canonical},
          std::pair{"subtype_diff", &type.subtype_diff}}) {
      if (*value) {
        fields.text(key, **value);
      }
    }
    if (type.multirange != model::default_multirange_name(name.name)) {
      fields.text("multirange_type_name", type.multirange);
    }
    long_text(fields, "comment", type.comment);
    write_owner(catalog, {.on = model::GrantOn::type, .name = name}, fields);
    section(out, fmt::format("[{}]", path("range_type", name)), fields);
  }
}

}  // namespace manifest::detail
