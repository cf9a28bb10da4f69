// tenantctl admin create: a central admin (platform operator).

#include <fmt/format.h>

#include <array>
#include <iostream>

#include "cli/account_input.hpp"
#include "cli/options.hpp"
#include "cli/subcommand.hpp"
#include "provision/accounts.hpp"

namespace cli {
namespace {

constexpr std::string_view k_description =
    "Creates central admins (platform operators) in the central database.";

struct CreateValues {
  std::string config;
  int cost = 0;
};

std::unique_ptr<Options> create_options(CreateValues& values) {
  auto options = std::make_unique<Options>(
      "admin create",
      "Creates a central admin: email, password, first and last name, role admin or "
      "superadmin. On a terminal it asks (the password twice, not shown); without one it reads "
      "EMAIL, PASSWORD, FIRST_NAME, LAST_NAME and ROLE (default admin) from the environment. "
      "The password is stored as a bcrypt hash ($2b$) in [admins] table of tenantctl.toml "
      "(default: users, the platform's Prisma layout). A taken email is refused.");
  options->add("--cost", values.cost, "bcrypt cost, 10 to 31 (default: [admins] bcrypt_cost, 12)");
  options->add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  return options;
}

base::Result<ExitCode> run_create(Args args) {
  CreateValues values;
  auto options = create_options(values);
  auto proceed = options->parse(args);
  if (!proceed || !*proceed) {
    return proceed ? base::Result<ExitCode>(ExitCode::ok) : proceed.error();
  }
  auto config = load_config_from(values.config);
  if (!config) {
    return config.error();
  }
  manifest::AdminTable table = config->admins;
  if (values.cost != 0) {
    if (values.cost < 10 || values.cost > 31) {
      return base::Error(fmt::format("--cost {} is not from 10 to 31", values.cost),
                         base::ErrorKind::usage);
    }
    table.bcrypt_cost = values.cost;
  }
  // The central database is checked before anyone types a password.
  auto central = open_central(*config);
  if (!central) {
    return central.error();
  }
  auto account = read_account("a central admin", "admin", true);
  if (!account) {
    return account.error();
  }
  if (auto valid = provision::validate_account(*account, true); !valid) {
    return valid.error();
  }
  auto created = provision::create_admin(*central, table, *account);
  if (!created) {
    return created.error();
  }
  std::cout << fmt::format("created {} {} (id {}) in {}\n", created->role, created->email,
                           created->id, table.table);
  return ExitCode::ok;
}

void help_create() {
  CreateValues values;
  create_options(values)->print_help();
}

constexpr std::array k_subcommands = {
    Subcommand{"create", "Create a central admin (asks, or reads EMAIL, PASSWORD, ...)", run_create,
               help_create},
};

}  // namespace

base::Result<ExitCode> run_admin(Args args) {
  return run_subcommand("admin", k_description, k_subcommands, args);
}

void help_admin() { print_subcommands("admin", k_description, k_subcommands); }

}  // namespace cli
