#include "cli/subcommand.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <optional>
#include <vector>

#include "base/strings.hpp"

namespace cli {

void print_subcommands(std::string_view command, std::string_view description,
                       std::span<const Subcommand> table) {
  std::cout << fmt::format("Usage: tenantctl {} SUBCOMMAND [OPTIONS]\n\n{}\n\nSubcommands:\n",
                           command, description);
  for (const auto& sub : table) {
    std::cout << fmt::format("  {:<18} {}\n", sub.name, sub.summary);
  }
  std::cout << fmt::format("\n'tenantctl {} SUBCOMMAND --help' shows a subcommand's options.\n",
                           command);
}

base::Result<ExitCode> run_subcommand(std::string_view command, std::string_view description,
                                      std::span<const Subcommand> table, Args args) {
  if (args.empty()) {
    print_subcommands(command, description, table);
    return base::Error(fmt::format("{}: which subcommand?", command), base::ErrorKind::usage)
        .with_hint(fmt::format("see 'tenantctl help {}'", command));
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_subcommands(command, description, table);
    return ExitCode::ok;
  }
  std::vector<std::string> names;
  for (const auto& sub : table) {
    if (sub.name == args[0]) {
      return sub.run(args.subspan(1));
    }
    names.emplace_back(sub.name);
  }
  const std::string suggestion = base::closest_match(args[0], names);
  return base::Error(fmt::format("{}: unknown subcommand '{}'", command, args[0]),
                     base::ErrorKind::usage)
      .with_hint(suggestion.empty() ? fmt::format("subcommands: {}", base::join(names, ", "))
                                    : fmt::format("did you mean '{} {}'?", command, suggestion));
}

base::Result<manifest::Config> load_config_from(const std::string& path) {
  return manifest::load_config(path.empty() ? std::nullopt
                                            : std::optional<std::filesystem::path>(path));
}

base::Result<pg::Session> open_central(const manifest::Config& config) {
  if (config.central_url.empty()) {
    return base::Error("the central database is needed, but none is configured",
                       base::ErrorKind::config)
        .with_hint("set [central] url in tenantctl.toml or TENANTCTL_CENTRAL_URL");
  }
  auto central = pg::Session::open(config.central_url);
  if (!central) {
    return central.error().with_context("central database");
  }
  return central;
}

base::Result<provision::StoredTenant> find_tenant(provision::RegistryStore& store,
                                                  std::string_view slug_or_id) {
  auto found = store.find(slug_or_id);
  if (!found) {
    return found.error();
  }
  if (!*found) {
    return base::Error(fmt::format("no tenant has the slug or id '{}'", slug_or_id),
                       base::ErrorKind::usage)
        .with_hint("tenantctl tenant list shows the tenants");
  }
  return std::move(**found);
}

}  // namespace cli
