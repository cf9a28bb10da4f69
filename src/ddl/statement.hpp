#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddl {

// What can go wrong when a statement runs on a live database (docs/hazards.md).
enum class HazardKind {
  data_loss,                  // drops data: a table, column, sequence or extension
  table_rewrite,              // rewrites the whole table (and its indexes)
  access_exclusive_lock,      // holds a lock that blocks reads and writes for long
  index_build,                // builds an index: time and I/O proportional to the table
  validation_scan,            // scans the table to check existing rows
  may_fail_on_existing_data,  // existing rows can make it fail (duplicates, NULLs, casts)
  behavior_change,            // changes what the database does: a function or trigger dropped
                              // or replaced
  access_change,              // changes who may see or change what: row level security
                              // enabled, disabled or forced, a policy made, changed or dropped
};

// Returns the hazard's name as the command line and reports spell it
// ("data_loss"); parse_hazard() is its inverse (nullopt for unknown names).
[[nodiscard]] std::string_view hazard_name(HazardKind kind);
[[nodiscard]] std::optional<HazardKind> parse_hazard(std::string_view name);

// Returns every hazard's name, in HazardKind order.
[[nodiscard]] std::vector<std::string> hazard_names();

struct Hazard {
  HazardKind kind;
  std::string reason;
  bool operator==(const Hazard&) const = default;
};

// One SQL statement of a plan, with everything the planner and executor need.
struct Statement {
  std::string sql;
  std::vector<Hazard> hazards;
  // False for statements PostgreSQL runs only outside a transaction block
  // (CREATE/DROP INDEX CONCURRENTLY) or that must commit before later ones can
  // use what they made (ALTER TYPE ... ADD VALUE).
  bool transactional = true;
  // The change it came from (diff::describe), for reports.
  std::string source;

  // Ordering, used by plan/: dependency keys (ddl/keys.hpp) and a tie-break.
  int phase = 0;                       // lower runs earlier when order is free
  std::vector<std::string> creates;    // makes these exist (in their new form)
  std::vector<std::string> needs;      // needs these to exist in their new form
  std::vector<std::string> drops;      // removes these (or their old form)
  std::vector<std::string> needs_old;  // must run while these still exist in their old form
};

}  // namespace ddl
