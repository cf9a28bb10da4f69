#include "report/fleet_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "report/json_parts.hpp"

namespace report {
namespace {

std::map<fleet::Outcome, int> counts(const fleet::RunReport& report) {
  std::map<fleet::Outcome, int> out;
  for (const auto& tenant : report.tenants) {
    ++out[fleet::plan_outcome(tenant)];
  }
  return out;
}

std::size_t with_pending(const fleet::RunReport& report) {
  return static_cast<std::size_t>(
      std::count_if(report.tenants.begin(), report.tenants.end(),
                    [](const auto& tenant) { return !fleet::pending_files(tenant).empty(); }));
}

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

std::vector<std::string> hazard_names(const std::vector<ddl::Statement>& statements) {
  std::set<ddl::HazardKind> kinds;
  for (const auto& statement : statements) {
    for (const auto& hazard : statement.hazards) {
      kinds.insert(hazard.kind);
    }
  }
  std::vector<std::string> out;
  out.reserve(kinds.size());
  for (const auto kind : kinds) {
    out.emplace_back(ddl::hazard_name(kind));
  }
  return out;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : std::string(separator)) + item;
  }
  return out;
}

std::string summary_line(const fleet::RunReport& report) {
  const auto count = counts(report);
  const auto get = [&](fleet::Outcome outcome) {
    const auto found = count.find(outcome);
    return found == count.end() ? 0 : found->second;
  };
  // Only the outcomes some target had: no "0 applied, 0 blocked" noise.
  std::vector<std::string> parts;
  for (const auto& [outcome, word] :
       {std::pair{fleet::Outcome::in_sync, "in sync"}, std::pair{fleet::Outcome::drift, "drift"},
        std::pair{fleet::Outcome::applied, "applied"}, std::pair{fleet::Outcome::failed, "failed"},
        std::pair{fleet::Outcome::blocked, "blocked"},
        std::pair{fleet::Outcome::skipped, "not started"}}) {
    if (get(outcome) > 0) {
      parts.push_back(fmt::format("{} {}", get(outcome), word));
    }
  }
  std::string line =
      fmt::format("{} target{}{}{}", report.tenants.size(), report.tenants.size() == 1 ? "" : "s",
                  parts.empty() ? "" : ": ", joined(parts, ", "));
  if (const auto pending = with_pending(report); pending > 0) {
    line += fmt::format(" ({} with pending migration files)", pending);
  }
  line += fmt::format(" in {:.1f}s ({} distinct plan{})", report.seconds, report.distinct_plans,
                      report.distinct_plans == 1 ? "" : "s");
  if (report.interrupted) {
    line += "; interrupted";
  }
  return line;
}

// Tenants grouped by the plan they got (same pending files and SQL), in
// first-seen order.
std::vector<std::pair<const fleet::TenantResult*, std::vector<std::string>>> plan_groups(
    const fleet::RunReport& report) {
  std::vector<std::pair<const fleet::TenantResult*, std::vector<std::string>>> groups;
  std::map<std::string, std::size_t> by_sql;
  for (const auto& tenant : report.tenants) {
    const auto pending = fleet::pending_files(tenant);
    if (tenant.statements.empty() && pending.empty()) {
      continue;
    }
    std::string key;
    for (const auto& name : pending) {
      key += "-- migration " + name + "\n";
    }
    for (const auto& statement : tenant.statements) {
      key += statement.sql + ";\n";
    }
    const auto [found, added] = by_sql.emplace(key, groups.size());
    if (added) {
      groups.push_back({&tenant, {}});
    }
    groups[found->second].second.push_back(tenant.label);
  }
  return groups;
}

