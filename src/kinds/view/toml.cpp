// The view kind in TOML (part of tenantctl_manifest):
//
//   [view.<schema>.<name>]
//   definition = "SELECT ..."   (as pg_get_viewdef() prints it, or any SELECT)
//   comment = "..."             (optional)
//   owner = "role"              (optional; absent: not managed)
//   options = ["security_barrier=true", "check_option=local"]   (optional)
//   column_comments = { total = "..." }                          (optional)
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {

namespace {

void read_view(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "view " + model::display_name(name);
  Fields fields(file, node, what);
  model::View view{.name = name,
                   .definition = fields.required_string("definition").value_or(""),
                   .comment = fields.string("comment"),
                   .options = read_storage_parameters(fields, "options"),
                   .column_comments = read_column_comments(fields),
                   .source = source_ref(file, node)};
  read_owner(fields, {.on = model::GrantOn::table, .name = name});
  fields.finish();
  if (add_object(file, file.catalog().views, name, std::move(view), what, fields.position())) {
    file.state().relation_names.push_back({name, what, fields.position()});
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace

std::map<std::string, std::string> read_column_comments(Fields& fields) {
  std::map<std::string, std::string> out;
  const toml::table* comments = fields.table("column_comments");
  if (comments == nullptr) {
    return out;
  }
  for (auto&& [key, value] : *comments) {
    if (const auto* text = value.as_string()) {
      out[std::string(key.str())] = text->get();
    } else {
      fields.problem(fields.file().position(value),
                     fmt::format("column_comments: {}: expected a string, found {}",
                                 toml_key(key.str()), type_name(value)));
    }
  }
  return out;
}

void write_column_comments(const std::map<std::string, std::string>& comments,
                           WriteFields& fields) {
  if (comments.empty()) {
    return;
  }
  std::string text;
  for (const auto& [column, comment] : comments) {
    text += (text.empty() ? "{ " : ", ") + toml_key(column) + " = " + toml_string(comment);
  }
  fields.raw("column_comments", text + " }");
}

void read_kind(model::KindTag<model::View> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("view"), "view", read_view);
}

void write_kind(model::KindTag<model::View> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, view] : catalog.views) {
    WriteFields fields;
    fields.raw("definition", toml_text(view.definition));
    long_text(fields, "comment", view.comment);
    if (!view.options.empty()) {
      fields.names("options", view.options.list);
    }
    write_column_comments(view.column_comments, fields);
    write_owner(catalog, {.on = model::GrantOn::table, .name = name}, fields);
    section(out, fmt::format("[{}]", path("view", name)), fields);
  }
}

}  // namespace manifest::detail
