#pragma once

#include <span>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "cli/command.hpp"
#include "manifest/config.hpp"
#include "pg/session.hpp"
#include "provision/registry_store.hpp"

namespace cli {

// One row of a command's own table of subcommands (tenant create, tenant
// list, ..., secrets rotate).
struct Subcommand {
  std::string_view name;
  std::string_view summary;
  base::Result<ExitCode> (*run)(Args args);
  void (*help)();
};

// Runs the subcommand that args[0] names with the rest of args. No name, or
// --help, prints the list (exit 0 for --help, 64 for nothing); an unknown
// name is a usage error with "did you mean".
[[nodiscard]] base::Result<ExitCode> run_subcommand(std::string_view command,
                                                    std::string_view description,
                                                    std::span<const Subcommand> table, Args args);

// Prints "Usage: tenantctl COMMAND SUBCOMMAND ..." and the table.
void print_subcommands(std::string_view command, std::string_view description,
                       std::span<const Subcommand> table);

// Reads tenantctl.toml (`path`, or ./tenantctl.toml when empty).
[[nodiscard]] base::Result<manifest::Config> load_config_from(const std::string& path);

// Connects to the central database; a config error when none is configured.
[[nodiscard]] base::Result<pg::Session> open_central(const manifest::Config& config);

// Returns the registry row of the tenant with slug or id `slug_or_id`; a
// usage error, with a hint to list the tenants, when no tenant has it.
[[nodiscard]] base::Result<provision::StoredTenant> find_tenant(provision::RegistryStore& store,
                                                                std::string_view slug_or_id);

}  // namespace cli
