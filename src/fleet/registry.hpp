#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "fleet/tenant.hpp"

namespace pg {
class Session;
}

namespace fleet {

// The result columns a registry query must have (extra columns are ignored):
// id, slug, name, status, host, port, dbname, username, password.
[[nodiscard]] const std::vector<std::string>& registry_columns();

// Runs the registry query on the central database and returns its tenants,
// sorted by slug (bytewise). `query_source` says where the query came from
// (manifest::Config::registry_query_source) and is named in errors; when
// empty, the query is called "the default registry query" or "the registry
// query" depending on whether it is manifest::k_default_registry_query.
//
// Returns a config error when the result lacks needed columns (naming every
// missing one and the query's source), when the query is refused for its text
// (a syntax error, an unknown table or column: SQLSTATE class 42), or when
// rows cannot identify a tenant (a NULL or empty id or slug, an id or slug on
// two rows), listing every such row. Any other query failure is a failure.
// Other NULL values read as "" (a NULL port as 5432); a port that is not a
// number from 1 to 65535 reads as 0. These make that tenant fail when it is
// connected to (fleet::tenant_conninfo), not the whole registry.
[[nodiscard]] base::Result<std::vector<TenantRecord>> read_registry(
    pg::Session& central, const std::string& query, std::string_view query_source = {});

}  // namespace fleet
