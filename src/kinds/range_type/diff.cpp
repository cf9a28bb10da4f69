// The range type kind's comparison (part of tenantctl_diff). PostgreSQL
// alters nothing of a range type in place but its name, owner, schema and
// comment: any other change is a drop and create.
#include "diff/kind_diff.hpp"

namespace diff {

void diff_kind(model::KindTag<model::RangeType> /*kind*/, DiffContext& context) {
  for (const auto& [name, wanted] : context.desired.range_types) {
    const auto found = context.current.range_types.find(name);
    if (found == context.current.range_types.end()) {
      context.out.push_back(RangeTypeChange{std::nullopt, wanted});
      continue;
    }
    auto without_comment = found->second;
    without_comment.comment = wanted.comment;
    if (found->second != wanted) {
      context.out.push_back(RangeTypeChange{found->second, wanted, without_comment != wanted});
    }
  }
  for (const auto& [name, current] : context.current.range_types) {
    if (!context.desired.range_types.contains(name)) {
      context.out.push_back(RangeTypeChange{current, std::nullopt});
    }
  }
}

}  // namespace diff
