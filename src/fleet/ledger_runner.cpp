#include "fleet/ledger_runner.hpp"

#include <chrono>
#include <optional>

#include "crypto/secrets.hpp"
#include "fleet/connect.hpp"
#include "fleet/parallel.hpp"
#include "fleet/progress.hpp"
#include "knex/ledger.hpp"
#include "pg/session.hpp"

namespace fleet {
namespace {

using Clock = std::chrono::steady_clock;

LedgerResult run_one(LedgerAction action, const Target& target,
                     std::span<const knex::MigrationFile> files, const crypto::EncryptionKey* key,
                     const LedgerOptions& options) {
  LedgerResult result;
  result.label = target.label;
  result.id = target.tenant ? target.tenant->id : "";
  const auto fail = [&](const base::Error& error) {
    result.outcome = LedgerOutcome::failed;
    result.error = error.message();
    result.hint = error.hint();
    result.error_kind = base::kind_name(error.kind());
    result.sqlstate = error.sqlstate();
    return result;
  };
  auto conninfo = target_conninfo(target, key, options.connect_timeout_seconds);
  if (!conninfo) {
    return fail(conninfo.error());
  }
  auto session = pg::Session::open(
      conninfo->view(),
      pg::SessionOptions{.connect_timeout_seconds = options.connect_timeout_seconds,
                         .application_name = "tenantctl",
                         .stop_with_client = true});
  if (!session) {
    return fail(session.error());
  }
  if (action == LedgerAction::unlock) {
    auto was_locked = knex::force_unlock(*session, options.migrator.lock_wait);
    if (!was_locked) {
      return fail(was_locked.error().with_context(target.label));
    }
    result.outcome = *was_locked ? LedgerOutcome::changed : LedgerOutcome::unchanged;
    return result;
  }
  auto run = action == LedgerAction::migrate
                 ? knex::migrate(*session, files, target.label, options.migrator)
                 : knex::rollback(*session, files, target.label,
                                  action == LedgerAction::rollback_all, options.migrator);
  if (!run) {
    return fail(run.error());
  }
  result.history = std::move(run->history);
  result.batch = run->batch;
  result.names = std::move(run->names);
  result.outcome = result.names.empty() ? LedgerOutcome::unchanged : LedgerOutcome::changed;
  return result;
}

}  // namespace

std::string_view ledger_command_name(LedgerAction action) {
  switch (action) {
    case LedgerAction::migrate:
      return "migrate";
    case LedgerAction::rollback:
    case LedgerAction::rollback_all:
      return "rollback";
    case LedgerAction::unlock:
      break;
  }
  return "unlock";
}

std::string_view ledger_outcome_name(LedgerAction action, LedgerOutcome outcome) {
  switch (outcome) {
    case LedgerOutcome::changed:
      return action == LedgerAction::migrate  ? "migrated"
             : action == LedgerAction::unlock ? "unlocked"
                                              : "rolled_back";
    case LedgerOutcome::unchanged:
      return action == LedgerAction::migrate  ? "up_to_date"
             : action == LedgerAction::unlock ? "not_locked"
                                              : "nothing_to_roll_back";
    case LedgerOutcome::failed:
      return "failed";
    case LedgerOutcome::skipped:
      break;
  }
  return "skipped";
}

LedgerReport run_ledger(LedgerAction action, const std::vector<Target>& targets,
                        std::span<const knex::MigrationFile> files,
                        const crypto::EncryptionKey* key, const LedgerOptions& options,
                        const std::atomic<bool>& stop) {
  const auto started = Clock::now();
  LedgerReport report;
  report.action = action;
  report.dry_run = options.migrator.dry_run;
  report.baseline = options.migrator.baseline;
  report.tenants.resize(targets.size());
  ProgressCounts counts;
  std::optional<ProgressLine> progress;
  if (options.progress) {
    progress.emplace(counts, targets.size(),
                     action == LedgerAction::migrate  ? "migrated"
                     : action == LedgerAction::unlock ? "unlocked"
                                                      : "rolled back");
  }
  for_each_bounded(
      0, targets.size(), options.concurrency,
      [&] {
        return !stop.load() &&
               (!options.max_failures ||
                counts.failed.load() < static_cast<std::size_t>(*options.max_failures));
      },
      [&](std::size_t index) {
        const auto tenant_started = Clock::now();
        LedgerResult result = run_one(action, targets[index], files, key, options);
        result.seconds = std::chrono::duration<double>(Clock::now() - tenant_started).count();
        if (result.outcome == LedgerOutcome::failed) {
          ++counts.failed;
        } else if (result.outcome == LedgerOutcome::changed) {
          ++counts.changed;
        }
        ++counts.done;
        report.tenants[index] = std::move(result);
      },
      [&](std::size_t index) {
        LedgerResult& result = report.tenants[index];
        result.label = targets[index].label;
        result.id = targets[index].tenant ? targets[index].tenant->id : "";
        result.error = stop.load() ? "not started: interrupted" : "not started: too many failures";
      });
  progress.reset();
  report.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  report.interrupted = stop.load();
  return report;
}

}  // namespace fleet
