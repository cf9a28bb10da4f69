#include "diff/differ.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "base/strings.hpp"
#include "diff/kind_diff.hpp"
#include "diff/member_differ.hpp"
#include "diff/pairing.hpp"
#include "diff/plan_renames.hpp"
#include "diff/sql_renames.hpp"
#include "model/kinds.hpp"

namespace diff {
namespace {

using model::Catalog;
using model::QualifiedName;

// Returns true when `column_type`, as format_type() prints it under
// search_path = public, is the enum `type` or an array of it. Each part may
// be quoted or not (that depends on PostgreSQL's keyword list); no other
// type can be spelled either way.
bool names_type(std::string column_type, const QualifiedName& type) {
  while (column_type.ends_with("[]")) {
    column_type.resize(column_type.size() - 2);
  }
  const auto quoted = [](const std::string& part) {
    std::string out = "\"";
    for (const char c : part) {
      out += c;
      if (c == '"') {
        out += '"';
      }
    }
    return out + "\"";
  };
  std::vector<std::string> prefixes{type.schema + ".", quoted(type.schema) + "."};
  if (type.schema == "public") {
    prefixes.emplace_back();
  }
  for (const auto& prefix : prefixes) {
    for (const auto& name : {type.name, quoted(type.name)}) {
      if (column_type == prefix + name) {
        return true;
      }
    }
  }
  return false;
}

class Differ {
 public:
  Differ(const Catalog& current, const Catalog& desired) : m_cur(current), m_des(desired) {}

  base::Result<std::vector<Change>> run() {
    for_each_in_diff_order([&](auto kind) { diff_kind(kind); });
    return std::move(m_out);
  }

 private:
  // The kinds in the order they are compared: each may look at the changes
  // of those before it. A kind of model::ObjectKinds missing here, or
  // without its diff_kind() below, does not compile.
  using DiffOrder = model::KindList<model::Schema, model::Extension, model::EnumType, model::Table,
                                    model::Sequence, model::Routine, model::View, model::Trigger>;
  template <class Visit>
  static void for_each_in_diff_order(Visit&& visit) {
    static_assert(model::k_is_kind_order<DiffOrder>,
                  "DiffOrder must hold every kind of model::ObjectKinds once");
    [&]<class... Kinds>(model::KindList<Kinds...>) {
      (visit(model::KindTag<Kinds>{}), ...);
    }(DiffOrder{});
  }

  void diff_kind(model::KindTag<model::Schema> /*kind*/) { diff_schemas(); }
  void diff_kind(model::KindTag<model::Extension> /*kind*/) { diff_extensions(); }
  void diff_kind(model::KindTag<model::EnumType> /*kind*/) { diff_enums(); }
  void diff_kind(model::KindTag<model::Table> /*kind*/) {
    diff_tables();
    recreate_generated_readers();
    rebuild_foreign_keys();
    add_enum_uses();
  }
  void diff_kind(model::KindTag<model::Sequence> /*kind*/) { diff_sequences(); }
  void diff_kind(model::KindTag<model::Routine> /*kind*/) {
    auto changes = diff_routines(m_cur, m_des, retyped_columns(), m_replaced_routines);
    m_out.insert(m_out.end(), changes.begin(), changes.end());
    rebuild_members_calling_replaced();
  }

  bool calls_replaced(const model::RoutineUses& uses) const {
    return std::any_of(
        uses.routines.begin(), uses.routines.end(),
        [&](const QualifiedName& routine) { return m_replaced_routines.contains(routine); });
  }

  // The change of this plan of type Member to the member `name` (current
  // name) of the table `table` (desired name), or nullptr.
  template <class Member>
  Member* change_of(const QualifiedName& table, const std::string& name) {
    for (auto& change : m_out) {
      auto* typed = std::get_if<Member>(&change);
      if (typed != nullptr && typed->of.table == table && typed->before &&
          typed->before->name == name) {
        return typed;
      }
    }
    return nullptr;
  }

