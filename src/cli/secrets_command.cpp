// tenantctl secrets rotate and rotate-passwords.

#include <fmt/format.h>

#include <array>
#include <cstdlib>
#include <iostream>

#include "base/strings.hpp"
#include "cli/fleet_support.hpp"
#include "cli/options.hpp"
#include "cli/subcommand.hpp"
#include "cli/target_support.hpp"
#include "fleet/connect.hpp"
#include "provision/registry_store.hpp"
#include "provision/rotation.hpp"

namespace cli {
namespace {

constexpr std::string_view k_description =
    "Rotates the registry's encryption key and the tenants' database passwords. Keys and "
    "passwords come from the environment only and are never printed.";
constexpr const char* k_new_key_variable = "DB_ENCRYPTION_KEY_NEW";

struct RotateValues {
  std::string config;
  bool dry_run = false;
};

std::unique_ptr<Options> rotate_options(RotateValues& values) {
  auto options = std::make_unique<Options>(
      "secrets rotate",
      "Re-encrypts every tenant password of the registry table from the key in "
      "DB_ENCRYPTION_KEY to the key in DB_ENCRYPTION_KEY_NEW, in one transaction of the central "
      "database; each new value is decrypted under the new key and compared before the commit. "
      "Afterwards, give the platform and tenantctl the new key as DB_ENCRYPTION_KEY.");
  options->add_flag("--dry-run", values.dry_run, "Check every value, then roll back");
  options->add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  return options;
}

base::Result<ExitCode> run_rotate(Args args) {
  RotateValues values;
  auto options = rotate_options(values);
  auto proceed = options->parse(args);
  if (!proceed || !*proceed) {
    return proceed ? base::Result<ExitCode>(ExitCode::ok) : proceed.error();
  }
  auto config = load_config_from(values.config);
  if (!config) {
    return config.error();
  }
  auto old_key = fleet::key_from_environment();
  if (!old_key) {
    return old_key.error();
  }
  const char* new_text = std::getenv(k_new_key_variable);
  auto new_key =
      crypto::EncryptionKey::from_text(new_text != nullptr ? new_text : "", k_new_key_variable);
  if (!new_key) {
    return new_key.error();
  }
  auto central = open_central(*config);
  if (!central) {
    return central.error();
  }
  auto store = provision::RegistryStore::open(*central, config->registry_table);
  if (!store) {
    return store.error();
  }
  auto rotated = provision::rotate_key(*store, *central, *old_key, *new_key, values.dry_run);
  if (!rotated) {
    return rotated.error();
  }
  std::cout << fmt::format(
      "{} {} stored password{} from DB_ENCRYPTION_KEY to "
      "DB_ENCRYPTION_KEY_NEW{}\n",
      values.dry_run ? "would re-encrypt" : "re-encrypted", rotated->rotated,
      rotated->rotated == 1 ? "" : "s",
      values.dry_run ? " (dry run: nothing changed)" : " in one transaction");
  if (rotated->pending > 0) {
    std::cout << fmt::format(
        "and the {} value(s) kept for interrupted password rotations "
        "(tenantctl.password_rotations)\n",
        rotated->pending);
  }
  if (!rotated->no_value.empty()) {
    std::cout << fmt::format("left alone (no stored password): {}\n",
                             base::join(rotated->no_value, ", "));
  }
  if (!values.dry_run) {
    std::cout << "now give the platform and tenantctl the new key as DB_ENCRYPTION_KEY\n";
  }
  return ExitCode::ok;
}

void help_rotate() {
  RotateValues values;
  rotate_options(values)->print_help();
}

struct PasswordValues {
  fleet::TargetOptions targets;
  std::string config;
};

std::unique_ptr<Options> password_options(PasswordValues& values) {
  auto options = std::make_unique<Options>(
      "secrets rotate-passwords",
      "Gives each selected registry tenant a new random database password: ALTER ROLE as the "
      "tenant itself (not committed), the registry row updated and committed, then the role's "
      "change committed and a login with the new password checked; a failure puts things back "
      "so the registry always holds the role's password (docs/operations.md). One tenant at a "
      "time. Targets: --tenant SLUG|ID ..., --all [--shard K/N].");
  // Registry rows only: a --url target has no row to keep the password in.
  add_target_options(*options, values.targets, false);
  options->add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  return options;
}

base::Result<ExitCode> run_rotate_passwords(Args args) {
  PasswordValues values;
  auto options = password_options(values);
  auto proceed = options->parse(args);
  if (!proceed || !*proceed) {
    return proceed ? base::Result<ExitCode>(ExitCode::ok) : proceed.error();
  }
  auto config = load_config_from(values.config);
  if (!config) {
    return config.error();
  }
  auto selected = select_targets(values.targets, *config);
  if (!selected) {
    return selected.error();
  }
  auto central = open_central(*config);
  if (!central) {
    return central.error();
  }
  auto store = provision::RegistryStore::open(*central, config->registry_table);
  if (!store) {
    return store.error();
  }
  const StopSignals signals;
  std::size_t failed = 0;
  std::size_t changed = 0;
  for (const auto& target : selected->targets) {
    if (stop_requested().load()) {
      std::cout << fmt::format("{}: not started: interrupted\n", target.label);
      ++failed;
      continue;
    }
    auto done = provision::rotate_tenant_password(*store, *central, *target.tenant, *selected->key,
                                                  config->connect_timeout);
    if (done) {
      ++changed;
      std::cout << fmt::format(
          "{}: {}password changed (role and registry)\n", target.label,
          done->repaired ? "an interrupted rotation repaired first, then " : "");
    } else {
      ++failed;
      std::cout << fmt::format("{}: failed: {}\n", target.label, done.error().message());
      if (!done.error().hint().empty()) {
        std::cout << fmt::format("  hint: {}\n", done.error().hint());
      }
    }
  }
  std::cout << fmt::format("{} changed, {} failed\n", changed, failed);
  return failed == 0 ? ExitCode::ok : ExitCode::failed;
}

void help_rotate_passwords() {
  PasswordValues values;
  password_options(values)->print_help();
}

constexpr std::array k_subcommands = {
    Subcommand{"rotate", "Re-encrypt every stored password under DB_ENCRYPTION_KEY_NEW", run_rotate,
               help_rotate},
    Subcommand{"rotate-passwords", "New database passwords for TARGETS (role and registry)",
               run_rotate_passwords, help_rotate_passwords},
};

}  // namespace

base::Result<ExitCode> run_secrets(Args args) {
  return run_subcommand("secrets", k_description, k_subcommands, args);
}

void help_secrets() { print_subcommands("secrets", k_description, k_subcommands); }

}  // namespace cli
