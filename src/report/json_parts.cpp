#include "report/json_parts.hpp"

#include <nlohmann/json.hpp>

namespace report {
namespace {

nlohmann::ordered_json text_or_null(std::string_view text) {
  return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

// The fields of an error object, whatever it is read from.
struct ErrorFields {
  std::string_view kind;
  std::string_view message;
  std::string_view hint;
  std::string_view sqlstate;
  std::string_view tenant;  // the target's label; "" for a whole-run error
};

nlohmann::ordered_json error_json(const ErrorFields& fields) {
  nlohmann::ordered_json out;
  out["kind"] = fields.kind.empty() ? "failure" : fields.kind;
  out["message"] = fields.message;
  out["hint"] = text_or_null(fields.hint);
  out["sqlstate"] = text_or_null(fields.sqlstate);
  out["tenant"] = text_or_null(fields.tenant);
  return out;
}

}  // namespace

nlohmann::ordered_json statement_json(const ddl::Statement& statement) {
  nlohmann::ordered_json item;
  item["sql"] = statement.sql;
  item["source"] = statement.source;
  item["transactional"] = statement.transactional;
  item["hazards"] = nlohmann::ordered_json::array();
  for (const auto& hazard : statement.hazards) {
    item["hazards"].push_back({{"kind", ddl::hazard_name(hazard.kind)}, {"reason", hazard.reason}});
  }
  return item;
}

nlohmann::ordered_json error_json(const base::Error& error) {
  return error_json(ErrorFields{.kind = base::kind_name(error.kind()),
                                .message = error.message(),
                                .hint = error.hint(),
                                .sqlstate = error.sqlstate(),
                                .tenant = {}});
}

nlohmann::ordered_json error_json(const fleet::TenantResult& tenant) {
  if (tenant.error.empty()) {
    return nullptr;
  }
  std::string_view kind = tenant.error_kind;
  if (tenant.outcome == fleet::Outcome::blocked) {
    kind = "blocked";
  } else if (tenant.outcome == fleet::Outcome::skipped) {
    kind = "skipped";
  }
  return error_json(ErrorFields{.kind = kind,
                                .message = tenant.error,
                                .hint = tenant.hint,
                                .sqlstate = tenant.sqlstate,
                                .tenant = tenant.label});
}

nlohmann::ordered_json error_json(const fleet::LedgerResult& tenant) {
  if (tenant.error.empty()) {
    return nullptr;
  }
  const std::string_view kind = tenant.outcome == fleet::LedgerOutcome::skipped
                                    ? std::string_view("skipped")
                                    : std::string_view(tenant.error_kind);
  return error_json(ErrorFields{.kind = kind,
                                .message = tenant.error,
                                .hint = tenant.hint,
                                .sqlstate = tenant.sqlstate,
                                .tenant = tenant.label});
}

}  // namespace report
