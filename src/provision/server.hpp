#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "crypto/secrets.hpp"
#include "pg/roles.hpp"

namespace provision {

// What the provisioning server holds of one tenant.
struct ServerObjects {
  bool role_exists = false;
  std::optional<std::string> database_owner;  // nullopt: no such database
};

// Checks that the session's role may create roles and databases (superuser,
// or CREATEROLE and CREATEDB); a failure otherwise, naming what is missing.
[[nodiscard]] base::Result<void> check_privileges(pg::Session& server);

// Returns whether the role `role` and the database `database` exist.
[[nodiscard]] base::Result<ServerObjects> find_objects(pg::Session& server, std::string_view role,
                                                       std::string_view database);

// Makes `role` a login role whose password is `password`: CREATE ROLE when it
// is missing, ALTER ROLE (LOGIN, the password) when it exists, so a re-run
// gives a half-made role the password the registry holds. The password is
// sent as a SCRAM-SHA-256 verifier, never as plain text; errors never show
// the statement. Returns true when the role was created.
[[nodiscard]] base::Result<bool> ensure_role(pg::Session& server, std::string_view role,
                                             const crypto::Secret& password);

// ensure_nologin_role() is pg::ensure_nologin_role() (pg/roles.hpp).
using pg::ensure_nologin_role;

// Makes `database` exist, owned by `owner`, with CONNECT (and TEMP) taken from
// PUBLIC so other tenants' roles cannot connect. CREATE DATABASE when it is
// missing; an existing one is given to `owner` when another role owns it.
// Returns true when the database was created. Precondition: the session is
// not in a transaction (CREATE DATABASE cannot run in one).
[[nodiscard]] base::Result<bool> ensure_database(pg::Session& server, std::string_view database,
                                                 std::string_view owner);

// Sets the password of the session's own role (ALTER ROLE CURRENT_USER), as a
// SCRAM-SHA-256 verifier, in whatever transaction the session is in. Errors
// never show the statement.
[[nodiscard]] base::Result<void> set_own_password(pg::Session& session,
                                                  const crypto::Secret& password);

}  // namespace provision
