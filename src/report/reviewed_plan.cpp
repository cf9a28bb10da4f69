#include "report/reviewed_plan.hpp"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "report/json_parts.hpp"

namespace report {
namespace {

constexpr std::string_view k_format = "tenantctl reviewed plan 1";

using Json = nlohmann::ordered_json;

std::vector<std::string> sql_of(const std::vector<ddl::Statement>& statements) {
  std::vector<std::string> out;
  out.reserve(statements.size());
  for (const auto& statement : statements) {
    out.push_back(statement.sql);
  }
  return out;
}

}  // namespace

std::string reviewed_plan_json(const fleet::RunReport& report, const std::string& inputs) {
  Json out;
  out["format"] = k_format;
  out["inputs"] = inputs;
  out["groups"] = Json::array();
  out["not_planned"] = Json::array();
  using Key = std::tuple<std::string, std::vector<std::string>, std::vector<std::string>>;
  std::map<Key, std::size_t> index;
  for (const auto& tenant : report.tenants) {
    const auto outcome = fleet::plan_outcome(tenant);
    if (outcome != fleet::Outcome::in_sync && outcome != fleet::Outcome::drift) {
      out["not_planned"].push_back({{"target", tenant.label}, {"error", error_json(tenant)}});
      continue;
    }
    Key key{tenant.fingerprint, fleet::pending_files(tenant), sql_of(tenant.statements)};
    const auto [found, added] = index.emplace(key, out["groups"].size());
    if (added) {
      Json group;
      group["fingerprint"] = tenant.fingerprint;
      group["tenants"] = Json::array();
      group["pending_migrations"] = std::get<1>(key);
      group["statements"] = Json::array();
      std::set<std::string> kinds;
      for (const auto& statement : tenant.statements) {
        for (const auto& hazard : statement.hazards) {
          kinds.insert(std::string(ddl::hazard_name(hazard.kind)));
        }
        group["statements"].push_back(statement_json(statement));
      }
      group["hazards"] = kinds;
      out["groups"].push_back(std::move(group));
    }
    out["groups"][found->second]["tenants"].push_back(tenant.label);
  }
  return out.dump(2) + "\n";
}

base::Result<fleet::ReviewedPlan> read_reviewed_plan(std::string_view text,
                                                     const std::string& source) {
  const auto invalid = [&](const std::string& what) {
    return base::Error(fmt::format("{}: not a reviewed plan: {}", source, what),
                       base::ErrorKind::config)
        .with_hint("make one with 'tenantctl plan ... --out FILE'");
  };
  const auto json = Json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return invalid("not JSON");
  }
  if (json.value("format", "") != k_format) {
    return invalid(fmt::format("its \"format\" is not \"{}\"", k_format));
  }
  fleet::ReviewedPlan plan;
  try {
    plan.inputs = json.at("inputs").get<std::string>();
    for (const auto& group : json.at("groups")) {
      fleet::ReviewedTenant entry;
      entry.fingerprint = group.at("fingerprint").get<std::string>();
      entry.pending = group.at("pending_migrations").get<std::vector<std::string>>();
      for (const auto& statement : group.at("statements")) {
        entry.statements.push_back(statement.at("sql").get<std::string>());
      }
      for (const auto& tenant : group.at("tenants")) {
        plan.tenants.emplace(tenant.get<std::string>(), entry);
      }
    }
  } catch (const Json::exception& error) {
    return invalid(error.what());
  }
  return plan;
}

}  // namespace report
