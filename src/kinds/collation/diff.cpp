// The collation kind's comparison (part of tenantctl_diff). PostgreSQL
// alters nothing of a collation in place but its name, owner, schema and
// comment: any other change is a drop and create.
#include "diff/kind_diff.hpp"

namespace diff {

void diff_kind(model::KindTag<model::Collation> /*kind*/, DiffContext& context) {
  diff_comment_or_recreate<CollationChange>(context.current.collations, context.desired.collations,
                                            context.out);
}

}  // namespace diff
