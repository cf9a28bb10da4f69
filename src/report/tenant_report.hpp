#pragma once

#include <string>
#include <vector>

#include "fleet/tenant.hpp"

namespace report {

// `tenant list`: a table of slug, status, id, host:port/database and name,
// one tenant a line in the order given. Never the password.
[[nodiscard]] std::string tenant_list_text(const std::vector<fleet::TenantRecord>& tenants);

// {"tenants": [{"id", "slug", "name", "status", "host", "port", "dbname",
// "username"}]}: the registry rows without their passwords.
[[nodiscard]] std::string tenant_list_json(const std::vector<fleet::TenantRecord>& tenants);

}  // namespace report
