#include "fleet/apply_ledger.hpp"

#include "pg/session.hpp"

namespace fleet {

base::Result<void> run_migration_step(pg::Session& session, const RunOptions& options,
                                      TenantResult& result) {
  if (options.migrations == nullptr) {
    return {};
  }
  if (!options.apply) {
    auto history = knex::read_status(session, *options.migrations);
    if (!history) {
      return history.error().with_context(result.label);
    }
    result.history = std::move(*history);
    return {};
  }
  auto run = knex::migrate(session, *options.migrations, result.label, options.migrator);
  if (!run) {
    return run.error();
  }
  result.history = std::move(run->history);
  result.migrated = std::move(run->names);
  result.migrated_batch = run->batch;
  return {};
}

base::Result<std::optional<knex::HeldLock>> lock_for_plan(pg::Session& session,
                                                          std::string_view conninfo,
                                                          std::string_view target,
                                                          const RunOptions& options) {
  auto exists = knex::tables_exist(session);
  if (!exists) {
    return exists.error().with_context(target);
  }
  if (!*exists) {
    return std::optional<knex::HeldLock>();
  }
  auto lock = knex::HeldLock::take(conninfo, target, options.migrator.lock_wait);
  if (!lock) {
    return lock.error();
  }
  return std::optional<knex::HeldLock>(std::move(*lock));
}

}  // namespace fleet
