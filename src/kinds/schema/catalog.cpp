// The schema kind's catalog query and rows (part of tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Schemas: name, comment.
const char* const k_schemas =
    "select n.nspname, ds.description"
    " from pg_catalog.pg_namespace n"
    TENANTCTL_COMMENT("ds", "pg_namespace", "n.oid", "0")
    " where" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_namespace", "n.oid")
    " order by 1";
// clang-format on

namespace {

base::Result<void> load_schemas(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    model::Schema schema{.name = std::string(rows.text(row, 0)),
                         .comment = rows.optional_text(row, 1)};
    catalog.schemas.insert_or_assign(schema.name, std::move(schema));
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::Schema> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_schemas(rows, catalog); }, q_schemas);
}

}  // namespace introspect::detail
