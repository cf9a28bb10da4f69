// The composite type kind's comparison (part of tenantctl_diff).
#include <algorithm>

#include "diff/kind_diff.hpp"

namespace diff {
namespace {

// True when ALTER TYPE can turn `current`'s attributes into `desired`'s:
// the kept ones stay in their order and the new ones come after them all
// (ADD ATTRIBUTE appends; nothing reorders).
bool fits_in_place(const model::CompositeType& current, const model::CompositeType& desired) {
  const auto index_in = [](const model::CompositeType& type, const std::string& name) {
    const auto found =
        std::find_if(type.attributes.begin(), type.attributes.end(),
                     [&](const model::CompositeAttribute& each) { return each.name == name; });
    return found == type.attributes.end()
               ? std::string::npos
               : static_cast<std::size_t>(found - type.attributes.begin());
  };
  std::size_t last_kept = 0;
  bool any_kept = false;
  for (const auto& attribute : current.attributes) {
    const std::size_t at = index_in(desired, attribute.name);
    if (at == std::string::npos) {
      continue;
    }
    if (any_kept && at < last_kept) {
      return false;
    }
    last_kept = at;
    any_kept = true;
  }
  for (std::size_t i = 0; i < desired.attributes.size(); ++i) {
    const bool is_new = index_in(current, desired.attributes[i].name) == std::string::npos;
    if (is_new && any_kept && i < last_kept) {
      return false;
    }
  }
  return true;
}

// True when an attribute kept from `current` to `desired` takes another
// type or collation (ALTER ATTRIBUTE ... TYPE).
bool retypes(const CompositeTypeChange& change) {
  if (!change.retype.empty()) {
    return true;
  }
  return std::any_of(change.after->attributes.begin(), change.after->attributes.end(),
                     [&](const model::CompositeAttribute& attribute) {
                       return std::any_of(change.before->attributes.begin(),
                                          change.before->attributes.end(),
                                          [&](const model::CompositeAttribute& old) {
                                            return old.name == attribute.name &&
                                                   (old.type != attribute.type ||
                                                    old.collation != attribute.collation);
                                          });
                     });
}

// True when a column of a current table holds `type` (or an array of it):
// PostgreSQL then changes no attribute's type.
bool held_by_a_column(const DiffContext& context, const model::QualifiedName& type) {
  return std::any_of(
      context.current.tables.begin(), context.current.tables.end(), [&](const auto& entry) {
        return std::any_of(
            entry.second.columns.begin(), entry.second.columns.end(),
            [&](const model::Column& column) { return names_type(column.type, type); });
      });
}

}  // namespace

void diff_kind(model::KindTag<model::CompositeType> /*kind*/, DiffContext& context) {
  for (const auto& [name, wanted] : context.desired.composite_types) {
    const auto found = context.current.composite_types.find(name);
    if (found == context.current.composite_types.end()) {
      context.out.push_back(CompositeTypeChange{std::nullopt, wanted});
      continue;
    }
    CompositeTypeChange change{found->second, wanted, !fits_in_place(found->second, wanted)};
    for (const auto& attribute : found->second.attributes) {
      for (const auto& type : context.recreated_types) {
        if (names_type(attribute.type, type)) {
          change.retype.insert(attribute.name);
        }
      }
    }
    change.held = held_by_a_column(context, name);
    if (!change.recreate && change.held && retypes(change)) {
      change.recreate = true;
    }
    if (change.recreate) {
      context.recreated_types.insert(name);  // what holds it follows (add_type_uses())
    }
    if (found->second != wanted || !change.retype.empty()) {
      context.out.push_back(std::move(change));
    }
  }
  for (const auto& [name, current] : context.current.composite_types) {
    if (!context.desired.composite_types.contains(name)) {
      context.out.push_back(CompositeTypeChange{current, std::nullopt});
    }
  }
}

}  // namespace diff
