#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace provision {

// The registry statuses tenantctl writes (docs/operations.md, "Tenant
// statuses"). fleet's --all selects ACTIVE only.
inline constexpr std::string_view k_status_provisioning = "PROVISIONING";
inline constexpr std::string_view k_status_active = "ACTIVE";
inline constexpr std::string_view k_status_suspended = "SUSPENDED";
inline constexpr std::string_view k_status_failed = "FAILED";

// Checks a tenant slug: 3 to 63 characters, lowercase ASCII letters, digits
// and hyphens, starting with a letter or digit and not ending with a hyphen.
// Returns a usage error that shows the slug and says every rule it breaks.
[[nodiscard]] base::Result<void> validate_slug(std::string_view slug);

// Checks a name prefix of [provisioning] name_prefix: lowercase ASCII letters,
// digits and underscores, at most 20 characters, starting with a letter ("" is
// refused: a role named after a bare slug could be any existing role).
[[nodiscard]] base::Result<void> validate_name_prefix(std::string_view prefix);

// Returns the role and database name of a tenant: `prefix` + the slug with
// hyphens made underscores ("tenant_" and "acme-corp" give tenant_acme_corp).
// Slugs have no underscores, so two slugs never give one name. A name longer
// than PostgreSQL's 63 bytes is cut to 54 bytes and ends with '_' and the
// first 8 hex digits of the SHA-256 of the slug, so it stays unique and the
// same on every run. Precondition: validate_slug(slug) and
// validate_name_prefix(prefix) passed.
[[nodiscard]] std::string tenant_object_name(std::string_view prefix, std::string_view slug);

// Returns a new id in the shape of the platform's cuids (Prisma's cuid()):
// 'c', the current time in milliseconds in base 36 (8 characters), then 16
// random base-36 characters from OpenSSL: 25 lowercase characters, sortable
// by creation time, with 82 random bits.
[[nodiscard]] base::Result<std::string> new_cuid();

// Returns a table name from the configuration quoted for SQL: "tenants" gives
// tenants, "platform.Tenants" gives platform."Tenants" (split at the first
// dot).
[[nodiscard]] std::string quote_table(std::string_view name);

}  // namespace provision
