// The materialized view kind's catalog queries and rows (part of
// tenantctl_introspect): materialized views, their indexes and what they read
// (k_view_dependencies, shared with views).
#include <fmt/format.h>

#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Materialized views: schema, name, definition as pg_get_viewdef(oid, true)
// prints it, comment, storage parameters (text[], the TOAST table's as
// "toast.name=value"; NULL or empty when none), and
// whether it holds data.
const char* const k_materialized_views =
    "select n.nspname, c.relname, pg_catalog.pg_get_viewdef(c.oid, true), ds.description,"
    " c.reloptions::text[] || array(select 'toast.' || o"
    "   from pg_catalog.unnest(toast.reloptions) o),"
    " c.relispopulated"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " left join pg_catalog.pg_class toast on toast.oid = c.reltoastrelid"
    TENANTCTL_COMMENT("ds", "pg_class", "c.oid", "0")
    " where c.relkind = 'm'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " order by 1, 2";

// Indexes of materialized views: schema, view, index name, unique, nulls not
// distinct, access method, pg_get_indexdef(), the INCLUDE columns' names
// (text[]), whether it has a WHERE, whether it is valid, comment, storage
// parameters (text[]; NULL when none).
const char* const k_materialized_view_indexes =
    "select n.nspname, c.relname, ic.relname, i.indisunique, i.indnullsnotdistinct, am.amname,"
    " pg_catalog.pg_get_indexdef(i.indexrelid),"
    " array(select a.attname::text"
    "   from pg_catalog.unnest((i.indkey::pg_catalog.int2[])[i.indnkeyatts:])"
    "     with ordinality k(attnum, ord)"
    "   join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum"
    "   order by k.ord),"
    " i.indpred is not null, i.indisvalid, ds.description, ic.reloptions::text[]"
    " from pg_catalog.pg_index i"
    " join pg_catalog.pg_class ic on ic.oid = i.indexrelid"
    " join pg_catalog.pg_am am on am.oid = ic.relam"
    " join pg_catalog.pg_class c on c.oid = i.indrelid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    TENANTCTL_COMMENT("ds", "pg_class", "i.indexrelid", "0")
    " where c.relkind = 'm'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " order by 1, 2, 3";
// clang-format on

namespace {

base::Result<model::Index> index_row(const pg::Rows& rows, std::size_t row) {
  std::string name(rows.text(row, 2));
  const auto definition = rows.text(row, 6);
  auto keys = index_keys(definition, rows.text(row, 5));
  if (!keys) {
    return base::Error(
        fmt::format("index {}: cannot find the key list in its definition: {}", name, definition));
  }
  std::optional<std::string> where;
  if (rows.boolean(row, 8)) {
    where = index_predicate(definition);
    if (!where) {
      return base::Error(fmt::format("index {}: cannot find the WHERE clause in its definition: {}",
                                     name, definition));
    }
  }
  return model::Index{
      .name = name,
      .unique = rows.boolean(row, 3),
      .nulls_not_distinct = rows.boolean(row, 4),
      .method = std::string(rows.text(row, 5)),
      .keys = std::move(*keys),
      .include = rows.text_array(row, 7),
      .where = std::move(where),
      .storage = {rows.is_null(row, 11) ? std::vector<std::string>{} : rows.text_array(row, 11)},
      .comment = rows.optional_text(row, 10),
      .invalid = !rows.boolean(row, 9)};
}

base::Result<void> load_materialized_views(const pg::Rows& rows, const pg::Rows& indexes,
                                           const pg::Rows& dependencies,
                                           const pg::Rows& column_comments,
                                           model::Catalog& catalog) {
  auto& views = catalog.materialized_views;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    model::MaterializedView view{.name = name,
                                 .definition = std::string(rows.text(row, 2)),
                                 .with_data = rows.boolean(row, 5),
                                 .comment = rows.optional_text(row, 3)};
    if (!rows.is_null(row, 4)) {
      view.storage.list = rows.text_array(row, 4);  // "{}" when none
    }
    views.insert_or_assign(std::move(name), std::move(view));
  }
  for (std::size_t row = 0; row < indexes.size(); ++row) {
    const auto found = views.find(qualified(indexes, row));
    if (found == views.end()) {
      continue;
    }
    auto index = index_row(indexes, row);
    if (!index) {
      return index.error();
    }
    found->second.indexes.insert_or_assign(index->name, std::move(*index));
  }
  add_reads(dependencies, views);
  add_column_comments(column_comments, views);
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::MaterializedView> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading,
      [&](const pg::Rows& rows, const pg::Rows& indexes, const pg::Rows& dependencies,
          const pg::Rows& column_comments) {
        return load_materialized_views(rows, indexes, dependencies, column_comments, catalog);
      },
      q_materialized_views, q_materialized_view_indexes, q_view_dependencies,
      q_view_column_comments);
}

}  // namespace introspect::detail
