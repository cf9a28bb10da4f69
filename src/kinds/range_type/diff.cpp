// The range type kind's comparison (part of tenantctl_diff). PostgreSQL
// alters nothing of a range type in place but its name, owner, schema and
// comment: any other change is a drop and create.
#include "diff/kind_diff.hpp"

namespace diff {

void diff_kind(model::KindTag<model::RangeType> /*kind*/, DiffContext& context) {
  const auto first = context.out.size();
  diff_comment_or_recreate<RangeTypeChange>(context.current.range_types,
                                            context.desired.range_types, context.out);
  for (auto at = first; at < context.out.size(); ++at) {
    const auto& change = std::get<RangeTypeChange>(context.out[at]);
    if (change.recreate) {
      context.recreated_types.insert(change.before->name);
    }
  }
}

}  // namespace diff
