#include "cli/fleet_support.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <csignal>
#include <future>
#include <iostream>
#include <map>

#include "base/strings.hpp"
#include "cli/ledger_support.hpp"
#include "cli/options.hpp"
#include "cli/target_support.hpp"
#include "crypto/secrets.hpp"
#include "fleet/connect.hpp"
#include "fleet/registry.hpp"
#include "fleet/shared_run.hpp"
#include "manifest/config.hpp"
#include "pg/session.hpp"
#include "report/fleet_report.hpp"
#include "report/plan_report.hpp"

namespace cli {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void on_stop_signal(int) { g_stop.store(true); }

ExitCode exit_code_for(const fleet::RunReport& report, bool exit_on_drift) {
  bool blocked = false;
  bool drift = false;
  for (const auto& tenant : report.tenants) {
    if (tenant.outcome == fleet::Outcome::failed) {
      return ExitCode::failed;
    }
    blocked = blocked || tenant.outcome == fleet::Outcome::blocked;
    drift = drift || tenant.outcome == fleet::Outcome::drift;
  }
  if (report.interrupted) {
    return ExitCode::failed;
  }
  if (blocked) {
    return ExitCode::blocked;
  }
  return drift && exit_on_drift ? ExitCode::drift : ExitCode::ok;
}

void print_report(const fleet::RunReport& report, const FleetOptions& values) {
  if (values.format == "json") {
    std::cout << report::fleet_json(report);
  } else if (values.format == "markdown") {
    std::cout << report::fleet_markdown(report);
  } else if (values.format == "sql") {
    for (const auto& tenant : report.tenants) {
      if (tenant.statements.empty()) {
        continue;
      }
      plan::Plan plan{tenant.statements};
      std::cout << "-- target: " << tenant.label << "\n"
                << report::plan_sql(plan, execute_options(values.schema));
    }
  } else if (report.tenants.size() == 1 && report.tenants[0].outcome != fleet::Outcome::failed &&
             report.tenants[0].outcome != fleet::Outcome::skipped) {
    // One target: the whole plan, as plan_text writes it.
    const auto& tenant = report.tenants[0];
    note_unmanaged(tenant.unmanaged);
    if (!tenant.migrated.empty()) {
      std::cout << fmt::format("ran {} migration file{} first (knex batch {}): {}\n",
                               tenant.migrated.size(), tenant.migrated.size() == 1 ? "" : "s",
                               tenant.migrated_batch, base::join(tenant.migrated, ", "));
    }
    std::cout << report::plan_text(plan::Plan{tenant.statements, tenant.notes},
                                   report::TextOptions{stdout_is_terminal(), tenant.label});
    if (!tenant.error.empty()) {
      std::cout << fleet::outcome_name(tenant.outcome) << ": " << tenant.error << "\n";
    } else if (tenant.outcome == fleet::Outcome::applied) {
      std::cout << fmt::format("applied {} statement{}; in sync now\n", tenant.statements.size(),
                               tenant.statements.size() == 1 ? "" : "s");
    }
  } else {
    std::cout << report::fleet_text(report,
                                    report::FleetTextOptions{stdout_is_terminal(), values.verbose});
    // A note the same for many tenants is said once, with how many.
    std::map<std::string, std::size_t> notes;
    for (const auto& tenant : report.tenants) {
      for (const auto& note : tenant.notes) {
        ++notes[note];
      }
    }
    for (const auto& [note, tenants] : notes) {
      std::cout << fmt::format("note: {} (on {} of {} targets)\n", note, tenants,
                               report.tenants.size());
    }
  }
}

}  // namespace

StopSignals::StopSignals()
    : m_int(std::signal(SIGINT, on_stop_signal)), m_term(std::signal(SIGTERM, on_stop_signal)) {
  g_stop = false;
}

StopSignals::~StopSignals() {
  std::signal(SIGINT, m_int);
  std::signal(SIGTERM, m_term);
}

bool confirmed(const std::string& question) {
  std::cerr << question << " [y/N] " << std::flush;
  std::string answer;
  std::getline(std::cin, answer);
  return answer == "y" || answer == "Y" || answer == "yes";
}

