// The routine kind's comparison (part of tenantctl_diff).
#include <algorithm>
#include <cctype>
#include <map>

#include "base/strings.hpp"
#include "diff/kind_diff.hpp"
#include "diff/sql_renames.hpp"
#include "pg/quote.hpp"

namespace diff {
namespace {

// Returns true when CREATE OR REPLACE turns `before` into `after`:
// PostgreSQL refuses to change a routine's kind, result, or the names,
// modes and defaults of its arguments that way.
bool replaceable(const model::Routine& before, const model::Routine& after) {
  return before.kind == after.kind && before.arguments == after.arguments &&
         before.result == after.result;
}

class RoutineDiffer {
 public:
  RoutineDiffer(const model::Catalog& current, const model::Catalog& desired,
                const RetypedColumns& retyped,
                const std::set<model::QualifiedName>& recreated_types,
                std::set<model::QualifiedName>& replaced,
                std::map<model::QualifiedName, std::string>& renamed)
      : m_cur(current),
        m_des(desired),
        m_retyped(retyped),
        m_recreated_types(recreated_types),
        m_replaced(replaced),
        m_renamed(renamed) {}

  std::vector<Change> run() {
    std::set<model::QualifiedName> kept;
    std::vector<std::pair<const model::Routine*, const model::Routine*>> pairs;
    for (const auto& [name, wanted] : m_des.routines) {
      const model::Routine* current = paired(wanted);
      if (current == nullptr) {
        m_out.push_back(RoutineChange{std::nullopt, wanted});
        continue;
      }
      kept.insert(current->name);
      pairs.emplace_back(current, &wanted);
      if (current->bare_name != wanted.bare_name) {
        m_renamed[current->name] = wanted.bare_name;
      }
    }
    for (const auto& [current, wanted] : pairs) {
      compare(*current, *wanted);
    }
    for (const auto& [name, current] : m_cur.routines) {
      if (!kept.contains(name)) {
        m_replaced.insert(name);
        m_out.push_back(RoutineChange{current, std::nullopt});
      }
    }
    rebuild_callers();
    return std::move(m_out);
  }

 private:
  // The current routine `wanted` is: the one it is renamed from (same
  // arguments) while that exists and the new name does not, else the one of
  // its own name.
  const model::Routine* paired(const model::Routine& wanted) {
    if (wanted.renamed_from && !m_cur.routines.contains(wanted.name)) {
      const model::QualifiedName old_name{
          wanted.name.schema, *wanted.renamed_from + model::signature_arguments(wanted.name.name)};
      if (const auto found = m_cur.routines.find(old_name);
          found != m_cur.routines.end() && !m_des.routines.contains(old_name)) {
        return &found->second;
      }
    }
    const auto found = m_cur.routines.find(wanted.name);
    return found == m_cur.routines.end() ? nullptr : &found->second;
  }

  // `routine` as PostgreSQL prints it once the routines its SQL-standard
  // body calls are renamed by this plan (it follows them).
  model::Routine after_renames(model::Routine routine) const {
    for (const auto& called : routine.calls) {
      const auto renamed = m_renamed.find(called);
      if (renamed == m_renamed.end()) {
        continue;
      }
      const auto& old_name = m_cur.routines.at(called).bare_name;
      const std::string from = old_name + "(";
      const std::string to = renamed->second + "(";
      for (auto at = routine.definition.find(from); at != std::string::npos;
           at = routine.definition.find(from, at + to.size())) {
        const char before = at == 0 ? ' ' : routine.definition[at - 1];
        if (std::isalnum(static_cast<unsigned char>(before)) == 0 && before != '_') {
          routine.definition.replace(at, from.size(), to);
        }
      }
    }
    return routine;
  }

  void compare(const model::Routine& current_as_is, const model::Routine& wanted) {
    const model::Routine current = after_renames(current_as_is);
    const bool same_body = routine_body(current) == routine_body(wanted);
    if (same_body && current.kind == wanted.kind) {
      if (current.name != wanted.name || current.comment != wanted.comment) {
        m_out.push_back(RoutineChange{current, wanted});
      }
      return;
    }
    RoutineChange change{current, wanted};
    change.recreate = !replaceable(current, wanted);
    if (change.recreate) {
      m_replaced.insert(current.name);
    }
    m_out.push_back(std::move(change));
  }

  // Routines whose SQL-standard body calls a routine dropped and created
  // again are dropped and created with it, repeatedly (PostgreSQL refuses
  // the drop under them).
  void rebuild_callers() {
    std::set<model::QualifiedName> changed;
    for (const auto& change : m_out) {
      const auto& typed = std::get<RoutineChange>(change);
      if (typed.before) {
        changed.insert(typed.before->name);
      }
    }
    bool grew = true;
    while (grew) {
      grew = false;
      for (const auto& [name, current] : m_cur.routines) {
        if (changed.contains(name) || !m_des.routines.contains(name)) {
          continue;
        }
        const bool calls_replaced = std::any_of(
            current.calls.begin(), current.calls.end(),
            [&](const model::QualifiedName& called) { return m_replaced.contains(called); });
        if (calls_replaced || reads_retyped(current) || uses_recreated_type(current)) {
          RoutineChange change{current, m_des.routines.at(name)};
          change.recreate = true;
          change.rebuild = current == m_des.routines.at(name);
          m_out.push_back(std::move(change));
          m_replaced.insert(name);
          changed.insert(name);
          grew = true;
        }
      }
    }
  }

