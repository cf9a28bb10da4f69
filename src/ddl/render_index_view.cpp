// Indexes and views.

#include <fmt/format.h>

#include "ddl/render_internal.hpp"

namespace ddl::detail {
namespace {

std::string index_definition(const model::Index& index, const model::QualifiedName& table,
                             bool concurrently) {
  std::string out =
      fmt::format("CREATE {}INDEX {}{} ON {}", index.unique ? "UNIQUE " : "",
                  concurrently ? "CONCURRENTLY " : "", sql::ident(index.name), sql::name(table));
  if (index.method != "btree") {
    out += " USING " + index.method;
  }
  std::string keys_sql;
  for (const auto& key : index.keys) {
    keys_sql += (keys_sql.empty() ? "" : ", ") + key;
  }
  out += " (" + keys_sql + ")";
  if (!index.include.empty()) {
    out += " INCLUDE (" + sql::ident_list(index.include) + ")";
  }
  if (index.nulls_not_distinct) {
    out += " NULLS NOT DISTINCT";
  }
  if (index.where) {
    out += " WHERE " + *index.where;
  }
  return out;
}

bool same_except_name(model::Index a, model::Index b) {
  if (a.invalid || b.invalid) {
    return false;
  }
  a.name = b.name;
  a.comment = b.comment;
  a.renamed_from = b.renamed_from;
  return a == b;
}

std::string trimmed_view_body(std::string definition) {
  while (!definition.empty() &&
         (definition.back() == ';' || definition.back() == ' ' || definition.back() == '\n')) {
    definition.pop_back();
  }
  return definition;
}

}  // namespace

void render_index(const diff::IndexChange& change, const RenderContext& context,
                  std::vector<Statement>& out) {
  const auto& table = change.of.table;
  const bool online = context.options().online && !change.of.table_is_new;
  if (change.before && change.after && !change.rebuild &&
      same_except_name(*change.before, *change.after)) {
    if (change.before->name != change.after->name) {
      const auto& schema = table.schema;
      add_rename(
          change.before->name, change.after->name,
          context.relation_exists_now(schema, change.after->name),
          [&](const std::string& from, const std::string& to) {
            return fmt::format("ALTER INDEX {} RENAME TO {}", sql::name({schema, from}),
                               sql::ident(to));
          },
          [&](const std::string& each) { return keys::relation(schema, each); }, {}, out);
    }
    if (change.before->comment != change.after->comment) {
      auto comment =
          statement(sql::comment("INDEX " + sql::name({table.schema, change.after->name}),
                                 change.after->comment),
                    phase::comments);
      comment.needs.push_back(keys::relation(table.schema, change.after->name));
      out.push_back(std::move(comment));
    }
    return;
  }
  if (change.before) {
    const auto& index = *change.before;
    auto drop = statement(fmt::format("DROP INDEX {}{}", online ? "CONCURRENTLY " : "",
                                      sql::name({table.schema, index.name})),
                          phase::drop_dependents);
    drop.transactional = !online;
    drop.drops.push_back(keys::relation(table.schema, index.name));
    if (const auto* current = find_table(context.current(), table); current != nullptr) {
      drop.needs_old = column_keys(*current, table);
    }
    append(drop.needs_old, routine_keys(index.uses));
    out.push_back(std::move(drop));
  }
  if (!change.after) {
    return;
  }
  const auto& index = *change.after;
  auto create = statement(index_definition(index, table, online), phase::indexes);
  create.transactional = !online;
  create.needs.push_back(keys::relation(table));
  if (const auto* desired = find_table(context.desired(), table); desired != nullptr) {
    append(create.needs, column_keys(*desired, table));
  }
  append(create.needs, routine_keys(index.uses));
  create.creates.push_back(keys::relation(table.schema, index.name));
  if (!change.of.table_is_new) {
    add_hazard(create, HazardKind::index_build,
               online ? "builds the index concurrently: slower, but reads and writes go on"
                      : "builds the index while writes to the table wait");
    if (index.unique) {
      add_hazard(create, HazardKind::may_fail_on_existing_data,
                 "fails if existing rows repeat a key");
    }
  }
  out.push_back(std::move(create));
  if (index.comment) {
    auto comment =
        statement(sql::comment("INDEX " + sql::name({table.schema, index.name}), index.comment),
                  phase::comments);
    comment.needs.push_back(keys::relation(table.schema, index.name));
    out.push_back(std::move(comment));
  }
}

namespace {

// Keys of what a view reads: the relations and, for tables, every column.
std::vector<std::string> view_reads(const model::View& view, const model::Catalog& catalog) {
  std::vector<std::string> out;
  for (const auto& read : view.depends_on) {
    out.push_back(keys::relation(read));
    if (const auto* table = find_table(catalog, read); table != nullptr) {
      append(out, column_keys(*table, read));
    }
  }
  return out;
}

}  // namespace

void render_view(const diff::ViewChange& change, const RenderContext& context,
                 std::vector<Statement>& out) {
  const bool recreate = change.before && change.after &&
                        (change.rebuild || change.before->definition != change.after->definition);
  if (change.before && (!change.after || recreate)) {
    const auto& view = *change.before;
    auto drop = statement("DROP VIEW " + sql::name(view.name), phase::drop_dependents);
    drop.drops.push_back(keys::relation(view.name));
    drop.needs_old = view_reads(view, context.current());
    drop.needs_old.push_back(keys::schema(view.name.schema));
    out.push_back(std::move(drop));
  }
  if (!change.after) {
    return;
  }
  const auto& view = *change.after;
  if (!change.before || recreate) {
    auto create = statement(fmt::format("CREATE VIEW {} AS\n{}", sql::name(view.name),
                                        trimmed_view_body(view.definition)),
                            phase::views);
    create.creates.push_back(keys::relation(view.name));
    create.needs = view_reads(view, context.desired());
    create.needs.push_back(keys::schema(view.name.schema));
    out.push_back(std::move(create));
  }
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

}  // namespace ddl::detail
