#pragma once

// Role names that differ per tenant: a schema's policies and grants may name
// roles through placeholders resolved from each tenant's registry row
// ("{{tenant.db_user}}_readonly"), so one desired schema serves a fleet whose
// every tenant has roles of its own.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.hpp"

namespace model {

inline constexpr std::string_view k_db_user_placeholder = "{{tenant.db_user}}";
inline constexpr std::string_view k_slug_placeholder = "{{tenant.slug}}";

// What one tenant gives the placeholders: its login role (the registry's
// dbUsername) and its slug ("" when unknown).
struct TenantNames {
  std::string db_user;
  std::string slug;
};

// Returns true when `role` holds a placeholder.
[[nodiscard]] bool has_placeholder(std::string_view role);

// Returns `role` with its placeholders replaced by `names`' values, or
// nullopt when it uses one whose value is empty.
[[nodiscard]] std::optional<std::string> resolve_role(std::string_view role,
                                                      const TenantNames& names);

// Returns the roles `catalog` names in policies' TO and as grantees, less
// "public", sorted.
[[nodiscard]] std::vector<std::string> named_roles(const Catalog& catalog);

// Renames roles in `catalog`'s policies, grants, owners, default privileges
// and creator (old name -> new name):
// to put placeholders back into a tenant's catalog, or to take them out.
void rename_roles(Catalog& catalog, const std::map<std::string, std::string>& renames);

}  // namespace model
