// The owner kind's comparison (part of tenantctl_diff): only the owners the
// desired schema declares are compared.
#include "diff/kind_diff.hpp"
#include "diff/object_targets.hpp"

namespace diff {

void diff_kind(model::KindTag<model::Owner> /*kind*/, DiffContext& context) {
  if (context.desired.owners.empty()) {
    return;
  }
  const ObjectTargets targets(context);
  for (const auto& [target, owner] : context.desired.owners) {
    if (!model::has_object(context.desired, target)) {
      continue;
    }
    const auto current = targets.current_target(target);
    OwnerChange change{.after = owner};
    if (current && !targets.recreated(target)) {
      const auto found = context.current.owners.find(*current);
      if (found != context.current.owners.end()) {
        if (found->second.role == owner.role) {
          continue;
        }
        change.before = found->second;
      }
    }
    if (!change.before && owner.role == context.current.creator) {
      continue;  // created by its owner
    }
    context.out.push_back(std::move(change));
  }
}

}  // namespace diff
