#pragma once

#include <optional>
#include <string>

namespace fleet {

// One row of the tenant registry (fleet/registry.hpp), as the registry query
// returned it. The password is still encrypted ("hex(iv):hex(ciphertext)");
// fleet::tenant_conninfo decrypts it only to connect.
struct TenantRecord {
  std::string id;      // the platform's id (a cuid); never empty
  std::string slug;    // "acme-corp"; never empty, unique in a registry
  std::string name;    // display name
  std::string status;  // "ACTIVE", "PROVISIONING", "SUSPENDED", ...
  std::string host;
  int port = 5432;       // 0 when the registry's value is not a valid port
  std::string bad_port;  // that value, as the registry holds it, when port is 0
  std::string dbname;
  std::string username;
  std::string encrypted_password;

  bool operator==(const TenantRecord&) const = default;
};

// One database a fleet command works on: a registry tenant, or a --url.
struct Target {
  // What reports and messages call it: the tenant's slug, or the --url
  // redacted by pg::redact_conninfo. Never holds a secret.
  std::string label;
  // The registry row, for tenant targets; nullopt for --url targets.
  std::optional<TenantRecord> tenant;
  // The connection string as given, for --url targets ("" for tenants). It may
  // hold a password: connect with it, never print it.
  std::string url;

  bool operator==(const Target&) const = default;
};

}  // namespace fleet
