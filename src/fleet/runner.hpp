#pragma once

#include <atomic>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "apply/executor.hpp"
#include "ddl/render.hpp"
#include "ddl/statement.hpp"
#include "fleet/tenant.hpp"
#include "knex/migrator.hpp"
#include "reconcile/desired.hpp"

namespace crypto {
class EncryptionKey;
}

namespace fleet {

class SharedRun;

enum class Outcome { in_sync, drift, applied, failed, blocked, skipped };

// Returns "in_sync", "drift", "applied", "failed", "blocked" or "skipped".
[[nodiscard]] std::string_view outcome_name(Outcome outcome);

// What happened to one target.
struct TenantResult {
  std::string label;  // slug, or the redacted URL
  std::string id;     // the registry id ("" for --url targets)
  Outcome outcome = Outcome::skipped;
  std::string fingerprint;                 // SHA-256 of the canonical catalog before any change
  std::vector<ddl::Statement> statements;  // the plan (empty when in sync)
  std::vector<std::string> notes;          // what the plan leaves as it is (plan::Plan::notes)
  std::string error;                       // why it failed, was blocked or skipped
  std::string hint;                        // what to do about `error`, when known
  std::string error_kind;  // base::kind_name of the error a failure came from ("" otherwise)
  std::string sqlstate;    // PostgreSQL's SQLSTATE for that error, when it has one
  std::vector<model::Unmanaged> unmanaged;  // objects of kinds tenantctl leaves alone
  double seconds = 0;
  // False when plan took the catalog as unchanged by its stamp
  // (tenantctl.catalog_state, recorded by apply) instead of reading it.
  bool catalog_read = true;
  // With RunOptions::migrations: the tenant's migration history as read before
  // anything ran (nullopt without, or when the tenant failed before).
  std::optional<knex::History> history;
  // The migration files apply ran, in order, recorded in knex's batch
  // `migrated_batch` (empty and 0 when none ran).
  std::vector<std::string> migrated;
  int migrated_batch = 0;
  // False when the run had no desired schema (RunOptions::check_drift): the
  // outcome then says nothing of drift.
  bool drift_checked = true;
};

// The hazard kinds of `statements` that `allowed` does not allow, sorted,
// each once: what keeps apply from running them.
[[nodiscard]] std::vector<ddl::HazardKind> refused_hazards(
    const std::vector<ddl::Statement>& statements, const std::vector<ddl::HazardKind>& allowed);

// The --allow-hazards value that allows `kinds`: "data_loss,table_rewrite".
[[nodiscard]] std::string allow_hazards_value(const std::vector<ddl::HazardKind>& kinds);

// The migration files apply would run first on the tenant: in a plan run
// with RunOptions::migrations, its pending files (none for a tenant that
// failed before its history was read).
[[nodiscard]] std::vector<std::string> pending_files(const TenantResult& tenant);

// The outcome a plan reports for the tenant: in sync with the desired schema
// but with pending migration files is drift, since apply would run them.
[[nodiscard]] Outcome plan_outcome(const TenantResult& tenant);

// True when the tenant failed, or its change committed but what came after
// (checking the result, releasing knex's lock) did not: both need an
// operator, and both make the run exit 1.
[[nodiscard]] bool needs_attention(const TenantResult& tenant);

// A reviewed plan (plan --out, apply --plan; docs/planning.md, "Reviewed
// plans"): per tenant, by its label, the catalog fingerprint it was planned
// against, the migration files that were pending, and the statements'
// SQL, in order.
struct ReviewedTenant {
  std::string fingerprint;
  std::vector<std::string> pending;
  std::vector<std::string> statements;
};
struct ReviewedPlan {
  std::string inputs;  // the inputs hash of schema/ and migrations/ it was made from
  std::map<std::string, ReviewedTenant> tenants;
};

struct RunOptions {
  bool apply = false;
  // apply --plan: only what this reviewed plan says, to the tenants it
  // names whose catalog still has the fingerprint it was planned against.
  const ReviewedPlan* reviewed = nullptr;
  // False when there is no desired schema (a project with migrations alone):
  // only the migration files are listed (plan, status) or run (apply, tenant
  // create); no catalog is read or compared.
  bool check_drift = true;
  int concurrency = 8;
  int canary = 0;                   // apply to this many first; stop if one fails
  std::optional<int> max_failures;  // stop starting tenants after this many failures
  std::vector<ddl::HazardKind> allowed_hazards;
  ddl::RenderOptions render;
  apply::ExecuteOptions execute;
  int connect_timeout_seconds = 10;
  bool progress = false;  // a progress line on stderr
  // The migration files (knex::read_migrations), or null to leave migrations
  // alone. Set: plan reads each tenant's history (TenantResult::history), and
  // apply first runs the pending files as knex::migrate does, failing the
  // tenant untouched when its history does not allow it. Must outlive the run.
  const std::vector<knex::MigrationFile>* migrations = nullptr;
  // How long apply waits for knex's lock (migrations, and the plan's run).
  knex::MigratorOptions migrator;
  // A run shared with other processes (--run NAME), or null: targets are then
  // claimed from it one at a time instead of taken in order, and targets
  // another process handles are reported as skipped. No canary with it.
  SharedRun* shared = nullptr;
};

struct RunReport {
  std::vector<TenantResult> tenants;  // in target order
  double seconds = 0;
  bool interrupted = false;
  // Distinct plans: tenants whose catalogs had the same fingerprint share one.
  std::size_t distinct_plans = 0;
  // Set when the desired schema could not be built for comparison
  // (reconcile::DesiredSchema::shared_error()): every tenant that needed it
  // failed with it, and no tenant was started after it.
  std::optional<base::Error> shared_error;
};

// Plans (and with options.apply, applies) `desired` on every target, at most
// `concurrency` at a time, each tenant on its own connection and independent
// of the others: one tenant's failure is recorded and the run goes on (within
// max_failures). Tenants whose catalogs have the same fingerprint are planned
// once; before applying, each tenant's catalog is read again and must still
// have that fingerprint. With a canary, the first `canary` targets run first
// and the rest start only if none of them failed. When `stop` becomes true
// (SIGINT/SIGTERM), no new tenant starts; running ones finish their
// statement and transaction. `key` decrypts registry passwords (may be null
// when every target is a URL).
//
// Applying keeps knex's bookkeeping true (docs/migrations.md): pending
// migration files run first (options.migrations), the plan runs while knex's
// lock is held (when knex's tables exist), and what the plan applied is
// recorded in tenantctl.applied_changes (fleet/audit.hpp), never in
// knex_migrations.
[[nodiscard]] RunReport run_fleet(const std::vector<Target>& targets,
                                  reconcile::DesiredSchema& desired,
                                  const crypto::EncryptionKey* key, const RunOptions& options,
                                  const std::atomic<bool>& stop);

}  // namespace fleet
