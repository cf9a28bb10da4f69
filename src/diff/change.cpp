#include "diff/change.hpp"

#include <fmt/format.h>

#include "pg/quote.hpp"

namespace diff {
namespace {

// "create", "drop", "rename" or "alter", from which sides are present.
template <class T>
std::string verb(const std::optional<T>& before, const std::optional<T>& after) {
  if (!before) {
    return "create";
  }
  if (!after) {
    return "drop";
  }
  if (before->name != after->name) {
    return "rename";
  }
  return "alter";
}

template <class T>
const T& either(const std::optional<T>& before, const std::optional<T>& after) {
  return after ? *after : *before;
}

std::string member_of(const MemberOf& of, const std::string& name) {
  return model::display_name(of.table) + "." + name;
}

}  // namespace

std::string routine_body(const model::Routine& routine) {
  const std::string head = "CREATE OR REPLACE " + model::routine_sql_keyword(routine.kind) + " " +
                           pg::quote_qualified(routine.name.schema, routine.bare_name);
  if (routine.definition.starts_with(head)) {
    return routine.definition.substr(head.size());
  }
  return routine.definition;
}

namespace {

// `typed` described as one of its sides, `object`, with `action`.
template <class T, class Object>
std::string describe_as(const T& typed, const Object& object, const std::string& action) {
  if constexpr (std::is_same_v<T, SchemaChange>) {
    return fmt::format("{} schema {}", action, object.name);
  } else if constexpr (std::is_same_v<T, ExtensionChange>) {
    return fmt::format("{} extension {}", action, object.name);
  } else if constexpr (std::is_same_v<T, EnumChange>) {
    return fmt::format("{} enum {}", typed.recreate ? "recreate" : action,
                       model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, CompositeTypeChange>) {
    return fmt::format("{} composite type {}", typed.recreate ? "recreate" : action,
                       model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, RangeTypeChange>) {
    return fmt::format("{} range type {}", typed.recreate ? "recreate" : action,
                       model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, StatisticsChange>) {
    return fmt::format("{} statistics {}", typed.recreate ? "recreate" : action,
                       model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, CollationChange>) {
    return fmt::format("{} collation {}", typed.recreate ? "recreate" : action,
                       model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, DomainChange>) {
    return fmt::format("{} domain {}", typed.recreate ? "recreate" : action,
                       model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, SequenceChange>) {
    return fmt::format("{} sequence {}", action, model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, TableChange>) {
    return fmt::format("{} table {}", action, model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, RoutineChange>) {
    const char* how = typed.rebuild ? "rebuild" : typed.recreate ? "recreate" : action.c_str();
    return fmt::format("{} {} {}", how, model::routine_keyword(object.kind),
                       model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, TriggerChange>) {
    if (object.clone) {
      return fmt::format("firing of trigger {} on partition {}",
                         model::display_part(object.name.name),
                         model::display_name(object.name.table));
    }
    return fmt::format("{} trigger {} on {}", typed.rebuild ? "rebuild" : action,
                       model::display_part(object.name.name),
                       model::display_name(object.name.table));
  } else if constexpr (std::is_same_v<T, GrantChange>) {
    return "privileges on " + model::display_target(object.name);
  } else if constexpr (std::is_same_v<T, OwnerChange>) {
    return "owner of " + model::display_target(object.name);
  } else if constexpr (std::is_same_v<T, DefaultPrivilegeChange>) {
    return "default privileges on " + model::display_default_key(object.name);
  } else if constexpr (std::is_same_v<T, PolicyChange>) {
    return fmt::format("{} policy {} on {}", typed.rebuild ? "rebuild" : action,
                       model::display_part(object.name.name),
                       model::display_name(object.name.table));
  } else if constexpr (std::is_same_v<T, ViewChange>) {
    return fmt::format("{} view {}", typed.rebuild ? "rebuild" : action,
                       model::display_name(object.name));
  } else if constexpr (std::is_same_v<T, MaterializedViewChange>) {
    return fmt::format("{} materialized view {}", typed.recreate ? "rebuild" : action,
                       model::display_name(object.name));
  } else {
    const char* kind = "index";
    if constexpr (std::is_same_v<T, ColumnChange>) {
      kind = "column";
    } else if constexpr (std::is_same_v<T, PrimaryKeyChange>) {
      kind = "primary key";
    } else if constexpr (std::is_same_v<T, UniqueChange>) {
      kind = "unique constraint";
    } else if constexpr (std::is_same_v<T, ForeignKeyChange>) {
      kind = "foreign key";
    } else if constexpr (std::is_same_v<T, CheckChange>) {
      kind = "check constraint";
    } else if constexpr (std::is_same_v<T, ExclusionChange>) {
      kind = "exclusion constraint";
    }
    std::string shown = action == "create" ? "add" : action;
    if constexpr (std::is_same_v<T, ForeignKeyChange>) {
      if (typed.rebuild) {
        shown = "rebuild";
      }
    }
    return fmt::format("{} {} {}", shown, kind, member_of(typed.of, object.name));
  }
}

}  // namespace

std::string describe(const Change& change) {
  return std::visit(
      [](const auto& typed) -> std::string {
        const auto action = verb(typed.before, typed.after);
        if (action != "rename") {
          return describe_as(typed, either(typed.before, typed.after), action);
        }
        // A rename says both names: "rename table public.orders → public.purchases".
        const auto old_text = describe_as(typed, *typed.before, action);
        const auto new_text = describe_as(typed, *typed.after, action);
        std::size_t common = 0;
        while (common < old_text.size() && common < new_text.size() &&
               old_text[common] == new_text[common]) {
          ++common;
        }
        const auto head = old_text.rfind(' ', common == 0 ? 0 : common - 1);
        const std::size_t at = head == std::string::npos ? 0 : head + 1;
        return old_text + " \u2192 " + new_text.substr(at);
      },
      change);
}

}  // namespace diff
