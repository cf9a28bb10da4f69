#include "cli/command.hpp"
#include "cli/ledger_support.hpp"
#include "cli/options.hpp"

namespace cli {
namespace {

std::unique_ptr<Options> rollback_options(LedgerCommandOptions& values) {
  auto options = std::make_unique<Options>(
      "rollback",
      "Undoes the last batch of migrations on every target, like knex migrate:rollback: per "
      "tenant one transaction with knex's lock that runs the down parts in reverse order and "
      "removes their rows from knex_migrations. A migration without a down part (or a "
      "hand-written knex one) is refused before anything runs. Targets: --url URL ..., "
      "--tenant SLUG|ID ..., --all [--shard K/N].");
  add_ledger_options(*options, values, false);
  options->add_flag("--all-batches", values.all_batches,
                    "Undo every completed migration, not only the last batch");
  return options;
}

}  // namespace

base::Result<ExitCode> run_rollback(Args args) {
  LedgerCommandOptions values;
  auto options = rollback_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  return run_ledger_command(values, values.all_batches ? fleet::LedgerAction::rollback_all
                                                       : fleet::LedgerAction::rollback);
}

void help_rollback() {
  LedgerCommandOptions values;
  rollback_options(values)->print_help();
}

}  // namespace cli
