#pragma once

// The reviewed plan file (plan --out FILE, apply --plan FILE;
// docs/planning.md, "Reviewed plans"): JSON a person reads in a pull
// request, holding no secret (targets by slug or redacted URL).

#include <string>
#include <string_view>

#include "base/result.hpp"
#include "fleet/runner.hpp"

namespace report {

// The plan run `report` as a reviewed plan made from `inputs` (the inputs
// hash of schema/ and migrations/): one group per distinct plan (catalog
// fingerprint, pending migration files and statements), with its tenants,
// the statements' SQL and hazards; targets that failed are listed as not
// planned (apply --plan leaves them alone).
[[nodiscard]] std::string reviewed_plan_json(const fleet::RunReport& report,
                                             const std::string& inputs);

// Reads a reviewed plan written by reviewed_plan_json(); a config error
// naming `source` when it is not one.
[[nodiscard]] base::Result<fleet::ReviewedPlan> read_reviewed_plan(std::string_view text,
                                                                   const std::string& source);

}  // namespace report
