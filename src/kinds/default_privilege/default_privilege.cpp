// The default privileges kind's model functions (part of tenantctl_model).
#include "kinds/default_privilege/default_privilege.hpp"

#include "model/catalog.hpp"

namespace model {

std::map<std::string, std::vector<std::string>> default_privilege_defaults(
    const DefaultPrivilegeKey& key) {
  if (!key.schema.empty()) {
    return {};
  }
  switch (key.objects) {
    case DefaultObjects::functions:
      return {{"public", {"execute"}}};
    case DefaultObjects::types:
      return {{"public", {"usage"}}};
    case DefaultObjects::tables:
    case DefaultObjects::sequences:
    case DefaultObjects::schemas:
      break;
  }
  return {};
}

const char* default_objects_name(DefaultObjects objects) {
  switch (objects) {
    case DefaultObjects::sequences:
      return "sequences";
    case DefaultObjects::functions:
      return "functions";
    case DefaultObjects::types:
      return "types";
    case DefaultObjects::schemas:
      return "schemas";
    case DefaultObjects::tables:
      break;
  }
  return "tables";
}

std::string display_default_key(const DefaultPrivilegeKey& key) {
  std::string out = std::string(default_objects_name(key.objects)) + " role " +
                    display_part(key.role) + " creates";
  if (!key.schema.empty()) {
    out += " in schema " + display_part(key.schema);
  }
  return out;
}

}  // namespace model
