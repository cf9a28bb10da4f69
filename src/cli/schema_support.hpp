#pragma once

#include <optional>
#include <string>
#include <vector>

#include "apply/executor.hpp"
#include "base/result.hpp"
#include "ddl/statement.hpp"
#include "knex/migration_files.hpp"
#include "manifest/manifest.hpp"
#include "model/catalog.hpp"
#include "pg/local_cluster.hpp"
#include "pg/session.hpp"
#include "plan/planner.hpp"
#include "reconcile/desired.hpp"

namespace cli {

// Options shared by the commands that plan against a desired schema.
struct SchemaOptions {
  std::string schema = "schema";
  std::string scratch_url;
  bool offline = false;
  std::string lock_timeout = "5s";
  std::string statement_timeout = "30min";
};

class Options;

// Declares --schema and --scratch-url on `options`, and, when `executes`
// (commands that plan or run statements), --offline, --lock-timeout and
// --statement-timeout.
void add_schema_options(Options& options, SchemaOptions& values, bool executes = true);

// Returns the scratch server: --scratch-url, else TENANTCTL_SCRATCH_URL, else
// nullopt.
[[nodiscard]] std::optional<std::string> scratch_url(const SchemaOptions& values);

// A SHA-256 (hex) of what a run is made from: the .toml files of the
// desired schema at `schema` (a file or a directory, by relative path and
// contents) and the migration files (names and SQL; none when null). Equal
// inputs give equal hashes on any machine.
[[nodiscard]] std::string inputs_hash(const std::string& schema,
                                      const std::vector<knex::MigrationFile>* migrations);

// The scratch server when scratch_url() names none: starts a throwaway local
// cluster into `cluster` (pg::LocalCluster) and returns its connection
// string. Its failure is a config error naming the three ways to a scratch
// server. One rule for every command (docs/planning.md, "The scratch
// server").
[[nodiscard]] base::Result<std::string> start_throwaway_scratch(
    std::optional<pg::LocalCluster>& cluster);

// Returns the executor's options from the command line.
[[nodiscard]] apply::ExecuteOptions execute_options(const SchemaOptions& values);

// Parses --allow-hazards ("all" or a comma list of hazard names); a usage
// error names an unknown one.
[[nodiscard]] base::Result<std::vector<ddl::HazardKind>> parse_allowed_hazards(
    const std::string& text);

// Prints the unmanaged objects as notes on stderr.
void note_unmanaged(const std::vector<model::Unmanaged>& unmanaged);

// Returns true when standard input / output is a terminal.
[[nodiscard]] bool stdin_is_terminal();
[[nodiscard]] bool stdout_is_terminal();

// True when reports may use colour: standard output is a terminal, NO_COLOR
// is unset or empty (no-color.org), TERM is not "dumb", and --no-color was
// not given (disable_color()).
[[nodiscard]] bool color_output();
void disable_color();

}  // namespace cli
