#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "knex/history.hpp"
#include "knex/migration_files.hpp"

namespace pg {
class Session;
}

namespace knex {

struct MigratorOptions {
  // How long to wait for knex's lock row while another transaction (a
  // migration running now) holds it, as a PostgreSQL duration; "0" waits for
  // ever. The migrations' own statements run without a timeout, as under knex.
  std::string lock_wait = "5s";
  // Everything but the migrations' own statements and the records of them:
  // the lock is taken and the history read and checked as for a real run,
  // `names` says what would run, and the transaction is rolled back.
  bool dry_run = false;
  // migrate only: record every pending file (hand-written knex ones too) as
  // run, in one new batch, without running any: for a fleet whose schema is
  // already what the files make (adopting tenantctl, or knex, late).
  bool baseline = false;
};

// What one migrate or rollback did to one tenant.
struct MigrationRun {
  // The tenant's history before the run (read after taking the lock).
  History history;
  // The batch written (migrate) or removed (rollback); 0 when nothing ran.
  int batch = 0;
  // The names run, in the order they ran (up parts for migrate, down parts
  // for rollback).
  std::vector<std::string> names;
};

// Runs the pending migrations of `files` on the tenant behind `session`, like
// knex migrate:latest in its transactional mode: one transaction that creates
// knex's tables when missing, takes knex's lock, reads knex_migrations, checks
// the history (check_migratable), runs each pending up part in name order and
// records it with batch = max(batch) + 1 and migration_time = now(), then
// releases the lock and commits. Nothing pending: nothing is recorded (the
// lock is still taken and released, so a locked tenant is reported).
//
// Any failure rolls the whole transaction back, so the tenant keeps its schema,
// its history and a free lock; the error names `target` and, for a failing
// migration, the file and the server's message. Precondition: `session` is
// not in a transaction.
[[nodiscard]] base::Result<MigrationRun> migrate(pg::Session& session,
                                                 std::span<const MigrationFile> files,
                                                 std::string_view target,
                                                 const MigratorOptions& options);

// Undoes the last batch (or, with `all`, every completed migration) like knex
// migrate:rollback: one transaction with the lock, the down parts in reverse
// order of knex_migrations.id, each row deleted by name after its down part.
// Refused before anything runs, all reasons at once: files missing (knex's
// message), a migration of the batch that is a hand-written knex file (roll it
// back with knex), or one whose .sql has no down part. Nothing completed:
// nothing runs. Failures roll everything back, as for migrate.
[[nodiscard]] base::Result<MigrationRun> rollback(pg::Session& session,
                                                  std::span<const MigrationFile> files,
                                                  std::string_view target, bool all,
                                                  const MigratorOptions& options);

// Reads the tenant's history without changing anything (knex's tables are not
// created when missing: an empty history then).
[[nodiscard]] base::Result<History> read_status(pg::Session& session,
                                                std::span<const MigrationFile> files);

}  // namespace knex
