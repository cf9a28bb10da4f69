#include "cli/command.hpp"
#include "cli/ledger_support.hpp"
#include "cli/options.hpp"

namespace cli {
namespace {

std::unique_ptr<Options> unlock_options(LedgerCommandOptions& values) {
  auto options = std::make_unique<Options>(
      "unlock",
      "Releases knex's migration lock on every target (is_locked = 0), like knex "
      "migrate:unlock: for a lock a crashed run left behind. A lock held by a migration "
      "running now is left alone. Asks first on a terminal; --yes without one. Targets: "
      "--url URL ..., --tenant SLUG|ID ..., --all [--shard K/N].");
  add_ledger_options(*options, values, true);
  return options;
}

}  // namespace

base::Result<ExitCode> run_unlock(Args args) {
  LedgerCommandOptions values;
  auto options = unlock_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  return run_ledger_command(values, fleet::LedgerAction::unlock);
}

void help_unlock() {
  LedgerCommandOptions values;
  unlock_options(values)->print_help();
}

}  // namespace cli
