// The extension kind in TOML (part of tenantctl_manifest):
//
//   [extension.<name>]
//   schema = "public"   (where its objects go; written always)
//   version = "1.2"     (optional: any version when absent)
//   comment = "..."     (optional)
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {

namespace {

void read_extension(FileContext& file, const std::string& name, const toml::table& node) {
  const std::string what = "extension " + display_identifier(name);
  Fields fields(file, node, what);
  model::Extension extension{.name = name,
                             .schema = fields.string("schema").value_or("public"),
                             .version = fields.string("version").value_or(""),
                             .comment = fields.string("comment"),
                             .source = source_ref(file, node)};
  fields.finish();
  check_identifier(file, fields.position(), "extension name", name);
  check_schema_name(file, fields.position_of("schema"), extension.schema);
  add_object(file, file.catalog().extensions, name, std::move(extension), what, fields.position());
}

}  // namespace

void read_kind(model::KindTag<model::Extension> /*kind*/, FileContext& file, Fields& root) {
  read_one_level(file, root.table("extension"), "extension", read_extension);
}

void write_kind(model::KindTag<model::Extension> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, extension] : catalog.extensions) {
    WriteFields fields;
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

}  // namespace manifest::detail
