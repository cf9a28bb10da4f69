// The materialized view kind's statements (part of tenantctl_ddl). Its
// indexes are rendered as a table's (kinds/table/sql_index.cpp).
#include <fmt/format.h>

#include "ddl/render_internal.hpp"

namespace ddl::detail {
namespace {

std::string object_sql(const model::MaterializedView& view) {
  return "MATERIALIZED VIEW " + sql::name(view.name);
}

void render_drop(const diff::MaterializedViewChange& change, const RenderContext& context,
                 std::vector<Statement>& out) {
  const auto& view = *change.before;
  auto drop = statement("DROP " + object_sql(view), phase::drop_dependents);
  drop.drops.push_back(keys::relation(view.name));
  for (const auto& [name, index] : view.indexes) {
    drop.drops.push_back(keys::relation(view.name.schema, name));
  }
  drop.needs_old = read_keys(view.depends_on, context.current());
  drop.needs_old.push_back(keys::schema(view.name.schema));
  if (!change.after) {
    add_hazard(drop, HazardKind::data_loss,
               fmt::format("drops materialized view {} and the rows it holds",
                           model::display_name(view.name)));
  }
  out.push_back(std::move(drop));
}

void render_create(const diff::MaterializedViewChange& change, const RenderContext& context,
                   std::vector<Statement>& out) {
  const auto& view = *change.after;
  auto create =
      statement(fmt::format("CREATE {}{} AS\n{}\nWITH {}DATA", object_sql(view),
                            view.storage.empty() ? "" : " WITH " + sql::options(view.storage),
                            trimmed_view_body(view.definition), view.with_data ? "" : "NO "),
                phase::views);
  create.creates.push_back(keys::relation(view.name));
  create.needs = read_keys(view.depends_on, context.desired());
  create.needs.push_back(keys::schema(view.name.schema));
  if (change.before && view.with_data) {
    add_hazard(create, HazardKind::table_rewrite,
               fmt::format("recomputes materialized view {}: runs its query over all it reads, "
                           "and readers wait until it is done",
                           model::display_name(view.name)));
  }
  out.push_back(std::move(create));
}

}  // namespace

void render_materialized_view(const diff::MaterializedViewChange& change,
                              const RenderContext& context, std::vector<Statement>& out) {
  if (change.before && (!change.after || change.recreate)) {
    render_drop(change, context, out);
  }
  if (!change.after) {
    return;
  }
  const auto& view = *change.after;
  const bool created = !change.before || change.recreate;
  if (created) {
    render_create(change, context, out);
  } else if (change.before->storage != view.storage) {
    auto alter = statement(fmt::format("ALTER {} {}", object_sql(view),
                                       sql::reset_and_set(change.before->storage, view.storage)),
                           phase::views);
    alter.needs.push_back(keys::relation(view.name));
    out.push_back(std::move(alter));
  }
  render_column_comments(
      view.name, created ? std::map<std::string, std::string>{} : change.before->column_comments,
      view.column_comments, out);
  const bool comment_changes =
      created ? view.comment.has_value() : change.before->comment != view.comment;
  if (comment_changes) {
    auto comment = statement(sql::comment(object_sql(view), view.comment), phase::comments);
    comment.needs.push_back(keys::relation(view.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
