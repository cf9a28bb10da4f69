#pragma once

// Private to diff/: the objects that privileges and owners are attributes of
// (model::GrantTarget), matched between the current and the desired catalog
// through the plan's renames, and those the plan creates again. The grant
// and owner kinds share it.

#include <optional>
#include <set>

#include "diff/kind_diff.hpp"

namespace diff {

class ObjectTargets {
 public:
  // Notes the objects the changes so far (context.out) drop and create again.
  explicit ObjectTargets(const DiffContext& context);

  // The desired name of current `target` when its object is kept, or
  // nullopt when the object goes.
  [[nodiscard]] std::optional<model::GrantTarget> desired_target(
      const model::GrantTarget& current) const;
  // The current name of the object that desired `target` is, or nullopt for
  // an object this plan creates.
  [[nodiscard]] std::optional<model::GrantTarget> current_target(
      const model::GrantTarget& target) const;
  // True when the plan drops and creates again the object of desired
  // `target`: it comes back as new.
  [[nodiscard]] bool recreated(const model::GrantTarget& target) const {
    return m_recreated.contains(target);
  }
  [[nodiscard]] const std::set<model::GrantTarget>& recreated_targets() const {
    return m_recreated;
  }

 private:
  void add_recreated(model::GrantOn on, const model::QualifiedName& name);

  const DiffContext& m_context;
  std::set<model::GrantTarget> m_recreated;
};

}  // namespace diff
