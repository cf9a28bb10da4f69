// The collation kind's comparison (part of tenantctl_diff). PostgreSQL
// alters nothing of a collation in place but its name, owner, schema and
// comment: any other change is a drop and create.
#include "diff/kind_diff.hpp"

namespace diff {

void diff_kind(model::KindTag<model::Collation> /*kind*/, DiffContext& context) {
  for (const auto& [name, wanted] : context.desired.collations) {
    const auto found = context.current.collations.find(name);
    if (found == context.current.collations.end()) {
      context.out.push_back(CollationChange{std::nullopt, wanted});
      continue;
    }
    auto same_comment = found->second;
    same_comment.comment = wanted.comment;
    if (found->second != wanted) {
      context.out.push_back(CollationChange{found->second, wanted, same_comment != wanted});
    }
  }
  for (const auto& [name, current] : context.current.collations) {
    if (!context.desired.collations.contains(name)) {
      context.out.push_back(CollationChange{current, std::nullopt});
    }
  }
}

}  // namespace diff
