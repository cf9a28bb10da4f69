#include "provision/rotation.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/strings.hpp"
#include "fleet/connect.hpp"
#include "pg/session.hpp"
#include "provision/pending_rotations.hpp"
#include "provision/server.hpp"

namespace provision {
namespace {

constexpr std::size_t k_password_length = 32;

bool same_key(const crypto::EncryptionKey& a, const crypto::EncryptionKey& b) {
  return std::equal(a.data(), a.data() + 32, b.data());
}

// Returns true when `tenant` (with its stored password) can log in.
bool can_log_in(const fleet::TenantRecord& tenant, const crypto::EncryptionKey& key,
                int connect_timeout_seconds) {
  auto conninfo = fleet::tenant_conninfo(tenant, key, connect_timeout_seconds);
  if (!conninfo) {
    return false;
  }
  auto session =
      pg::Session::open(conninfo->view(), pg::SessionOptions{connect_timeout_seconds, "tenantctl"});
  return session && session->query("select 1");
}

}  // namespace

base::Result<KeyRotation> rotate_key(RegistryStore& store, pg::Session& central,
                                     const crypto::EncryptionKey& old_key,
                                     const crypto::EncryptionKey& new_key, bool dry_run) {
  if (same_key(old_key, new_key)) {
    return base::Error("DB_ENCRYPTION_KEY_NEW is the same key as DB_ENCRYPTION_KEY",
                       base::ErrorKind::config)
        .with_hint("set DB_ENCRYPTION_KEY_NEW to the new key; nothing was changed");
  }
  if (auto begun = central.execute("begin"); !begun) {
    return begun.error();
  }
  const auto fail = [&](const base::Error& error) -> base::Result<KeyRotation> {
    (void)central.execute("rollback");
    return error;
  };
  auto rows = store.lock_all_passwords();
  if (!rows) {
    return fail(rows.error());
  }
  KeyRotation result;
  std::vector<std::string> undecryptable;
  std::vector<std::pair<std::string, std::string>> updates;  // id, new value
  for (const auto& row : *rows) {
    if (row.encrypted_password.empty()) {
      result.no_value.push_back(row.slug);
      continue;
    }
    auto plain = crypto::decrypt(old_key, row.encrypted_password);
    if (!plain) {
      undecryptable.push_back(row.slug);
      continue;
    }
    auto fresh = crypto::encrypt_verified(new_key, plain->view());
    if (!fresh) {
      return fail(fresh.error().with_context(fmt::format("tenant {}", row.slug)));
    }
    updates.emplace_back(row.id, std::move(*fresh));
  }
  if (!undecryptable.empty()) {
    return fail(base::Error(fmt::format("{} stored password(s) do not decrypt under "
                                        "DB_ENCRYPTION_KEY: {}",
                                        undecryptable.size(), base::join(undecryptable, ", ")))
                    .with_hint("nothing was changed: rotation needs every value readable under "
                               "the current key; fix or remove those rows first"));
  }
  for (const auto& [id, value] : updates) {
    if (auto set = store.set_password(id, value); !set) {
      return fail(set.error());
    }
  }
  auto pending = reencrypt_pending_rotations(central, old_key, new_key);
  if (!pending) {
    return fail(pending.error());
  }
  result.pending = *pending;
  result.rotated = updates.size();
  if (dry_run) {
    if (auto rolled = central.execute("rollback"); !rolled) {
      return rolled.error();
    }
    return result;
  }
  if (auto committed = central.execute("commit"); !committed) {
    return committed.error().with_context(
        "committing the re-encrypted passwords (the registry keeps the old key's values)");
  }
  return result;
}

namespace {

// Puts an interrupted rotation of `tenant` (a row in
// tenantctl.password_rotations) back in step before a new one starts: when
// the registry's value logs in, the role took it and the row is cleared;
// when only the value it replaced does, the role never took the new one and
// the registry gets the old value back. Returns the tenant as the registry
// then holds it, and whether anything was repaired.
base::Result<std::pair<fleet::TenantRecord, bool>> repair_interrupted(
    RegistryStore& store, pg::Session& central, const fleet::TenantRecord& tenant,
    const crypto::EncryptionKey& key, int connect_timeout_seconds) {
  auto pending = find_pending_rotation(central, tenant.id);
  if (!pending) {
    return pending.error().with_context(fmt::format("tenant {}", tenant.slug));
  }
  if (!*pending) {
    return std::pair{tenant, false};
  }
  if (can_log_in(tenant, key, connect_timeout_seconds)) {
    if (auto done = forget_pending_rotation(central, tenant.id); !done) {
      return done.error().with_context(fmt::format("tenant {}", tenant.slug));
    }
    return std::pair{tenant, false};
  }
  fleet::TenantRecord previous = tenant;
  previous.encrypted_password = (*pending)->previous_password;
  if (!can_log_in(previous, key, connect_timeout_seconds)) {
    return base::Error(fmt::format("tenant {}: an earlier rotation was interrupted, and neither "
                                   "the registry's password nor the one it replaced logs in",
                                   tenant.slug))
        .with_hint(
            "check the tenant server (pg_hba.conf, the role); as an administrator, set the "
            "role's password to the registry's, then run secrets rotate-passwords again");
  }
  const auto rolled_back = [&](const base::Error& error) {
    (void)central.execute("rollback");
    return error.with_context(fmt::format(
        "tenant {}: repairing an interrupted rotation (nothing was changed)", tenant.slug));
  };
  if (auto begun = central.execute("begin"); !begun) {
    return rolled_back(begun.error());
  }
  auto unchanged = store.lock_row_with_password(tenant.id, tenant.encrypted_password);
  if (!unchanged || !*unchanged) {
    return rolled_back(unchanged ? base::Error("its registry row changed since it was read; run "
                                               "again")
                                 : unchanged.error());
  }
  if (auto restored = store.set_password(tenant.id, previous.encrypted_password); !restored) {
    return rolled_back(restored.error());
  }
  if (auto done = forget_pending_rotation(central, tenant.id); !done) {
    return rolled_back(done.error());
  }
  if (auto committed = central.execute("commit"); !committed) {
    return rolled_back(committed.error());
  }
  return std::pair{previous, true};
}

// Steps 2 to 5 of rotate_tenant_password() (rotation.hpp) for `tenant`,
// whose stored password logs in over `session`.
base::Result<void> rotate_with(RegistryStore& store, pg::Session& central, pg::Session& session,
                               const fleet::TenantRecord& tenant, const crypto::EncryptionKey& key,
                               int connect_timeout_seconds) {
  auto password = crypto::random_password(k_password_length);
  if (!password) {
    return password.error();
  }
  auto fresh = crypto::encrypt_verified(key, password->view());
  if (!fresh) {
    return fresh.error();
  }
  fleet::TenantRecord updated = tenant;
  updated.encrypted_password = *fresh;
  const auto nothing_changed = [&](const base::Error& error) {
    (void)session.execute("rollback");
    return error.with_context(fmt::format("tenant {} (nothing was changed)", tenant.slug));
  };
  // 2. The role's new password, not committed yet.
  if (auto begun = session.execute("begin"); !begun) {
    return nothing_changed(begun.error());
  }
  if (auto set = set_own_password(session, *password); !set) {
    return nothing_changed(set.error());
  }
  // 3. The registry's, committed with the value it replaces
  // (tenantctl.password_rotations), which outlives this process.
  if (auto begun = central.execute("begin"); !begun) {
    return nothing_changed(begun.error());
  }
  const auto central_failed = [&](const base::Error& error) {
    (void)central.execute("rollback");
    return nothing_changed(error);
  };
  auto unchanged = store.lock_row_with_password(tenant.id, tenant.encrypted_password);
  if (!unchanged) {
    return central_failed(unchanged.error());
  }
  if (!*unchanged) {
    return central_failed(
        base::Error("its registry row changed since it was read (another "
                    "rotation?); run again"));
  }
  if (auto stored = store.set_password(tenant.id, *fresh); !stored) {
    return central_failed(stored.error());
  }
  if (auto recorded = record_pending_rotation(central, tenant.id,
                                              PendingRotation{tenant.encrypted_password, *fresh});
      !recorded) {
    return central_failed(recorded.error());
  }
  if (auto committed = central.execute("commit"); !committed) {
    return nothing_changed(committed.error().with_context("committing the registry row"));
  }
  // 4. The role's, committed. A failed COMMIT may still have committed (a
  // lost reply), so 5 finds out which password the role has.
  const auto role_commit = session.execute("commit");
  if (role_commit && can_log_in(updated, key, connect_timeout_seconds)) {
    // In step. A row left by a failed delete is cleared by the next
    // rotation, which finds the registry's value logging in.
    (void)forget_pending_rotation(central, tenant.id);
    return {};
  }
  // 5. The role is not on the new password: put the registry back to the old
  // one when the old one still logs in.
  const std::string why =
      role_commit ? "logging in with the new password failed"
                  : "committing the role's new password failed: " + role_commit.error().message();
  if (can_log_in(tenant, key, connect_timeout_seconds)) {
    if (auto restored = store.set_password(tenant.id, tenant.encrypted_password); !restored) {
      return base::Error(
                 fmt::format("tenant {}: {}; the role kept its old password, but putting the old "
                             "value back into the registry failed: {}",
                             tenant.slug, why, restored.error().message()))
          .with_hint(
              "the registry now holds a password the role does not have; the next "
              "secrets rotate-passwords of this tenant puts it back (docs/operations.md)");
    }
    (void)forget_pending_rotation(central, tenant.id);
    return base::Error(
        fmt::format("tenant {}: {}; the registry was set back to the old "
                    "password, which the role kept (nothing changed)",
                    tenant.slug, why));
  }
  return base::Error(fmt::format("tenant {}: {}, and the old password does not log in either",
                                 tenant.slug, why))
      .with_hint(
          "the registry holds the new password; check the tenant server (pg_hba.conf, "
          "the role) and run secrets rotate-passwords again once it accepts logins");
}

}  // namespace

base::Result<PasswordRotation> rotate_tenant_password(RegistryStore& store, pg::Session& central,
                                                      const fleet::TenantRecord& tenant,
                                                      const crypto::EncryptionKey& key,
                                                      int connect_timeout_seconds) {
  if (auto made = ensure_pending_rotations(central); !made) {
    return made.error();
  }
  auto repaired = repair_interrupted(store, central, tenant, key, connect_timeout_seconds);
  if (!repaired) {
    return repaired.error();
  }
  const fleet::TenantRecord& current = repaired->first;
  // 1. Log in as the tenant with the stored password.
  auto conninfo = fleet::tenant_conninfo(current, key, connect_timeout_seconds);
  if (!conninfo) {
    return conninfo.error();
  }
  auto session =
      pg::Session::open(conninfo->view(), pg::SessionOptions{connect_timeout_seconds, "tenantctl"});
  if (!session) {
    return session.error().with_context(fmt::format("tenant {}", current.slug));
  }
  if (auto done = rotate_with(store, central, *session, current, key, connect_timeout_seconds);
      !done) {
    return done.error();
  }
  return PasswordRotation{.repaired = repaired->second};
}

}  // namespace provision
