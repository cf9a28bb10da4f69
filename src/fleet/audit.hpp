#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "ddl/statement.hpp"

namespace pg {
class Session;
}

namespace fleet {

// tenantctl's own record, in the tenant database, of what apply ran beyond the
// migration files (docs/migrations.md, "The audit table"). It lives in schema
// tenantctl, which introspection ignores, so it never shows as drift; knex
// never sees it, so knex_migrations only ever names files that exist.
inline constexpr std::string_view k_audit_table = "tenantctl.applied_changes";

inline constexpr std::string_view k_create_audit_table =
    "create schema if not exists tenantctl;\n"
    "create table if not exists tenantctl.applied_changes (\n"
    "  id bigint generated always as identity primary key,\n"
    "  applied_at timestamptz not null default now(),\n"
    "  applied_by text not null default current_user,\n"
    "  os_user text not null,\n"
    "  tenantctl_version text not null,\n"
    "  fingerprint_before text not null,\n"
    "  fingerprint_after text not null,\n"
    "  statements text not null\n"
    ")";

// One reconciliation applied to one tenant.
struct AuditEntry {
  std::string fingerprint_before;  // the catalog's fingerprint the plan was made for
  std::string fingerprint_after;   // the catalog's fingerprint read back after applying
  std::vector<ddl::Statement> statements;
};

// Returns the statements as the audit row keeps them: each statement's SQL
// followed by ";" and a newline, in the order they ran.
[[nodiscard]] std::string audit_sql(const std::vector<ddl::Statement>& statements);

// Returns the operating-system user running tenantctl (the password database's
// name for the effective uid, else $USER, else "uid N").
[[nodiscard]] std::string os_user();

// Inserts one row (applied_by is the database's current_user), in autocommit.
// Precondition: the table exists (fleet::ensure_bookkeeping() makes it, before
// the read whose catalog stamp is recorded, since making it changes that).
[[nodiscard]] base::Result<void> record_audit(pg::Session& session, const AuditEntry& entry);

}  // namespace fleet
