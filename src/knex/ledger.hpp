#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace pg {
class Session;
}

namespace knex {

// knex's bookkeeping tables, in the schema knex uses by default: the first
// schema of the search_path (current_schema(), public on a default setup).
// Names are unqualified, as knex writes them, so they resolve the same way.
inline constexpr std::string_view k_migrations_table = "knex_migrations";
inline constexpr std::string_view k_lock_table = "knex_migrations_lock";

// knex's own DDL (knex 3.x, lib/migrations/migrate/table-creator.js, as its
// PostgreSQL schema builder renders it), and the one lock row it inserts.
inline constexpr std::string_view k_create_migrations_table =
    "create table \"knex_migrations\" (\"id\" serial primary key, \"name\" varchar(255), "
    "\"batch\" integer, \"migration_time\" timestamptz)";
inline constexpr std::string_view k_create_lock_table =
    "create table \"knex_migrations_lock\" (\"index\" serial primary key, \"is_locked\" integer)";
inline constexpr std::string_view k_insert_lock_row =
    "insert into \"knex_migrations_lock\" (\"is_locked\") values (0)";

// One row of knex_migrations.
struct LedgerRow {
  long long id = 0;
  std::string name;
  int batch = 0;
  std::string migration_time;  // as the server prints a timestamptz

  bool operator==(const LedgerRow&) const = default;
};

// Returns true when both knex tables exist in current_schema() (knex's
// hasTable test: information_schema.tables).
[[nodiscard]] base::Result<bool> tables_exist(pg::Session& session);

// Creates knex_migrations and knex_migrations_lock with knex's DDL when they
// are missing, and inserts the lock row (is_locked = 0) when the lock table is
// empty, exactly as knex's ensureTable does. Call it inside the transaction
// that will use them.
[[nodiscard]] base::Result<void> ensure_tables(pg::Session& session);

// Returns knex_migrations ordered by id (knex's order of completion); empty
// when the table does not exist.
[[nodiscard]] base::Result<std::vector<LedgerRow>> read_history(pg::Session& session);

// Takes knex's migration lock inside the caller's open transaction, as knex
// does: `update knex_migrations_lock set is_locked = 1 where is_locked = 0`,
// which must update exactly one row. Waits at most `lock_wait` (a PostgreSQL
// duration) for the row when another transaction holds it (a migration
// running now, by knex or tenantctl); "0" waits forever.
//
// Fails (for this tenant; the caller rolls back) with a message that says
// the lock is held, by whom when that shows (a running transaction or a
// committed is_locked = 1 left by a run without transactions or a crashed
// one), naming `target`, with a hint to check for a stale lock with
// `tenantctl unlock`.
[[nodiscard]] base::Result<void> take_lock(pg::Session& session, std::string_view target,
                                           std::string_view lock_wait);

// Releases the lock (`update knex_migrations_lock set is_locked = 0`, as
// knex's _freeLock), in the caller's transaction before its COMMIT.
[[nodiscard]] base::Result<void> release_lock(pg::Session& session);

// Returns the lock's state without waiting: true when a committed row says
// is_locked = 1; nullopt when the lock table does not exist.
[[nodiscard]] base::Result<std::optional<bool>> lock_state(pg::Session& session);

// Returns max(batch) of knex_migrations, 0 when it is empty.
[[nodiscard]] base::Result<int> last_batch(pg::Session& session);

// Inserts one row: (name, batch, migration_time = now()).
[[nodiscard]] base::Result<void> record_migration(pg::Session& session, std::string_view name,
                                                  int batch);

// Deletes the row(s) called `name` (knex deletes by name when it rolls back).
[[nodiscard]] base::Result<void> forget_migration(pg::Session& session, std::string_view name);

// Sets is_locked = 0 in a transaction of its own (knex migrate:unlock), and
// creates the tables first when they are missing, as knex does. Returns true
// when the lock was held (a committed is_locked = 1) before. Waits at most
// `lock_wait` when a running transaction holds the row, and then fails: a
// migration that is running now is not stale.
[[nodiscard]] base::Result<bool> force_unlock(pg::Session& session, std::string_view lock_wait);

// knex's lock held for a run that is not one transaction: apply's plan,
// whose CREATE INDEX CONCURRENTLY cannot run in one. The lock is taken
// (is_locked = 1) in a transaction of its own connection that stays open
// until release(), and is never committed: knex, whose migrate takes the row
// FOR UPDATE first, waits until then (or gives up at its lock_timeout), and
// finds is_locked = 0 and the work done. Should tenantctl die meanwhile, its
// connection ends, PostgreSQL rolls the transaction back, and the lock is
// free: it never outlives the process that took it.
class HeldLock {
 public:
  // Opens a connection with `conninfo` (the tenant's) and takes the lock in
  // a transaction there. Fails as take_lock does. Knex's tables must exist.
  [[nodiscard]] static base::Result<HeldLock> take(std::string_view conninfo,
                                                   std::string_view target,
                                                   std::string_view lock_wait);
  HeldLock(HeldLock&& other) noexcept;
  HeldLock& operator=(HeldLock&&) = delete;
  HeldLock(const HeldLock&) = delete;
  HeldLock& operator=(const HeldLock&) = delete;
  // Releases the lock if release() was not called, ignoring errors.
  ~HeldLock();

  // Releases the lock: the transaction is rolled back, so is_locked was
  // never 1 for anyone else.
  [[nodiscard]] base::Result<void> release();

 private:
  explicit HeldLock(std::unique_ptr<pg::Session> session);
  std::unique_ptr<pg::Session> m_session;
  bool m_held = true;
};

}  // namespace knex
