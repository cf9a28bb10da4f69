// The composite type kind in TOML (part of tenantctl_manifest):
//
//   [composite_type.<schema>.<name>]
//   comment = "..."                     (optional)
//   owner = "role"                      (optional; absent: not managed)
//
//   [[composite_type.<schema>.<name>.attribute]]   (in order)
//   name = "street"
//   type = "text"
//   collation = "C"                     (optional)
//   comment = "..."                     (optional)
#include <fmt/format.h>

#include <set>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

void read_attributes(FileContext& file, Fields& fields, const std::string& what,
                     model::CompositeType& type) {
  const toml::node* value = fields.node("attribute");
  const auto* array = value == nullptr ? nullptr : value->as_array();
  if (array == nullptr) {
    fields.problem(value == nullptr ? fields.position() : file.position(*value),
                   fmt::format("attribute: expected an array of tables ([[composite_type.{}.{}."
                               "attribute]]), one per attribute",
                               toml_key(type.name.schema), toml_key(type.name.name)));
    return;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto* node = array->get(i)->as_table();
    if (node == nullptr) {
      fields.problem(file.position(*array->get(i)), "attribute: expected a table");
      continue;
    }
    Fields attribute(file, *node, fmt::format("{}, attribute #{}", what, i + 1));
    model::CompositeAttribute each{.name = attribute.required_string("name").value_or(""),
                                   .type = attribute.required_string("type").value_or(""),
                                   .collation = attribute.string("collation"),
                                   .comment = attribute.string("comment")};
    check_identifier(file, attribute.position_of("name"), what + ": attribute name", each.name);
    if (!seen.insert(each.name).second) {
      attribute.problem(attribute.position_of("name"),
                        fmt::format("attribute {} is listed twice", display_identifier(each.name)));
    }
    attribute.finish();
    type.attributes.push_back(std::move(each));
  }
}

void read_composite_type(FileContext& file, const model::QualifiedName& name,
                         const toml::table& node) {
  const std::string what = "composite type " + model::display_name(name);
  Fields fields(file, node, what);
  model::CompositeType type{
      .name = name, .comment = fields.string("comment"), .source = source_ref(file, node)};
  read_attributes(file, fields, what, type);
  read_owner(fields, {.on = model::GrantOn::type, .name = name});
  fields.finish();
  if (add_object(file, file.catalog().composite_types, name, std::move(type), what,
                 fields.position())) {
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace

void read_kind(model::KindTag<model::CompositeType> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("composite_type"), "composite_type", read_composite_type);
}

void write_kind(model::KindTag<model::CompositeType> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, type] : catalog.composite_types) {
    WriteFields fields;
    long_text(fields, "comment", type.comment);
    write_owner(catalog, {.on = model::GrantOn::type, .name = name}, fields);
    const auto type_path = path("composite_type", name);
    section(out, fmt::format("[{}]", type_path), fields);
    for (const auto& attribute : type.attributes) {
      WriteFields attribute_fields;
      attribute_fields.text("name", attribute.name);
      attribute_fields.text("type", attribute.type);
      if (attribute.collation) {
        attribute_fields.text("collation", *attribute.collation);
      }
      long_text(attribute_fields, "comment", attribute.comment);
      section(out, fmt::format("[[{}.attribute]]", type_path), attribute_fields);
    }
  }
}

}  // namespace manifest::detail
