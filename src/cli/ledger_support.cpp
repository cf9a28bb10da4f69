#include "cli/ledger_support.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "cli/fleet_support.hpp"
#include "cli/options.hpp"
#include "cli/schema_support.hpp"
#include "cli/target_support.hpp"
#include "manifest/config.hpp"
#include "report/ledger_report.hpp"

namespace cli {
namespace {

base::Result<void> check_format(const std::string& format) {
  if (format == "text" || format == "json" || format == "markdown") {
    return {};
  }
  return base::Error(fmt::format("unknown --format '{}'", format), base::ErrorKind::usage)
      .with_hint("formats: text, json, markdown");
}

void print_ledger(const fleet::LedgerReport& report, const std::string& format) {
  if (format == "json") {
    std::cout << report::ledger_json(report);
  } else if (format == "markdown") {
    std::cout << report::ledger_markdown(report);
  } else {
    std::cout << report::ledger_text(report, color_output());
  }
}

// After a dry run on a terminal: nothing to do (exit 0 without asking), a
// target that cannot go (exit 1), or the question, which names how many
// targets change. Returns the exit code to stop with, or nullopt to go on.
std::optional<ExitCode> confirm_ledger(const fleet::LedgerReport& preview) {
  std::size_t changing = 0;
  for (const auto& tenant : preview.tenants) {
    if (tenant.outcome == fleet::LedgerOutcome::failed ||
        tenant.outcome == fleet::LedgerOutcome::skipped) {
      std::cerr << "tenantctl: a target cannot be "
                << (preview.action == fleet::LedgerAction::migrate ? "migrated" : "rolled back")
                << " (above); nothing was changed\n";
      return ExitCode::failed;
    }
    changing += tenant.outcome == fleet::LedgerOutcome::changed ? 1 : 0;
  }
  if (changing == 0) {
    return ExitCode::ok;
  }
  const bool migrate = preview.action == fleet::LedgerAction::migrate;
  const auto question =
      preview.baseline ? fmt::format(
                             "Record the pending migrations as run, without running them, on {} of "
                             "{} target(s)?",
                             changing, preview.tenants.size())
      : migrate ? fmt::format("Run the pending migrations on {} of {} target(s)?", changing,
                              preview.tenants.size())
                : fmt::format(
                      "Roll back on {} of {} target(s)? The down parts run and may drop "
                      "tables and their rows.",
                      changing, preview.tenants.size());
  if (!confirmed(question)) {
    std::cerr << "tenantctl: nothing changed\n";
    return ExitCode::failed;
  }
  return std::nullopt;
}

}  // namespace

base::Result<std::optional<std::vector<knex::MigrationFile>>> load_migrations_for(
    const std::string& flag, const manifest::Config& config, bool required) {
  const manifest::Config defaults;
  const std::string dir = flag.empty() ? config.migrations : flag;
  const bool named = !flag.empty() || config.migrations != defaults.migrations;
  std::error_code error;
  if (!required && !named && !std::filesystem::exists(dir, error)) {
    return std::optional<std::vector<knex::MigrationFile>>();
  }
  auto files = knex::read_migrations(dir);
  if (!files) {
    return files.error();
  }
  return std::optional<std::vector<knex::MigrationFile>>(std::move(*files));
}

void print_status(const fleet::RunReport& report, const std::string& format) {
  if (format == "json") {
    std::cout << report::status_json(report);
  } else if (format == "markdown") {
    std::cout << report::status_markdown(report);
  } else {
    std::cout << report::status_text(report, color_output());
  }
}

ExitCode status_exit_code(const fleet::RunReport& report, bool exit_on_change) {
  bool changed = false;
  for (const auto& tenant : report.tenants) {
    const auto status = report::migration_status(tenant);
    if (status == "failed" || status == "skipped") {
      return ExitCode::failed;
    }
    changed = changed || status != "up_to_date" || tenant.outcome == fleet::Outcome::drift;
  }
  if (report.interrupted) {
    return ExitCode::failed;
  }
  return changed && exit_on_change ? ExitCode::drift : ExitCode::ok;
}

void add_ledger_options(Options& options, LedgerCommandOptions& values, bool for_unlock) {
  add_target_options(options, values.targets);
  options.add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  if (!for_unlock) {
    options.add("--migrations", values.migrations,
                "The migrations directory (default: [paths] migrations, migrations)");
  }
  options.add("--format", values.format, "Output: text (default), json or markdown");
  options.add_count("--concurrency", values.concurrency,
                    "Tenants at a time (default: [defaults] concurrency, 8)", 1);
  options.add_count("--max-failures", values.max_failures,
                    "Start no new tenant after this many have failed", 1);
  options.add_duration("--lock-timeout", values.lock_timeout,
                       "How long to wait for knex's lock while a running migration holds it "
                       "(default: [defaults] lock_timeout, 5s)");
  if (for_unlock) {
    options.add_flag("--yes", values.yes, "Release without asking (required without a terminal)");
  } else {
    options.add_flag("--yes", values.yes,
                     "Run on several targets without asking (required without a terminal)");
    options.add_flag("--dry-run", values.dry_run,
                     "Take knex's lock and check each history, say what would run, change "
                     "nothing");
  }
}

base::Result<ExitCode> run_ledger_command(LedgerCommandOptions& values,
                                          fleet::LedgerAction action) {
  if (auto checked = check_format(values.format); !checked) {
    return checked.error();
  }
  const bool unlock = action == fleet::LedgerAction::unlock;
  if (unlock && !values.yes && !stdin_is_terminal()) {
    return base::Error("unlock: standard input is not a terminal, so it cannot ask first",
                       base::ErrorKind::usage)
        .with_hint("check that no migration is running, then run unlock with --yes");
  }
  auto config = manifest::load_config(
      values.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(values.config));
  if (!config) {
    return config.error();
  }
  std::vector<knex::MigrationFile> files;
  if (!unlock) {
    auto loaded = load_migrations_for(values.migrations, *config, true);
    if (!loaded) {
      return loaded.error();
    }
    files = std::move(**loaded);
  }
  auto selected = select_targets(values.targets, *config);
  if (!selected) {
    return selected.error();
  }
  if (unlock && !values.yes &&
      !confirmed(fmt::format("Release knex's migration lock on {} target(s)? Do it only when no "
                             "migration is running on them.",
                             selected->targets.size()))) {
    std::cerr << "tenantctl: nothing released\n";
    return ExitCode::failed;
  }
  const bool asks = !unlock && !values.dry_run && !values.yes && selected->targets.size() > 1;
  if (asks && !stdin_is_terminal()) {
    return base::Error(fmt::format("{}: {} targets selected and standard input is not a "
                                   "terminal, so it cannot ask first",
                                   fleet::ledger_command_name(action), selected->targets.size()),
                       base::ErrorKind::usage)
        .with_hint("see what it would do with --dry-run, then run it again with --yes");
  }
  fleet::LedgerOptions options;
  options.concurrency = values.concurrency > 0 ? values.concurrency : config->concurrency;
  if (values.max_failures >= 0) {
    options.max_failures = values.max_failures;
  }
  options.migrator.lock_wait =
      values.lock_timeout.empty() ? config->lock_timeout : values.lock_timeout;
  options.connect_timeout_seconds = config->connect_timeout;
  options.progress = ::isatty(2) == 1 && selected->targets.size() > 1;
  options.migrator.dry_run = values.dry_run;
  options.migrator.baseline = values.baseline;
  const StopSignals signals;
  if (asks) {
    // On a terminal: what would run on each target first, then the question.
    auto preview_options = options;
    preview_options.migrator.dry_run = true;
    const auto preview = fleet::run_ledger(action, selected->targets, files,
                                           selected->key ? &*selected->key : nullptr,
                                           preview_options, stop_requested());
    print_ledger(preview, values.format);
    if (const auto stop = confirm_ledger(preview)) {
      return *stop;
    }
  }
  const auto report =
      fleet::run_ledger(action, selected->targets, files, selected->key ? &*selected->key : nullptr,
                        options, stop_requested());
  print_ledger(report, values.format);
  for (const auto& tenant : report.tenants) {
    if (tenant.outcome == fleet::LedgerOutcome::failed ||
        tenant.outcome == fleet::LedgerOutcome::skipped) {
      return ExitCode::failed;
    }
  }
  if (report.interrupted) {
    std::cerr << fmt::format("tenantctl: {} interrupted\n", fleet::ledger_command_name(action));
    return ExitCode::failed;
  }
  return ExitCode::ok;
}

}  // namespace cli
