#pragma once

#include <string>
#include <vector>

#include "apply/executor.hpp"
#include "model/catalog.hpp"
#include "plan/planner.hpp"

namespace report {

struct TextOptions {
  bool color = false;  // ANSI colours (only on a terminal)
  std::string title;   // first line, e.g. the redacted target
};

// A plan for people: a summary line per change (+ create, ~ alter,
// - drop, > rename), the SQL in order with its hazards under it, and a hazard
// total. An empty plan says "in sync".
[[nodiscard]] std::string plan_text(const plan::Plan& plan, const TextOptions& options);

// The plan as a runnable SQL script: transaction groups in BEGIN/COMMIT, the
// executor's timeouts before each statement, statements that run outside a
// transaction marked.
[[nodiscard]] std::string plan_sql(const plan::Plan& plan, const apply::ExecuteOptions& options);

// The plan as JSON (docs/reports.md): {"statements": [{"sql", "source",
// "transactional", "hazards": [{"kind", "reason"}]}], "hazards": [kinds],
// "unmanaged": ["kind identity", ...]}.
[[nodiscard]] std::string plan_json(const plan::Plan& plan,
                                    const std::vector<model::Unmanaged>& unmanaged);

}  // namespace report
