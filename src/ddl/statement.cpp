#include "ddl/statement.hpp"

#include <array>
#include <utility>

namespace ddl {
namespace {

constexpr std::array<std::pair<HazardKind, std::string_view>, 8> k_names = {{
    {HazardKind::data_loss, "data_loss"},
    {HazardKind::table_rewrite, "table_rewrite"},
    {HazardKind::access_exclusive_lock, "access_exclusive_lock"},
    {HazardKind::index_build, "index_build"},
    {HazardKind::validation_scan, "validation_scan"},
    {HazardKind::may_fail_on_existing_data, "may_fail_on_existing_data"},
    {HazardKind::behavior_change, "behavior_change"},
    {HazardKind::access_change, "access_change"},
}};

}  // namespace

std::string_view hazard_name(HazardKind kind) {
  for (const auto& [each, name] : k_names) {
    if (each == kind) {
      return name;
    }
  }
  return "unknown";
}

std::vector<std::string> hazard_names() {
  std::vector<std::string> names;
  for (const auto& [kind, name] : k_names) {
    names.emplace_back(name);
  }
  return names;
}

std::optional<HazardKind> parse_hazard(std::string_view name) {
  for (const auto& [kind, each] : k_names) {
    if (each == name) {
      return kind;
    }
  }
  return std::nullopt;
}

}  // namespace ddl
