// The domain kind's catalog queries and rows (part of tenantctl_introspect).
#include "introspect/loaders.hpp"
#include "introspect/query_macros.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

// clang-format off
// Domains: schema, name, base type, collation schema and name (NULL when the
// base type's own), default, NOT NULL, comment.
const char* const k_domains =
    "select n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod),"
    " coll_n.nspname, coll.collname, t.typdefault, t.typnotnull, ds.description"
    " from pg_catalog.pg_type t"
    " join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    " join pg_catalog.pg_type bt on bt.oid = t.typbasetype"
    " left join pg_catalog.pg_collation coll"
    "   on coll.oid = t.typcollation and t.typcollation <> bt.typcollation"
    " left join pg_catalog.pg_namespace coll_n on coll_n.oid = coll.collnamespace"
    TENANTCTL_COMMENT("ds", "pg_type", "t.oid", "0")
    " where t.typtype = 'd'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid")
    " order by 1, 2";

// CHECK constraints of domains: domain schema and name, constraint name,
// expression, whether validated.
const char* const k_domain_checks =
    "select n.nspname, t.typname, c.conname, pg_catalog.pg_get_expr(c.conbin, 0),"
    " c.convalidated"
    " from pg_catalog.pg_constraint c"
    " join pg_catalog.pg_type t on t.oid = c.contypid"
    " join pg_catalog.pg_namespace n on n.oid = t.typnamespace"
    " where c.contype = 'c' and t.typtype = 'd'"
    " and" TENANTCTL_USER_NAMESPACE("n")
    " and" TENANTCTL_NOT_EXTENSION_MEMBER("pg_type", "t.oid")
    " order by 1, 2, 3";
// clang-format on

namespace {

base::Result<void> load_domains(const pg::Rows& rows, const pg::Rows& checks,
                                model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    model::Domain domain{.name = name,
                         .type = std::string(rows.text(row, 2)),
                         .collation = qualified_collation(rows, row, 3),
                         .default_expr = rows.optional_text(row, 5),
                         .not_null = rows.boolean(row, 6),
                         .comment = rows.optional_text(row, 7)};
    catalog.domains.insert_or_assign(std::move(name), std::move(domain));
  }
  for (std::size_t row = 0; row < checks.size(); ++row) {
    const auto found = catalog.domains.find(qualified(checks, row));
    if (found == catalog.domains.end()) {
      continue;
    }
    std::string check_name(checks.text(row, 2));
    found->second.checks.insert_or_assign(
        check_name, model::DomainCheck{.name = check_name,
                                       .expression = std::string(checks.text(row, 3)),
                                       .not_valid = !checks.boolean(row, 4)});
  }
  return {};
}

}  // namespace

base::Result<void> load_kind(model::KindTag<model::Domain> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  return with_rows(
      loading,
      [&](const pg::Rows& rows, const pg::Rows& checks) {
        return load_domains(rows, checks, catalog);
      },
      q_domains, q_domain_checks);
}

}  // namespace introspect::detail