// The fleet's drift grouped by change: each change a plan would make (a
// statement's source, once per tenant) or a pending migration file, with
// the tenants it concerns, in first-seen order.
std::vector<std::pair<std::string, std::vector<std::string>>> drift_groups(
    const fleet::RunReport& report) {
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  std::map<std::string, std::size_t> index;
  const auto add = [&](const std::string& change, const std::string& label) {
    const auto [found, added] = index.emplace(change, groups.size());
    if (added) {
      groups.push_back({change, {}});
    }
    auto& labels = groups[found->second].second;
    if (labels.empty() || labels.back() != label) {
      labels.push_back(label);
    }
  };
  for (const auto& tenant : report.tenants) {
    if (fleet::plan_outcome(tenant) != fleet::Outcome::drift &&
        tenant.outcome != fleet::Outcome::blocked) {
      continue;
    }
    for (const auto& name : fleet::pending_files(tenant)) {
      add("migration file " + name + " (pending)", tenant.label);
    }
    for (const auto& statement : tenant.statements) {
      add(statement.source.empty() ? statement.sql : statement.source, tenant.label);
    }
  }
  return groups;
}

std::size_t count_of(const fleet::RunReport& report, fleet::Outcome outcome) {
  const auto count = counts(report);
  const auto found = count.find(outcome);
  return found == count.end() ? 0 : static_cast<std::size_t>(found->second);
}

// `labels` joined, the first `shown` of them when there are more.
std::string folded(const std::vector<std::string>& labels, std::size_t shown) {
  if (labels.size() <= shown) {
    return joined(labels, ", ");
  }
  return joined({labels.begin(), labels.begin() + static_cast<std::ptrdiff_t>(shown)}, ", ") +
         fmt::format(" and {} more", labels.size() - shown);
}

}  // namespace

std::string drift_overview_text(const fleet::RunReport& report) {
  const auto groups = drift_groups(report);
  if (groups.empty() || report.tenants.size() < 2) {
    return "";
  }
  const std::size_t total = report.tenants.size();
  std::string out = "\nDrift by change:\n";
  for (const auto& [change, labels] : groups) {
    out += fmt::format("  {}: {} of {} tenants: {}\n", change, labels.size(), total,
                       folded(labels, 10));
  }
  out += fmt::format("  in sync: {} of {}\n", count_of(report, fleet::Outcome::in_sync), total);
  return out;
}

namespace {

// Distinct fingerprints with their tenants, most tenants first (ties: first
// seen first).
std::vector<std::pair<std::string, std::vector<std::string>>> schema_groups(
    const std::vector<SchemaOfTenant>& tenants) {
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  std::map<std::string, std::size_t> index;
  for (const auto& tenant : tenants) {
    if (!tenant.error.empty()) {
      continue;
    }
    const auto [found, added] = index.emplace(tenant.fingerprint, groups.size());
    if (added) {
      groups.push_back({tenant.fingerprint, {}});
    }
    groups[found->second].second.push_back(tenant.label);
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  return groups;
}

}  // namespace

std::string schema_groups_text(const std::vector<SchemaOfTenant>& tenants) {
  const auto groups = schema_groups(tenants);
  std::size_t read = 0;
  for (const auto& [fingerprint, labels] : groups) {
    read += labels.size();
  }
  std::string out = fmt::format("{} distinct schema{} over {} tenant{}\n", groups.size(),
                                groups.size() == 1 ? "" : "s", read, read == 1 ? "" : "s");
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const auto& [fingerprint, labels] = groups[i];
    out += fmt::format("  schema {} ({}): {} tenant{}: {}\n", i + 1, fingerprint.substr(0, 12),
                       labels.size(), labels.size() == 1 ? "" : "s", folded(labels, 10));
  }
  for (const auto& tenant : tenants) {
    if (!tenant.error.empty()) {
      out += fmt::format("  not read: {}: {}\n", tenant.label, tenant.error);
    }
  }
  return out;
}

std::string schema_groups_json(const std::vector<SchemaOfTenant>& tenants) {
  nlohmann::ordered_json out;
  out["schemas"] = nlohmann::ordered_json::array();
  for (const auto& [fingerprint, labels] : schema_groups(tenants)) {
    out["schemas"].push_back({{"fingerprint", fingerprint}, {"tenants", labels}});
  }
  out["not_read"] = nlohmann::ordered_json::array();
  for (const auto& tenant : tenants) {
    if (!tenant.error.empty()) {
      out["not_read"].push_back({{"target", tenant.label}, {"error", tenant.error}});
    }
  }
  return out.dump(2) + "\n";
}

