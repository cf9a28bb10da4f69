#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "cli/exit_code.hpp"
#include "cli/schema_support.hpp"
#include "crypto/secrets.hpp"
#include "fleet/runner.hpp"
#include "fleet/targets.hpp"

namespace manifest {
struct Config;
}

namespace cli {

class Options;

// Options of the commands that run over a fleet (plan, apply).
struct FleetOptions {
  fleet::TargetOptions targets;
  std::string config;
  std::string format = "text";
  bool exit_code = false;
  bool verbose = false;
  int concurrency = 0;  // 0: the configuration's default
  SchemaOptions schema;
  // apply and status: --migrations (default: [paths] migrations)
  std::string migrations;
  // status: report each target's migration history and drift instead of plans
  bool status = false;
  // apply only
  std::string allow_hazards;
  bool yes = false;
  int canary = 0;
  int max_failures = -1;
  // plan and apply: --run NAME shares the run with other processes through
  // the central database; --lease: seconds a claim holds without renewal.
  std::string run;
  int lease = 0;  // 0: not given (600)
  // plan --out FILE: write the reviewed plan; apply --plan FILE: apply it.
  std::string out;
  std::string reviewed_plan;
};

// The commands that share the fleet options.
enum class FleetCommand { plan, apply, status };

// Declares the options `command` takes, and only those: the target options
// (--url, --tenant, --all, --shard), --config, --format, --concurrency and
// --schema and --scratch-url for all; --verbose, the statement options
// (--offline, --lock-timeout, --statement-timeout) and --run/--lease for plan
// and apply; --exit-code for plan and status; apply's own (--allow-hazards,
// --yes, --canary, --max-failures) and --migrations for apply and status.
void add_fleet_options(Options& options, FleetOptions& values, FleetCommand command);

// Runs plan (apply = false) or apply over the selected targets and prints the
// report in the chosen format. Returns the exit code SPEC.md gives: 1 if a
// target failed, else 3 if one was blocked by a hazard, else 2 for drift with
// --exit-code, else 0. apply runs the pending migration files first (the
// migrations directory is optional for apply unless --migrations or the
// configuration names one); with values.status, a plan run also reads each
// tenant's migration history and prints the status report (cli/ledger_support).
[[nodiscard]] base::Result<ExitCode> run_fleet_command(FleetOptions& values, bool apply);

// Set by SIGINT/SIGTERM while a fleet command runs.
[[nodiscard]] const std::atomic<bool>& stop_requested();

// The targets a fleet command selected, and the key that decrypts registry
// passwords (nullopt when every target is a --url).
struct SelectedTargets {
  std::vector<fleet::Target> targets;
  std::optional<crypto::EncryptionKey> key;
};

// Resolves the target options against the registry. The registry (central
// database, registry query) and DB_ENCRYPTION_KEY are needed only for --tenant
// and --all; a missing central URL or key is a config error, before any
// tenant is touched.
[[nodiscard]] base::Result<SelectedTargets> select_targets(const fleet::TargetOptions& options,
                                                           const manifest::Config& config);

// Until destroyed: Ctrl-C and SIGTERM set stop_requested() (a run stops
// starting tenants) instead of ending the process.
class StopSignals {
 public:
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

 private:
  void (*m_int)(int);
  void (*m_term)(int);
};

// Asks `question` on stderr and reads a line from stdin: true for y, Y or yes.
[[nodiscard]] bool confirmed(const std::string& question);

}  // namespace cli