  // Defaults, generation expressions, checks and indexes that call a
  // routine this plan drops and creates again go before it and come back
  // after it: PostgreSQL refuses the drop under them.
  void rebuild_members_calling_replaced() {
    if (m_replaced_routines.empty()) {
      return;
    }
    for (const auto& [name, wanted] : m_des.tables) {
      const model::Table* current = current_for(wanted);
      if (current == nullptr) {
        continue;
      }
      rebuild_columns(*current, wanted);
      rebuild_members<CheckChange>(current->checks, wanted.checks, name);
      rebuild_members<IndexChange>(current->indexes, wanted.indexes, name);
    }
  }

  void rebuild_columns(const model::Table& current, const model::Table& wanted) {
    const auto& renames = m_renames.columns_of(current.name);
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
        m_out.push_back(std::move(change));
      }
    }
  }

  template <class Change, class Members>
  void rebuild_members(const Members& current, const Members& wanted, const QualifiedName& table) {
    for (const auto& [member_name, member] : current) {
      if (!calls_replaced(member.uses)) {
        continue;
      }
      if (auto* change = change_of<Change>(table, member_name); change != nullptr) {
        change->rebuild = change->after.has_value();
      } else if (const auto kept = wanted.find(member_name); kept != wanted.end()) {
        m_out.push_back(Change{MemberOf{table, false}, member, kept->second, true});
      }
    }
  }
  void diff_kind(model::KindTag<model::View> /*kind*/) { diff_views(); }
  void diff_kind(model::KindTag<model::Trigger> /*kind*/) {
    std::set<QualifiedName> rebuilt;
    for (const auto& change : m_out) {
      if (const auto* view = std::get_if<ViewChange>(&change); view && view->before) {
        rebuilt.insert(view->before->name);
      }
    }
    const auto retyped = retyped_columns();
    const TriggerContext context{m_renames, m_replaced_routines, rebuilt, retyped};
    auto changes = diff_triggers(m_cur, m_des, context);
    m_out.insert(m_out.end(), changes.begin(), changes.end());
  }

  // Columns of kept tables whose type or collation changes, or that are
  // dropped, so far, by current table name.
  RetypedColumns retyped_columns() const {
    RetypedColumns retyped;
    for (const auto& change : m_out) {
      const auto* column = std::get_if<ColumnChange>(&change);
      if (column == nullptr || !column->before) {
        continue;
      }
      const auto* current_table = current_table_named(column->of.table);
      if (current_table != nullptr &&
          (!column->after || column->recreate || column->before->type != column->after->type ||
           column->before->collation != column->after->collation)) {
        retyped.emplace(current_table->name, column->before->name);
      }
    }
    return retyped;
  }

  // The current table that the desired table `desired_name` is, or nullptr.
  const model::Table* current_table_named(const QualifiedName& desired_name) const {
    const auto found = m_table_pairs.find(desired_name);
    return found == m_table_pairs.end() ? nullptr : found->second;
  }

  void diff_schemas() {
    for (const auto& [name, schema] : m_des.schemas) {
      const auto found = m_cur.schemas.find(name);
      if (found == m_cur.schemas.end()) {
        m_out.push_back(SchemaChange{std::nullopt, schema});
      } else if (!schema.implicit && found->second.comment != schema.comment) {
        m_out.push_back(SchemaChange{found->second, schema});
      }
    }
    for (const auto& [name, schema] : m_cur.schemas) {
      if (name != "public" && !m_des.schemas.contains(name)) {
        m_out.push_back(SchemaChange{schema, std::nullopt});
      }
    }
  }

  void diff_extensions() {
    for (const auto& [name, extension] : m_des.extensions) {
      const auto found = m_cur.extensions.find(name);
      if (found == m_cur.extensions.end()) {
        m_out.push_back(ExtensionChange{std::nullopt, extension});
        continue;
      }
      auto wanted = extension;
      if (wanted.version.empty()) {
        wanted.version = found->second.version;  // "any version" keeps what is installed
      }
      if (!(wanted == found->second) || wanted.comment != found->second.comment) {
        m_out.push_back(ExtensionChange{found->second, wanted});
      }
    }
    for (const auto& [name, extension] : m_cur.extensions) {
      if (!m_des.extensions.contains(name)) {
        m_out.push_back(ExtensionChange{extension, std::nullopt});
      }
    }
  }

