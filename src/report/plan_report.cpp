#include "report/plan_report.hpp"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "pg/quote.hpp"
#include "report/json_parts.hpp"

namespace report {
namespace {

struct Palette {
  const char* bold = "";
  const char* red = "";
  const char* green = "";
  const char* yellow = "";
  const char* cyan = "";
  const char* dim = "";
  const char* reset = "";
};

Palette palette(bool color) {
  if (!color) {
    return {};
  }
  return {"\033[1m", "\033[31m", "\033[32m", "\033[33m", "\033[36m", "\033[2m", "\033[0m"};
}

char change_mark(const std::string& source) {
  if (source.starts_with("create") || source.starts_with("add")) {
    return '+';
  }
  if (source.starts_with("drop")) {
    return '-';
  }
  if (source.starts_with("rename")) {
    return '>';
  }
  return '~';
}

std::string indent(const std::string& text, const std::string& prefix) {
  std::string out = prefix;
  for (const char c : text) {
    out += c;
    if (c == '\n') {
      out += prefix;
    }
  }
  return out;
}

// One "note: ..." line per note.
std::string notes_text(const std::vector<std::string>& notes) {
  std::string out;
  for (const auto& note : notes) {
    out += "note: " + note + "\n";
  }
  return out;
}

}  // namespace

std::string plan_text(const plan::Plan& plan, const TextOptions& options) {
  const Palette p = palette(options.color);
  std::string out;
  if (!options.title.empty()) {
    out += fmt::format("{}{}{}\n", p.bold, options.title, p.reset);
  }
  if (plan.empty()) {
    out += fmt::format("{}in sync{}: nothing to change\n", p.green, p.reset);
    out += notes_text(plan.notes);
    return out;
  }
  // One line per change, in plan order, with the hazards of its statements.
  std::vector<std::string> sources;
  std::map<std::string, std::vector<std::string>> hazards_of;
  for (const auto& statement : plan.statements) {
    if (sources.empty() || sources.back() != statement.source) {
      if (std::find(sources.begin(), sources.end(), statement.source) == sources.end()) {
        sources.push_back(statement.source);
      }
    }
    for (const auto& hazard : statement.hazards) {
      auto& list = hazards_of[statement.source];
      const std::string name(ddl::hazard_name(hazard.kind));
      if (std::find(list.begin(), list.end(), name) == list.end()) {
        list.push_back(name);
      }
    }
  }
  out +=
      fmt::format("{} change{}, {} statement{}:\n", sources.size(), sources.size() == 1 ? "" : "s",
                  plan.statements.size(), plan.statements.size() == 1 ? "" : "s");
  for (const auto& source : sources) {
    const char mark = change_mark(source);
    const char* color = mark == '+' ? p.green : mark == '-' ? p.red : p.yellow;
    out += fmt::format("  {}{} {}{}", color, mark, source, p.reset);
    if (const auto found = hazards_of.find(source); found != hazards_of.end()) {
      std::string joined;
      for (const auto& name : found->second) {
        joined += (joined.empty() ? "" : ", ") + name;
      }
      out += fmt::format("  {}[{}]{}", p.red, joined, p.reset);
    }
    out += '\n';
  }
  out += "\nSQL:\n";
  for (std::size_t i = 0; i < plan.statements.size(); ++i) {
    const auto& statement = plan.statements[i];
    out += fmt::format("\n{}  -- {}. {}{}{}\n", p.dim, i + 1, statement.source,
                       statement.transactional ? "" : " (outside a transaction)", p.reset);
    out += fmt::format("{}{};{}\n", p.cyan, indent(statement.sql, "  "), p.reset);
    for (const auto& hazard : statement.hazards) {
      out += fmt::format("  {}! {}{}: {}\n", p.red, ddl::hazard_name(hazard.kind), p.reset,
                         hazard.reason);
    }
  }
  const auto kinds = plan.hazard_kinds();
  if (!kinds.empty()) {
    std::string joined;
    for (const auto kind : kinds) {
      joined += (joined.empty() ? "" : ", ") + std::string(ddl::hazard_name(kind));
    }
    out += fmt::format("\n{}Hazards:{} {}\n", p.bold, p.reset, joined);
  }
  out += notes_text(plan.notes);
  return out;
}

std::string plan_sql(const plan::Plan& plan, const apply::ExecuteOptions& options) {
  const auto timeouts = [&](const char* scope) {
    return fmt::format("{} lock_timeout = {};\n{} statement_timeout = {};\n", scope,
                       pg::quote_literal(options.lock_timeout), scope,
                       pg::quote_literal(options.statement_timeout));
  };
  std::string out = fmt::format("-- tenantctl plan: {} statement{}\n", plan.statements.size(),
                                plan.statements.size() == 1 ? "" : "s");
  bool in_transaction = false;
  for (const auto& statement : plan.statements) {
    if (statement.transactional && !in_transaction) {
      out += "\nBEGIN;\n";
      in_transaction = true;
    } else if (!statement.transactional && in_transaction) {
      out += "COMMIT;\n";
      in_transaction = false;
    }
    out += fmt::format("\n-- {}{}\n", statement.source,
                       statement.transactional ? "" : " (outside a transaction)");
    for (const auto& hazard : statement.hazards) {
      out += fmt::format("-- hazard {}: {}\n", ddl::hazard_name(hazard.kind), hazard.reason);
    }
    out += timeouts(statement.transactional ? "SET LOCAL" : "SET");
    out += statement.sql + ";\n";
  }
  if (in_transaction) {
    out += "\nCOMMIT;\n";
  }
  return out;
}

std::string plan_json(const plan::Plan& plan, const std::vector<model::Unmanaged>& unmanaged) {
  nlohmann::ordered_json out;
  out["statements"] = nlohmann::ordered_json::array();
  for (const auto& statement : plan.statements) {
    out["statements"].push_back(statement_json(statement));
  }
  out["hazards"] = nlohmann::ordered_json::array();
  for (const auto kind : plan.hazard_kinds()) {
    out["hazards"].push_back(ddl::hazard_name(kind));
  }
  out["notes"] = plan.notes;
  out["unmanaged"] = nlohmann::ordered_json::array();
  for (const auto& object : unmanaged) {
    out["unmanaged"].push_back(object.kind + " " + object.identity);
  }
  return out.dump(2) + "\n";
}

}  // namespace report
