// The policy kind's model functions (part of tenantctl_model).
#include "kinds/policy/policy.hpp"

namespace model {

const char* policy_command_sql(PolicyCommand command) {
  switch (command) {
    case PolicyCommand::select:
      return "SELECT";
    case PolicyCommand::insert:
      return "INSERT";
    case PolicyCommand::update:
      return "UPDATE";
    case PolicyCommand::del:
      return "DELETE";
    case PolicyCommand::all:
      break;
  }
  return "ALL";
}

}  // namespace model