  void diff_enums() {
    for (const auto& [name, wanted] : m_des.enums) {
      const auto found = m_cur.enums.find(name);
      if (found == m_cur.enums.end()) {
        m_out.push_back(EnumChange{std::nullopt, wanted});
        continue;
      }
      // The current labels fit the desired ones in place when each is kept,
      // in the same relative order (PostgreSQL can only add labels).
      const auto fits = [&](const std::vector<std::string>& labels) {
        std::size_t next = 0;
        for (const auto& label : labels) {
          const auto at = std::find(wanted.values.begin(), wanted.values.end(), label);
          const auto index = static_cast<std::size_t>(at - wanted.values.begin());
          if (at == wanted.values.end() || index < next) {
            return false;
          }
          next = index;
        }
        return true;
      };
      // Renames have run when the labels fit without them (a swap leaves
      // every old label in place, so their absence cannot tell); then they
      // are not run again.
      auto target = wanted;
      if (fits(found->second.values)) {
        target.value_renames.clear();
      }
      // Labels as they will be once the renames have run (all at once).
      std::vector<std::string> renamed = found->second.values;
      for (auto& label : renamed) {
        for (const auto& [new_label, old_label] : target.value_renames) {
          if (label == old_label) {
            label = new_label;
            break;
          }
        }
      }
      // When an existing label goes or moves, the type is recreated
      // (add_enum_uses() finds the columns to convert).
      const bool in_place = fits(renamed);
      if (!in_place) {
        m_recreated_enums.push_back(m_out.size());
        m_out.push_back(EnumChange{found->second, target, true, {}});
        continue;
      }
      if (renamed != found->second.values || wanted.values != renamed ||
          wanted.comment != found->second.comment) {
        m_out.push_back(EnumChange{found->second, target});
      }
    }
    for (const auto& [name, current] : m_cur.enums) {
      if (!m_des.enums.contains(name)) {
        m_out.push_back(EnumChange{current, std::nullopt});
      }
    }
  }

  // PostgreSQL changes no column's type (or collation) while a generated
  // column reads it: such generated columns are dropped and added again.
  void recreate_generated_readers() {
    // Retyped columns by their current and their desired names: a column
    // change's `before` prints its generation expression as it will read once
    // this plan's renames have run (member_differ.hpp).
    std::map<QualifiedName, std::vector<std::string>> retyped;
    for (const auto& change : m_out) {
      const auto* column = std::get_if<ColumnChange>(&change);
      if (column != nullptr && column->before && column->after &&
          (column->before->type != column->after->type ||
           column->before->collation != column->after->collation)) {
        retyped[column->of.table].push_back(column->before->name);
        retyped[column->of.table].push_back(column->after->name);
      }
    }
    const auto reads_retyped = [&](const QualifiedName& table, const model::Column& column) {
      const auto found = retyped.find(table);
      return column.generated && found != retyped.end() &&
             std::any_of(found->second.begin(), found->second.end(), [&](const std::string& read) {
               return read != column.name && mentions_identifier(*column.generated, read);
             });
    };
    std::set<std::pair<QualifiedName, std::string>> changing;
    for (auto& change : m_out) {
      auto* column = std::get_if<ColumnChange>(&change);
      if (column != nullptr && column->before) {
        changing.emplace(column->of.table, column->before->name);
        if (column->after && reads_retyped(column->of.table, *column->before)) {
          column->recreate = true;
        }
      }
    }
    std::vector<Change> recreated;
    for (const auto& [table, names] : retyped) {
      const auto wanted = m_des.tables.find(table);
      const model::Table* current =
          wanted == m_des.tables.end() ? nullptr : current_for(wanted->second);
      if (current == nullptr) {
        continue;
      }
      for (const auto& reader : current->columns) {
        const model::Column* kept = wanted->second.find_column(reader.name);
        if (kept != nullptr && !changing.contains({table, reader.name}) &&
            reads_retyped(table, reader)) {
          recreated.push_back(ColumnChange{MemberOf{table, false}, reader, *kept, true});
        }
      }
    }
    m_out.insert(m_out.end(), recreated.begin(), recreated.end());
  }

