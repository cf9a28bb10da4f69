#pragma once

#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "plan/planner.hpp"

namespace report {

// What `tenantctl check` compared and found, for its reports.
struct CheckReport {
  std::string schema_path;      // as given on the command line or in tenantctl.toml
  std::string migrations_path;  // likewise
  std::size_t replayed_files = 0;
  // The statements that take the replayed migrations to the desired schema
  // (empty: they agree). A statement whose change creates or adds is what
  // migrations/ lacks, one that drops is what migrations/ has beyond the
  // schema, the rest (alter, rename) differ.
  plan::Plan missing;
  std::vector<model::Unmanaged> unmanaged;  // made by migrations, not compared
};

// For a terminal or a CI log: a verdict line, the changes grouped as
// "in schema/, missing from migrations/", "in migrations/, not in schema/" and
// "different", then the SQL of the missing migration with its hazards and a
// pointer to `tenantctl generate`. Colour only when `color`.
[[nodiscard]] std::string check_text(const CheckReport& report, bool color);

// The same for a pull-request comment: a heading with the verdict, the
// grouped changes as lists, the SQL in a fenced block, and unmanaged objects
// in a collapsed section.
[[nodiscard]] std::string check_markdown(const CheckReport& report);

}  // namespace report
