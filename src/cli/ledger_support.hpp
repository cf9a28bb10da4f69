#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "cli/exit_code.hpp"
#include "fleet/ledger_runner.hpp"
#include "fleet/runner.hpp"
#include "fleet/targets.hpp"
#include "knex/migration_files.hpp"

namespace manifest {
struct Config;
}

namespace cli {

class Options;

// Returns the migration files of `flag` (--migrations) when given, else of the
// configuration's [paths] migrations. With `required` false, a directory that
// neither --migrations nor tenantctl.toml named and that does not exist means
// "no migrations" (nullopt); otherwise its absence is a config error. Errors
// in the files are config errors with file:line (knex::read_migrations).
[[nodiscard]] base::Result<std::optional<std::vector<knex::MigrationFile>>> load_migrations_for(
    const std::string& flag, const manifest::Config& config, bool required);

// Prints `tenantctl status` from a plan run with migrations: text, json or
// markdown (report/ledger_report.hpp).
void print_status(const fleet::RunReport& report, const std::string& format);

// status's exit code: 1 if a target failed or the run was interrupted, else
// 2 with `exit_on_change` when a target has pending or missing files or has
// drifted, else 0.
[[nodiscard]] ExitCode status_exit_code(const fleet::RunReport& report, bool exit_on_change);

// Options of migrate, rollback and unlock.
struct LedgerCommandOptions {
  fleet::TargetOptions targets;
  std::string config;
  std::string migrations;
  std::string format = "text";
  int concurrency = 0;  // 0: the configuration's default
  int max_failures = -1;
  std::string lock_timeout;  // "": the configuration's lock_timeout
  bool all_batches = false;  // rollback --all-batches
  bool yes = false;          // do it without asking
  bool dry_run = false;      // migrate, rollback: say what would run, change nothing
  bool baseline = false;     // migrate: record the pending files as run without running them
};

// Declares the target options, --config, --format, --concurrency,
// --max-failures, --lock-timeout, --yes and (unless for unlock) --migrations
// and --dry-run.
void add_ledger_options(Options& options, LedgerCommandOptions& values, bool for_unlock);

// Runs migrate, rollback or unlock over the selected targets and prints the
// report. Returns 1 if a target failed or the run was interrupted, else 0.
// unlock asks for confirmation on a terminal and needs --yes without one.
[[nodiscard]] base::Result<ExitCode> run_ledger_command(LedgerCommandOptions& values,
                                                        fleet::LedgerAction action);

}  // namespace cli
