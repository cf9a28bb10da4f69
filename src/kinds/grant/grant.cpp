// The grant kind's model functions (part of tenantctl_model).
#include "kinds/grant/grant.hpp"

#include "model/catalog.hpp"

namespace model {

std::map<std::string, std::vector<std::string>> default_grants(const GrantTarget& target) {
  switch (target.on) {
    case GrantOn::routine:
      return {{"public", {"execute"}}};
    case GrantOn::type:
      return {{"public", {"usage"}}};
    case GrantOn::database:
      return {{"public", {"connect", "temporary"}}};
    case GrantOn::schema:
      if (target.name.name == "public") {
        return {{"public", {"usage"}}};
      }
      return {};
    case GrantOn::table:
    case GrantOn::sequence:
    case GrantOn::column:
      break;
  }
  return {};
}

const char* grant_on_name(GrantOn on) {
  switch (on) {
    case GrantOn::database:
      return "database";
    case GrantOn::schema:
      return "schema";
    case GrantOn::sequence:
      return "sequence";
    case GrantOn::column:
      return "column";
    case GrantOn::routine:
      return "routine";
    case GrantOn::type:
      return "type";
    case GrantOn::table:
      break;
  }
  return "table";
}

std::string display_target(const GrantTarget& target) {
  switch (target.on) {
    case GrantOn::database:
      return "the database";
    case GrantOn::schema:
      return "schema " + display_part(target.name.name);
    case GrantOn::column:
      return "column " + display_name(target.name) + "." + display_part(target.column);
    default:
      break;
  }
  return std::string(grant_on_name(target.on)) + " " + display_name(target.name);
}

}  // namespace model
