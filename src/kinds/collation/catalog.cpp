// The collation kind's catalog query and rows (part of tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Collations of the user's own: schema, name, provider ('c' libc, 'i' icu),
// ICU locale, LC_COLLATE, LC_CTYPE, deterministic, comment.
const char* const k_collations =
    "select n.nspname, co.collname, co.collprovider::text, coalesce(co.colliculocale, ''),"
    " coalesce(co.collcollate, ''), coalesce(co.collctype, ''), co.collisdeterministic,"
    " ds.description"
    " from pg_catalog.pg_collation co"
    " join pg_catalog.pg_namespace n on n.oid = co.collnamespace"
    TENANTCTL_COMMENT("ds", "pg_collation", "co.oid", "0")
    " where co.oid >= 16384 and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_collation", "co.oid")
    " order by 1, 2";
// clang-format on

namespace {

base::Result<void> load_collations(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    const bool icu = rows.text(row, 2) == "i";
    model::Collation collation{.name = name,
                               .provider = icu ? "icu" : "libc",
                               .locale = icu ? std::string(rows.text(row, 3)) : "",
                               .lc_collate = icu ? "" : std::string(rows.text(row, 4)),
                               .lc_ctype = icu ? "" : std::string(rows.text(row, 5)),
                               .deterministic = rows.boolean(row, 6),
                               .comment = rows.optional_text(row, 7)};
    catalog.collations.insert_or_assign(std::move(name), std::move(collation));
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::Collation> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_collations(rows, catalog); }, q_collations);
}

}  // namespace introspect::detail
