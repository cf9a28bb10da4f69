#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "base/error.hpp"
#include "ddl/statement.hpp"
#include "fleet/ledger_runner.hpp"
#include "fleet/runner.hpp"

namespace report {

// How every JSON report says a statement (plan, apply, diff, reviewed
// plans): {"sql", "source", "transactional", "hazards": [{"kind",
// "reason"}]}.
[[nodiscard]] nlohmann::ordered_json statement_json(const ddl::Statement& statement);

// How every JSON report says an error (docs/reports.md, "Errors in JSON"):
// {"kind", "message", "hint", "sqlstate", "tenant"}, a field null when
// unknown. kind is base::kind_name's ("failure", "connection", "config",
// "usage", "blocked") or "skipped" for a target never started.

// A whole-run error (exit 64 or 78, a key, a scratch server): the object
// above, with no tenant.
[[nodiscard]] nlohmann::ordered_json error_json(const base::Error& error);

// A target's error in plan, apply and status reports; null when it has none.
[[nodiscard]] nlohmann::ordered_json error_json(const fleet::TenantResult& tenant);

// A target's error in migrate, rollback and unlock reports; null when none.
[[nodiscard]] nlohmann::ordered_json error_json(const fleet::LedgerResult& tenant);

}  // namespace report
