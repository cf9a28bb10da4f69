// The policy kind's comparison (part of tenantctl_diff).
#include <algorithm>

#include "diff/kind_diff.hpp"
#include "diff/sql_renames.hpp"

namespace diff {
namespace {

class PolicyDiffer {
 public:
  explicit PolicyDiffer(DiffContext& context) : m_context(context) {
    for (const auto& [current_name, desired_name] : context.renames.tables) {
      m_desired_table[current_name] = desired_name;
    }
    for (const auto& [name, policy] : context.current.policies) {
      const auto table = m_desired_table.find(name.table);
      // A table that goes takes its policies with it.
      if (table != m_desired_table.end()) {
        m_by_desired_name.emplace(model::MemberName{table->second, name.name}, &policy);
      }
    }
  }

  void run() {
    std::set<model::MemberName> kept;
    for (const auto& [name, wanted] : m_context.desired.policies) {
      const model::Policy* current = paired(wanted);
      if (current == nullptr) {
        PolicyChange change{std::nullopt, wanted};
        change.on_new_table = !m_context.table_pairs.contains(name.table);
        m_context.out.push_back(std::move(change));
        continue;
      }
      kept.insert(current->name);
      compare(*current, wanted);
    }
    for (const auto& [desired_name, current] : m_by_desired_name) {
      if (!kept.contains(current->name)) {
        m_context.out.push_back(PolicyChange{*current, std::nullopt});
      }
    }
  }

 private:
  // The current policy `wanted` is: on the current table its table is, under
  // its own name or the one it is renamed from.
  const model::Policy* paired(const model::Policy& wanted) const {
    if (const auto found = m_by_desired_name.find(wanted.name); found != m_by_desired_name.end()) {
      return found->second;
    }
    if (!wanted.renamed_from ||
        m_context.desired.policies.contains({wanted.name.table, *wanted.renamed_from})) {
      return nullptr;
    }
    const auto found = m_by_desired_name.find({wanted.name.table, *wanted.renamed_from});
    return found == m_by_desired_name.end() ? nullptr : found->second;
  }

  // True when the plan renames a table the policy reads besides its own, or
  // columns of one: PostgreSQL's printed expression then cannot be foretold.
  bool reads_renamed_elsewhere(const model::Policy& current) const {
    return std::any_of(current.columns.begin(), current.columns.end(), [&](const auto& read) {
      if (read.first == current.name.table) {
        return false;
      }
      const auto table = m_desired_table.find(read.first);
      const auto& renames = m_context.renames.columns_of(read.first);
      return (table != m_desired_table.end() && table->second != read.first) || !renames.none();
    });
  }

  // `current` as PostgreSQL will print it once the plan's column renames
  // have run, or nullopt when that cannot be told.
  std::optional<model::Policy> after_renames(const model::Policy& current) const {
    const auto& renames = m_context.renames.columns_of(current.name.table);
    if (renames.none() && !reads_renamed_elsewhere(current)) {
      return current;
    }
    const bool reads_elsewhere =
        std::any_of(current.columns.begin(), current.columns.end(),
                    [&](const auto& read) { return read.first != current.name.table; });
    if (reads_elsewhere) {
      return std::nullopt;
    }
    model::Policy moved = current;
    for (auto* expression : {&moved.using_expression, &moved.check_expression}) {
      if (*expression) {
        auto renamed = rename_in_expression(**expression, renames);
        if (!renamed) {
          return std::nullopt;
        }
        *expression = std::move(*renamed);
      }
    }
    return moved;
  }

  // True when something the policy reads or calls is dropped, retyped or
  // dropped and created again: PostgreSQL refuses that under the policy.
  bool stands_on_rebuilt(const model::Policy& current, const RetypedColumns& retyped) const {
    return std::any_of(current.uses.routines.begin(), current.uses.routines.end(),
                       [&](const model::QualifiedName& routine) {
                         return m_context.replaced_routines.contains(routine);
                       }) ||
           std::any_of(current.columns.begin(), current.columns.end(),
                       [&](const auto& read) { return retyped.contains(read); });
  }

  void compare(const model::Policy& current, const model::Policy& wanted) {
    PolicyChange change{current, wanted};
    const auto moved = after_renames(current);
    if (!moved || moved->permissive != wanted.permissive || moved->command != wanted.command ||
        (moved->using_expression && !wanted.using_expression) ||
        (moved->check_expression && !wanted.check_expression)) {
      // What ALTER POLICY cannot change (it cannot remove a clause).
      change.recreate = true;
    } else {
      change.alter_roles = moved->roles != wanted.roles;
      change.alter_using = moved->using_expression != wanted.using_expression;
      change.alter_check = moved->check_expression != wanted.check_expression;
    }
    const bool changes =
        change.recreate || change.alter_roles || change.alter_using || change.alter_check;
    if (stands_on_rebuilt(current, retyped())) {
      change.rebuild = !changes;
      change.recreate = true;
    } else if (!changes && current.name.name == wanted.name.name &&
               current.comment == wanted.comment) {
      return;
    }
    m_context.out.push_back(std::move(change));
  }

  const RetypedColumns& retyped() {
    if (!m_retyped) {
      m_retyped = m_context.retyped_columns();
    }
    return *m_retyped;
  }

  DiffContext& m_context;
  std::map<model::QualifiedName, model::QualifiedName> m_desired_table;
  // Current policies of kept tables by their table's desired name and their
  // own name.
  std::map<model::MemberName, const model::Policy*> m_by_desired_name;
  std::optional<RetypedColumns> m_retyped;
};

}  // namespace

void diff_kind(model::KindTag<model::Policy> /*kind*/, DiffContext& context) {
  PolicyDiffer(context).run();
}

}  // namespace diff
