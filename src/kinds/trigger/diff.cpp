// The trigger kind's comparison (part of tenantctl_diff).
#include <algorithm>

#include "base/strings.hpp"
#include "diff/kind_diff.hpp"
#include "diff/sql_renames.hpp"
#include "pg/quote.hpp"

namespace diff {
namespace {

// pg_get_triggerdef() text is "CREATE [CONSTRAINT ]TRIGGER <name> <timing>
// <events>[ OF <columns>] ON <table> ...". Returns it with the name left out
// and, for a current trigger, the table and the UPDATE OF columns under the
// names this plan's renames give them; nullopt when the renames touch it in
// a way this cannot predict (a renamed or dropped column named elsewhere).
std::optional<std::string> comparable(const model::Trigger& trigger,
                                      const model::QualifiedName& table,
                                      const ColumnRenames* renames) {
  std::string text = trigger.definition;
  for (const char* head : {"CREATE CONSTRAINT TRIGGER ", "CREATE TRIGGER "}) {
    const std::string named = head + pg::quote_ident(trigger.name.name) + " ";
    if (text.starts_with(named)) {
      text = std::string(head) + text.substr(named.size());
      break;
    }
  }
  const std::string on =
      " ON " + pg::quote_qualified(trigger.name.table.schema, trigger.name.table.name) + " ";
  const auto at = text.find(on);
  if (at == std::string::npos) {
    return text;
  }
  std::string events = text.substr(0, at);
  std::string rest = text.substr(at + on.size());
  if (renames != nullptr && (!renames->renamed.empty() || !renames->dropped.empty())) {
    // "UPDATE OF a, b" (maybe followed by " OR TRUNCATE"): the list as
    // PostgreSQL prints it, replaced by the renamed one.
    std::vector<std::string> old_names;
    std::vector<std::string> new_names;
    for (const auto& column : trigger.columns) {
      const auto renamed = renamed_column(column, *renames);
      if (!renamed) {
        return std::nullopt;
      }
      old_names.push_back(pg::quote_ident(column));
      new_names.push_back(pg::quote_ident(*renamed));
    }
    const std::string old_list = " OF " + base::join(old_names, ", ");
    if (const auto of = events.find(old_list); of != std::string::npos && !old_names.empty()) {
      events.replace(of, old_list.size(), " OF " + base::join(new_names, ", "));
    }
    // The rest (REFERENCING, WHEN, the function's arguments) may name a
    // column: when it names one the plan renames or drops, rebuild.
    for (const auto& [old_name, new_name] : renames->renamed) {
      if (mentions_identifier(rest, old_name)) {
        return std::nullopt;
      }
    }
  }
  return events + " ON " + pg::quote_qualified(table.schema, table.name) + " " + rest;
}

// What else the plan does that a kept trigger must be rebuilt for.
struct TriggerContext {
  const PlanRenames& renames;
  // Current identities of routines dropped and created again.
  const std::set<model::QualifiedName>& replaced_routines;
  // Current names of views and tables dropped and created again (a trigger
  // goes with its relation), and of tables a column of which changes type or goes
  // while the trigger may name it.
  const std::set<model::QualifiedName>& rebuilt_relations;
  const RetypedColumns& retyped_columns;
};

class TriggerDiffer {
 public:
  TriggerDiffer(const model::Catalog& current, const model::Catalog& desired,
                const TriggerContext& context)
      : m_cur(current), m_des(desired), m_context(context) {
    for (const auto& [current_name, desired_name] : context.renames.tables) {
      m_desired_table[current_name] = desired_name;
    }
    for (const auto& [name, trigger] : current.triggers) {
      m_by_desired_name.emplace(model::MemberName{desired_table(name.table), name.name}, &trigger);
    }
  }

  std::vector<Change> run() {
    std::set<model::MemberName> kept;
    for (const auto& [name, wanted] : m_des.triggers) {
      if (wanted.clone) {
        continue;  // compare_clones()
      }
      const model::Trigger* current = paired(wanted);
      if (current == nullptr) {
        m_out.push_back(TriggerChange{std::nullopt, wanted});
        continue;
      }
      kept.insert(current->name);
      compare(*current, wanted);
    }
    for (const auto& [name, current] : m_cur.triggers) {
      if (!kept.contains(name) && !current.clone) {
        m_out.push_back(TriggerChange{current, std::nullopt});
      }
    }
    compare_clones();
    return std::move(m_out);
  }

 private:
  // The desired name of the current table `table` (itself when not renamed).
  model::QualifiedName desired_table(const model::QualifiedName& table) const {
    const auto found = m_desired_table.find(table);
    return found == m_desired_table.end() ? table : found->second;
  }

  // The current trigger `wanted` is: on the current table its table is,
  // under its own name or the one it is renamed from.
  const model::Trigger* paired(const model::Trigger& wanted) const {
    if (const auto found = m_by_desired_name.find(wanted.name); found != m_by_desired_name.end()) {
      return found->second;
    }
    if (!wanted.renamed_from ||
        m_des.triggers.contains({wanted.name.table, *wanted.renamed_from})) {
      return nullptr;
    }
    const auto found = m_by_desired_name.find({wanted.name.table, *wanted.renamed_from});
    return found == m_by_desired_name.end() ? nullptr : found->second;
  }