  // Returns true when `before` goes away, or is dropped and created again, to
  // become `after`; a rename or a new comment keeps it.
  template <class Member>
  static bool replaced(const std::optional<Member>& before, const std::optional<Member>& after) {
    if (!before) {
      return false;
    }
    if (!after) {
      return true;
    }
    Member kept = *before;
    kept.name = after->name;
    kept.comment = after->comment;
    kept.renamed_from = after->renamed_from;
    return !(kept == *after);
  }

  // Returns true when this plan drops or replaces a primary key, unique
  // constraint or unique index of `table` (its desired name) on exactly the
  // `columns` (current names, in any order): one a foreign key may use.
  bool key_index_replaced(const QualifiedName& table,
                          const std::vector<std::string>& columns) const {
    const std::set<std::string> wanted(columns.begin(), columns.end());
    const auto matches = [&](const std::vector<std::string>& keys) {
      return keys.size() == columns.size() &&
             std::set<std::string>(keys.begin(), keys.end()) == wanted;
    };
    return std::any_of(m_out.begin(), m_out.end(), [&](const Change& change) {
      return std::visit(
          [&](const auto& typed) {
            using T = std::decay_t<decltype(typed)>;
            if constexpr (std::is_same_v<T, PrimaryKeyChange> || std::is_same_v<T, UniqueChange>) {
              return typed.of.table == table && typed.before && matches(typed.before->columns) &&
                     replaced(typed.before, typed.after);
            } else if constexpr (std::is_same_v<T, IndexChange>) {
              return typed.of.table == table && typed.before && typed.before->unique &&
                     !typed.before->where && matches(typed.before->keys) &&
                     replaced(typed.before, typed.after);
            } else {
              return false;
            }
          },
          change);
    });
  }

  // A foreign key stays bound to the unique index it was created with, and
  // PostgreSQL refuses to drop that index under it. Kept keys whose index
  // this plan drops or replaces are dropped before and added again after.
  void rebuild_foreign_keys() {
    std::set<std::pair<QualifiedName, std::string>> changed;
    for (auto& change : m_out) {
      auto* key = std::get_if<ForeignKeyChange>(&change);
      if (key == nullptr || !key->after) {
        continue;
      }
      changed.emplace(key->of.table, key->after->name);
      if (!key->before) {
        continue;
      }
      // A kept key's `before` may show this plan's renames; the replaced
      // index is known by current column names, and the drop needs the key as
      // it is now.
      model::ForeignKey current_key = *key->before;
      if (const auto wanted = m_des.tables.find(key->of.table); wanted != m_des.tables.end()) {
        if (const model::Table* current = current_for(wanted->second); current != nullptr) {
          if (const auto found = current->foreign_keys.find(key->before->name);
              found != current->foreign_keys.end()) {
            current_key = found->second;
          }
        }
      }
      if (key_index_replaced(key->after->references, current_key.referenced_columns)) {
        key->rebuild = true;
        key->before = std::move(current_key);
      }
    }
    std::vector<Change> rebuilt;
    for (const auto& [name, wanted] : m_des.tables) {
      const model::Table* current = current_for(wanted);
      if (current == nullptr) {
        continue;
      }
      for (const auto& [key_name, key] : wanted.foreign_keys) {
        const auto found = current->foreign_keys.find(key_name);
        if (changed.contains({name, key_name}) || found == current->foreign_keys.end()) {
          continue;
        }
        if (key_index_replaced(key.references, found->second.referenced_columns)) {
          rebuilt.push_back(ForeignKeyChange{MemberOf{name, false}, found->second, key, true});
        }
      }
    }
    m_out.insert(m_out.end(), rebuilt.begin(), rebuilt.end());
  }

  // The current column a desired column of a kept table is, as the member
  // differ paired them (a column change names it), or nullptr for a new one.
  const model::Column* paired_column(const model::Table& current, const model::Table& wanted,
                                     const std::string& column_name) const {
    for (const auto& change : m_out) {
      if (const auto* column = std::get_if<ColumnChange>(&change)) {
        if (column->of.table == wanted.name && column->after &&
            column->after->name == column_name) {
          return column->before ? &*column->before : nullptr;
        }
      }
    }
    return current.find_column(column_name);
  }

