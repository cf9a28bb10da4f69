#include "cli/command.hpp"
#include "cli/fleet_support.hpp"
#include "cli/options.hpp"

namespace cli {
namespace {

std::unique_ptr<Options> plan_options(FleetOptions& values) {
  auto options = std::make_unique<Options>(
      "plan",
      "Shows, per target, what differs from the desired schema as ordered SQL with its "
      "hazards. Changes nothing. Targets: --url URL ..., --tenant SLUG|ID ..., --all "
      "[--shard K/N].");
  add_fleet_options(*options, values, FleetCommand::plan);
  return options;
}

}  // namespace

base::Result<ExitCode> run_plan(Args args) {
  FleetOptions values;
  auto options = plan_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  return run_fleet_command(values, false);
}

void help_plan() {
  FleetOptions values;
  plan_options(values)->print_help();
}

}  // namespace cli
