// The range type kind's catalog query and rows (part of
// tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Range types: schema, name, subtype, operator class (NULL when the
// subtype's default), collation schema and name (NULL when the subtype's
// own), canonical and subtype_diff functions (NULL when none), multirange
// name, comment.
const char* const k_range_types =
    "select n.nspname, t.typname, pg_catalog.format_type(r.rngsubtype, null),"
    " case when not opc.opcdefault then"
    "   case when pg_catalog.pg_opclass_is_visible(opc.oid) then pg_catalog.quote_ident(opc.opcname)"
    "   else pg_catalog.quote_ident(opc_n.nspname) || '.' || pg_catalog.quote_ident(opc.opcname)"
    "   end end,"
    " coll_n.nspname, coll.collname,"
    " case when r.rngcanonical <> 0 then r.rngcanonical::pg_catalog.regproc::text end,"
    " case when r.rngsubdiff <> 0 then r.rngsubdiff::pg_catalog.regproc::text end,"
    " mt.typname, ds.description"
    " from pg_catalog.pg_range r"
    " join pg_catalog.pg_type t on t.oid = r.rngtypid"
    " join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    " join pg_catalog.pg_type st on st.oid = r.rngsubtype"
    " join pg_catalog.pg_type mt on mt.oid = r.rngmultitypid"
    " join pg_catalog.pg_opclass opc on opc.oid = r.rngsubopc"
    " join pg_catalog.pg_namespace opc_n on opc_n.oid = opc.opcnamespace"
    " left join pg_catalog.pg_collation coll"
    "   on coll.oid = r.rngcollation and r.rngcollation <> st.typcollation"
    " left join pg_catalog.pg_namespace coll_n on coll_n.oid = coll.collnamespace"
    TENANTCTL_COMMENT("ds", "pg_type", "t.oid", "0")
    " where" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid")
    " order by 1, 2";
// clang-format on

namespace {

base::Result<void> load_range_types(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    model::RangeType type{.name = name,
                          .subtype = std::string(rows.text(row, 2)),
                          .subtype_opclass = rows.optional_text(row, 3),
                          .collation = qualified_collation(rows, row, 4),
                          .canonical = rows.optional_text(row, 6),
                          .subtype_diff = rows.optional_text(row, 7),
                          .multirange = std::string(rows.text(row, 8)),
                          .comment = rows.optional_text(row, 9)};
    catalog.range_types.insert_or_assign(std::move(name), std::move(type));
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::RangeType> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_range_types(rows, catalog); },
      q_range_types);
}

}  // namespace introspect::detail