std::string without_trailing_blanks(std::string line) {
  while (!line.empty() && line.back() == ' ') {
    line.pop_back();
  }
  return line + "\n";
}

std::string pending_sql(const std::vector<std::string>& pending,
                        const std::vector<knex::MigrationFile>* migrations) {
  std::string out;
  for (const auto& name : pending) {
    out += fmt::format("-- migration file {} (apply runs it first)\n", name);
    if (migrations == nullptr) {
      continue;
    }
    for (const auto& file : *migrations) {
      if (file.name == name) {
        out += file.managed ? file.up + (file.up.ends_with("\n") ? "" : "\n")
                            : "-- (a hand-written knex migration: knex runs it)\n";
      }
    }
  }
  return out;
}

std::string fleet_text(const fleet::RunReport& report, const FleetTextOptions& options) {
  const char* red = options.color ? "\033[31m" : "";
  const char* green = options.color ? "\033[32m" : "";
  const char* yellow = options.color ? "\033[33m" : "";
  const char* reset = options.color ? "\033[0m" : "";
  std::size_t width = 6;
  for (const auto& tenant : report.tenants) {
    width = std::max(width, tenant.label.size());
  }
  std::string out;
  for (const auto& tenant : report.tenants) {
    const auto outcome = fleet::plan_outcome(tenant);
    const auto name = fleet::outcome_name(outcome);
    const char* color = outcome == fleet::Outcome::in_sync || outcome == fleet::Outcome::applied
                            ? green
                        : outcome == fleet::Outcome::drift ? yellow
                                                           : red;
    std::string detail;
    if (const auto pending = fleet::pending_files(tenant); !pending.empty()) {
      detail = plural(pending.size(), "pending migration file") + " (run first), ";
    }
    if (!detail.empty() && tenant.statements.empty()) {
      detail += "schema/ in sync";
    }
    if (!tenant.statements.empty() && tenant.outcome != fleet::Outcome::failed) {
      detail += fmt::format("{} statement{}", tenant.statements.size(),
                            tenant.statements.size() == 1 ? "" : "s");
      const auto hazards = hazard_names(tenant.statements);
      if (!hazards.empty()) {
        detail += " [" + joined(hazards, ", ") + "]";
      }
    }
    if (!tenant.migrated.empty()) {
      detail += fmt::format("{}ran {} migration file{} (batch {})", detail.empty() ? "" : "; ",
                            tenant.migrated.size(), tenant.migrated.size() == 1 ? "" : "s",
                            tenant.migrated_batch);
    }
    if (!tenant.error.empty()) {
      detail += (detail.empty() ? "" : "; ") + tenant.error;
    }
    if (!tenant.hint.empty()) {
      detail += " (hint: " + tenant.hint + ")";
    }
    out += without_trailing_blanks(
        fmt::format("{:<{}}  {}{:<8}{}  {}", tenant.label, width, color, name, reset, detail));
  }
  if (options.verbose) {
    for (const auto& [first, labels] : plan_groups(report)) {
      out += fmt::format("\n-- plan for {}:\n", joined(labels, ", "));
      out += pending_sql(fleet::pending_files(*first), options.migrations);
      for (const auto& statement : first->statements) {
        out += statement.sql + ";\n";
      }
    }
  }
  out += drift_overview_text(report);
  out += "\n" + summary_line(report) + "\n";
  return out;
}

