// The view kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "ddl/render_internal.hpp"

namespace ddl::detail {
std::string trimmed_view_body(std::string definition) {
  while (!definition.empty() &&
         (definition.back() == ';' || definition.back() == ' ' || definition.back() == '\n')) {
    definition.pop_back();
  }
  return definition;
}

std::vector<std::string> read_keys(const std::vector<model::QualifiedName>& depends_on,
                                   const model::Catalog& catalog) {
  std::vector<std::string> out;
  for (const auto& read : depends_on) {
    out.push_back(keys::relation(read));
    if (const auto* table = find_table(catalog, read); table != nullptr) {
      append(out, column_keys(*table, read));
    }
  }
  return out;
}

void render_view(const diff::ViewChange& change, const RenderContext& context,
                 std::vector<Statement>& out) {
  const bool recreate = change.before && change.after &&
                        (change.rebuild || change.before->definition != change.after->definition);
  if (change.before && (!change.after || recreate)) {
    const auto& view = *change.before;
    auto drop = statement("DROP VIEW " + sql::name(view.name), phase::drop_dependents);
    drop.drops.push_back(keys::relation(view.name));
    drop.needs_old = read_keys(view.depends_on, context.current());
    drop.needs_old.push_back(keys::schema(view.name.schema));
    out.push_back(std::move(drop));
  }
  if (!change.after) {
    return;
  }
  const auto& view = *change.after;
  if (!change.before || recreate) {
    auto create =
        statement(fmt::format("CREATE VIEW {}{} AS\n{}", sql::name(view.name),
                              view.options.empty() ? "" : " WITH " + sql::options(view.options),
                              trimmed_view_body(view.definition)),
                  phase::views);
    create.creates.push_back(keys::relation(view.name));
    create.needs = read_keys(view.depends_on, context.desired());
    create.needs.push_back(keys::schema(view.name.schema));
    out.push_back(std::move(create));
  }
  if (change.before && !recreate && change.before->options != view.options) {
    auto alter = statement(fmt::format("ALTER VIEW {} {}", sql::name(view.name),
                                       sql::reset_and_set(change.before->options, view.options)),
                           phase::views);
    alter.needs.push_back(keys::relation(view.name));
    out.push_back(std::move(alter));
  }
  render_column_comments(view.name,
                         (!change.before || recreate) ? std::map<std::string, std::string>{}
                                                      : change.before->column_comments,
                         view.column_comments, out);
  const bool comment_changes = (!change.before || recreate)
                                   ? view.comment.has_value()
                                   : change.before->comment != view.comment;
  if (comment_changes) {
    auto comment =
        statement(sql::comment("VIEW " + sql::name(view.name), view.comment), phase::comments);
    comment.needs.push_back(keys::relation(view.name));
    out.push_back(std::move(comment));
  }
}

void render_column_comments(const model::QualifiedName& view,
                            const std::map<std::string, std::string>& before,
                            const std::map<std::string, std::string>& after,
                            std::vector<Statement>& out) {
  const auto comment_on = [&](const std::string& column, const std::optional<std::string>& text) {
    auto comment =
        statement(sql::comment("COLUMN " + sql::name(view) + "." + sql::ident(column), text),
                  phase::comments);
    comment.needs.push_back(keys::relation(view));
    out.push_back(std::move(comment));
  };
  for (const auto& [column, text] : after) {
    const auto found = before.find(column);
    if (found == before.end() || found->second != text) {
      comment_on(column, text);
    }
  }
  for (const auto& [column, text] : before) {
    if (!after.contains(column)) {
      comment_on(column, std::nullopt);
    }
  }
}

}  // namespace ddl::detail
