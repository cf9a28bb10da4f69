// The enum kind's catalog query and rows (part of tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Enum types: schema, name, labels in sort order, comment.
const char* const k_enums =
    "select n.nspname, t.typname,"
    " array(select e.enumlabel from pg_catalog.pg_enum e where e.enumtypid = t.oid"
    "   order by e.enumsortorder)::text[],"
    " ds.description"
    " from pg_catalog.pg_type t"
    " join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    TENANTCTL_COMMENT("ds", "pg_type", "t.oid", "0")
    " where t.typtype = 'e'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid")
    " order by 1, 2";
// clang-format on

namespace {

base::Result<void> load_enums(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    model::EnumType type{
        .name = name, .values = rows.text_array(row, 2), .comment = rows.optional_text(row, 3)};
    catalog.enums.insert_or_assign(std::move(name), std::move(type));
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::EnumType> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_enums(rows, catalog); }, q_enums);
}

}  // namespace introspect::detail
