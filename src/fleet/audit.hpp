#pragma once

#include <cstdint>
#include <span>
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

// Returns the statements as the audit row keeps them: each statement's SQL
// followed by ";" and a newline, in the order they ran.
[[nodiscard]] std::string audit_sql(std::span<const ddl::Statement> statements);

// Returns the operating-system user running tenantctl (the password database's
// name for the effective uid, else $USER, else "uid N").
[[nodiscard]] std::string os_user();

// Inserts the row of one group of a plan that ran (applied_by is the
// database's current_user), with fingerprint_after "" until finish_audit()
// sets it; returns its id. Called inside the group's transaction
// (apply::GroupDone), so the row commits with the group or not at all.
// Precondition: the table exists (fleet::ensure_bookkeeping()).
[[nodiscard]] base::Result<std::int64_t> record_group(pg::Session& session,
                                                      const std::string& fingerprint_before,
                                                      std::span<const ddl::Statement> statements);

// Sets fingerprint_after of the rows `ids` (one apply's groups), in
// autocommit, once the catalog was read back.
[[nodiscard]] base::Result<void> finish_audit(pg::Session& session,
                                              const std::vector<std::int64_t>& ids,
                                              const std::string& fingerprint_after);

}  // namespace fleet
