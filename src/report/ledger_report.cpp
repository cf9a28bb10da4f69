#include "report/ledger_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

#include "report/fleet_report.hpp"
#include "report/json_parts.hpp"

namespace report {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::array k_ledger_outcomes = {
    fleet::LedgerOutcome::changed, fleet::LedgerOutcome::unchanged, fleet::LedgerOutcome::failed,
    fleet::LedgerOutcome::skipped};
constexpr std::array<std::string_view, 5> k_statuses = {"up_to_date", "pending", "missing",
                                                        "failed", "skipped"};

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : std::string(separator)) + item;
  }
  return out;
}

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

std::string table_cell(std::string text) {
  for (auto& c : text) {
    if (c == '|' || c == '\n') {
      c = ' ';
    }
  }
  return text;
}

struct Colors {
  const char* red;
  const char* green;
  const char* yellow;
  const char* reset;
};

Colors colors(bool color) {
  return color ? Colors{"\033[31m", "\033[32m", "\033[33m", "\033[0m"} : Colors{"", "", "", ""};
}

// The outcome's name in reports; a dry run's changes are what would be done
// ("would_migrate", "would_roll_back").
std::string_view outcome_name(const fleet::LedgerReport& report, fleet::LedgerOutcome outcome) {
  if (report.dry_run && outcome == fleet::LedgerOutcome::changed) {
    return report.action == fleet::LedgerAction::migrate ? "would_migrate" : "would_roll_back";
  }
  return fleet::ledger_outcome_name(report.action, outcome);
}

std::string ledger_detail(const fleet::LedgerReport& report, const fleet::LedgerResult& tenant) {
  std::string detail;
  if (!tenant.names.empty()) {
    const bool migrate = report.action == fleet::LedgerAction::migrate;
    const char* would = !migrate          ? "would undo"
                        : report.baseline ? "would record as run"
                                          : "would run";
    if (report.dry_run) {
      detail = fmt::format("{} {}", would, joined(tenant.names, ", "));
    } else if (report.baseline) {
      detail = fmt::format("batch {}: recorded as run, not run (baseline): {}", tenant.batch,
                           joined(tenant.names, ", "));
    } else {
      detail = migrate ? fmt::format("batch {}: {}", tenant.batch, joined(tenant.names, ", "))
                       : fmt::format("undid {}", joined(tenant.names, ", "));
    }
  }
  if (report.action == fleet::LedgerAction::migrate && !tenant.history.out_of_order.empty()) {
    detail += fmt::format(" (out of order: {})", joined(tenant.history.out_of_order, ", "));
  }
  if (!tenant.error.empty()) {
    detail += (detail.empty() ? "" : "; ") + tenant.error;
    if (!tenant.hint.empty()) {
      detail += " (hint: " + tenant.hint + ")";
    }
  }
  return detail;
}

std::string ledger_summary(const fleet::LedgerReport& report) {
  std::map<fleet::LedgerOutcome, int> count;
  for (const auto& tenant : report.tenants) {
    ++count[tenant.outcome];
  }
  // Only the outcomes some target had: no "0 unlocked, 0 not_locked" noise.
  std::string line = plural(report.tenants.size(), "target");
  bool first = true;
  for (const auto outcome : k_ledger_outcomes) {
    if (count[outcome] == 0) {
      continue;
    }
    line +=
        fmt::format("{} {} {}", first ? ":" : ",", count[outcome], outcome_name(report, outcome));
    first = false;
  }
  line += fmt::format(" in {:.1f}s", report.seconds);
  if (report.dry_run) {
    line += "; dry run: nothing was changed";
  }
  if (report.interrupted) {
    line += "; interrupted";
  }
  return line;
}

std::size_t label_width(const auto& tenants) {
  std::size_t width = 6;
  for (const auto& tenant : tenants) {
    width = std::max(width, tenant.label.size());
  }
  return width;
}

