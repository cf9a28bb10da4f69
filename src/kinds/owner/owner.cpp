// The owner kind's model functions (part of tenantctl_model).
#include "kinds/owner/owner.hpp"

#include <algorithm>

#include "model/catalog.hpp"

namespace model {

void keep_managed_owners(Catalog& current, const Catalog& desired) {
  std::erase_if(current.owners, [&](const auto& entry) {
    const auto& target = entry.first;
    if (desired.owners.contains(target)) {
      return false;
    }
    if (target.on != GrantOn::table) {
      return true;
    }
    // A table renamed into one whose owner is declared.
    return std::none_of(desired.tables.begin(), desired.tables.end(), [&](const auto& table) {
      return table.second.renamed_from == target.name.name &&
             table.first.schema == target.name.schema &&
             desired.owners.contains({GrantOn::table, table.first, ""});
    });
  });
  const bool creator_matters =
      !desired.owners.empty() ||
      std::any_of(current.default_privileges.begin(), current.default_privileges.end(),
                  [&](const auto& entry) { return entry.first.role == current.creator; });
  if (!creator_matters) {
    current.creator.clear();
  }
}

}  // namespace model
