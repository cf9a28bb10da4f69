#include "provision/rotation.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/strings.hpp"
#include "fleet/connect.hpp"
#include "pg/session.hpp"
#include "provision/server.hpp"

namespace provision {
namespace {

constexpr std::size_t k_password_length = 32;

bool same_key(const crypto::EncryptionKey& a, const crypto::EncryptionKey& b) {
  return std::equal(a.data(), a.data() + 32, b.data());
}

// Encrypts `plain` under `key` and checks that the value decrypts back.
base::Result<std::string> encrypt_checked(const crypto::EncryptionKey& key,
                                          std::string_view plain) {
  auto encrypted = crypto::encrypt(key, plain);
  if (!encrypted) {
    return encrypted.error();
  }
  auto back = crypto::decrypt(key, *encrypted);
  if (!back || back->view() != plain) {
    return base::Error("a re-encrypted value does not decrypt back to the password");
  }
  return encrypted;
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
    auto fresh = encrypt_checked(new_key, plain->view());
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

base::Result<void> rotate_tenant_password(RegistryStore& store, pg::Session& central,
                                          const fleet::TenantRecord& tenant,
                                          const crypto::EncryptionKey& key,
                                          int connect_timeout_seconds) {
  auto conninfo = fleet::tenant_conninfo(tenant, key, connect_timeout_seconds);
  if (!conninfo) {
    return conninfo.error();
  }
  auto session =
      pg::Session::open(conninfo->view(), pg::SessionOptions{connect_timeout_seconds, "tenantctl"});
  if (!session) {
    return session.error().with_context(fmt::format("tenant {}", tenant.slug));
  }
  auto password = crypto::random_password(k_password_length);
  if (!password) {
    return password.error();
  }
  auto fresh = encrypt_checked(key, password->view());
  if (!fresh) {
    return fresh.error();
  }
  fleet::TenantRecord updated = tenant;
  updated.encrypted_password = *fresh;
  const auto nothing_changed = [&](const base::Error& error) {
    (void)session->execute("rollback");
    return error.with_context(fmt::format("tenant {} (nothing was changed)", tenant.slug));
  };
  // 2. The role's new password, not committed yet.
  if (auto begun = session->execute("begin"); !begun) {
    return nothing_changed(begun.error());
  }
  if (auto set = set_own_password(*session, *password); !set) {
    return nothing_changed(set.error());
  }
  // 3. The registry's, committed.
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
  if (auto committed = central.execute("commit"); !committed) {
    return nothing_changed(committed.error().with_context("committing the registry row"));
  }
  // 4. The role's, committed. A failed COMMIT may still have committed (a
  // lost reply), so 5 finds out which password the role has.
  const auto role_commit = session->execute("commit");
  if (role_commit && can_log_in(updated, key, connect_timeout_seconds)) {
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
              "the registry now holds a password the role does not have: restore the "
              "row's password column from a backup of the central database, or reset "
              "the role as an administrator (docs/operations.md)");
    }
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

}  // namespace provision
