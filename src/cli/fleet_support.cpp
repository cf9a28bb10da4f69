#include "cli/fleet_support.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

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
#include "report/reviewed_plan.hpp"

namespace cli {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void on_stop_signal(int) { g_stop.store(true); }

ExitCode exit_code_for(const fleet::RunReport& report, bool exit_on_drift) {
  bool blocked = false;
  bool drift = false;
  for (const auto& tenant : report.tenants) {
    if (fleet::needs_attention(tenant)) {
      return ExitCode::failed;
    }
    blocked = blocked || tenant.outcome == fleet::Outcome::blocked;
    drift = drift || fleet::plan_outcome(tenant) == fleet::Outcome::drift;
  }
  if (report.interrupted) {
    return ExitCode::failed;
  }
  if (blocked) {
    return ExitCode::blocked;
  }
  return drift && exit_on_drift ? ExitCode::drift : ExitCode::ok;
}

// What an apply would do, told from its preview (a plan of every target).
struct ApplyPreview {
  std::size_t changing = 0;  // drifted (statements or pending files) and allowed
  std::size_t blocked = 0;   // drifted, with hazards not allowed
  std::size_t failed = 0;
  std::vector<ddl::HazardKind> refused;  // what would unblock the blocked
};

ApplyPreview preview_of(const fleet::RunReport& preview,
                        const std::vector<ddl::HazardKind>& allowed) {
  ApplyPreview out;
  std::set<ddl::HazardKind> refused;
  for (const auto& tenant : preview.tenants) {
    const auto outcome = fleet::plan_outcome(tenant);
    if (outcome == fleet::Outcome::failed || outcome == fleet::Outcome::skipped) {
      ++out.failed;
    } else if (outcome == fleet::Outcome::drift) {
      const auto kinds = fleet::refused_hazards(tenant.statements, allowed);
      refused.insert(kinds.begin(), kinds.end());
      ++(kinds.empty() ? out.changing : out.blocked);
    }
  }
  out.refused.assign(refused.begin(), refused.end());
  return out;
}

// Asks before an apply, with the hazards decided: how many targets change,
// how many stay blocked and the --allow-hazards value that would include
// them. Nothing to change: says why and returns the exit code without
// asking. Returns nullopt to go on.
std::optional<ExitCode> ask_to_apply(const fleet::RunReport& preview,
                                     const std::vector<ddl::HazardKind>& allowed) {
  const auto seen = preview_of(preview, allowed);
  const std::string blocked =
      seen.blocked == 0
          ? std::string()
          : fmt::format(
                "{} target{} stay{} blocked by hazards (to include them: --allow-hazards "
                "{})",
                seen.blocked, seen.blocked == 1 ? "" : "s", seen.blocked == 1 ? "s" : "",
                fleet::allow_hazards_value(seen.refused));
  if (seen.changing == 0) {
    std::cerr << "tenantctl: nothing to apply" << (blocked.empty() ? "" : ": " + blocked) << "\n";
    return seen.failed > 0 ? ExitCode::failed : seen.blocked > 0 ? ExitCode::blocked : ExitCode::ok;
  }
  const auto question =
      fmt::format("Apply to {} of {} target(s)?{}", seen.changing, preview.tenants.size(),
                  blocked.empty() ? "" : " " + blocked + ".");
  if (!confirmed(question)) {
    std::cerr << "tenantctl: nothing applied\n";
    return ExitCode::failed;
  }
  return std::nullopt;
}

// After an apply: the targets blocked by hazards, and the value that would
// apply them, said once.
void say_blocked(const fleet::RunReport& report, const std::vector<ddl::HazardKind>& allowed) {
  std::size_t blocked = 0;
  std::set<ddl::HazardKind> refused;
  for (const auto& tenant : report.tenants) {
    if (tenant.outcome == fleet::Outcome::blocked) {
      ++blocked;
      const auto kinds = fleet::refused_hazards(tenant.statements, allowed);
      refused.insert(kinds.begin(), kinds.end());
    }
  }
  if (blocked > 0) {
    std::cerr << fmt::format(
        "tenantctl: {} target{} blocked by hazards; to apply {}: --allow-hazards {}\n", blocked,
        blocked == 1 ? "" : "s", blocked == 1 ? "it" : "them",
        fleet::allow_hazards_value({refused.begin(), refused.end()}));
  }
}

// Reads a reviewed plan file (plan --out).
base::Result<fleet::ReviewedPlan> read_reviewed_plan_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return base::Error(fmt::format("cannot read the reviewed plan {}", path),
                       base::ErrorKind::config)
        .with_hint("make one with 'tenantctl plan ... --out FILE'");
  }
  std::stringstream text;
  text << in.rdbuf();
  return report::read_reviewed_plan(text.str(), path);
}

