#include "kinds/statistics/statistics.hpp"

#include <algorithm>
#include <array>

namespace model {

std::vector<std::string> canonical_statistics_kinds(const std::vector<std::string>& kinds) {
  constexpr std::array<const char*, 3> k_order = {"ndistinct", "dependencies", "mcv"};
  std::vector<std::string> out;
  for (const char* kind : k_order) {
    if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) {
      out.emplace_back(kind);
    }
  }
  if (out.size() == k_order.size()) {
    out.clear();
  }
  return out;
}

}  // namespace model
