#include "cli/schema_support.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "base/strings.hpp"
#include "cli/options.hpp"
#include "crypto/secrets.hpp"
#include "introspect/reader.hpp"
#include "model/ignore.hpp"

namespace cli {

void add_schema_options(Options& options, SchemaOptions& values, bool executes) {
  options.add("--schema", values.schema,
              "Desired schema: a .toml file or a directory of them (default: schema)");
  options.add("--scratch-url", values.scratch_url,
              "Server where tenantctl may create and drop a scratch database to compare the "
              "desired schema in PostgreSQL's own spelling (default: TENANTCTL_SCRATCH_URL, "
              "else a throwaway local cluster tenantctl starts when a target has drifted)");
  if (!executes) {
    return;
  }
  options.add_flag("--offline", values.offline,
                   "Plain statements in one transaction: no CONCURRENTLY, no NOT VALID first");
  options.add_duration("--lock-timeout", values.lock_timeout,
                       "lock_timeout for each statement (default: 5s)");
  options.add_duration("--statement-timeout", values.statement_timeout,
                       "statement_timeout for each statement (default: 30min)");
}

std::optional<std::string> scratch_url(const SchemaOptions& values) {
  if (!values.scratch_url.empty()) {
    return values.scratch_url;
  }
  if (const char* env = std::getenv("TENANTCTL_SCRATCH_URL"); env != nullptr && *env != '\0') {
    return std::string(env);
  }
  return std::nullopt;
}

std::string inputs_hash(const std::string& schema,
                        const std::vector<knex::MigrationFile>* migrations) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code error;
  if (fs::is_directory(schema, error)) {
    for (const auto& entry : fs::recursive_directory_iterator(schema, error)) {
      if (entry.is_regular_file() && entry.path().extension() == ".toml") {
        files.push_back(entry.path());
      }
    }
  } else {
    files.emplace_back(schema);
  }
  std::sort(files.begin(), files.end());
  std::string text;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream contents;
    contents << in.rdbuf();
    text += "schema\x1f" + file.lexically_relative(schema).generic_string() + "\x1f" +
            contents.str() + "\x1e";
  }
  if (migrations != nullptr) {
    for (const auto& migration : *migrations) {
      text += "migration\x1f" + migration.name + "\x1f" + migration.up + "\x1f" +
              migration.down.value_or("") + "\x1e";
    }
  }
  return crypto::sha256_hex(text);
}

base::Result<std::string> start_throwaway_scratch(std::optional<pg::LocalCluster>& cluster) {
  auto started = pg::LocalCluster::start();
  if (!started) {
    return base::Error(
               "comparing the desired schema exactly needs a scratch PostgreSQL server, and "
               "none could be started: " +
                   started.error().message(),
               base::ErrorKind::config)
        .with_hint(
            "pass --scratch-url or set TENANTCTL_SCRATCH_URL to a server where tenantctl may "
            "create and drop a database, or install PostgreSQL's server programs (initdb, "
            "postgres) so that tenantctl starts a throwaway cluster itself");
  }
  cluster.emplace(std::move(*started));
  return cluster->conninfo();
}

apply::ExecuteOptions execute_options(const SchemaOptions& values) {
  return apply::ExecuteOptions{values.lock_timeout, values.statement_timeout};
}

base::Result<std::vector<ddl::HazardKind>> parse_allowed_hazards(const std::string& text) {
  std::vector<ddl::HazardKind> allowed;
  if (text.empty()) {
    return allowed;
  }
  const std::vector<std::string> all_names = ddl::hazard_names();
  for (const auto& part : base::split(text, ',')) {
    const std::string name(base::trim(part));
    if (name == "all") {
      for (const auto& each : all_names) {
        allowed.push_back(*ddl::parse_hazard(each));
      }
      continue;
    }
    const auto kind = ddl::parse_hazard(name);
    if (!kind) {
      const auto suggestion = base::closest_match(name, all_names);
      return base::Error(fmt::format("--allow-hazards: unknown hazard '{}'", name),
                         base::ErrorKind::usage)
          .with_hint(suggestion.empty() ? "hazards: all, " + base::join(all_names, ", ")
                                        : fmt::format("did you mean '{}'?", suggestion));
    }
    allowed.push_back(*kind);
  }
  return allowed;
}

void note_unmanaged(const std::vector<model::Unmanaged>& unmanaged) {
  for (const auto& object : unmanaged) {
    std::cerr << fmt::format("tenantctl: note: not managed yet, left alone: {} {}\n", object.kind,
                             object.identity);
  }
}

bool stdin_is_terminal() { return ::isatty(STDIN_FILENO) == 1; }
bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

namespace {
bool g_no_color = false;
}  // namespace

void disable_color() { g_no_color = true; }

bool color_output() {
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return !g_no_color && stdout_is_terminal() && (no_color == nullptr || *no_color == '\0') &&
         (term == nullptr || std::string_view(term) != "dumb");
}

}  // namespace cli
