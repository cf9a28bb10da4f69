// The table kind's indexes as statements (part of tenantctl_ddl).
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
  if (!index.storage.empty()) {
    out += " WITH " + sql::options(index.storage);
  }
  if (index.where) {
    out += " WHERE " + *index.where;
  }
  return out;
}

}  // namespace

void render_index(const diff::IndexChange& change, const RenderContext& context,
                  std::vector<Statement>& out) {
  const auto& table = change.of.table;
  // PostgreSQL builds and drops no index of a partitioned table concurrently.
  const bool online =
      context.options().online && !change.of.table_is_new && !partitioned(context, table);
  // PostgreSQL changes no storage parameter of a partitioned index in place.
  const bool in_place =
      change.before && change.after && !change.rebuild &&
      model::same_index_body(*change.before, *change.after) &&
      !(change.before->storage != change.after->storage && partitioned(context, table));
  if (in_place) {
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
    if (change.before->storage != change.after->storage) {
      const auto index = sql::name({table.schema, change.after->name});
      auto alter =
          statement(fmt::format("ALTER INDEX {} {}", index,
                                sql::reset_and_set(change.before->storage, change.after->storage)),
                    phase::indexes);
      alter.needs.push_back(keys::relation(table.schema, change.after->name));
      out.push_back(std::move(alter));
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

}  // namespace ddl::detail
