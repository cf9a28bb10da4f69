// The extension kind's comparison (part of tenantctl_diff).
#include "diff/kind_diff.hpp"

namespace diff {

void diff_kind(model::KindTag<model::Extension> /*kind*/, DiffContext& context) {
  for (const auto& [name, extension] : context.desired.extensions) {
    const auto found = context.current.extensions.find(name);
    if (found == context.current.extensions.end()) {
      context.out.push_back(ExtensionChange{std::nullopt, extension});
      continue;
    }
    auto wanted = extension;
    if (wanted.version.empty()) {
      wanted.version = found->second.version;  // "any version" keeps what is installed
    }
    if (!(wanted == found->second) || wanted.comment != found->second.comment) {
      context.out.push_back(ExtensionChange{found->second, wanted});
    }
  }
  for (const auto& [name, extension] : context.current.extensions) {
    if (!context.desired.extensions.contains(name)) {
      context.out.push_back(ExtensionChange{extension, std::nullopt});
    }
  }
}

}  // namespace diff
