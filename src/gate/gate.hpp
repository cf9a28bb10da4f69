#pragma once

#include <atomic>
#include <span>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "knex/migration_files.hpp"
#include "manifest/manifest.hpp"
#include "model/catalog.hpp"
#include "plan/planner.hpp"

namespace gate {

// The pull-request gate (docs/migrations.md): the ordered migration files
// replayed in a scratch database, compared with the desired schema.

// What `check` found.
struct CheckResult {
  std::size_t replayed_files = 0;
  // The statements that would take the replayed database to the desired
  // schema (offline: plain statements, one transaction), ordered by the
  // planner: what migrations/ lacks (creates, alters) and what it has that
  // the schema does not (drops). Empty when the two agree.
  plan::Plan missing;
  // Objects the migrations make that tenantctl does not manage (functions,
  // triggers, ...): not compared.
  std::vector<model::Unmanaged> unmanaged;
};

// Creates a scratch database through `server_conninfo` (a server where the
// role may create databases; the database is dropped before returning,
// whatever happens), replays the up part of every file of `files` in order
// (replay()), reads the catalog it gives, and plans it against `desired`
// (normalised through the same server; ignore patterns of the manifest apply
// to both sides). `files` must all be managed (require_managed()). Errors: a
// migration that fails names its file, line, statement and SQLSTATE; a
// desired schema that does not build is a config error; `stop` set while
// replaying ends it with an error.
[[nodiscard]] base::Result<CheckResult> check(const manifest::Manifest& desired,
                                              std::span<const knex::MigrationFile> files,
                                              const std::string& server_conninfo,
                                              const std::atomic<bool>& stop);

// The next migration, as `generate` writes it.
struct Generated {
  plan::Plan up;    // replayed migrations -> desired schema
  plan::Plan down;  // the reverse: desired schema -> replayed migrations
  std::string up_sql;
  std::string down_sql;
  // Problems worth telling the user that do not stop the files being written
  // (a down part that does not restore the exact catalog, statements that
  // cannot undo lost data, ...).
  std::vector<std::string> warnings;
  std::vector<model::Unmanaged> unmanaged;
};

// Like check(), then plans the up part (replayed -> desired, offline) and, on
// the scratch database, proves it: runs up_sql as a migration runs it and
// requires the result to plan empty against `desired` (otherwise an error:
// nothing would make check pass). Then plans the down part from that result
// back to the replayed catalog (renames reversed, so a rename is undone by a
// rename), runs it, and compares with the replayed catalog; a difference
// left becomes a warning. Returns Generated with an empty `up` when the
// migrations already give the desired schema.
[[nodiscard]] base::Result<Generated> generate(const manifest::Manifest& desired,
                                               std::span<const knex::MigrationFile> files,
                                               const std::string& server_conninfo,
                                               const std::atomic<bool>& stop);

// Returns `plan` as the text of one migration part: each statement preceded
// by a `--` line naming its change and one per hazard, ending in ';' and a
// blank line. No BEGIN/COMMIT: a migration's part runs in one transaction.
// A statement naming a role through {{tenant.db_user}} computes the name
// when it runs (tenant_roles.hpp); {{tenant.slug}} cannot be: an error.
[[nodiscard]] base::Result<std::string> migration_sql(const plan::Plan& plan);

}  // namespace gate
