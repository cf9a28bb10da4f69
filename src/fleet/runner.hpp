#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "apply/executor.hpp"
#include "ddl/render.hpp"
#include "ddl/statement.hpp"
#include "fleet/tenant.hpp"
#include "reconcile/desired.hpp"

namespace crypto {
class EncryptionKey;
}

namespace fleet {

enum class Outcome { in_sync, drift, applied, failed, blocked, skipped };

// Returns "in_sync", "drift", "applied", "failed", "blocked" or "skipped".
[[nodiscard]] std::string_view outcome_name(Outcome outcome);

// What happened to one target.
struct TenantResult {
  std::string label;  // slug, or the redacted URL
  std::string id;     // the registry id ("" for --url targets)
  Outcome outcome = Outcome::skipped;
  std::string fingerprint;                  // SHA-256 of the canonical catalog before any change
  std::vector<ddl::Statement> statements;   // the plan (empty when in sync)
  std::string error;                        // why it failed, was blocked or skipped
  std::vector<model::Unmanaged> unmanaged;  // objects of kinds tenantctl leaves alone
  double seconds = 0;
};

struct RunOptions {
  bool apply = false;
  int concurrency = 8;
  int canary = 0;                   // apply to this many first; stop if one fails
  std::optional<int> max_failures;  // stop starting tenants after this many failures
  std::vector<ddl::HazardKind> allowed_hazards;
  ddl::RenderOptions render;
  apply::ExecuteOptions execute;
  int connect_timeout_seconds = 10;
  bool progress = false;  // a progress line on stderr
};

struct RunReport {
  std::vector<TenantResult> tenants;  // in target order
  double seconds = 0;
  bool interrupted = false;
  // Distinct plans: tenants whose catalogs had the same fingerprint share one.
  std::size_t distinct_plans = 0;
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
[[nodiscard]] RunReport run_fleet(const std::vector<Target>& targets,
                                  reconcile::DesiredSchema& desired,
                                  const crypto::EncryptionKey* key, const RunOptions& options,
                                  const std::atomic<bool>& stop);

}  // namespace fleet
