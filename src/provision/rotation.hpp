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
};

// Re-encrypts every stored password of the registry table from `old_key` to
// `new_key` in one central transaction (secrets rotate): every row is locked,
// each value decrypted under the old key, encrypted under the new one with a
// new IV, and the new value decrypted again and compared before it is
// written; the transaction commits only when every row passed, so the registry
// is never half under one key. Rows without a password are left alone and
// listed. Refused, with nothing written: equal keys (a config error), or
// values that do not decrypt under the old key (a failure listing every such
// slug). With `dry_run`, everything is checked and the transaction is rolled
// back.
[[nodiscard]] base::Result<KeyRotation> rotate_key(RegistryStore& store, pg::Session& central,
                                                   const crypto::EncryptionKey& old_key,
                                                   const crypto::EncryptionKey& new_key,
                                                   bool dry_run);

// Gives one tenant a new random database password (secrets rotate-passwords),
// keeping the registry and the role in step:
//
//  1. connects as the tenant with the stored password (nothing changes when
//     that fails);
//  2. in a tenant transaction, ALTER ROLE CURRENT_USER PASSWORD (a SCRAM
//     verifier), not yet committed;
//  3. in a central transaction, locks the registry row, checks that it still
//     holds the password read in 1, writes the new encrypted value, commits;
//     a failure here rolls the tenant transaction back: nothing changed;
//  4. commits the tenant transaction;
//  5. logs in with the new password. When that fails (or 4 failed), it logs
//     in with the old one: if that works, the registry row is set back to the
//     old value (the role kept it), so both hold the old password again.
//
// Only a failure of the central database between 4 and 5's repair can leave
// the two apart, and the error then says so, naming the tenant and which side
// holds what (docs/operations.md, "Rotating tenant passwords"). `central` is
// the session `store` uses; it must not be in a transaction.
[[nodiscard]] base::Result<void> rotate_tenant_password(RegistryStore& store, pg::Session& central,
                                                        const fleet::TenantRecord& tenant,
                                                        const crypto::EncryptionKey& key,
                                                        int connect_timeout_seconds);

}  // namespace provision
