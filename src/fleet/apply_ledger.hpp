#pragma once

#include <optional>
#include <string_view>

#include "base/result.hpp"
#include "fleet/runner.hpp"
#include "knex/ledger.hpp"

namespace pg {
class Session;
}

namespace fleet {

// The knex side of one tenant's plan or apply in run_fleet (fleet/runner.cpp).
//
// With options.migrations set: plan reads the tenant's history into
// result.history; apply runs the pending files (knex::migrate: one transaction
// holding knex's lock) and fills result.history, result.migrated and
// result.migrated_batch. Without: does nothing. An error fails the tenant;
// the migrations then changed nothing.
[[nodiscard]] base::Result<void> run_migration_step(pg::Session& session, const RunOptions& options,
                                                    TenantResult& result);

// Takes knex's lock for the run of a plan (knex::HeldLock, on a connection
// of its own made with `conninfo`) when knex's tables exist in the tenant
// (`session` tells); nullopt when they do not (no knex there to keep out).
[[nodiscard]] base::Result<std::optional<knex::HeldLock>> lock_for_plan(pg::Session& session,
                                                                        std::string_view conninfo,
                                                                        std::string_view target,
                                                                        const RunOptions& options);

}  // namespace fleet