  // Lists, for every recreated enum, the columns that hold it now and should
  // hold it still (the others change type, or go, through their own changes),
  // and rebuilds the views reading their tables: PostgreSQL changes no column
  // type under a view.
  void add_enum_uses() {
    for (const auto at : m_recreated_enums) {
      auto& change = std::get<EnumChange>(m_out[at]);
      std::vector<EnumColumnUse> uses;
      const auto& type = change.after->name;
      for (const auto& [name, wanted] : m_des.tables) {
        const model::Table* current = current_for(wanted);
        if (current == nullptr) {
          continue;
        }
        for (const auto& column : wanted.columns) {
          const model::Column* before = paired_column(*current, wanted, column.name);
          if (before != nullptr && names_type(before->type, type) &&
              names_type(column.type, type)) {
            uses.push_back(EnumColumnUse{current->name, wanted.name, *before, column});
            m_rebuild_readers_of.insert(current->name);
          }
        }
      }
      change.columns = std::move(uses);
    }
  }

  // Pairs each desired table with the current table it is (same name, or the
  // one it is renamed from; see pairing.hpp), once.
  void pair_tables() {
    const auto key = [](const QualifiedName& name) { return name.schema + '\x1f' + name.name; };
    std::vector<std::pair<std::string, std::optional<std::string>>> names;
    std::map<std::string, QualifiedName> current_by_key;
    for (const auto& [name, table] : m_cur.tables) {
      current_by_key.emplace(key(name), name);
    }
    for (const auto& [name, wanted] : m_des.tables) {
      std::optional<std::string> from;
      if (wanted.renamed_from) {
        from = key({name.schema, *wanted.renamed_from});
      }
      names.emplace_back(key(name), from);
    }
    std::vector<const model::Table*> wanted_at;
    for (const auto& [name, wanted] : m_des.tables) {
      wanted_at.push_back(&wanted);
    }
    const auto pairs = pair_by_name(
        names, [&](const std::string& each) { return current_by_key.contains(each); },
        [&](std::size_t index) {
          // Same columns (names and bodies): the rename has run.
          const auto& wanted = *wanted_at[index];
          const auto& current = m_cur.tables.at(wanted.name);
          if (current.columns.size() != wanted.columns.size()) {
            return false;
          }
          for (std::size_t c = 0; c < wanted.columns.size(); ++c) {
            auto mine = current.columns[c];
            mine.renamed_from = wanted.columns[c].renamed_from;
            mine.comment = wanted.columns[c].comment;
            auto theirs = wanted.columns[c];
            if (!(mine == theirs)) {
              return false;
            }
          }
          return true;
        });
    std::size_t i = 0;
    for (const auto& [name, wanted] : m_des.tables) {
      if (const auto& pair = pairs[i++]) {
        m_table_pairs[name] = &m_cur.tables.at(current_by_key.at(*pair));
      }
    }
  }

  const model::Table* current_for(const model::Table& wanted) const {
    const auto found = m_table_pairs.find(wanted.name);
    return found == m_table_pairs.end() ? nullptr : found->second;
  }

  // Every kept table's new name and column renames (plan_renames.hpp).
  void collect_renames() {
    for (const auto& [name, wanted] : m_des.tables) {
      if (const model::Table* current = current_for(wanted); current != nullptr) {
        m_renames.tables.emplace(current->name, name);
        m_renames.columns.emplace(current->name, column_renames(*current, wanted));
      }
    }
  }

