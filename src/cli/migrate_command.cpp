#include "cli/command.hpp"
#include "cli/ledger_support.hpp"
#include "cli/options.hpp"

namespace cli {
namespace {

std::unique_ptr<Options> migrate_options(LedgerCommandOptions& values) {
  auto options = std::make_unique<Options>(
      "migrate",
      "Runs the pending migration files on every target, like knex migrate:latest: per "
      "tenant one transaction that takes knex's lock, checks the history (a recorded file "
      "that is missing, or a pending hand-written knex file, leaves the tenant untouched), "
      "runs the up parts in name order as one new batch and records them in "
      "knex_migrations. Targets: --url URL ..., --tenant SLUG|ID ..., --all [--shard K/N].");
  add_ledger_options(*options, values, false);
  options->add_flag("--baseline", values.baseline,
                    "Record every pending file (hand-written knex ones too) as run, in one new "
                    "batch, without running any: for tenants whose schema the files already "
                    "made (adopting an existing fleet)");
  return options;
}

}  // namespace

base::Result<ExitCode> run_migrate(Args args) {
  LedgerCommandOptions values;
  auto options = migrate_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  return run_ledger_command(values, fleet::LedgerAction::migrate);
}

void help_migrate() {
  LedgerCommandOptions values;
  migrate_options(values)->print_help();
}

}  // namespace cli