std::string fleet_json(const fleet::RunReport& report) {
  nlohmann::ordered_json out;
  out["tenants"] = nlohmann::ordered_json::array();
  for (const auto& tenant : report.tenants) {
    nlohmann::ordered_json item;
    item["target"] = tenant.label;
    item["id"] = tenant.id;
    item["status"] = fleet::outcome_name(fleet::plan_outcome(tenant));
    item["fingerprint"] = tenant.fingerprint;
    // "read", or "unchanged" when plan trusted the stamp apply recorded.
    item["catalog"] = tenant.catalog_read ? "read" : "unchanged";
    item["statements"] = nlohmann::ordered_json::array();
    for (const auto& statement : tenant.statements) {
      item["statements"].push_back(statement_json(statement));
    }
    item["notes"] = tenant.notes;
    item["unmanaged"] = nlohmann::ordered_json::array();
    for (const auto& object : tenant.unmanaged) {
      item["unmanaged"].push_back(object.kind + " " + object.identity);
    }
    // plan: the migration files apply would run first; apply: those it ran
    // (knex batch migrated_batch).
    item["pending_migrations"] = fleet::pending_files(tenant);
    item["migrated"] = tenant.migrated;
    item["error"] = error_json(tenant);
    out["tenants"].push_back(std::move(item));
  }
  // The drift grouped by change, for 2,000 tenants read as a few groups.
  out["changes"] = nlohmann::ordered_json::array();
  for (const auto& [change, labels] : drift_groups(report)) {
    out["changes"].push_back({{"change", change}, {"tenants", labels}});
  }
  const auto count = counts(report);
  const auto get = [&](fleet::Outcome outcome) {
    const auto found = count.find(outcome);
    return found == count.end() ? 0 : found->second;
  };
  out["summary"] = {
      {"in_sync", get(fleet::Outcome::in_sync)},    {"drift", get(fleet::Outcome::drift)},
      {"applied", get(fleet::Outcome::applied)},    {"failed", get(fleet::Outcome::failed)},
      {"blocked", get(fleet::Outcome::blocked)},    {"skipped", get(fleet::Outcome::skipped)},
      {"pending_migrations", with_pending(report)}, {"seconds", report.seconds},
      {"distinct_plans", report.distinct_plans},    {"interrupted", report.interrupted}};
  return out.dump(2) + "\n";
}

std::string fleet_markdown(const fleet::RunReport& report) {
  std::string out = "### tenantctl plan\n\n" + summary_line(report) + "\n";
  if (const auto groups = drift_groups(report); !groups.empty()) {
    out += "\n#### Drift by change\n\n| change | tenants |\n|---|---|\n";
    for (const auto& [change, labels] : groups) {
      std::string cell = change;
      for (auto& c : cell) {
        c = c == '|' || c == '\n' ? ' ' : c;
      }
      out += fmt::format("| {} | <details><summary>{} of {}</summary>{}</details> |\n", cell,
                         labels.size(), report.tenants.size(), joined(labels, ", "));
    }
    out += fmt::format("| in sync | {} of {} |\n", count_of(report, fleet::Outcome::in_sync),
                       report.tenants.size());
  }
  const auto groups = plan_groups(report);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const auto& [first, labels] = groups[i];
    out += fmt::format("\n#### Plan {} — {} tenant{}\n\n", i + 1, labels.size(),
                       labels.size() == 1 ? "" : "s");
    out += "Tenants: " + joined(labels, ", ") + "\n\n";
    if (const auto pending = fleet::pending_files(*first); !pending.empty()) {
      out += "Pending migration files, run first: " + joined(pending, ", ") + "\n\n";
    }
    const auto hazards = hazard_names(first->statements);
    out += "Hazards: " + (hazards.empty() ? std::string("none") : joined(hazards, ", ")) + "\n\n";
    out += "```sql\n";
    for (const auto& statement : first->statements) {
      out += statement.sql + ";\n";
    }
    out += "```\n";
  }
  std::vector<const fleet::TenantResult*> problems;
  for (const auto& tenant : report.tenants) {
    if (fleet::needs_attention(tenant) || tenant.outcome == fleet::Outcome::blocked) {
      problems.push_back(&tenant);
    }
  }
  if (!problems.empty()) {
    out += "\n#### Failed or blocked\n\n| tenant | status | reason |\n|---|---|---|\n";
    for (const auto* tenant : problems) {
      std::string reason = tenant->error;
      for (auto& c : reason) {
        if (c == '|' || c == '\n') {
          c = ' ';
        }
      }
      out += fmt::format("| {} | {} | {} |\n", tenant->label,
                         fleet::outcome_name(fleet::plan_outcome(*tenant)), reason);
    }
  }
  return out;
}

}  // namespace report
