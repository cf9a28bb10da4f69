#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "knex/ledger.hpp"
#include "knex/migration_files.hpp"

namespace knex {

// One tenant's knex_migrations compared with the migrations directory
// (docs/migrations.md, "Status").
struct History {
  // Recorded names that have a file, in knex_migrations order (by id).
  std::vector<LedgerRow> completed;
  // Recorded names with no file in the directory, in knex_migrations order:
  // knex refuses to run ("the migration directory is corrupt"), so tenantctl
  // leaves such a tenant alone.
  std::vector<std::string> missing;
  // The names of the files not recorded, in name order.
  std::vector<std::string> pending;
  // The names of the pending files that sort before the last completed name
  // (a branch merged after a later migration ran). They still run, as knex
  // runs them, and are reported.
  std::vector<std::string> out_of_order;
  // The names of pending hand-written knex migrations: tenantctl never runs
  // them, so it refuses to migrate the tenant until knex has.
  std::vector<std::string> pending_knex;
  // max(batch) of knex_migrations, 0 when empty.
  int last_batch = 0;

  bool operator==(const History&) const = default;
};

// Compares `rows` (knex_migrations by id) with `files` (read_migrations'
// output, sorted by name).
[[nodiscard]] History check_history(std::span<const MigrationFile> files,
                                    std::span<const LedgerRow> rows);

// Returns knex's own message for missing files: "The migration directory is
// corrupt, the following files are missing: a.js, b.js".
[[nodiscard]] std::string corrupt_message(std::span<const std::string> missing);

// Returns an error when tenantctl must not migrate this tenant: files are
// missing (knex's message, and that the tenant was not touched), or a
// hand-written knex migration is pending (run knex first). `target` names the
// tenant in the message.
[[nodiscard]] base::Result<void> check_migratable(const History& history, std::string_view target);

}  // namespace knex