std::string status_detail(const fleet::TenantResult& tenant) {
  if (!tenant.history) {
    return tenant.hint.empty() ? tenant.error : tenant.error + " (hint: " + tenant.hint + ")";
  }
  const auto& history = *tenant.history;
  std::string detail = fmt::format("{} completed", history.completed.size());
  if (history.last_batch > 0) {
    detail += fmt::format(" (last batch {})", history.last_batch);
  }
  if (!history.pending.empty()) {
    detail +=
        fmt::format(", {} pending: {}", history.pending.size(), joined(history.pending, ", "));
  }
  if (!history.out_of_order.empty()) {
    detail += fmt::format("; out of order: {}", joined(history.out_of_order, ", "));
  }
  if (!history.pending_knex.empty()) {
    detail += fmt::format("; hand-written, run with knex: {}", joined(history.pending_knex, ", "));
  }
  if (!history.missing.empty()) {
    detail += fmt::format("; missing: {}", joined(history.missing, ", "));
  }
  if (tenant.outcome == fleet::Outcome::drift) {
    detail += fmt::format("; schema/ differs by {}", plural(tenant.statements.size(), "statement"));
  }
  if (!tenant.error.empty()) {
    detail += "; " + tenant.error;
  }
  if (!tenant.hint.empty()) {
    detail += " (hint: " + tenant.hint + ")";
  }
  return detail;
}

std::string_view drift_name(const fleet::TenantResult& tenant) {
  if (!tenant.drift_checked) {
    return "unchecked";
  }
  switch (tenant.outcome) {
    case fleet::Outcome::in_sync:
      return "in_sync";
    case fleet::Outcome::drift:
      return "drift";
    default:
      return "";
  }
}

std::string status_summary(const fleet::RunReport& report) {
  std::map<std::string_view, int> count;
  int drift = 0;
  for (const auto& tenant : report.tenants) {
    ++count[migration_status(tenant)];
    drift += tenant.outcome == fleet::Outcome::drift ? 1 : 0;
  }
  std::string line = plural(report.tenants.size(), "target");
  bool first = true;
  for (const auto status : k_statuses) {
    if (count[status] == 0) {
      continue;
    }
    line += fmt::format("{} {} {}", first ? ":" : ",", count[status], status);
    first = false;
  }
  const bool unchecked = std::any_of(report.tenants.begin(), report.tenants.end(),
                                     [](const auto& tenant) { return !tenant.drift_checked; });
  line += unchecked
              ? fmt::format("; drift not checked: no desired schema in {:.1f}s", report.seconds)
              : fmt::format("; {} drifted from schema/ in {:.1f}s", drift, report.seconds);
  if (report.interrupted) {
    line += "; interrupted";
  }
  return line;
}

}  // namespace

std::string ledger_text(const fleet::LedgerReport& report, bool color) {
  const Colors c = colors(color);
  const std::size_t width = label_width(report.tenants);
  std::string out;
  for (const auto& tenant : report.tenants) {
    const char* tint = tenant.outcome == fleet::LedgerOutcome::changed     ? c.green
                       : tenant.outcome == fleet::LedgerOutcome::unchanged ? ""
                                                                           : c.red;
    out += without_trailing_blanks(fmt::format(
        "{:<{}}  {}{:<20}{}  {}", tenant.label, width, tint, outcome_name(report, tenant.outcome),
        *tint != '\0' ? c.reset : "", ledger_detail(report, tenant)));
  }
  return out + "\n" + ledger_summary(report) + "\n";
}

std::string ledger_json(const fleet::LedgerReport& report) {
  Json out;
  out["command"] = fleet::ledger_command_name(report.action);
  out["dry_run"] = report.dry_run;
  out["baseline"] = report.baseline;
  out["tenants"] = Json::array();
  std::map<std::string_view, int> count;
  for (const auto& outcome : k_ledger_outcomes) {
    count[outcome_name(report, outcome)] = 0;
  }
  for (const auto& tenant : report.tenants) {
    const auto status = outcome_name(report, tenant.outcome);
    ++count[status];
    Json item;
    item["target"] = tenant.label;
    item["id"] = tenant.id;
    item["status"] = status;
    item["batch"] = tenant.batch;
    item["migrations"] = tenant.names;
    item["out_of_order"] = report.action == fleet::LedgerAction::migrate
                               ? tenant.history.out_of_order
                               : std::vector<std::string>{};
    item["error"] = error_json(tenant);
    out["tenants"].push_back(std::move(item));
  }
  Json summary;
  for (const auto& outcome : k_ledger_outcomes) {
    const auto status = outcome_name(report, outcome);
    summary[std::string(status)] = count[status];
  }
  summary["seconds"] = report.seconds;
  summary["interrupted"] = report.interrupted;
  out["summary"] = std::move(summary);
  return out.dump(2) + "\n";
}

