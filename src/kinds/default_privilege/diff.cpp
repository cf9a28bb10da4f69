// The default privileges kind's comparison (part of tenantctl_diff).
#include <set>

#include "diff/kind_diff.hpp"

namespace diff {
namespace {

model::DefaultPrivilege held(const model::Catalog& catalog, const model::DefaultPrivilegeKey& key) {
  const auto found = catalog.default_privileges.find(key);
  if (found != catalog.default_privileges.end()) {
    return found->second;
  }
  return {.name = key, .privileges = model::default_privilege_defaults(key)};
}

}  // namespace

void diff_kind(model::KindTag<model::DefaultPrivilege> /*kind*/, DiffContext& context) {
  std::set<model::DefaultPrivilegeKey> keys;
  for (const auto* catalog : {&context.current, &context.desired}) {
    for (const auto& [key, entry] : catalog->default_privileges) {
      keys.insert(key);
    }
  }
  for (const auto& key : keys) {
    // An IN SCHEMA entry goes with its schema.
    if (!key.schema.empty() && !context.desired.schemas.contains(key.schema)) {
      continue;
    }
    DefaultPrivilegeChange change{.before = held(context.current, key),
                                  .after = held(context.desired, key)};
    if (change.before->privileges != change.after->privileges) {
      context.out.push_back(std::move(change));
    }
  }
}

}  // namespace diff
