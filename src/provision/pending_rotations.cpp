#include "provision/pending_rotations.hpp"

#include <fmt/format.h>

#include <vector>

#include "pg/session.hpp"

namespace provision {
namespace {

// As for shared runs' tables: CREATE ... IF NOT EXISTS is not safe against a
// concurrent twin, so creation is serialised with an advisory lock.
constexpr const char* k_create =
    "begin;\n"
    "select pg_catalog.pg_advisory_xact_lock("
    "pg_catalog.hashtext('tenantctl.password_rotations'));\n"
    "create schema if not exists tenantctl;\n"
    "create table if not exists tenantctl.password_rotations (\n"
    "  tenant_id text primary key,\n"
    "  previous_password text not null,\n"
    "  new_password text not null,\n"
    "  started_at timestamptz not null default now()\n"
    ");\n"
    "commit";

// Whether the table is there (a central database no rotation has used).
base::Result<bool> table_exists(pg::Session& central) {
  auto rows =
      central.query("select pg_catalog.to_regclass('tenantctl.password_rotations') is not null");
  if (!rows) {
    return rows.error();
  }
  return rows->boolean(0, 0);
}

// `stored` re-encrypted from `old_key` to `new_key`.
base::Result<std::string> reencrypt(std::string_view stored, const crypto::EncryptionKey& old_key,
                                    const crypto::EncryptionKey& new_key) {
  auto plain = crypto::decrypt(old_key, stored);
  if (!plain) {
    return plain.error();
  }
  return crypto::encrypt_verified(new_key, plain->view());
}

}  // namespace

base::Result<void> ensure_pending_rotations(pg::Session& central) {
  if (auto made = central.execute(k_create); !made) {
    (void)central.execute("rollback");
    return made.error()
        .with_context("creating tenantctl.password_rotations in the central database")
        .with_hint(
            "rotate-passwords keeps each rotation's previous value there until the role has "
            "the new one: let the central user create the schema tenantctl (or create the "
            "table as docs/operations.md shows)");
  }
  return {};
}

base::Result<void> record_pending_rotation(pg::Session& central, std::string_view id,
                                           const PendingRotation& pending) {
  auto done = central.query(
      "insert into tenantctl.password_rotations (tenant_id, previous_password, new_password)"
      " values ($1, $2, $3) on conflict (tenant_id) do update set"
      " previous_password = excluded.previous_password, new_password = excluded.new_password,"
      " started_at = now()",
      {std::string(id), pending.previous_password, pending.new_password});
  if (!done) {
    // The statement holds only placeholders; the error shows no password.
    return done.error().with_context("recording the rotation in tenantctl.password_rotations");
  }
  return {};
}

base::Result<std::optional<PendingRotation>> find_pending_rotation(pg::Session& central,
                                                                   std::string_view id) {
  auto exists = table_exists(central);
  if (!exists || !*exists) {
    return exists ? base::Result<std::optional<PendingRotation>>(std::nullopt) : exists.error();
  }
  auto rows = central.query(
      "select previous_password, new_password from tenantctl.password_rotations"
      " where tenant_id = $1",
      {std::string(id)});
  if (!rows) {
    return rows.error().with_context("reading tenantctl.password_rotations");
  }
  std::optional<PendingRotation> found;
  if (!rows->empty()) {
    found = PendingRotation{std::string(rows->text(0, 0)), std::string(rows->text(0, 1))};
  }
  return found;
}

base::Result<void> forget_pending_rotation(pg::Session& central, std::string_view id) {
  auto exists = table_exists(central);
  if (!exists || !*exists) {
    return exists ? base::Result<void>() : exists.error();
  }
  if (auto done = central.query("delete from tenantctl.password_rotations where tenant_id = $1",
                                {std::string(id)});
      !done) {
    return done.error().with_context("clearing tenantctl.password_rotations");
  }
  return {};
}

base::Result<std::size_t> reencrypt_pending_rotations(pg::Session& central,
                                                      const crypto::EncryptionKey& old_key,
                                                      const crypto::EncryptionKey& new_key) {
  auto exists = table_exists(central);
  if (!exists || !*exists) {
    return exists ? base::Result<std::size_t>(0) : exists.error();
  }
  auto rows = central.query(
      "select tenant_id, previous_password, new_password from tenantctl.password_rotations"
      " order by tenant_id for update");
  if (!rows) {
    return rows.error().with_context("reading tenantctl.password_rotations");
  }
  for (std::size_t row = 0; row < rows->size(); ++row) {
    const std::string id(rows->text(row, 0));
    auto previous = reencrypt(rows->text(row, 1), old_key, new_key);
    auto fresh = reencrypt(rows->text(row, 2), old_key, new_key);
    if (!previous || !fresh) {
      return base::Error(fmt::format("tenantctl.password_rotations: the row of tenant {} does not "
                                     "decrypt under DB_ENCRYPTION_KEY",
                                     id))
          .with_hint(
              "nothing was changed: an interrupted password rotation is repaired with the key it "
              "was made under (tenantctl secrets rotate-passwords --tenant ...), or its row "
              "deleted once the registry and the role agree");
    }
    if (auto done = central.query(
            "update tenantctl.password_rotations set previous_password = $2, new_password = $3"
            " where tenant_id = $1",
            {id, *previous, *fresh});
        !done) {
      return done.error().with_context("re-encrypting tenantctl.password_rotations");
    }
  }
  return rows->size();
}

}  // namespace provision
