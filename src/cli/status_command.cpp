#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/fleet_support.hpp"
#include "cli/options.hpp"

namespace cli {
namespace {

std::unique_ptr<Options> status_options(FleetOptions& values) {
  auto options = std::make_unique<Options>(
      "status",
      "Shows, per target, the migration history against the migrations directory "
      "(completed, pending, missing, out-of-order files) and whether the catalog matches the "
      "desired schema (drift). Changes nothing. Targets: --url URL ..., --tenant SLUG|ID ..., "
      "--all [--shard K/N].");
  add_fleet_options(*options, values, FleetCommand::status);
  return options;
}

}  // namespace

base::Result<ExitCode> run_status(Args args) {
  FleetOptions values;
  values.status = true;
  auto options = status_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  if (values.format != "text" && values.format != "json" && values.format != "markdown") {
    return base::Error(fmt::format("unknown --format '{}'", values.format), base::ErrorKind::usage)
        .with_hint("formats: text, json, markdown");
  }
  return run_fleet_command(values, false);
}

void help_status() {
  FleetOptions values;
  status_options(values)->print_help();
}

}  // namespace cli
