#include "kinds/range_type/range_type.hpp"

namespace model {

std::string default_multirange_name(const std::string& range_name) {
  const auto at = range_name.find("range");
  if (at == std::string::npos) {
    return range_name + "_multirange";
  }
  return range_name.substr(0, at) + "multi" + range_name.substr(at);
}

}  // namespace model
