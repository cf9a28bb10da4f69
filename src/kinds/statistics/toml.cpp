// The extended statistics kind in TOML (part of tenantctl_manifest):
//
//   [statistics.<schema>.<name>]
//   table = "orders"                    (in the same schema, or
//                                        { schema = "s", table = "t" })
//   on = "customer_id, region"          (columns and expressions, as
//                                        pg_get_statisticsobjdef_columns() prints them)
//   kinds = ["ndistinct", "dependencies", "mcv"]   (optional; absent: all)
//   target = 1000                       (optional: SET STATISTICS)
//   comment = "..."                     (optional)
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

model::QualifiedName read_table_name(FileContext& file, Fields& fields,
                                     const model::QualifiedName& name) {
  const toml::node* node = fields.node("table");
  if (node == nullptr) {
    fields.problem(fields.position(), "table: missing (the table the statistics are of)");
    return {};
  }
  if (const auto* named = node->as_string()) {
    return {name.schema, named->get()};
  }
  if (const auto* inline_table = node->as_table()) {
    Fields table_fields(file, *inline_table, fields.what() + ", table");
    model::QualifiedName out{table_fields.string("schema").value_or(name.schema),
                             table_fields.required_string("table").value_or("")};
    table_fields.finish();
    return out;
  }
  fields.problem(fields.position_of("table"),
                 fmt::format("table: expected a table's name or {{ schema = \"...\", table = "
                             "\"...\" }}, found {}",
                             type_name(*node)));
  return {};
}

void read_statistics(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "statistics " + model::display_name(name);
  Fields fields(file, node, what);
  model::Statistics statistics{.name = name,
                               .table = read_table_name(file, fields, name),
                               .on = fields.required_string("on").value_or(""),
                               .target = fields.integer("target"),
                               .comment = fields.string("comment"),
                               .source = source_ref(file, node)};
  if (auto kinds = fields.strings("kinds")) {
    for (std::size_t i = 0; i < kinds->size(); ++i) {
      const auto& kind = (*kinds)[i];
      if (kind != "ndistinct" && kind != "dependencies" && kind != "mcv") {
        fields.problem(
            fields.element_position("kinds", i),
            fmt::format("kinds: {} is none of ndistinct, dependencies, mcv", toml_string(kind)));
      }
    }
    statistics.kinds = model::canonical_statistics_kinds(*kinds);
  }
  if (statistics.target && (*statistics.target < 0 || *statistics.target > 10000)) {
    fields.problem(fields.position_of("target"), "target: must be 0 to 10000");
  }
  fields.finish();
  if (add_object(file, file.catalog().statistics, name, std::move(statistics), what,
                 fields.position())) {
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace

void read_kind(model::KindTag<model::Statistics> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("statistics"), "statistics", read_statistics);
}

void write_kind(model::KindTag<model::Statistics> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, statistics] : catalog.statistics) {
    WriteFields fields;
    if (statistics.table.schema == name.schema) {
      fields.text("table", statistics.table.name);
    } else {
      fields.raw("table",
                 fmt::format("{{ schema = {}, table = {} }}", toml_string(statistics.table.schema),
                             toml_string(statistics.table.name)));
    }
    fields.text("on", statistics.on);
    if (!statistics.kinds.empty()) {
      fields.names("kinds", statistics.kinds);
    }
    if (statistics.target) {
      fields.raw("target", std::to_string(*statistics.target));
    }
    long_text(fields, "comment", statistics.comment);
    section(out, fmt::format("[{}]", path("statistics", name)), fields);
  }
}

}  // namespace manifest::detail