const std::atomic<bool>& stop_requested() { return g_stop; }

base::Result<SelectedTargets> select_targets(const fleet::TargetOptions& options,
                                             const manifest::Config& config) {
  // Registry tenants need the central database and the key, both checked
  // before any tenant is touched.
  SelectedTargets selected;
  std::vector<fleet::TenantRecord> registry;
  const bool needs_registry = options.all || !options.tenants.empty();
  if (needs_registry) {
    if (config.central_url.empty()) {
      return base::Error("the tenant registry is needed, but no central database is configured",
                         base::ErrorKind::config)
          .with_hint("set [central] url in tenantctl.toml or TENANTCTL_CENTRAL_URL");
    }
    auto made_key = fleet::key_from_environment();
    if (!made_key) {
      return made_key.error();
    }
    selected.key = std::move(*made_key);
    auto central = pg::Session::open(config.central_url);
    if (!central) {
      return central.error().with_context("central database");
    }
    auto records =
        fleet::read_registry(*central, config.registry_query, config.registry_query_source);
    if (!records) {
      return records.error();
    }
    registry = std::move(*records);
  }
  auto targets = fleet::resolve_targets(options, registry);
  if (!targets) {
    return targets.error();
  }
  selected.targets = std::move(*targets);
  return selected;
}

void add_fleet_options(Options& options, FleetOptions& values, bool for_apply) {
  add_target_options(options, values.targets);
  options.add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  options.add("--format", values.format, "Output: text (default), json, markdown or sql");
  options.add_flag("--verbose", values.verbose, "With text: each distinct plan's SQL");
  options.add("--concurrency", values.concurrency,
              "Tenants at a time (default: [defaults] concurrency, 8)");
  add_schema_options(options, values.schema);
  if (!values.status) {
    options.add("--run", values.run,
                "Share this run with other tenantctl processes (other machines too) through the "
                "central database: each takes the next unclaimed tenant");
    options.add("--lease", values.lease,
                "With --run: seconds a claimed tenant stays claimed without renewal (default 600)");
  }
  if (for_apply) {
    options.add(
        "--allow-hazards", values.allow_hazards,
        "Hazards to accept: all, or a comma list (" + base::join(ddl::hazard_names(), ", ") + ")");
    options.add_flag("--yes", values.yes, "Apply without asking (required without a terminal)");
    options.add("--canary", values.canary,
                "Apply to this many tenants first; stop if one of them fails");
    options.add("--max-failures", values.max_failures,
                "Start no new tenant after this many have failed");
    options.add("--migrations", values.migrations,
                "Migration files to run first (default: [paths] migrations, when it exists)");
  } else {
    options.add_flag("--exit-code", values.exit_code, "Exit 2 when a target has drifted");
  }
}

