// The extension kind's catalog query and rows (part of tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Extensions outside pg_catalog (plpgsql lives there and is no user's
// choice): name, schema, installed version, comment.
const char* const k_extensions =
    "select x.extname, n.nspname, x.extversion, ds.description"
    " from pg_catalog.pg_extension x"
    " join pg_catalog.pg_namespace n on n.oid = x.extnamespace"
    TENANTCTL_COMMENT("ds", "pg_extension", "x.oid", "0")
    " where n.nspname <> 'pg_catalog'"
    " order by 1";
// clang-format on

namespace {

base::Result<void> load_extensions(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    model::Extension extension{.name = std::string(rows.text(row, 0)),
                               .schema = std::string(rows.text(row, 1)),
                               .version = std::string(rows.text(row, 2)),
                               .comment = rows.optional_text(row, 3)};
    catalog.extensions.insert_or_assign(extension.name, std::move(extension));
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::Extension> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_extensions(rows, catalog); }, q_extensions);
}

}  // namespace introspect::detail
