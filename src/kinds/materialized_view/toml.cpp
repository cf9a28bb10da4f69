// The materialized view kind in TOML (part of tenantctl_manifest):
//
//   [materialized_view.<schema>.<name>]
//   definition = "SELECT ..."   (as pg_get_viewdef() prints it, or any SELECT)
//   with_data = false           (optional: created WITH NO DATA; default true)
//   storage = ["fillfactor=70"] (optional: WITH (...))
//   comment = "..."             (optional)
//   column_comments = { total = "..." }   (optional)
//   owner = "role"              (optional; absent: not managed)
//
//   [materialized_view.<schema>.<name>.index.<index>]
//   keys = ["id"], unique = true, ...   (as a table's index)
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {

namespace {

void read_materialized_view(FileContext& file, const model::QualifiedName& name,
                            const toml::table& node) {
  const std::string what = "materialized view " + model::display_name(name);
  Fields fields(file, node, what);
  model::MaterializedView view{.name = name,
                               .definition = fields.required_string("definition").value_or(""),
                               .with_data = fields.boolean("with_data").value_or(true),
                               .storage = read_storage_parameters(fields, "storage"),
                               .comment = fields.string("comment"),
                               .column_comments = read_column_comments(fields),
                               .source = source_ref(file, node)};
  read_owner(fields, {.on = model::GrantOn::table, .name = name});
  for_each_named_table(file, fields, "index", "index", what,
                       [&](const std::string& index_name, const toml::table& index_node,
                           const std::string& index_what) {
                         Fields index_fields(file, index_node, index_what);
                         auto index = read_index_fields(index_fields, index_name);
                         index_fields.finish();
                         file.state().relation_names.push_back(
                             {{name.schema, index_name}, index_what, index_fields.position()});
                         view.indexes.emplace(index_name, std::move(index));
                       });
  fields.finish();
  if (add_object(file, file.catalog().materialized_views, name, std::move(view), what,
                 fields.position())) {
    file.state().relation_names.push_back({name, what, fields.position()});
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace

void read_kind(model::KindTag<model::MaterializedView> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("materialized_view"), "materialized_view",
                 read_materialized_view);
}

void write_kind(model::KindTag<model::MaterializedView> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, view] : catalog.materialized_views) {
    WriteFields fields;
    fields.raw("definition", toml_text(view.definition));
    if (!view.with_data) {
      fields.raw("with_data", "false");
    }
    if (!view.storage.empty()) {
      fields.names("storage", view.storage.list);
    }
    long_text(fields, "comment", view.comment);
    write_column_comments(view.column_comments, fields);
    write_owner(catalog, {.on = model::GrantOn::table, .name = name}, fields);
    const auto view_path = path("materialized_view", name);
    section(out, fmt::format("[{}]", view_path), fields);
    for (const auto& [index_name, index] : view.indexes) {
      write_index(index, view_path, out);
    }
  }
}

}  // namespace manifest::detail
