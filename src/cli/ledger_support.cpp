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
    std::cout << report::ledger_text(report, stdout_is_terminal());
  }
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
    std::cout << report::status_text(report, stdout_is_terminal());
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
  options.add("--concurrency", values.concurrency,
              "Tenants at a time (default: [defaults] concurrency, 8)");
  options.add("--max-failures", values.max_failures,
              "Start no new tenant after this many have failed");
  options.add("--lock-timeout", values.lock_timeout,
              "How long to wait for knex's lock while a running migration holds it "
              "(default: [defaults] lock_timeout, 5s)");
  if (for_unlock) {
    options.add_flag("--yes", values.yes, "Release without asking (required without a terminal)");
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
  fleet::LedgerOptions options;
  options.concurrency = values.concurrency > 0 ? values.concurrency : config->concurrency;
  if (values.max_failures >= 0) {
    options.max_failures = values.max_failures;
  }
  options.migrator.lock_wait =
      values.lock_timeout.empty() ? config->lock_timeout : values.lock_timeout;
  options.connect_timeout_seconds = config->connect_timeout;
  options.progress = ::isatty(2) == 1 && selected->targets.size() > 1;
  const StopSignals signals;
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
