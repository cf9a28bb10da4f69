// The enum kind in TOML (part of tenantctl_manifest):
//
//   [enum.<schema>.<name>]
//   values = ["a", "b"]                 (in sort order)
//   value_renames = { new = "old" }     (optional: labels renamed in place)
//   comment = "..."                     (optional)
//   owner = "role"                      (optional; absent: not managed)
#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

constexpr std::size_t k_max_label_bytes = 63;

void read_value_renames(Fields& fields, const toml::table& renames, model::EnumType& type) {
  FileContext& file = fields.file();
  const std::unordered_set<std::string> values(type.values.begin(), type.values.end());
  std::unordered_map<std::string, std::string> old_labels;  // old -> new
  for (auto&& [key, value] : renames) {
    const std::string new_label(key.str());
    const Position position = file.position(key.source());
    const auto* old_label = value.as_string();
    if (old_label == nullptr) {
      fields.problem(file.position(value),
                     fmt::format("value_renames: {}: expected a string (the old label), found {}",
                                 toml_string(new_label), type_name(value)));
      continue;
    }
    const std::string& old_text = old_label->get();
    if (!values.contains(new_label)) {
      fields.problem(position, fmt::format("value_renames: {} is not one of the values",
                                           toml_string(new_label)));
    }
    // An old label may stay a value only as another label's new name (a swap,
    // a chain).
    if (values.contains(old_text) && !renames.contains(old_text)) {
      fields.problem(file.position(value),
                     fmt::format("value_renames: the old label {} is still one of the values",
                                 toml_string(old_text)));
    }
    if (const auto [found, added] = old_labels.try_emplace(old_text, new_label); !added) {
      fields.problem(
          file.position(value),
          fmt::format("value_renames: {} is renamed to both {} and {}", toml_string(old_text),
                      toml_string(found->second), toml_string(new_label)));
    }
    type.value_renames[new_label] = old_text;
  }
}

void read_enum(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "enum " + model::display_name(name);
  Fields fields(file, node, what);
  model::EnumType type{.name = name, .source = source_ref(file, node)};
  if (auto values = fields.required_strings("values")) {
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < values->size(); ++i) {
      const std::string& label = (*values)[i];
      const Position position = fields.element_position("values", i);
      // PostgreSQL accepts an empty label ('') but none over NAMEDATALEN - 1 bytes.
      if (label.size() > k_max_label_bytes) {
        fields.problem(position, fmt::format("label {} must be 0 to {} bytes long",
                                             toml_string(label), k_max_label_bytes));
      }
      if (!seen.emplace(label, i).second) {
        fields.problem(position, fmt::format("label {} is listed twice", toml_string(label)));
      }
    }
    type.values = std::move(*values);
  }
  if (const auto* renames = fields.table("value_renames")) {
    read_value_renames(fields, *renames, type);
  }
  type.comment = fields.string("comment");
  read_owner(fields, {.on = model::GrantOn::type, .name = name});
  fields.finish();
  if (add_object(file, file.catalog().enums, name, std::move(type), what, fields.position())) {
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace

void read_kind(model::KindTag<model::EnumType> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("enum"), "enum", read_enum);
}

void write_kind(model::KindTag<model::EnumType> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, type] : catalog.enums) {
    WriteFields fields;
    fields.names("values", type.values);
    long_text(fields, "comment", type.comment);
    write_owner(catalog, {.on = model::GrantOn::type, .name = name}, fields);
    section(out, fmt::format("[{}]", path("enum", name)), fields);
  }
}

}  // namespace manifest::detail
