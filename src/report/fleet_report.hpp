#pragma once

#include <string>

#include "fleet/runner.hpp"

namespace report {

struct FleetTextOptions {
  bool color = false;
  bool verbose = false;  // add each distinct plan's SQL, with the tenants that share it
  // With verbose: the migration files, whose up SQL is shown for the pending
  // ones (null: names only).
  const std::vector<knex::MigrationFile>* migrations = nullptr;
};

// One tenant's schema as inspect --all --group read it: the SHA-256 of the
// TOML inspect writes for it, or why it could not be read.
struct SchemaOfTenant {
  std::string label;
  std::string fingerprint;
  std::string error;
};

// The fleet's distinct schemas, most tenants first, each with its tenants
// (text folds lists beyond 10); the tenants that could not be read last.
[[nodiscard]] std::string schema_groups_text(const std::vector<SchemaOfTenant>& tenants);
[[nodiscard]] std::string schema_groups_json(const std::vector<SchemaOfTenant>& tenants);

// `line` with the blanks at its end removed (a column left empty), and a
// newline: report lines never end in spaces.
[[nodiscard]] std::string without_trailing_blanks(std::string line);

// The pending migration files' SQL as plan shows it: a comment naming each,
// then its up part when `migrations` (the files read) is given.
[[nodiscard]] std::string pending_sql(const std::vector<std::string>& pending,
                                      const std::vector<knex::MigrationFile>* migrations);

// The drift of several targets grouped by change ("drop column
// public.users.legacy: 4 of 40 tenants: a, b, c, d"; a pending migration
// file is a change too), with the tenants in sync; "" for one target or no
// drift. Tenant lists longer than 10 are folded ("and 30 more").
[[nodiscard]] std::string drift_overview_text(const fleet::RunReport& report);

// A line per tenant (label, outcome, number of statements, hazards or the
// error) and a summary line.
[[nodiscard]] std::string fleet_text(const fleet::RunReport& report,
                                     const FleetTextOptions& options);

// {"tenants": [{"target", "id", "status", "fingerprint", "statements": [{"sql",
// "hazards"}], "error"}], "summary": {"in_sync", "drift", "applied", "failed",
// "blocked", "skipped", "seconds", "distinct_plans", "interrupted"}}
// (docs/reports.md). Targets are slugs or redacted URLs; no secret is in it.
[[nodiscard]] std::string fleet_json(const fleet::RunReport& report);

// A pull-request comment: a summary, then one section per distinct plan with
// the tenants it applies to, its SQL in a fenced block and its hazards.
[[nodiscard]] std::string fleet_markdown(const fleet::RunReport& report);

}  // namespace report
