#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "cli/exit_code.hpp"

namespace cli {

// A command's arguments: everything after the command name.
using Args = std::span<const std::string>;

// One row of the command table: `tenantctl NAME ...` runs `run`, which returns
// an exit code or an Error (printed by the one error printer in app.cpp).
struct Command {
  std::string_view name;
  std::string_view summary;
  base::Result<ExitCode> (*run)(Args args);
  // Prints the command's full help to stdout.
  void (*help)();
  // True when its first argument names a subcommand (tenant create): `help
  // COMMAND SUBCOMMAND` then shows that subcommand's help.
  bool has_subcommands = false;
};

// Returns the command table, in the order `tenantctl --help` lists it.
[[nodiscard]] std::span<const Command> commands();

// Returns the command called `name`, or nullptr.
[[nodiscard]] const Command* find_command(std::string_view name);

// The commands, one file each under cli/.
base::Result<ExitCode> run_inspect(Args args);
void help_inspect();
base::Result<ExitCode> run_plan(Args args);
void help_plan();
base::Result<ExitCode> run_apply(Args args);
void help_apply();
base::Result<ExitCode> run_diff(Args args);
void help_diff();
base::Result<ExitCode> run_check(Args args);
void help_check();
base::Result<ExitCode> run_generate(Args args);
void help_generate();
base::Result<ExitCode> run_status(Args args);
void help_status();
base::Result<ExitCode> run_migrate(Args args);
void help_migrate();
base::Result<ExitCode> run_rollback(Args args);
void help_rollback();
base::Result<ExitCode> run_make(Args args);
void help_make();
base::Result<ExitCode> run_unlock(Args args);
void help_unlock();
base::Result<ExitCode> run_tenant(Args args);
void help_tenant();
base::Result<ExitCode> run_admin(Args args);
void help_admin();
base::Result<ExitCode> run_secrets(Args args);
void help_secrets();

}  // namespace cli
