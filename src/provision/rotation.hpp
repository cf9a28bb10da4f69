#pragma once

#include <string>
#include <vector>

#include "base/result.hpp"
#include "crypto/secrets.hpp"
#include "fleet/tenant.hpp"
#include "provision/registry_store.hpp"

namespace provision {

// What secrets rotate did.
struct KeyRotation {
  std::size_t rotated = 0;            // rows re-encrypted (or, dry, that would be)
  std::vector<std::string> no_value;  // slugs of rows without a stored password
  // Rows of tenantctl.password_rotations (interrupted password rotations,
  // pending_rotations.hpp) re-encrypted with them.
  std::size_t pending = 0;
};

// Re-encrypts every stored password of the registry table from `old_key` to
// `new_key` in one central transaction (secrets rotate): every row is locked,
// each value decrypted under the old key, encrypted under the new one with a
// new IV, and the new value decrypted again and compared before it is
// written; the transaction commits only when every row passed, so the registry
// is never half under one key. Rows without a password are left alone and
// listed. Refused, with nothing written: equal keys (a config error), or
// values that do not decrypt under the old key (a failure listing every such
// slug). The values tenantctl.password_rotations keeps for interrupted
// password rotations are re-encrypted in the same transaction. With
// `dry_run`, everything is checked and the transaction is rolled back.
[[nodiscard]] base::Result<KeyRotation> rotate_key(RegistryStore& store, pg::Session& central,
                                                   const crypto::EncryptionKey& old_key,
                                                   const crypto::EncryptionKey& new_key,
                                                   bool dry_run);

// What rotate_tenant_password() did besides the new password.
struct PasswordRotation {
  // An interrupted earlier rotation had left the registry on a password the
  // role did not take; the registry got the role's password back first.
  bool repaired = false;
};

// Gives one tenant a new random database password (secrets rotate-passwords),
// keeping the registry and the role in step:
//
//  0. repairs an interrupted earlier rotation of the tenant (a row of
//     tenantctl.password_rotations, pending_rotations.hpp): the registry's
//     value is kept when it logs in, else the value it replaced is put back
//     when that one does;
//  1. connects as the tenant with the stored password (nothing changes when
//     that fails);
//  2. in a tenant transaction, ALTER ROLE CURRENT_USER PASSWORD (a SCRAM
//     verifier), not yet committed;
//  3. in a central transaction, locks the registry row, checks that it still
//     holds the password read in 1, writes the new encrypted value and
//     records the old one in tenantctl.password_rotations, commits; a
//     failure here rolls the tenant transaction back: nothing changed;
//  4. commits the tenant transaction;
//  5. logs in with the new password and clears the record. When that fails
//     (or 4 failed), it logs in with the old one: if that works, the registry
//     row is set back to the old value (the role kept it), so both hold the
//     old password again.
//
// Between 3 and 5 the registry and the role may differ; a process stopped
// there (killed, a lost machine, the central database gone during 5) leaves
// the record, and the tenant's next rotation starts by repairing it (step 0;
// docs/operations.md, "Tenant database passwords"). `central` is the session
// `store` uses; it must not be in a transaction.
[[nodiscard]] base::Result<PasswordRotation> rotate_tenant_password(
    RegistryStore& store, pg::Session& central, const fleet::TenantRecord& tenant,
    const crypto::EncryptionKey& key, int connect_timeout_seconds);

}  // namespace provision
