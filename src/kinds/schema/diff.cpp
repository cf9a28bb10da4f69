// The schema kind's comparison (part of tenantctl_diff).
#include "diff/kind_diff.hpp"

namespace diff {

void diff_kind(model::KindTag<model::Schema> /*kind*/, DiffContext& context) {
  for (const auto& [name, schema] : context.desired.schemas) {
    const auto found = context.current.schemas.find(name);
    if (found == context.current.schemas.end()) {
      context.out.push_back(SchemaChange{std::nullopt, schema});
    } else if (!schema.implicit && found->second.comment != schema.comment) {
      context.out.push_back(SchemaChange{found->second, schema});
    }
  }
  for (const auto& [name, schema] : context.current.schemas) {
    if (name != "public" && !context.desired.schemas.contains(name)) {
      context.out.push_back(SchemaChange{schema, std::nullopt});
    }
  }
}

}  // namespace diff
