#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace manifest {

// The registry query that fits the platform's Prisma layout
// (examples/central/registry.sql): table tenants, camelCase columns, the
// "TenantStatus" enum. Its result columns are the ones fleet::read_registry
// needs: id, slug, name, status, host, port, dbname, username, password.
inline constexpr std::string_view k_default_registry_query =
    "select id, slug, name, status::text as status, \"dbHost\" as host, \"dbPort\" as port, "
    "\"dbName\" as dbname, \"dbUsername\" as username, \"dbPassword\" as password from tenants";

// tenantctl.toml (docs/operations.md, "Configuration"), with environment
// overrides applied. Every field holds its default when the file does not set
// it.
struct Config {
  // [central] url, or TENANTCTL_CENTRAL_URL when that is set and not empty.
  // Holds secrets (a password may be in it): connect with it, print it only
  // through pg::redact_conninfo. "" when neither sets it.
  std::string central_url;
  // [registry] query, or k_default_registry_query.
  std::string registry_query{k_default_registry_query};
  // Where registry_query came from, for messages: "tenantctl.toml:7:9
  // ([registry] query)" or "the default registry query".
  std::string registry_query_source = "the default registry query";
  // [paths] schema and migrations. A path given in the file is relative to the
  // file's directory; the defaults are relative to the working directory.
  std::string schema = "schema";
  std::string migrations = "migrations";
  // [defaults]
  int concurrency = 8;                      // tenants at a time, at least 1
  std::string lock_timeout = "5s";          // a PostgreSQL duration ("5s", "500ms", "0")
  std::string statement_timeout = "30min";  // a PostgreSQL duration
  int connect_timeout = 10;                 // seconds, at least 1
  // The file read ("" when none was: every value is a default or from the
  // environment).
  std::string source;
};

// Reads the configuration: `explicit_path` when given (a missing or unreadable
// file is then a config error), else tenantctl.toml in the working directory
// when it exists (its absence means all defaults). Then applies the
// environment: TENANTCTL_CENTRAL_URL replaces [central] url. Returns a config
// error listing every problem at once, each with file:line:col: TOML syntax,
// unknown tables or keys (with "did you mean"), wrong value types, empty
// strings, a concurrency or connect_timeout below 1, a timeout that is not a
// PostgreSQL duration.
[[nodiscard]] base::Result<Config> load_config(
    const std::optional<std::filesystem::path>& explicit_path);

// Parses one tenantctl.toml document named `source_name` in messages, without
// looking at the environment. Relative paths in it are resolved against the
// directory of `source_name`.
[[nodiscard]] base::Result<Config> parse_config(std::string_view text,
                                                const std::string& source_name);

}  // namespace manifest
