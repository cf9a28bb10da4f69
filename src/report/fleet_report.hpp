#pragma once

#include <string>

#include "fleet/runner.hpp"

namespace report {

struct FleetTextOptions {
  bool color = false;
  bool verbose = false;  // add each distinct plan's SQL, with the tenants that share it
};

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
