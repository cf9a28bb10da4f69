#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/command.hpp"
#include "cli/options.hpp"
#include "knex/migration_files.hpp"
#include "manifest/config.hpp"

namespace cli {
namespace {

struct MakeValues {
  std::vector<std::string> name;
  std::string migrations;
  std::string config;
  bool companions = false;
};

std::unique_ptr<Options> make_options(MakeValues& values) {
  auto options = std::make_unique<Options>(
      "make",
      "Creates <migrations>/<YYYYMMDDHHMMSS>_NAME.sql with an empty up and down part, and the "
      ".js companion knex loads beside it (and the directory, when missing), then prints the "
      "path of the .sql. NAME: lowercase "
      "letters, digits and underscores. With --companions, writes the .js companion of every "
      ".sql that lacks it (or has another text) instead.");
  options->add_positional("NAME", values.name, "The migration's name, e.g. add_orders_table");
  options->add("--migrations", values.migrations,
               "The migrations directory (default: [paths] migrations, migrations)");
  options->add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  options->add_flag("--companions", values.companions,
                    "Write the missing or changed .js companions of the .sql files");
  return options;
}

base::Result<ExitCode> write_companions(const std::filesystem::path& dir) {
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    return base::Error(fmt::format("migrations directory {}: not found", dir.string()),
                       base::ErrorKind::config);
  }
  std::vector<std::filesystem::path> sql_files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".sql" && !entry.path().filename().string().starts_with(".")) {
      sql_files.push_back(entry.path());
    }
  }
  std::sort(sql_files.begin(), sql_files.end());
  for (const auto& sql : sql_files) {
    auto written = knex::write_companion(sql);
    if (!written) {
      return written.error();
    }
    if (*written) {
      std::cout << std::filesystem::path(sql).replace_extension(".js").string() << '\n';
    }
  }
  return ExitCode::ok;
}

}  // namespace

base::Result<ExitCode> run_make(Args args) {
  MakeValues values;
  auto options = make_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  if (values.name.size() > 1 || (values.name.empty() != values.companions)) {
    return base::Error("make: give one NAME, or --companions alone", base::ErrorKind::usage)
        .with_hint("tenantctl make add_orders_table");
  }
  std::string dir = values.migrations;
  if (dir.empty()) {
    auto config = manifest::load_config(
        values.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(values.config));
    if (!config) {
      return config.error();
    }
    dir = config->migrations;
  }
  if (values.companions) {
    return write_companions(dir);
  }
  // As knex migrate:make does, a missing directory is created.
  std::error_code error;
  if (!std::filesystem::exists(dir, error)) {
    if (!std::filesystem::create_directories(dir, error) || error) {
      return base::Error(
          fmt::format("creating the migrations directory {}: {}", dir, error.message()),
          base::ErrorKind::config);
    }
    std::cerr << fmt::format("tenantctl: created the migrations directory {}\n", dir);
  }
  auto written =
      knex::write_migration(dir, values.name[0], "", "", std::chrono::system_clock::now());
  if (!written) {
    return written.error();
  }
  std::cout << written->string() << '\n';
  return ExitCode::ok;
}

void help_make() {
  MakeValues values;
  make_options(values)->print_help();
}

}  // namespace cli