base::Result<void> write_reviewed_plan(const std::string& path, const std::string& json) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << json;
  if (!out.flush()) {
    return base::Error(fmt::format("cannot write the reviewed plan to {}", path),
                       base::ErrorKind::config);
  }
  return {};
}

// True when apply ran migration files or statements on a tenant.
bool apply_changed_any(const fleet::RunReport& report) {
  return std::any_of(report.tenants.begin(), report.tenants.end(), [](const auto& tenant) {
    return tenant.outcome == fleet::Outcome::applied || !tenant.migrated.empty();
  });
}

void print_report(const fleet::RunReport& report, const FleetOptions& values,
                  const std::vector<knex::MigrationFile>* migrations) {
  if (values.format == "json") {
    std::cout << report::fleet_json(report);
  } else if (values.format == "markdown") {
    std::cout << report::fleet_markdown(report);
  } else if (values.format == "sql") {
    for (const auto& tenant : report.tenants) {
      const auto pending = fleet::pending_files(tenant);
      if (tenant.statements.empty() && pending.empty()) {
        continue;
      }
      std::cout << "-- target: " << tenant.label << "\n"
                << report::pending_sql(pending, migrations);
      if (!tenant.statements.empty()) {
        plan::Plan plan{tenant.statements};
        std::cout << report::plan_sql(plan, execute_options(values.schema));
      }
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
    if (const auto pending = fleet::pending_files(tenant); !pending.empty()) {
      std::cout << fmt::format("{} pending migration file{}, which apply runs first: {}\n",
                               pending.size(), pending.size() == 1 ? "" : "s",
                               base::join(pending, ", "));
      if (values.verbose) {
        std::cout << report::pending_sql(pending, migrations);
      }
      if (tenant.statements.empty() && tenant.error.empty()) {
        std::cout << "schema/: in sync with the catalog as it is now; apply plans again once the "
                     "files have run\n";
        return;
      }
    }
    std::cout << report::plan_text(plan::Plan{tenant.statements, tenant.notes},
                                   report::TextOptions{color_output(), tenant.label});
    if (!tenant.error.empty()) {
      std::cout << fleet::outcome_name(tenant.outcome) << ": " << tenant.error << "\n";
      if (!tenant.hint.empty()) {
        std::cout << "  hint: " << tenant.hint << "\n";
      }
    } else if (tenant.outcome == fleet::Outcome::applied) {
      std::cout << fmt::format("applied {} statement{}; in sync now\n", tenant.statements.size(),
                               tenant.statements.size() == 1 ? "" : "s");
    }
  } else {
    std::cout << report::fleet_text(
        report, report::FleetTextOptions{color_output(), values.verbose, migrations});
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
  if (selected.key) {
    if (auto opens = fleet::check_key_opens(*targets, *selected.key); !opens) {
      return opens.error();
    }
  }
  selected.targets = std::move(*targets);
  return selected;
}

void add_fleet_options(Options& options, FleetOptions& values, FleetCommand command) {
  const bool apply = command == FleetCommand::apply;
  const bool status = command == FleetCommand::status;
  add_target_options(options, values.targets);
  options.add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  options.add("--format", values.format,
              status ? "Output: text (default), json or markdown"
                     : "Output: text (default), json, markdown or sql");
  if (!status) {
    options.add_flag("--verbose", values.verbose, "With text: each distinct plan's SQL");
  }
  options.add_count("--concurrency", values.concurrency,
                    "Tenants at a time (default: [defaults] concurrency, 8)", 1);
  add_schema_options(options, values.schema, !status);
  if (!status) {
    options.add("--run", values.run,
                "Share this run with other tenantctl processes (other machines too) through the "
                "central database: each takes the next unclaimed tenant");
    options.add_count(
        "--lease", values.lease,
        "With --run: seconds a claimed tenant stays claimed without renewal (default 600)", 10);
  }
  if (apply) {
    options.add(
        "--allow-hazards", values.allow_hazards,
        "Hazards to accept: all, or a comma list (" + base::join(ddl::hazard_names(), ", ") + ")");
    options.add_flag("--yes", values.yes, "Apply without asking (required without a terminal)");
    options.add_count("--canary", values.canary,
                      "Apply to this many tenants first; stop if one of them fails", 1);
    options.add_count("--max-failures", values.max_failures,
                      "Start no new tenant after this many have failed", 1);
    options.add("--migrations", values.migrations,
                "Migration files to run first (default: [paths] migrations, when it exists)");
  } else {
    options.add_flag("--exit-code", values.exit_code,
                     status ? "Exit 2 when a target has pending migrations or has drifted"
                            : "Exit 2 when a target has drifted or has pending migration files");
  }
  if (command == FleetCommand::plan) {
    options.add("--out", values.out,
                "Also write the plan as a reviewed plan (JSON) to FILE, for apply --plan");
  }
  if (apply) {
    options.add("--plan", values.reviewed_plan,
                "Apply exactly this reviewed plan (plan --out) to the tenants it names whose "
                "catalog has not changed since; the others are reported, not touched");
  }
  if (command == FleetCommand::plan) {
    options.add("--migrations", values.migrations,
                "Migration files apply runs first, listed per target when pending (default: "
                "[paths] migrations, when it exists)");
  }
  if (status) {
    options.add("--migrations", values.migrations,
                "The migrations directory (default: [paths] migrations, migrations)");
  }
}

base::Result<ExitCode> run_fleet_command(FleetOptions& values, bool apply) {
  if (values.format != "text" && values.format != "json" && values.format != "markdown" &&
      values.format != "sql") {
    return base::Error(fmt::format("unknown --format '{}'", values.format), base::ErrorKind::usage)
        .with_hint("formats: text, json, markdown, sql");
  }
  if (values.lease > 0 && values.run.empty()) {
    return base::Error("--lease is given without --run", base::ErrorKind::usage)
        .with_hint(
            "a lease is how long a claim of a shared run holds: add --run NAME, or drop "
            "--lease");
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
  // The configuration's default allow list, and --allow-hazards on top.
  if (!config->allow_hazards.empty()) {
    auto defaults = parse_allowed_hazards(base::join(config->allow_hazards, ","));
    if (!defaults) {
      return base::Error(config->allow_hazards_source + ": " + defaults.error().message(),
                         base::ErrorKind::config)
          .with_hint(defaults.error().hint());
    }
    allowed->insert(allowed->end(), defaults->begin(), defaults->end());
  }
  // Flags left at their defaults take the configuration's values.
  const SchemaOptions defaults;
  const bool schema_given = values.schema.schema != defaults.schema;
  if (!schema_given) {
    values.schema.schema = config->schema;
  }
  // A project with migrations alone: status lists them and says drift was
  // not checked; plan and apply need a desired schema to compare with.
  const bool no_schema = !schema_given && manifest::no_desired_schema(values.schema.schema);
  if (no_schema && !values.status) {
    return base::Error(fmt::format("there is no desired schema: {} holds no .toml files",
                                   values.schema.schema),
                       base::ErrorKind::config)
        .with_hint(
            "plan and apply compare tenants with one: write it (tenantctl inspect "
            "--tenant SLUG --out schema/schema.toml) or pass --schema; status, migrate, "
            "rollback, unlock and tenant create work on migrations alone");
  }
  if (values.schema.lock_timeout == defaults.lock_timeout) {
    values.schema.lock_timeout = config->lock_timeout;
  }
  if (values.schema.statement_timeout == defaults.statement_timeout) {
    values.schema.statement_timeout = config->statement_timeout;
  }
  // The desired schema is read on another thread while the registry and the
  // first catalogs are read; its errors still end the run as config errors.
  auto loading = std::async(std::launch::async, [path = values.schema.schema, no_schema] {
    return no_schema ? base::Result<manifest::Manifest>(manifest::Manifest{})
                     : manifest::load_manifest(path);
  });
  auto selected = select_targets(values.targets, *config);
  if (!selected) {
    return selected.error();
  }
  const auto* targets = &selected->targets;
  // apply runs the pending migration files first; plan and status list them.
  std::optional<std::vector<knex::MigrationFile>> migrations;
  {
    auto loaded = load_migrations_for(values.migrations, *config, values.status);
    if (!loaded) {
      return loaded.error();
    }
    migrations = std::move(*loaded);
  }
  const std::vector<knex::MigrationFile>* files = migrations ? &*migrations : nullptr;
  // apply --plan: the reviewed plan must be of these very inputs.
  std::optional<fleet::ReviewedPlan> reviewed;
  if (apply && !values.reviewed_plan.empty()) {
    auto read = read_reviewed_plan_file(values.reviewed_plan);
    if (!read) {
      return read.error();
    }
    const auto now = inputs_hash(values.schema.schema, files);
    if (read->inputs != now) {
      return base::Error(
                 fmt::format("the reviewed plan {} was made from other contents of "
                             "schema/ or migrations/ (inputs {}, now {}); nothing applied",
                             values.reviewed_plan, read->inputs.substr(0, 12), now.substr(0, 12)),
                 base::ErrorKind::usage)
          .with_hint("plan again with --out from these files, review that plan, then apply it");
    }
    reviewed = std::move(*read);
  }
  // The scratch server: --scratch-url, else TENANTCTL_SCRATCH_URL, else a
  // throwaway cluster started the first time a tenant needs it (never the
  // central database or a tenant's server). Declared before `desired`, which
  // uses it, so that it is stopped after.
  std::optional<pg::LocalCluster> throwaway;
  reconcile::DesiredSchema desired(std::move(loading), scratch_url(values.schema));
  // Only a single target's catalog read overlaps the parsing: a fleet waits
  // for it, so a malformed schema touches no tenant at all.
  if (targets->size() != 1) {
    if (auto loaded = desired.ready(); !loaded) {
      return loaded.error();
    }
  }
  desired.set_scratch_provider([&throwaway]() { return start_throwaway_scratch(throwaway); });
  fleet::RunOptions options;
  options.check_drift = !no_schema;
  options.reviewed = reviewed ? &*reviewed : nullptr;
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
    if (config->central_url.empty()) {
      return base::Error("--run needs the central database, and none is configured",
                         base::ErrorKind::config)
          .with_hint("set [central] url in tenantctl.toml or TENANTCTL_CENTRAL_URL");
    }
    const fleet::RunIdentity identity{apply ? "apply" : "plan",
                                      inputs_hash(values.schema.schema, files)};
    auto opened =
        fleet::SharedRun::open(config->central_url, values.run, identity, *targets,
                               std::chrono::seconds(values.lease > 0 ? values.lease : 600));
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
    if (preview.shared_error) {
      return *preview.shared_error;
    }
    print_report(preview, values, files);
    if (const auto stop = ask_to_apply(preview, options.allowed_hazards)) {
      return *stop;
    }
  }
  options.apply = apply;
  const auto report = fleet::run_fleet(*targets, desired, key_pointer, options, g_stop);
  if (auto loaded = desired.ready(); !loaded) {
    return loaded.error();
  }
  if (report.shared_error && !apply_changed_any(report)) {
    // The same error for every tenant that needed the desired schema: once.
    return *report.shared_error;
  }
  if (values.status) {
    print_status(report, values.format);
    return status_exit_code(report, values.exit_code);
  }
  print_report(report, values, files);
  if (apply) {
    say_blocked(report, options.allowed_hazards);
  }
  // apply --plan: a tenant the reviewed plan does not cover as it is now was
  // left alone, which the exit code says.
  if (reviewed && std::any_of(report.tenants.begin(), report.tenants.end(),
                              [](const auto& t) { return t.outcome == fleet::Outcome::skipped; })) {
    std::cerr << "tenantctl: some targets were not applied: they changed since the reviewed plan "
                 "was made, or it does not name them (above)\n";
    return ExitCode::failed;
  }
  if (!apply && !values.out.empty()) {
    if (auto written = write_reviewed_plan(
            values.out,
            report::reviewed_plan_json(report, inputs_hash(values.schema.schema, files)));
        !written) {
      return written.error();
    }
    std::cerr << fmt::format("tenantctl: wrote the reviewed plan to {} ({} targets)\n", values.out,
                             report.tenants.size());
  }
  return exit_code_for(report, values.exit_code);
}

}  // namespace cli
