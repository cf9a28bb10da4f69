// The composite type kind's catalog queries and rows (part of
// tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Standalone composite types: schema, name, comment.
const char* const k_composite_types =
    "select n.nspname, t.typname, ds.description"
    " from pg_catalog.pg_type t"
    " join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    " join pg_catalog.pg_class c on c.oid = t.typrelid and c.relkind = 'c'"
    TENANTCTL_COMMENT("ds", "pg_type", "t.oid", "0")
    " where t.typtype = 'c'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid")
    " order by 1, 2";

// Their attributes in order: type schema and name, attribute name, type,
// collation schema and name (NULL when the type's own), comment.
const char* const k_composite_attributes =
    "select n.nspname, t.typname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
    " coll_n.nspname, coll.collname, ds.description"
    " from pg_catalog.pg_type t"
    " join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    " join pg_catalog.pg_class c on c.oid = t.typrelid and c.relkind = 'c'"
    " join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
    " join pg_catalog.pg_type at on at.oid = a.atttypid"
    " left join pg_catalog.pg_collation coll"
    "   on coll.oid = a.attcollation and a.attcollation <> at.typcollation"
    " left join pg_catalog.pg_namespace coll_n on coll_n.oid = coll.collnamespace"
    TENANTCTL_COMMENT("ds", "pg_class", "c.oid", "a.attnum")
    " where t.typtype = 'c'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid")
    " order by 1, 2, a.attnum";
// clang-format on

namespace {

base::Result<void> load_composite_types(const pg::Rows& rows, const pg::Rows& attributes,
                                        model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    model::CompositeType type{.name = name, .comment = rows.optional_text(row, 2)};
    catalog.composite_types.insert_or_assign(std::move(name), std::move(type));
  }
  for (std::size_t row = 0; row < attributes.size(); ++row) {
    const auto found = catalog.composite_types.find(qualified(attributes, row));
    if (found != catalog.composite_types.end()) {
      found->second.attributes.push_back(
          model::CompositeAttribute{.name = std::string(attributes.text(row, 2)),
                                    .type = std::string(attributes.text(row, 3)),
                                    .collation = qualified_collation(attributes, row, 4),
                                    .comment = attributes.optional_text(row, 6)});
    }
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::CompositeType> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading,
      [&](const pg::Rows& rows, const pg::Rows& attributes) {
        return load_composite_types(rows, attributes, catalog);
      },
      q_composite_types, q_composite_attributes);
}

}  // namespace introspect::detail