std::string ledger_markdown(const fleet::LedgerReport& report) {
  std::string out = fmt::format(
      "### tenantctl {}\n\n{}\n\n| tenant | status | details |\n"
      "|---|---|---|\n",
      fleet::ledger_command_name(report.action), ledger_summary(report));
  for (const auto& tenant : report.tenants) {
    out += fmt::format("| {} | {} | {} |\n", table_cell(tenant.label),
                       outcome_name(report, tenant.outcome),
                       table_cell(ledger_detail(report, tenant)));
  }
  return out;
}

std::string_view migration_status(const fleet::TenantResult& tenant) {
  if (tenant.outcome == fleet::Outcome::skipped) {
    return "skipped";
  }
  if (tenant.outcome == fleet::Outcome::failed || !tenant.history) {
    return "failed";
  }
  if (!tenant.history->missing.empty()) {
    return "missing";
  }
  return tenant.history->pending.empty() ? "up_to_date" : "pending";
}

std::string status_text(const fleet::RunReport& report, bool color) {
  const Colors c = colors(color);
  const std::size_t width = label_width(report.tenants);
  std::string out;
  for (const auto& tenant : report.tenants) {
    const auto status = migration_status(tenant);
    const auto drift = drift_name(tenant);
    const char* tint = status == "up_to_date" ? c.green : status == "pending" ? c.yellow : c.red;
    const char* drift_tint = drift == "in_sync" ? c.green : c.yellow;
    out += without_trailing_blanks(fmt::format("{:<{}}  {}{:<10}{}  {}{:<7}{}  {}", tenant.label,
                                               width, tint, status, c.reset, drift_tint, drift,
                                               c.reset, status_detail(tenant)));
  }
  return out + "\n" + status_summary(report) + "\n";
}

std::string status_json(const fleet::RunReport& report) {
  Json out;
  out["tenants"] = Json::array();
  std::map<std::string_view, int> count;
  for (const auto status : k_statuses) {
    count[status] = 0;
  }
  int drift = 0;
  for (const auto& tenant : report.tenants) {
    const auto status = migration_status(tenant);
    ++count[status];
    drift += tenant.outcome == fleet::Outcome::drift ? 1 : 0;
    Json item;
    item["target"] = tenant.label;
    item["id"] = tenant.id;
    item["status"] = status;
    item["drift"] = drift_name(tenant).empty() || !tenant.drift_checked
                        ? Json(nullptr)
                        : Json(tenant.outcome == fleet::Outcome::drift);
    item["drift_checked"] = tenant.drift_checked;
    item["completed"] = Json::array();
    if (tenant.history) {
      for (const auto& row : tenant.history->completed) {
        item["completed"].push_back(
            {{"name", row.name}, {"batch", row.batch}, {"migration_time", row.migration_time}});
      }
      item["pending"] = tenant.history->pending;
      item["out_of_order"] = tenant.history->out_of_order;
      item["pending_knex"] = tenant.history->pending_knex;
      item["missing"] = tenant.history->missing;
    } else {
      for (const auto* key : {"pending", "out_of_order", "pending_knex", "missing"}) {
        item[key] = Json::array();
      }
    }
    item["statements"] = tenant.statements.size();
    item["error"] = error_json(tenant);
    out["tenants"].push_back(std::move(item));
  }
  Json summary;
  for (const auto status : k_statuses) {
    summary[std::string(status)] = count[status];
  }
  summary["drift"] = drift;
  summary["drift_checked"] = std::none_of(report.tenants.begin(), report.tenants.end(),
                                          [](const auto& tenant) { return !tenant.drift_checked; });
  summary["seconds"] = report.seconds;
  summary["interrupted"] = report.interrupted;
  out["summary"] = std::move(summary);
  return out.dump(2) + "\n";
}

std::string status_markdown(const fleet::RunReport& report) {
  std::string out = "### tenantctl status\n\n" + status_summary(report) +
                    "\n\n| tenant | migrations | schema | details |\n|---|---|---|---|\n";
  for (const auto& tenant : report.tenants) {
    out +=
        fmt::format("| {} | {} | {} | {} |\n", table_cell(tenant.label), migration_status(tenant),
                    drift_name(tenant), table_cell(status_detail(tenant)));
  }
  return out;
}

}  // namespace report
