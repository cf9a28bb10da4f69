#pragma once

#include <atomic>
#include <string>

#include "base/result.hpp"
#include "cli/exit_code.hpp"
#include "cli/schema_support.hpp"
#include "fleet/runner.hpp"
#include "fleet/targets.hpp"

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
  // apply only
  std::string allow_hazards;
  bool yes = false;
  int canary = 0;
  int max_failures = -1;
};

// Declares the target options (--url, --tenant, --all, --shard), --config,
// --format, --verbose, --concurrency and the schema options.
void add_fleet_options(Options& options, FleetOptions& values, bool for_apply);

// Runs plan (apply = false) or apply over the selected targets and prints the
// report in the chosen format. Returns the exit code SPEC.md gives: 1 if a
// target failed, else 3 if one was blocked by a hazard, else 2 for drift with
// --exit-code, else 0.
[[nodiscard]] base::Result<ExitCode> run_fleet_command(FleetOptions& values, bool apply);

// Set by SIGINT/SIGTERM while a fleet command runs.
[[nodiscard]] const std::atomic<bool>& stop_requested();

}  // namespace cli