  void diff_tables() {
    pair_tables();
    collect_renames();
    std::set<QualifiedName> kept;
    for (const auto& [name, wanted] : m_des.tables) {
      const model::Table* current = current_for(wanted);
      if (current == nullptr) {
        m_out.push_back(TableChange{std::nullopt, wanted});
        add_members_of_new_table(wanted);
        continue;
      }
      kept.insert(current->name);
      if (current->name != wanted.name || current->comment != wanted.comment) {
        m_out.push_back(TableChange{*current, wanted});
      }
      const auto member_changes = diff_table_members(*current, wanted, m_renames);
      if (member_changes.rebuilds_views) {
        m_rebuild_readers_of.insert(current->name);
      }
      m_out.insert(m_out.end(), member_changes.changes.begin(), member_changes.changes.end());
    }
    for (const auto& [name, current] : m_cur.tables) {
      if (kept.contains(name)) {
        continue;
      }
      m_dropped_tables.insert(name);
      // Foreign keys to other tables go first, so that dropping tables that
      // reference each other never needs an order that does not exist.
      for (const auto& [key_name, key] : current.foreign_keys) {
        if (key.references != current.name) {
          m_out.push_back(ForeignKeyChange{MemberOf{name, false}, key, std::nullopt});
        }
      }
      m_out.push_back(TableChange{current, std::nullopt});
    }
  }

  void add_members_of_new_table(const model::Table& table) {
    const MemberOf of{table.name, true};
    for (const auto& [name, key] : table.foreign_keys) {
      m_out.push_back(ForeignKeyChange{of, std::nullopt, key});
    }
    for (const auto& [name, index] : table.indexes) {
      m_out.push_back(IndexChange{of, std::nullopt, index});
    }
  }

  // A sequence owned by a column that goes away goes with it.
  bool dropped_with_owner(const model::Sequence& sequence) const {
    if (!sequence.owned_by) {
      return false;
    }
    if (m_dropped_tables.contains(sequence.owned_by->table)) {
      return true;
    }
    for (const auto& change : m_out) {
      if (const auto* column = std::get_if<ColumnChange>(&change)) {
        if (column->of.table == sequence.owned_by->table && column->before && !column->after &&
            column->before->name == sequence.owned_by->column) {
          return true;
        }
      }
    }
    return false;
  }

  // `owner` under the names its table and column have once this plan's
  // renames have run: PostgreSQL's OWNED BY follows them.
  model::OwnedBy renamed_owner(model::OwnedBy owner) const {
    for (const auto& [desired_name, current] : m_table_pairs) {
      if (current->name == owner.table) {
        owner.table = desired_name;
        break;
      }
    }
    for (const auto& change : m_out) {
      if (const auto* column = std::get_if<ColumnChange>(&change)) {
        if (column->of.table == owner.table && column->before && column->after &&
            !column->recreate && column->before->name == owner.column) {
          owner.column = column->after->name;
          break;
        }
      }
    }
    return owner;
  }

  void diff_sequences() {
    for (const auto& [name, wanted] : m_des.sequences) {
      const auto found = m_cur.sequences.find(name);
      if (found == m_cur.sequences.end()) {
        m_out.push_back(SequenceChange{std::nullopt, wanted});
        continue;
      }
      // An owner renamed in this plan is the same owner (no OWNED BY change).
      model::Sequence current = found->second;
      if (current.owned_by) {
        current.owned_by = renamed_owner(*current.owned_by);
      }
      if (!(model::normalized(current.options) == model::normalized(wanted.options)) ||
          current.owned_by != wanted.owned_by || current.comment != wanted.comment) {
        m_out.push_back(SequenceChange{std::move(current), wanted});
      }
    }
    for (const auto& [name, current] : m_cur.sequences) {
      if (!m_des.sequences.contains(name) && !dropped_with_owner(current)) {
        m_out.push_back(SequenceChange{current, std::nullopt});
      }
    }
  }

  // Returns the view's definition as PostgreSQL will print it once this
  // plan's column renames have run, where that can be told
  // (sql_renames.hpp); "" when it cannot and a renamed column may be read,
  // which matches no desired definition.
  std::string definition_after_renames(const model::View& view) const {
    std::vector<std::string> renamed_names;
    for (const auto& read : view.depends_on) {
      for (const auto& [old_name, new_name] : m_renames.columns_of(read).renamed) {
        renamed_names.push_back(old_name);
      }
    }
    if (renamed_names.empty()) {
      return view.definition;
    }
    if (view.depends_on.size() == 1) {
      const auto& read = view.depends_on.front();
      const auto kept = m_renames.tables.find(read);
      if (kept != m_renames.tables.end() && kept->second == read) {
        if (auto text = rename_in_view(view.definition, read.schema, read.name,
                                       m_renames.columns_of(read))) {
          return *text;
        }
      }
    }
    const bool mentions =
        std::any_of(renamed_names.begin(), renamed_names.end(), [&](const std::string& old_name) {
          return mentions_identifier(view.definition, old_name);
        });
    return mentions ? std::string() : view.definition;
  }

