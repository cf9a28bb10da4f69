// The routine kind's model functions (part of tenantctl_model).
#include "kinds/routine/routine.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace model {

const char* routine_keyword(RoutineKind kind) {
  switch (kind) {
    case RoutineKind::procedure:
      return "procedure";
    case RoutineKind::aggregate:
      return "aggregate";
    case RoutineKind::function:
      break;
  }
  return "function";
}

std::string signature_arguments(const std::string& signature) {
  const auto open = signature.rfind('(');
  return open == std::string::npos || !signature.ends_with(")") ? std::string()
                                                                : signature.substr(open);
}

std::string routine_sql_keyword(RoutineKind kind) {
  std::string keyword = routine_keyword(kind);
  std::transform(keyword.begin(), keyword.end(), keyword.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return keyword;
}

}  // namespace model
