#pragma once

#include <string>
#include <string_view>

#include "fleet/ledger_runner.hpp"
#include "fleet/runner.hpp"

namespace report {

// migrate / rollback / unlock (docs/reports.md, "Migrations"). Text: a line per
// target (label, outcome, batch and files, or the error) and a summary line;
// colour only when `color`.
[[nodiscard]] std::string ledger_text(const fleet::LedgerReport& report, bool color);

// {"command", "tenants": [{"target", "id", "status", "batch", "migrations",
// "out_of_order", "error"}], "summary": {<status>: count, ..., "seconds",
// "interrupted"}}. No secret is in it.
[[nodiscard]] std::string ledger_json(const fleet::LedgerReport& report);

// A summary line and a table of targets with their outcome and files.
[[nodiscard]] std::string ledger_markdown(const fleet::LedgerReport& report);

// One target's migration status: "up_to_date", "pending", "missing" (files
// recorded in knex_migrations are gone), "failed" or "skipped".
[[nodiscard]] std::string_view migration_status(const fleet::TenantResult& tenant);

// `tenantctl status` from a plan run with migrations (fleet::RunOptions::
// migrations): per target, the migration status, drift ("in_sync" or "drift"
// against schema/) and the files behind them.
[[nodiscard]] std::string status_text(const fleet::RunReport& report, bool color);

// {"tenants": [{"target", "id", "status", "drift", "completed": [{"name",
// "batch", "migration_time"}], "pending", "out_of_order", "pending_knex",
// "missing", "statements", "error"}], "summary": {"up_to_date", "pending",
// "missing", "failed", "skipped", "drift", "seconds", "interrupted"}}.
[[nodiscard]] std::string status_json(const fleet::RunReport& report);

// A summary line and a table of targets.
[[nodiscard]] std::string status_markdown(const fleet::RunReport& report);

}  // namespace report
