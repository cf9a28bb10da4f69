// The materialized view kind's comparison (part of tenantctl_diff). Which
// materialized views are rebuilt is decided with the views
// (DiffContext::rebuilt_readers, kinds/view/diff.cpp): each may read the
// other.
#include "diff/kind_diff.hpp"
#include "kinds/table/members_diff.hpp"

namespace diff {

void diff_kind(model::KindTag<model::MaterializedView> /*kind*/, DiffContext& context) {
  for (const auto& [name, wanted] : context.desired.materialized_views) {
    const auto found = context.current.materialized_views.find(name);
    if (found == context.current.materialized_views.end()) {
      context.out.push_back(MaterializedViewChange{std::nullopt, wanted, false});
      diff_indexes({}, wanted.indexes, {name, true}, context.out);
      continue;
    }
    const auto& current = found->second;
    if (context.rebuilt_readers.contains(name)) {
      context.out.push_back(MaterializedViewChange{current, wanted, true});
      diff_indexes({}, wanted.indexes, {name, true}, context.out);
      continue;
    }
    if (current.storage != wanted.storage || current.comment != wanted.comment ||
        current.column_comments != wanted.column_comments) {
      context.out.push_back(MaterializedViewChange{current, wanted, false});
    }
    diff_indexes(current.indexes, wanted.indexes, {name, false}, context.out);
  }
  for (const auto& [name, current] : context.current.materialized_views) {
    if (!context.desired.materialized_views.contains(name)) {
      context.out.push_back(MaterializedViewChange{current, std::nullopt, false});
    }
  }
}

}  // namespace diff
