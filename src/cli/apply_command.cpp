#include "cli/command.hpp"
#include "cli/fleet_support.hpp"
#include "cli/options.hpp"

namespace cli {
namespace {

std::unique_ptr<Options> apply_options(FleetOptions& values) {
  auto options = std::make_unique<Options>(
      "apply",
      "Plans every target against the desired schema and applies the plan, tenant by tenant "
      "in parallel, then checks that nothing differs any more. Targets: --url URL ..., --tenant "
      "SLUG|ID ..., --all [--shard K/N].");
  add_fleet_options(*options, values, FleetCommand::apply);
  return options;
}

}  // namespace

base::Result<ExitCode> run_apply(Args args) {
  FleetOptions values;
  auto options = apply_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  return run_fleet_command(values, true);
}

void help_apply() {
  FleetOptions values;
  apply_options(values)->print_help();
}

}  // namespace cli
