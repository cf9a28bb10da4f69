#include "diff/object_targets.hpp"

#include "diff/sql_renames.hpp"

namespace diff {
ObjectTargets::ObjectTargets(const DiffContext& context) : m_context(context) {
  for (const auto& table : m_context.recreated_tables) {
    if (m_context.desired.tables.contains(table)) {
      add_recreated(model::GrantOn::table, table);
    }
  }
  for (const auto& change : m_context.out) {
    std::visit(
        [&](const auto& typed) {
          using T = std::decay_t<decltype(typed)>;
          if constexpr (std::is_same_v<T, ViewChange>) {
            if (typed.before && typed.after &&
                (typed.rebuild || typed.before->definition != typed.after->definition)) {
              add_recreated(model::GrantOn::table, typed.after->name);
            }
          } else if constexpr (std::is_same_v<T, MaterializedViewChange>) {
            if (typed.before && typed.after && typed.recreate) {
              add_recreated(model::GrantOn::table, typed.after->name);
            }
          } else if constexpr (std::is_same_v<T, SequenceChange>) {
            if (!typed.before && typed.after &&
                m_context.current.sequences.contains(typed.after->name)) {
              add_recreated(model::GrantOn::sequence, typed.after->name);  // with its table
            }
          } else if constexpr (std::is_same_v<T, RoutineChange>) {
            if (typed.before && typed.after && (typed.recreate || typed.rebuild)) {
              add_recreated(model::GrantOn::routine, typed.after->name);
            }
          } else if constexpr (std::is_same_v<T, CompositeTypeChange> ||
                               std::is_same_v<T, RangeTypeChange>) {
            if (typed.before && typed.after && typed.recreate) {
              add_recreated(model::GrantOn::type, typed.after->name);
            }
          } else if constexpr (std::is_same_v<T, DomainChange>) {
            if (typed.before && typed.after && typed.recreate) {
              add_recreated(model::GrantOn::type, typed.after->name);
            }
          } else if constexpr (std::is_same_v<T, EnumChange>) {
            if (typed.before && typed.after && typed.recreate) {
              add_recreated(model::GrantOn::type, typed.after->name);
            }
          } else if constexpr (std::is_same_v<T, ColumnChange>) {
            if (typed.before && typed.after && typed.recreate) {
              m_recreated.insert({model::GrantOn::column, typed.of.table, typed.after->name});
            }
          }
        },
        change);
  }
}

void ObjectTargets::add_recreated(model::GrantOn on, const model::QualifiedName& name) {
  m_recreated.insert({on, name, ""});
  if (on != model::GrantOn::table) {
    return;
  }
  // A view's or table's column grants go with it.
  for (const auto& [target, grant] : m_context.desired.grants) {
    if (target.on == model::GrantOn::column && target.name == name) {
      m_recreated.insert(target);
    }
  }
}

std::optional<model::GrantTarget> ObjectTargets::desired_target(
    const model::GrantTarget& current) const {
  model::GrantTarget out = current;
  if (current.on == model::GrantOn::table || current.on == model::GrantOn::column) {
    const auto renamed = m_context.renames.tables.find(current.name);
    if (renamed != m_context.renames.tables.end()) {
      out.name = renamed->second;
    }
    if (current.on == model::GrantOn::column) {
      const auto column =
          renamed_column(current.column, m_context.renames.columns_of(current.name));
      if (!column) {
        return std::nullopt;
      }
      out.column = *column;
    }
  }
  if (!model::has_object(m_context.desired, out)) {
    return std::nullopt;
  }
  return out;
}

std::optional<model::GrantTarget> ObjectTargets::current_target(
    const model::GrantTarget& target) const {
  model::GrantTarget out = target;
  if (target.on == model::GrantOn::table || target.on == model::GrantOn::column) {
    if (const auto* table = m_context.current_table_named(target.name); table != nullptr) {
      out.name = table->name;
      if (target.on == model::GrantOn::column) {
        for (const auto& [was, now] : m_context.renames.columns_of(table->name).renamed) {
          if (now == target.column) {
            out.column = was;
          }
        }
      }
    }
  }
  if (!model::has_object(m_context.current, out)) {
    return std::nullopt;
  }
  return out;
}

}  // namespace diff
