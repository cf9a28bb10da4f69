#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "crypto/secrets.hpp"

namespace pg {
class Session;
}

namespace provision {

// tenantctl.password_rotations in the central database: one row per tenant
// whose password rotation (secrets rotate-passwords) committed the
// registry's new value and has not yet seen the role log in with it. The row
// commits with the registry's new value and keeps the value it replaced, so
// a tenantctl killed between the registry's COMMIT and the role's (SIGKILL,
// a lost machine) leaves what the next rotation needs to put the two back in
// step (docs/operations.md, "Tenant database passwords"). Values are stored
// encrypted like the registry's, and secrets rotate re-encrypts them with it.
struct PendingRotation {
  std::string previous_password;  // encrypted: the registry's value before the rotation
  std::string new_password;       // encrypted: the value the rotation stored
};

// Creates the table when it is not there (serialised with an advisory lock
// against a concurrent twin). Call outside a transaction.
[[nodiscard]] base::Result<void> ensure_pending_rotations(pg::Session& central);

// Records `pending` for tenant `id`, replacing an older row. Call inside the
// transaction that stores the registry's new value.
[[nodiscard]] base::Result<void> record_pending_rotation(pg::Session& central, std::string_view id,
                                                         const PendingRotation& pending);

// The row of tenant `id`, or nullopt when there is none (or no table).
[[nodiscard]] base::Result<std::optional<PendingRotation>> find_pending_rotation(
    pg::Session& central, std::string_view id);

// Removes the row of tenant `id` (none is fine).
[[nodiscard]] base::Result<void> forget_pending_rotation(pg::Session& central, std::string_view id);

// Re-encrypts every row's two values from `old_key` to `new_key`, inside the
// caller's transaction (secrets rotate, which commits them with the
// registry's). Returns how many rows were re-encrypted; a value that does not
// decrypt under `old_key` is an error naming the tenant id.
[[nodiscard]] base::Result<std::size_t> reencrypt_pending_rotations(
    pg::Session& central, const crypto::EncryptionKey& old_key,
    const crypto::EncryptionKey& new_key);

}  // namespace provision
