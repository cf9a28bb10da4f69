#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace manifest {

// True for PostgreSQL's spelling of a time setting: a number, optionally a
// unit (us, ms, s, min, h, d), as lock_timeout and statement_timeout take
// it ("5s", "500ms", "0"). The one check of a duration, for tenantctl.toml
// and the command line alike.
[[nodiscard]] bool is_duration(std::string_view text);

// The registry query that fits the platform's Prisma layout
// (examples/central/registry.sql): table tenants, camelCase columns, the
// "TenantStatus" enum. Its result columns are the ones fleet::read_registry
// needs: id, slug, name, status, host, port, dbname, username, password.
inline constexpr std::string_view k_default_registry_query =
    "select id, slug, name, status::text as status, \"dbHost\" as host, \"dbPort\" as port, "
    "\"dbName\" as dbname, \"dbUsername\" as username, \"dbPassword\" as password from tenants";

// Where tenantctl writes tenant rows (tenant create, disable, secrets): the
// registry's table and its column names ([registry] table, [registry.columns]).
// The defaults fit the Prisma layout of examples/central/registry.sql. A table
// name may be schema-qualified ("platform.tenants"); names are quoted when
// used, so they are spelled exactly as in the database ("dbHost", not dbhost).
struct RegistryTable {
  std::string table = "tenants";
  std::string id = "id";
  std::string slug = "slug";
  std::string name = "name";
  std::string status = "status";
  std::string host = "dbHost";
  std::string port = "dbPort";
  std::string dbname = "dbName";
  std::string username = "dbUsername";
  std::string password = "dbPassword";
  // Why a tenant is FAILED; "" when the table has no such column (the reason
  // is then only printed).
  std::string status_reason = "statusReason";
  // Set to now() on every change; "" for none.
  std::string updated_at = "updatedAt";
};

// [provisioning]: where `tenant create` makes roles and databases.
struct Provisioning {
  // server_url, or TENANTCTL_SERVER_URL when set and not empty: a libpq
  // connection string for a role allowed to create roles and databases. Holds
  // secrets; print it only through pg::redact_conninfo. "" when unset.
  std::string server_url;
  // The host and port the registry records for new tenants (and that
  // tenantctl connects to as the tenant); "" and 0 mean server_url's own.
  std::string db_host;
  int db_port = 0;
  // Put in front of the slug (hyphens made underscores) to name the role and
  // the database: "tenant_" gives tenant_acme_corp.
  std::string name_prefix = "tenant_";
  // Slugs tenant create refuses: the platform's central subdomains, where a
  // tenant of that slug would shadow the central login (docs/operations.md,
  // "Central admins").
  std::vector<std::string> reserved_slugs{"admin", "api", "app", "central", "www"};
};

// [admins]: the central database's table of platform operators (admin
// create). The defaults fit the Prisma layout of examples/central/registry.sql.
struct AdminTable {
  std::string table = "users";
  std::string id = "id";
  std::string email = "email";
  std::string password = "password";
  std::string first_name = "firstName";
  std::string last_name = "lastName";
  std::string role = "role";
  std::string created_at = "createdAt";  // "" for none
  std::string updated_at = "updatedAt";  // "" for none
  int bcrypt_cost = 12;                  // 10 to 31
};

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
  RegistryTable registry_table;
  Provisioning provisioning;
  AdminTable admins;
  // [paths] schema and migrations. A path given in the file is relative to the
  // file's directory; the defaults are relative to the working directory.
  std::string schema = "schema";
  std::string migrations = "migrations";
  // [defaults]
  int concurrency = 8;                      // tenants at a time, at least 1
  std::string lock_timeout = "5s";          // a PostgreSQL duration ("5s", "500ms", "0")
  std::string statement_timeout = "30min";  // a PostgreSQL duration
  int connect_timeout = 10;                 // seconds, at least 1
  // Hazard kinds apply accepts without --allow-hazards (names, as
  // --allow-hazards takes them; checked by the command), and where they were
  // set ("tenantctl.toml:9:1"), for messages.
  std::vector<std::string> allow_hazards;
  std::string allow_hazards_source;
  // The file read ("" when none was: every value is a default or from the
  // environment).
  std::string source;
};

// Reads the configuration: `explicit_path` when given (a missing or unreadable
// file is then a config error), else tenantctl.toml in the working directory
// when it exists (its absence means all defaults). Then applies the
// environment: TENANTCTL_CENTRAL_URL replaces [central] url,
// TENANTCTL_SERVER_URL replaces [provisioning] server_url. Returns a config
// error listing every problem at once, each with file:line:col: TOML syntax,
// unknown tables or keys (with "did you mean"), wrong value types, empty
// strings, a concurrency or connect_timeout below 1, a timeout that is not a
// PostgreSQL duration, a db_port outside 1-65535, a bcrypt_cost outside
// 10-31.
[[nodiscard]] base::Result<Config> load_config(
    const std::optional<std::filesystem::path>& explicit_path);

// Parses one tenantctl.toml document named `source_name` in messages, without
// looking at the environment. Relative paths in it are resolved against the
// directory of `source_name`.
[[nodiscard]] base::Result<Config> parse_config(std::string_view text,
                                                const std::string& source_name);

}  // namespace manifest
