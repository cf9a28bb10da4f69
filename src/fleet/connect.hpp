#pragma once

#include <vector>

#include "base/result.hpp"
#include "crypto/secrets.hpp"
#include "fleet/tenant.hpp"

namespace fleet {

// The environment variable that holds the platform's password key.
inline constexpr const char* k_encryption_key_variable = "DB_ENCRYPTION_KEY";

// Reads DB_ENCRYPTION_KEY as the platform does (crypto::EncryptionKey). A
// missing, empty or malformed key is a config error that never shows the
// value. Call it before touching any tenant, so a bad key stops the run before
// it starts.
[[nodiscard]] base::Result<crypto::EncryptionKey> key_from_environment();

// Returns a config error when `key` decrypts none of the stored passwords of
// the registry tenants in `targets` (those that have one): the key is wrong
// for the whole fleet, which is said once before any tenant is touched,
// instead of once per tenant. When one decrypts, the others that do not fail
// alone, as tenant_conninfo says.
[[nodiscard]] base::Result<void> check_key_opens(const std::vector<Target>& targets,
                                                 const crypto::EncryptionKey& key);

// Returns the libpq key=value connection string for a registry tenant: host,
// port, dbname, user, the decrypted password and connect_timeout, every value
// single-quoted with ' and \ escaped as libpq requires. It is held in a Secret
// (it carries the password): pass it to pg::Session::open, never print it.
//
// Fails (ErrorKind::failure, for that tenant only) when the password does not
// decrypt under `key`, or when the registry row lacks a host, database, user
// or password or has no valid port. The message names the tenant's slug and
// never the stored value, the password or the key.
[[nodiscard]] base::Result<crypto::Secret> tenant_conninfo(const TenantRecord& tenant,
                                                           const crypto::EncryptionKey& key,
                                                           int connect_timeout_seconds);

// Returns the connection string for `target`: tenant_conninfo for a registry
// tenant (which needs `key`; null is then a failure naming the variable), the
// --url as given otherwise. Held in a Secret: connect with it, never print it.
[[nodiscard]] base::Result<crypto::Secret> target_conninfo(const Target& target,
                                                           const crypto::EncryptionKey* key,
                                                           int connect_timeout_seconds);

}  // namespace fleet
