// The extended statistics kind's catalog query and rows (part of
// tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Extended statistics of managed tables: schema, name, table schema and
// name, columns and expressions, kinds (text[] of 'd', 'f', 'm', 'e'),
// statistics target (-1: the default), comment.
const char* const k_statistics =
    "select n.nspname, s.stxname, tn.nspname, t.relname,"
    " pg_catalog.pg_get_statisticsobjdef_columns(s.oid), s.stxkind::text[], s.stxstattarget,"
    " ds.description"
    " from pg_catalog.pg_statistic_ext s"
    " join pg_catalog.pg_namespace n on n.oid = s.stxnamespace"
    " join pg_catalog.pg_class t on t.oid = s.stxrelid"
    " join pg_catalog.pg_namespace tn on tn.oid = t.relnamespace"
    TENANTCTL_COMMENT("ds", "pg_statistic_ext", "s.oid", "0")
    " where" TENANTCTL_MANAGED_TABLE("t")
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_statistic_ext", "s.oid")
    " order by 1, 2";
// clang-format on

namespace {

base::Result<void> load_statistics(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    auto table = qualified(rows, row, 2);
    if (model::is_always_ignored(table)) {
      continue;
    }
    std::vector<std::string> kinds;
    for (const auto& code : rows.text_array(row, 5)) {
      if (code == "d") {
        kinds.emplace_back("ndistinct");
      } else if (code == "f") {
        kinds.emplace_back("dependencies");
      } else if (code == "m") {
        kinds.emplace_back("mcv");
      }
    }
    const auto target = optional_integer(rows, row, 6);
    model::Statistics statistics{.name = name,
                                 .table = std::move(table),
                                 .on = std::string(rows.text(row, 4)),
                                 .kinds = model::canonical_statistics_kinds(kinds),
                                 .target = target && *target >= 0 ? target : std::nullopt,
                                 .comment = rows.optional_text(row, 7)};
    catalog.statistics.insert_or_assign(std::move(name), std::move(statistics));
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::Statistics> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_statistics(rows, catalog); }, q_statistics);
}

}  // namespace introspect::detail