  void diff_views() {
    // Views to drop and create again: changed ones, and (repeatedly) those
    // reading a table whose columns change under them or a view rebuilt.
    std::set<QualifiedName> rebuilt;
    for (const auto& [name, current] : m_cur.views) {
      const auto wanted = m_des.views.find(name);
      if (wanted != m_des.views.end() &&
          wanted->second.definition != definition_after_renames(current)) {
        rebuilt.insert(name);
      }
    }
    bool grew = true;
    while (grew) {
      grew = false;
      for (const auto& [name, current] : m_cur.views) {
        if (rebuilt.contains(name)) {
          continue;
        }
        const bool reads_changed =
            std::any_of(current.depends_on.begin(), current.depends_on.end(),
                        [&](const QualifiedName& read) {
                          return m_rebuild_readers_of.contains(read) || rebuilt.contains(read) ||
                                 (m_cur.views.contains(read) && !m_des.views.contains(read));
                        }) ||
            std::any_of(
                current.calls.begin(), current.calls.end(),
                [&](const QualifiedName& called) { return m_replaced_routines.contains(called); });
        if (reads_changed && m_des.views.contains(name)) {
          rebuilt.insert(name);
          grew = true;
        }
      }
    }
    for (const auto& [name, wanted] : m_des.views) {
      const auto found = m_cur.views.find(name);
      if (found == m_cur.views.end()) {
        m_out.push_back(ViewChange{std::nullopt, wanted, false});
      } else if (rebuilt.contains(name)) {
        m_out.push_back(ViewChange{found->second, wanted,
                                   definition_after_renames(found->second) == wanted.definition});
      } else if (found->second.comment != wanted.comment) {
        m_out.push_back(ViewChange{found->second, wanted, false});
      }
    }
    for (const auto& [name, current] : m_cur.views) {
      if (!m_des.views.contains(name)) {
        m_out.push_back(ViewChange{current, std::nullopt, false});
      }
    }
  }

  const Catalog& m_cur;
  const Catalog& m_des;
  std::vector<Change> m_out;
  std::set<QualifiedName> m_dropped_tables;
  std::set<QualifiedName> m_rebuild_readers_of;
  std::vector<std::size_t> m_recreated_enums;  // positions in m_out
  std::map<QualifiedName, const model::Table*> m_table_pairs;
  PlanRenames m_renames;
  std::set<QualifiedName> m_replaced_routines;  // current identities
};

}  // namespace

// Returns true when the SQL `expression` (as pg_get_expr() prints it) holds
// the identifier `name`, bare or double-quoted, outside string literals.
bool mentions_identifier(const std::string& expression, const std::string& name) {
  const auto is_word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  std::size_t at = 0;
  while (at < expression.size()) {
    const char c = expression[at];
    if (c == '\'' || c == '"') {
      std::string text;
      std::size_t end = at + 1;
      while (end < expression.size()) {
        if (expression[end] == c) {
          if (end + 1 < expression.size() && expression[end + 1] == c) {
            text += c;
            end += 2;
            continue;
          }
          break;
        }
        text += expression[end++];
      }
      if (c == '"' && text == name) {
        return true;
      }
      at = end + 1;
    } else if (is_word(c)) {
      std::size_t end = at;
      while (end < expression.size() && is_word(expression[end])) {
        ++end;
      }
      if (expression.compare(at, end - at, name) == 0 && end - at == name.size()) {
        return true;
      }
      at = end;
    } else {
      ++at;
    }
  }
  return false;
}

base::Result<std::vector<Change>> diff_catalogs(const model::Catalog& current,
                                                const model::Catalog& desired) {
  return Differ(current, desired).run();
}

}  // namespace diff