  // True when a SQL-standard body reads a column whose type changes
  // (PostgreSQL refuses that change under it).
  bool reads_retyped(const model::Routine& routine) const {
    return std::any_of(m_retyped.begin(), m_retyped.end(), [&](const auto& column) {
      return std::find(routine.reads.begin(), routine.reads.end(), column.first) !=
                 routine.reads.end() &&
             mentions_identifier(routine.definition, column.second);
    });
  }

  // True when the routine takes or returns a type this plan recreates: its
  // identity names the old type, which cannot be dropped under it.
  bool uses_recreated_type(const model::Routine& routine) const {
    std::string arguments = model::signature_arguments(routine.name.name);
    arguments = arguments.size() >= 2 ? arguments.substr(1, arguments.size() - 2) : "";
    const auto arguments_list = base::split(arguments, ',');
    return std::any_of(
        m_recreated_types.begin(), m_recreated_types.end(), [&](const model::QualifiedName& type) {
          return mentions_identifier(routine.result, type.name) ||
                 std::any_of(arguments_list.begin(), arguments_list.end(),
                             [&](const std::string& argument) {
                               return names_type(std::string(base::trim(argument)), type);
                             });
        });
  }

  const model::Catalog& m_cur;
  const model::Catalog& m_des;
  const RetypedColumns& m_retyped;
  const std::set<model::QualifiedName>& m_recreated_types;
  std::set<model::QualifiedName>& m_replaced;
  std::map<model::QualifiedName, std::string>& m_renamed;  // current identity -> new bare name
  std::vector<Change> m_out;
};

// Defaults, generation expressions, checks and indexes that call a routine
// this plan drops and creates again go before it and come back after it:
// PostgreSQL refuses the drop under them.
class MemberRebuilder {
 public:
  explicit MemberRebuilder(DiffContext& context) : m_context(context) {}

  void run() {
    if (m_context.replaced_routines.empty()) {
      return;
    }
    for (const auto& [name, wanted] : m_context.desired.tables) {
      const model::Table* current = m_context.current_for(wanted);
      if (current == nullptr) {
        continue;
      }
      rebuild_columns(*current, wanted);
      rebuild_members<CheckChange>(current->checks, wanted.checks, name);
      rebuild_members<ExclusionChange>(current->exclusions, wanted.exclusions, name);
      rebuild_members<IndexChange>(current->indexes, wanted.indexes, name);
    }
  }

 private:
  bool calls_replaced(const model::RoutineUses& uses) const {
    return std::any_of(uses.routines.begin(), uses.routines.end(),
                       [&](const model::QualifiedName& routine) {
                         return m_context.replaced_routines.contains(routine);
                       });
  }

  // The change of this plan of type Member to the member `name` (current
  // name) of the table `table` (desired name), or nullptr.
  template <class Member>
  Member* change_of(const model::QualifiedName& table, const std::string& name) {
    for (auto& change : m_context.out) {
      auto* typed = std::get_if<Member>(&change);
      if (typed != nullptr && typed->of.table == table && typed->before &&
          typed->before->name == name) {
        return typed;
      }
    }
    return nullptr;
  }

  void rebuild_columns(const model::Table& current, const model::Table& wanted) {
    const auto& renames = m_context.renames.columns_of(current.name);
    for (const auto& column : current.columns) {
      if (!calls_replaced(column.uses)) {
        continue;
      }
      if (auto* change = change_of<ColumnChange>(wanted.name, column.name); change != nullptr) {
        (column.generated ? change->recreate : change->reset_default) = change->after.has_value();
        continue;
      }
      const auto kept_name = renamed_column(column.name, renames);
      const model::Column* kept = kept_name ? wanted.find_column(*kept_name) : nullptr;
      if (kept != nullptr) {
        ColumnChange change{MemberOf{wanted.name, false}, column, *kept};
        (column.generated ? change.recreate : change.reset_default) = true;
        m_context.out.push_back(std::move(change));
      }
    }
  }

  template <class Change, class Members>
  void rebuild_members(const Members& current, const Members& wanted,
                       const model::QualifiedName& table) {
    for (const auto& [member_name, member] : current) {
      if (!calls_replaced(member.uses)) {
        continue;
      }
      if (auto* change = change_of<Change>(table, member_name); change != nullptr) {
        change->rebuild = change->after.has_value();
      } else if (const auto kept = wanted.find(member_name); kept != wanted.end()) {
        m_context.out.push_back(Change{MemberOf{table, false}, member, kept->second, true});
      }
    }
  }

  DiffContext& m_context;
};

}  // namespace

void diff_kind(model::KindTag<model::Routine> /*kind*/, DiffContext& context) {
  auto changes =
      RoutineDiffer(context.current, context.desired, context.retyped_columns(),
                    context.recreated_types, context.replaced_routines, context.renamed_routines)
          .run();
  context.out.insert(context.out.end(), changes.begin(), changes.end());
  MemberRebuilder(context).run();
}

std::optional<std::string> calls_after_renames(const DiffContext& context, std::string text) {
  for (const auto& [routine, new_name] : context.renamed_routines) {
    const auto& old_name = context.current.routines.at(routine).bare_name;
    if (!mentions_identifier(text, old_name)) {
      continue;
    }
    auto renamed = rename_function_calls(text, routine.schema, old_name, new_name);
    if (!renamed) {
      return std::nullopt;
    }
    text = std::move(*renamed);
  }
  return text;
}

}  // namespace diff
