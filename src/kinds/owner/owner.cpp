// The owner kind's model functions (part of tenantctl_model).
#include "kinds/owner/owner.hpp"

#include <algorithm>
#include <set>

#include "model/catalog.hpp"

namespace model {

void keep_managed_owners(Catalog& current, const Catalog& desired) {
  // The current names of tables renamed into one whose owner is declared,
  // found once (not once per owner: a schema has thousands).
  std::set<QualifiedName> renamed_owned;
  for (const auto& [target, owner] : desired.owners) {
    if (target.on != GrantOn::table) {
      continue;
    }
    if (const auto table = desired.tables.find(target.name);
        table != desired.tables.end() && table->second.renamed_from) {
      renamed_owned.insert({target.name.schema, *table->second.renamed_from});
    }
  }
  std::erase_if(current.owners, [&](const auto& entry) {
    const auto& target = entry.first;
    if (desired.owners.contains(target)) {
      return false;
    }
    return target.on != GrantOn::table || !renamed_owned.contains(target.name);
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
