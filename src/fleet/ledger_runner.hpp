#pragma once

#include <atomic>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "fleet/tenant.hpp"
#include "knex/migrator.hpp"

namespace crypto {
class EncryptionKey;
}

namespace fleet {

// What `tenantctl migrate`, `rollback [--all]` and `unlock` do to each target.
enum class LedgerAction { migrate, rollback, rollback_all, unlock };

enum class LedgerOutcome {
  changed,    // migrated, rolled back, or unlocked (the lock was held)
  unchanged,  // nothing pending, nothing to roll back, or the lock was free
  failed,     // refused or failed; the tenant was left as it was
  skipped,    // never started (interrupted, or --max-failures reached)
};

// Returns the command that runs `action`: "migrate", "rollback" or "unlock".
[[nodiscard]] std::string_view ledger_command_name(LedgerAction action);

// Returns the outcome as reports name it for `action`: "migrated",
// "rolled_back" or "unlocked"; "up_to_date", "nothing_to_roll_back" or
// "not_locked"; "failed"; "skipped".
[[nodiscard]] std::string_view ledger_outcome_name(LedgerAction action, LedgerOutcome outcome);

// What happened to one target.
struct LedgerResult {
  std::string label;  // slug, or the redacted URL
  std::string id;     // the registry id ("" for --url targets)
  LedgerOutcome outcome = LedgerOutcome::skipped;
  knex::History history;           // before the run (migrate, rollback)
  int batch = 0;                   // the batch written or removed; 0 when none
  std::vector<std::string> names;  // the migrations run, in the order they ran
  std::string error;               // why it failed or was skipped
  std::string hint;                // what to do about `error`, when known
  std::string error_kind;          // base::kind_name of the error it failed on ("" otherwise)
  std::string sqlstate;            // PostgreSQL's SQLSTATE for that error, when it has one
  double seconds = 0;
};

struct LedgerOptions {
  int concurrency = 8;
  std::optional<int> max_failures;  // start no tenant after this many failures
  knex::MigratorOptions migrator;
  int connect_timeout_seconds = 10;
  bool progress = false;  // a progress line on stderr (fleet/progress.hpp)
};

struct LedgerReport {
  LedgerAction action = LedgerAction::migrate;
  bool dry_run = false;               // options.migrator.dry_run: `names` would have run
  bool baseline = false;              // options.migrator.baseline: `names` were recorded, not run
  std::vector<LedgerResult> tenants;  // in target order
  double seconds = 0;
  bool interrupted = false;
};

// Runs `action` on every target, at most `concurrency` at a time, one
// connection per tenant, each tenant independent (fleet::for_each_bounded):
// migrate and rollback as knex::migrate / knex::rollback (one transaction with
// knex's lock per tenant), unlock as knex::force_unlock. When `stop` becomes
// true no new tenant starts. `key` decrypts registry passwords (may be null
// when every target is a URL); `files` must outlive the call.
[[nodiscard]] LedgerReport run_ledger(LedgerAction action, const std::vector<Target>& targets,
                                      std::span<const knex::MigrationFile> files,
                                      const crypto::EncryptionKey* key,
                                      const LedgerOptions& options, const std::atomic<bool>& stop);

}  // namespace fleet
