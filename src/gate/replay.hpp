#pragma once

#include <atomic>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "knex/migration_files.hpp"

namespace pg {
class Session;
}

namespace gate {

// Returns a config error naming every hand-written knex migration (a .js or
// other knex file with no .sql beside it) in `files`, or success when there is
// none. tenantctl cannot run JavaScript, so a project holding one cannot be
// replayed: `check` and `generate` refuse it rather than compare a partial
// history.
[[nodiscard]] base::Result<void> require_managed(std::span<const knex::MigrationFile> files);

// Runs one part of a migration the way the knex companion does (knex.raw of
// the whole part inside the migration's transaction): BEGIN, `sql` as one
// script, COMMIT. On failure it rolls back, then finds the statement that
// failed by running the part again statement by statement (split_statements)
// in a transaction it rolls back, and returns an error
// "<file>:<line>: <server message> (SQLSTATE ...) in: <statement>"; the line
// is found by locating `sql` in `file_text` ("" when the caller has no file:
// lines then count from the part's start). `label` names the file.
[[nodiscard]] base::Result<void> run_part(pg::Session& session, std::string_view sql,
                                          const std::string& label, std::string_view file_text);

// Replays the up part of every file in `files` (all managed, in the order
// given: read_migrations() sorts by name) on `session`, each by run_part().
// Stops at the first failure, and before the next file when `stop` is set
// (an error saying it was interrupted). `session`'s database is left as the
// files made it.
[[nodiscard]] base::Result<void> replay(pg::Session& session,
                                        std::span<const knex::MigrationFile> files,
                                        const std::atomic<bool>& stop);

}  // namespace gate