  // True when something the trigger stands on is dropped and created again.
  bool stands_on_rebuilt(const model::Trigger& current) const {
    if (m_context.replaced_routines.contains(current.function) ||
        m_context.rebuilt_relations.contains(current.name.table)) {
      return true;
    }
    return std::any_of(current.columns.begin(), current.columns.end(),
                       [&](const std::string& c) {
                         return m_context.retyped_columns.contains({current.name.table, c});
                       }) ||
           std::any_of(m_context.retyped_columns.begin(), m_context.retyped_columns.end(),
                       [&](const auto& retyped) {
                         return retyped.first == current.name.table &&
                                mentions_identifier(current.definition, retyped.second);
                       });
  }

  void compare(const model::Trigger& current, const model::Trigger& wanted) {
    const auto& renames = m_context.renames.columns_of(current.name.table);
    // Equal, on a table that keeps its name and columns: nothing to rename.
    const bool untouched = current == wanted && renames.none() && renames.dropped.empty();
    const bool same = untouched || [&] {
      const auto before = comparable(current, wanted.name.table, &renames);
      const auto after = comparable(wanted, wanted.name.table, nullptr);
      return before && after && *before == *after;
    }();
    TriggerChange change{current, wanted};
    change.recreate = !same;
    if (same && stands_on_rebuilt(current)) {
      change.rebuild = true;
      change.recreate = true;
    } else if (same && current.name.name == wanted.name.name && current.firing == wanted.firing &&
               current.comment == wanted.comment) {
      return;
    }
    // A changed definition is a drop and a create (sql.cpp tells them apart
    // by comparing the definitions the same way).
    m_out.push_back(std::move(change));
  }

  // The desired trigger of the partitioned table that partition `table`
  // (a desired name) copies `name` from; nullptr when there is none.
  const model::Trigger* parent_trigger(const model::QualifiedName& table,
                                       const std::string& name) const {
    const auto partition = m_des.tables.find(table);
    if (partition == m_des.tables.end() || !partition->second.partition_of) {
      return nullptr;
    }
    const auto found = m_des.triggers.find({partition->second.partition_of->parent, name});
    return found == m_des.triggers.end() ? nullptr : &found->second;
  }

  // True when this plan sets every copy of `parent`'s trigger anew: it is
  // created (or created again), or its firing changes (ALTER TABLE without
  // ONLY sets the partitions' copies too).
  bool resets_copies(const model::Trigger& parent) const {
    return std::any_of(m_out.begin(), m_out.end(), [&](const Change& each) {
      const auto& change = std::get<TriggerChange>(each);
      return change.after && change.after->name == parent.name &&
             (!change.before || change.recreate || change.before->firing != parent.firing);
    });
  }

  // Copies of a partitioned table's trigger that fire otherwise on one
  // partition: the desired ones are set where they differ or were just
  // reset; a current one no longer declared goes back to its parent's
  // firing, unless this plan resets it anyway.
  void compare_clones() {
    for (const auto& [name, wanted] : m_des.triggers) {
      if (!wanted.clone) {
        continue;
      }
      const model::Trigger* parent = parent_trigger(name.table, name.name);
      const auto found = m_by_desired_name.find(name);
      const model::Trigger* current =
          found == m_by_desired_name.end() || !found->second->clone ? nullptr : found->second;
      const auto& table = current ? current->name.table : name.table;
      const bool reset = parent == nullptr || resets_copies(*parent) ||
                         !m_cur.tables.contains(table) ||
                         m_context.rebuilt_relations.contains(table);
      if (reset || current == nullptr) {
        // The copy fires as its parent's trigger will: set it where that differs.
        if (parent == nullptr || parent->firing != wanted.firing) {
          m_out.push_back(TriggerChange{std::nullopt, wanted});
        }
      } else if (current->firing != wanted.firing) {
        m_out.push_back(TriggerChange{*current, wanted});
      }
    }
    for (const auto& [name, current] : m_cur.triggers) {
      const model::MemberName desired_name{desired_table(name.table), name.name};
      if (!current.clone || m_des.triggers.contains(desired_name)) {
        continue;
      }
      const model::Trigger* parent = parent_trigger(desired_name.table, name.name);
      if (parent != nullptr && !resets_copies(*parent) && parent->firing != current.firing) {
        auto back = current;
        back.name = desired_name;
        back.firing = parent->firing;
        m_out.push_back(TriggerChange{current, back});
      }
    }
  }

  const model::Catalog& m_cur;
  const model::Catalog& m_des;
  const TriggerContext& m_context;
  std::map<model::QualifiedName, model::QualifiedName> m_desired_table;
  // Current triggers by their table's desired name and their own name.
  std::map<model::MemberName, const model::Trigger*> m_by_desired_name;
  std::vector<Change> m_out;
};

}  // namespace

void diff_kind(model::KindTag<model::Trigger> /*kind*/, DiffContext& context) {
  std::set<model::QualifiedName> rebuilt = context.recreated_tables;
  for (const auto& change : context.out) {
    if (const auto* view = std::get_if<ViewChange>(&change); view && view->before) {
      rebuilt.insert(view->before->name);
    }
  }
  const auto retyped = context.retyped_columns();
  const TriggerContext triggers{context.renames, context.replaced_routines, rebuilt, retyped};
  auto changes = TriggerDiffer(context.current, context.desired, triggers).run();
  context.out.insert(context.out.end(), changes.begin(), changes.end());
}

}  // namespace diff
