// The domain kind's comparison (part of tenantctl_diff). Its checks pair by
// name or renamed_from; the columns of a recreated domain are found with
// the enums' (add_type_uses(), kinds/enum/diff.cpp).
#include <algorithm>

#include "diff/kind_diff.hpp"

namespace diff {

namespace {

// The kept domains to recreate: those whose base type or collation changes,
// and (repeatedly) those over a type recreated (PostgreSQL cannot drop the
// old one under them).
std::set<model::QualifiedName> recreated_domains(DiffContext& context) {
  std::set<model::QualifiedName> out;
  bool grew = true;
  while (grew) {
    grew = false;
    for (const auto& [name, wanted] : context.desired.domains) {
      const auto found = context.current.domains.find(name);
      if (found == context.current.domains.end() || out.contains(name)) {
        continue;
      }
      const auto& current = found->second;
      const bool over_recreated = std::any_of(
          context.recreated_types.begin(), context.recreated_types.end(),
          [&](const model::QualifiedName& type) { return names_type(current.type, type); });
      if (current.type != wanted.type || current.collation != wanted.collation || over_recreated) {
        out.insert(name);
        context.recreated_types.insert(name);
        grew = true;
      }
    }
  }
  return out;
}

}  // namespace

void diff_kind(model::KindTag<model::Domain> /*kind*/, DiffContext& context) {
  const auto recreated = recreated_domains(context);
  for (const auto& [name, wanted] : context.desired.domains) {
    const auto found = context.current.domains.find(name);
    if (found == context.current.domains.end()) {
      context.out.push_back(DomainChange{std::nullopt, wanted});
      continue;
    }
    const auto& current = found->second;
    if (recreated.contains(name)) {
      context.out.push_back(DomainChange{current, wanted, true, {}});
    } else if (current != wanted) {
      context.out.push_back(DomainChange{current, wanted});
    }
  }
  for (const auto& [name, current] : context.current.domains) {
    if (!context.desired.domains.contains(name)) {
      context.out.push_back(DomainChange{current, std::nullopt});
    }
  }
}

}  // namespace diff
