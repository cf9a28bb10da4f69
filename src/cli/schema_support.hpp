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

// Reads the catalog of `session`, less the objects `ignore` names.
[[nodiscard]] base::Result<model::Catalog> read_managed_catalog(
    pg::Session& session, const std::vector<std::string>& ignore);

// Parses --allow-hazards ("all" or a comma list of hazard names); a usage
// error names an unknown one.
[[nodiscard]] base::Result<std::vector<ddl::HazardKind>> parse_allowed_hazards(
    const std::string& text);

// Returns an error (kind blocked) listing each statement whose hazards are not
// all in `allowed`, or success when none.
[[nodiscard]] base::Result<void> check_hazards(const plan::Plan& plan,
                                               const std::vector<ddl::HazardKind>& allowed);

// One database planned against the desired schema.
struct DatabasePlan {
  pg::Session session;
  model::Catalog current;  // managed objects only
  std::vector<model::Unmanaged> unmanaged;
  reconcile::PlanOutcome outcome;
  std::vector<std::string> ignore;
};

// Loads the desired schema, connects to `url`, reads its catalog and plans it.
// Without a scratch server, the target's own server is used for normalising.
[[nodiscard]] base::Result<DatabasePlan> plan_one_database(const std::string& url,
                                                           const SchemaOptions& values);

// Prints the unmanaged objects as notes on stderr.
void note_unmanaged(const std::vector<model::Unmanaged>& unmanaged);

// Returns true when standard input / output is a terminal.
[[nodiscard]] bool stdin_is_terminal();
[[nodiscard]] bool stdout_is_terminal();

}  // namespace cli
