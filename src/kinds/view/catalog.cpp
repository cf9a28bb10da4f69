// The view kind's catalog queries and rows (part of tenantctl_introspect): views
// and what they read.
#include <algorithm>

#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Views: schema, name, definition as pg_get_viewdef(oid, true) prints it,
// comment.
const char* const k_views =
    "select n.nspname, c.relname, pg_catalog.pg_get_viewdef(c.oid, true), ds.description,"
    " c.reloptions::text[]"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    TENANTCTL_COMMENT("ds", "pg_class", "c.oid", "0")
    " where c.relkind = 'v'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " order by 1, 2";
// clang-format on

// clang-format off
// What views and materialized views read: view schema, view name, relation
// schema, relation name, the columns of it the view reads (text[]; NULL for
// none), for every table, partitioned table, view, materialized view or
// foreign table that a view's _RETURN rule depends on (the view itself left
// out). The materialized view kind loads its rows too.
const char* const k_view_dependencies =
    "select n.nspname, c.relname, ref_n.nspname, ref.relname,"
    " pg_catalog.array_agg(distinct a.attname::text) filter (where a.attname is not null)"
    " from pg_catalog.pg_class c"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " join pg_catalog.pg_rewrite r on r.ev_class = c.oid"
    " join pg_catalog.pg_depend d"
    "   on d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass and d.objid = r.oid"
    "   and d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass and d.refobjid <> c.oid"
    " join pg_catalog.pg_class ref"
    "   on ref.oid = d.refobjid and ref.relkind in ('r', 'p', 'v', 'm', 'f')"
    " join pg_catalog.pg_namespace ref_n on ref_n.oid = ref.relnamespace"
    " left join pg_catalog.pg_attribute a"
    "   on d.refobjsubid > 0 and a.attrelid = ref.oid and a.attnum = d.refobjsubid"
    " where c.relkind in ('v', 'm')"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid")
    " group by 1, 2, 3, 4"
    " order by 1, 2, 3, 4";

// Comments on columns of views and materialized views: schema, view, column,
// comment.
const char* const k_view_column_comments =
    "select n.nspname, c.relname, a.attname, d.description"
    " from pg_catalog.pg_description d"
    " join pg_catalog.pg_class c on c.oid = d.objoid"
    " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
    " join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum = d.objsubid"
    " where d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass and d.objsubid > 0"
    " and c.relkind in ('v', 'm')"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_class", "c.oid");
// clang-format on

namespace {

base::Result<void> load_views(const pg::Rows& rows, const pg::Rows& dependencies,
                              const pg::Rows& column_comments, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    model::View view{.name = name,
                     .definition = std::string(rows.text(row, 2)),
                     .comment = rows.optional_text(row, 3)};
    if (!rows.is_null(row, 4)) {
      view.options.list = rows.text_array(row, 4);
    }
    catalog.views.insert_or_assign(std::move(name), std::move(view));
  }

  add_reads(dependencies, catalog.views);
  add_column_comments(column_comments, catalog.views);
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::View> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading,
      [&](const pg::Rows& rows, const pg::Rows& dependencies, const pg::Rows& column_comments) {
        return load_views(rows, dependencies, column_comments, catalog);
      },
      q_views, q_view_dependencies, q_view_column_comments);
}

}  // namespace introspect::detail