base::Result<ExitCode> run_fleet_command(FleetOptions& values, bool apply) {
  if (values.format != "text" && values.format != "json" && values.format != "markdown" &&
      values.format != "sql") {
    return base::Error(fmt::format("unknown --format '{}'", values.format), base::ErrorKind::usage)
        .with_hint("formats: text, json, markdown, sql");
  }
  auto allowed = parse_allowed_hazards(values.allow_hazards);
  if (!allowed) {
    return allowed.error();
  }
  if (apply && !values.yes && !stdin_is_terminal()) {
    return base::Error("apply: standard input is not a terminal, so it cannot ask before applying",
                       base::ErrorKind::usage)
        .with_hint("review the plan with 'tenantctl plan', then run apply with --yes");
  }
  auto config = manifest::load_config(
      values.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(values.config));
  if (!config) {
    return config.error();
  }
  // Flags left at their defaults take the configuration's values.
  const SchemaOptions defaults;
  if (values.schema.schema == defaults.schema) {
    values.schema.schema = config->schema;
  }
  if (values.schema.lock_timeout == defaults.lock_timeout) {
    values.schema.lock_timeout = config->lock_timeout;
  }
  if (values.schema.statement_timeout == defaults.statement_timeout) {
    values.schema.statement_timeout = config->statement_timeout;
  }
  // The desired schema is read on another thread while the registry and the
  // first catalogs are read; its errors still end the run as config errors.
  auto loading = std::async(
      std::launch::async, [path = values.schema.schema] { return manifest::load_manifest(path); });
  auto selected = select_targets(values.targets, *config);
  if (!selected) {
    return selected.error();
  }
  const auto* targets = &selected->targets;
  // apply runs the pending migration files first; status lists them; plan
  // leaves them alone.
  std::optional<std::vector<knex::MigrationFile>> migrations;
  if (apply || values.status) {
    auto loaded = load_migrations_for(values.migrations, *config, values.status);
    if (!loaded) {
      return loaded.error();
    }
    migrations = std::move(*loaded);
  }
  reconcile::DesiredSchema desired(std::move(loading), scratch_url(values.schema));
  // Only a single target's catalog read overlaps the parsing: a fleet waits
  // for it, so a malformed schema touches no tenant at all.
  if (targets->size() != 1) {
    if (auto loaded = desired.ready(); !loaded) {
      return loaded.error();
    }
  }
  if (!config->central_url.empty()) {
    desired.set_fallback_scratch(config->central_url);
  } else if (!values.targets.urls.empty()) {
    desired.set_fallback_scratch(values.targets.urls.front());
  }
  fleet::RunOptions options;
  options.concurrency = values.concurrency > 0 ? values.concurrency : config->concurrency;
  options.render = ddl::RenderOptions{.online = !values.schema.offline};
  options.execute = execute_options(values.schema);
  options.connect_timeout_seconds = config->connect_timeout;
  options.progress = ::isatty(2) == 1 && targets->size() > 1;
  options.allowed_hazards = *allowed;
  options.canary = values.canary;
  if (values.max_failures >= 0) {
    options.max_failures = values.max_failures;
  }
  if (migrations) {
    options.migrations = &*migrations;
  }
  options.migrator.lock_wait = values.schema.lock_timeout;
  std::unique_ptr<fleet::SharedRun> shared;
  if (!values.run.empty()) {
    if (values.canary > 0) {
      return base::Error("--run and --canary do not go together", base::ErrorKind::usage)
          .with_hint("run the canary first without --run, then the rest with it");
    }
    if (values.lease < 10) {
      return base::Error("--lease must be at least 10 seconds", base::ErrorKind::usage);
    }
    if (config->central_url.empty()) {
      return base::Error("--run needs the central database, and none is configured",
                         base::ErrorKind::config)
          .with_hint("set [central] url in tenantctl.toml or TENANTCTL_CENTRAL_URL");
    }
    auto opened = fleet::SharedRun::open(config->central_url, values.run, *targets,
                                         std::chrono::seconds(values.lease));
    if (!opened) {
      return opened.error();
    }
    shared = std::move(*opened);
    options.shared = shared.get();
  }
  const StopSignals signals;
  const crypto::EncryptionKey* key_pointer = selected->key ? &*selected->key : nullptr;
  if (apply && !values.yes) {
    // On a terminal: show what would be done, then ask.
    // The preview plans every target here; only the apply takes claims.
    auto preview_options = options;
    preview_options.shared = nullptr;
    auto preview = fleet::run_fleet(*targets, desired, key_pointer, preview_options, g_stop);
    if (auto loaded = desired.ready(); !loaded) {
      return loaded.error();
    }
    print_report(preview, values);
    if (!confirmed(fmt::format("Apply to {} target(s)?", targets->size()))) {
      std::cerr << "tenantctl: nothing applied\n";
      return ExitCode::failed;
    }
  }
  options.apply = apply;
  const auto report = fleet::run_fleet(*targets, desired, key_pointer, options, g_stop);
  if (auto loaded = desired.ready(); !loaded) {
    return loaded.error();
  }
  if (values.status) {
    print_status(report, values.format);
    return status_exit_code(report, values.exit_code);
  }
  print_report(report, values);
  return exit_code_for(report, values.exit_code);
}

}  // namespace cli
