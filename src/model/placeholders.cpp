#include "model/placeholders.hpp"

#include <algorithm>
#include <set>

namespace model {

bool has_placeholder(std::string_view role) {
  return role.find(k_db_user_placeholder) != std::string_view::npos ||
         role.find(k_slug_placeholder) != std::string_view::npos;
}

std::optional<std::string> resolve_role(std::string_view role, const TenantNames& names) {
  std::string out(role);
  for (const auto& [placeholder, value] :
       {std::pair{k_db_user_placeholder, std::string_view(names.db_user)},
        std::pair{k_slug_placeholder, std::string_view(names.slug)}}) {
    for (auto at = out.find(placeholder); at != std::string::npos;
         at = out.find(placeholder, at + value.size())) {
      if (value.empty()) {
        return std::nullopt;
      }
      out.replace(at, placeholder.size(), value);
    }
  }
  return out;
}

std::vector<std::string> named_roles(const Catalog& catalog) {
  std::set<std::string> roles;
  for (const auto& [name, policy] : catalog.policies) {
    roles.insert(policy.roles.begin(), policy.roles.end());
  }
  for (const auto& [target, grant] : catalog.grants) {
    for (const auto& [grantee, privileges] : grant.privileges) {
      roles.insert(grantee);
    }
  }
  for (const auto& [target, owner] : catalog.owners) {
    roles.insert(owner.role);
  }
  for (const auto& [key, entry] : catalog.default_privileges) {
    roles.insert(key.role);
    for (const auto& [grantee, privileges] : entry.privileges) {
      roles.insert(grantee);
    }
  }
  roles.erase("public");
  return {roles.begin(), roles.end()};
}

void rename_roles(Catalog& catalog, const std::map<std::string, std::string>& renames) {
  if (renames.empty()) {
    return;
  }
  const auto renamed = [&](const std::string& role) {
    const auto found = renames.find(role);
    return found == renames.end() ? role : found->second;
  };
  for (auto& [name, policy] : catalog.policies) {
    for (auto& role : policy.roles) {
      role = renamed(role);
    }
    std::sort(policy.roles.begin(), policy.roles.end());
  }
  const auto renamed_privileges = [&](Privileges& privileges) {
    Privileges out;
    for (auto& [grantee, held] : privileges) {
      out[renamed(grantee)] = std::move(held);
    }
    privileges = std::move(out);
  };
  for (auto& [target, grant] : catalog.grants) {
    renamed_privileges(grant.privileges);
  }
  for (auto& [target, owner] : catalog.owners) {
    owner.role = renamed(owner.role);
  }
  std::map<DefaultPrivilegeKey, DefaultPrivilege> defaults;
  for (auto& [key, entry] : catalog.default_privileges) {
    entry.name.role = renamed(key.role);
    renamed_privileges(entry.privileges);
    defaults.insert_or_assign(entry.name, std::move(entry));
  }
  catalog.default_privileges = std::move(defaults);
  catalog.creator = renamed(catalog.creator);
}

}  // namespace model
