#pragma once

#include <optional>
#include <string>
#include <vector>

#include "apply/executor.hpp"
#include "base/result.hpp"
#include "ddl/statement.hpp"
#include "manifest/manifest.hpp"
#include "model/catalog.hpp"
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

// Declares --schema, --scratch-url, --offline, --lock-timeout and
// --statement-timeout on `options`.
void add_schema_options(Options& options, SchemaOptions& values);

// Returns the scratch server: --scratch-url, else TENANTCTL_SCRATCH_URL, else
// nullopt.
[[nodiscard]] std::optional<std::string> scratch_url(const SchemaOptions& values);

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

}  // namespace cli
