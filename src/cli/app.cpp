#include "cli/app.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/strings.hpp"
#include "cli/command.hpp"
#include "cli/schema_support.hpp"
#include "report/json_parts.hpp"

namespace cli {
namespace {

base::Result<ExitCode> run_help(Args args);
void help_help();

constexpr std::array k_commands = {
    Command{"inspect", "Read a database's schema and write it as TOML", run_inspect, help_inspect},
    Command{"plan", "Show the SQL that would bring a database to the desired schema", run_plan,
            help_plan},
    Command{"apply", "Bring a database to the desired schema, safely", run_apply, help_apply},
    Command{"diff", "Show the SQL between two desired schemas (no database)", run_diff, help_diff},
    Command{"check", "CI gate: migrations/ replayed on a scratch database must give schema/",
            run_check, help_check},
    Command{"generate", "Write the next migration (up and down) from schema/", run_generate,
            help_generate},
    Command{"status", "Show each target's migration history and drift from schema/", run_status,
            help_status},
    Command{"migrate", "Run the pending migration files, with knex's lock and bookkeeping",
            run_migrate, help_migrate},
    Command{"rollback", "Undo the last batch of migrations (knex migrate:rollback)", run_rollback,
            help_rollback},
    Command{"make", "Create a new timestamped migration file (and its knex .js)", run_make,
            help_make},
    Command{"unlock", "Release a stale knex migration lock (knex migrate:unlock)", run_unlock,
            help_unlock},
    Command{"tenant", "Create, list, show and disable tenants; create a tenant's users", run_tenant,
            help_tenant, true},
    Command{"admin", "Create a central admin (platform operator)", run_admin, help_admin, true},
    Command{"secrets", "Rotate the password key and the tenants' database passwords", run_secrets,
            help_secrets, true},
    Command{"help", "Show help for a command", run_help, help_help},
};

void print_overview() {
  std::cout << fmt::format(
      "tenantctl {}: keeps a fleet of tenant PostgreSQL databases on a declared schema\n\n"
      "Usage: tenantctl COMMAND [OPTIONS]\n"
      "       tenantctl help COMMAND\n\n"
      "Commands:\n",
      TENANTCTL_VERSION);
  for (const auto& command : k_commands) {
    std::cout << fmt::format("  {:<10} {}\n", command.name, command.summary);
  }
  std::cout << "\nOptions:\n"
               "  --help      Show this help\n"
               "  --version   Show the version\n"
               "  --no-color  No colour in reports (also NO_COLOR=1; colour is only ever used "
               "on a terminal); with any command\n\n"
               "Exit codes: 0 success, 1 a target failed, 2 drift found (--exit-code),\n"
               "            3 blocked by a hazard, 64 usage error, 78 configuration error\n";
}

base::Error unknown_command(const std::string& name) {
  std::vector<std::string> names;
  names.reserve(k_commands.size());
  for (const auto& command : k_commands) {
    names.emplace_back(command.name);
  }
  const std::string suggestion = base::closest_match(name, names);
  return base::Error(fmt::format("unknown command '{}'", name), base::ErrorKind::usage)
      .with_hint(suggestion.empty() ? "see 'tenantctl --help' for the commands"
                                    : fmt::format("did you mean '{}'?", suggestion));
}

base::Result<ExitCode> run_help(Args args) {
  if (args.empty()) {
    print_overview();
    return ExitCode::ok;
  }
  const Command* command = find_command(args[0]);
  if (command == nullptr) {
    return unknown_command(args[0]);
  }
  if (args.size() == 2 && command->has_subcommands) {
    // help tenant create: what `tenant create --help` prints.
    const std::vector<std::string> sub{args[1], "--help"};
    return command->run(sub);
  }
  if (args.size() > 1) {
    return base::Error(command->has_subcommands
                           ? "help: takes a command name and one subcommand name"
                           : fmt::format("help: {} has no subcommands", command->name),
                       base::ErrorKind::usage)
        .with_hint(fmt::format("see 'tenantctl help {}'", command->name));
  }
  command->help();
  return ExitCode::ok;
}

void help_help() {
  std::cout << "Usage: tenantctl help [COMMAND [SUBCOMMAND]]\n\nShows the help of COMMAND (or of "
               "its SUBCOMMAND: help tenant create), or the list of commands.\n";
}

int print_error(const base::Error& error) {
  std::cerr << "tenantctl: error: " << error.message() << '\n';
  if (!error.hint().empty()) {
    std::cerr << "  hint: " << error.hint() << '\n';
  }
  return static_cast<int>(exit_code_for(error.kind()));
}

// True when the command was asked for JSON (--format json, --format=json).
bool wants_json(Args args) {
  for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
    if (args[i] == "--format=json" ||
        (args[i] == "--format" && i + 1 < args.size() && args[i + 1] == "json")) {
      return true;
    }
  }
  return false;
}

// An error that ends a command asked for JSON is also said on stdout, as
// {"error": {kind, message, hint, sqlstate, tenant}} (docs/reports.md), so
// a script reading stdout never gets nothing.
int print_error(const base::Error& error, Args args) {
  if (wants_json(args)) {
    nlohmann::ordered_json out;
    out["error"] = report::error_json(error);
    std::cout << out.dump(2) << '\n';
  }
  return print_error(error);
}

}  // namespace

std::span<const Command> commands() { return k_commands; }

const Command* find_command(std::string_view name) {
  for (const auto& command : k_commands) {
    if (command.name == name) {
      return &command;
    }
  }
  return nullptr;
}

int run(int argc, const char* const* argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  // --no-color goes with any command, anywhere before a "--".
  const auto end = std::find(args.begin(), args.end(), "--");
  if (const auto found = std::find(args.begin(), end, "--no-color"); found != end) {
    args.erase(found);
    disable_color();
  }
  if (args.empty()) {
    print_overview();
    return static_cast<int>(ExitCode::usage);
  }
  const std::string& first = args[0];
  if (first == "--help" || first == "-h") {
    print_overview();
    return static_cast<int>(ExitCode::ok);
  }
  if (first == "--version" || first == "-V") {
    std::cout << "tenantctl " << TENANTCTL_VERSION << '\n';
    return static_cast<int>(ExitCode::ok);
  }
  if (first.starts_with("-")) {
    return print_error(
        base::Error(fmt::format("unknown option '{}'", first), base::ErrorKind::usage)
            .with_hint("options follow the command: tenantctl COMMAND [OPTIONS]"));
  }
  const Command* command = find_command(first);
  if (command == nullptr) {
    return print_error(unknown_command(first));
  }
  try {
    const auto result = command->run(Args(args).subspan(1));
    if (!result) {
      return print_error(result.error(), args);
    }
    return static_cast<int>(*result);
  } catch (const std::exception& error) {
    // Adapters catch their libraries' exceptions; reaching here is a bug.
    return print_error(base::Error(fmt::format("internal error: {}", error.what())));
  }
}

}  // namespace cli
