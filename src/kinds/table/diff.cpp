// The table kind's comparison (part of tenantctl_diff): tables, and through
// members_diff.cpp their columns, keys, checks and indexes.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "diff/kind_diff.hpp"
#include "diff/pairing.hpp"
#include "diff/sql_renames.hpp"
#include "kinds/table/members_diff.hpp"

namespace diff {
namespace {

using model::QualifiedName;

// PostgreSQL changes no column's type (or collation) while a generated
// column reads it: such generated columns are dropped and added again.
void recreate_generated_readers(DiffContext& context) {
  // Retyped columns by their current and their desired names: a column
  // change's `before` prints its generation expression as it will read once
  // this plan's renames have run (member_differ.hpp).
  std::map<QualifiedName, std::vector<std::string>> retyped;
  for (const auto& change : context.out) {
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
  for (auto& change : context.out) {
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
    const auto wanted = context.desired.tables.find(table);
    const model::Table* current =
        wanted == context.desired.tables.end() ? nullptr : context.current_for(wanted->second);
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
  context.out.insert(context.out.end(), recreated.begin(), recreated.end());
}

// Returns true when `before` goes away, or is dropped and created again, to
// become `after`; a rename or a new comment keeps it.
template <class Member>
bool replaced(const std::optional<Member>& before, const std::optional<Member>& after) {
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
bool key_index_replaced(const DiffContext& context, const QualifiedName& table,
                        const std::vector<std::string>& columns) {
  const std::set<std::string> wanted(columns.begin(), columns.end());
  const auto matches = [&](const std::vector<std::string>& keys) {
    return keys.size() == columns.size() &&
           std::set<std::string>(keys.begin(), keys.end()) == wanted;
  };
  return std::any_of(context.out.begin(), context.out.end(), [&](const Change& change) {
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
void rebuild_foreign_keys(DiffContext& context) {
  std::set<std::pair<QualifiedName, std::string>> changed;
  for (auto& change : context.out) {
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
    if (const auto wanted = context.desired.tables.find(key->of.table);
        wanted != context.desired.tables.end()) {
      if (const model::Table* current = context.current_for(wanted->second); current != nullptr) {
        if (const auto found = current->foreign_keys.find(key->before->name);
            found != current->foreign_keys.end()) {
          current_key = found->second;
        }
      }
    }
    if (key_index_replaced(context, key->after->references, current_key.referenced_columns)) {
      key->rebuild = true;
      key->before = std::move(current_key);
    }
  }
  std::vector<Change> rebuilt;
  for (const auto& [name, wanted] : context.desired.tables) {
    const model::Table* current = context.current_for(wanted);
    if (current == nullptr) {
      continue;
    }
    for (const auto& [key_name, key] : wanted.foreign_keys) {
      const auto found = current->foreign_keys.find(key_name);
      if (changed.contains({name, key_name}) || found == current->foreign_keys.end()) {
        continue;
      }
      if (key_index_replaced(context, key.references, found->second.referenced_columns)) {
        rebuilt.push_back(ForeignKeyChange{MemberOf{name, false}, found->second, key, true});
      }
    }
  }
  context.out.insert(context.out.end(), rebuilt.begin(), rebuilt.end());
}

// Pairs each desired table with the current table it is (same name, or the
// one it is renamed from; see pairing.hpp), once.
void pair_tables(DiffContext& context) {
  const auto key = [](const QualifiedName& name) { return name.schema + '\x1f' + name.name; };
  std::vector<std::pair<std::string, std::optional<std::string>>> names;
  std::map<std::string, QualifiedName> current_by_key;
  for (const auto& [name, table] : context.current.tables) {
    current_by_key.emplace(key(name), name);
  }
  for (const auto& [name, wanted] : context.desired.tables) {
    std::optional<std::string> from;
    if (wanted.renamed_from) {
      from = key({name.schema, *wanted.renamed_from});
    }
    names.emplace_back(key(name), from);
  }
  std::vector<const model::Table*> wanted_at;
  for (const auto& [name, wanted] : context.desired.tables) {
    wanted_at.push_back(&wanted);
  }
  const auto pairs = pair_by_name(
      names, [&](const std::string& each) { return current_by_key.contains(each); },
      [&](std::size_t index) {
        // Same columns (names and bodies): the rename has run.
        const auto& wanted = *wanted_at[index];
        const auto& current = context.current.tables.at(wanted.name);
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
  for (const auto& [name, wanted] : context.desired.tables) {
    if (const auto& pair = pairs[i++]) {
      context.table_pairs[name] = &context.current.tables.at(current_by_key.at(*pair));
    }
  }
}

// Tables whose partitioning changes (a plain table becoming partitioned or
// back, another PARTITION BY) are dropped and created again: PostgreSQL has
// no ALTER for it. Their partitions go with them. They leave table_pairs.
void find_recreated(DiffContext& context) {
  for (const auto& [name, current] : context.table_pairs) {
    if (current->partition_by != context.desired.tables.at(name).partition_by) {
      context.recreated_tables.insert(current->name);
    }
  }
  for (bool more = !context.recreated_tables.empty(); more;) {
    more = false;
    for (const auto& [name, table] : context.current.tables) {
      if (table.partition_of && context.recreated_tables.contains(table.partition_of->parent) &&
          context.recreated_tables.insert(name).second) {
        more = true;
      }
    }
  }
  std::erase_if(context.table_pairs, [&](const auto& pair) {
    return context.recreated_tables.contains(pair.second->name);
  });
}

// The partitioned table at the top of `table`'s parents in `catalog` (itself
// when it is no partition, or as high as its parents are there).
const model::Table& root_of(const model::Catalog& catalog, const model::Table& table) {
  return model::partition_top(catalog.tables, table);
}

// Returns true when `member` of a table about to be attached matches one of
// `parent`'s: PostgreSQL adopts it as the partition's part of the parent's.
template <class Member>
bool adopted(const Member& member, const std::map<std::string, Member>& parents) {
  return std::any_of(parents.begin(), parents.end(), [&](const auto& entry) {
    Member theirs = entry.second;
    theirs.name = member.name;
    theirs.comment = member.comment;
    theirs.renamed_from = member.renamed_from;
    theirs.inherited = member.inherited;
    return theirs == member;
  });
}

// Drops from partition `now` the indexes of its own that the schema does not
// declare and that match an index its `parent` gains in this plan:
// PostgreSQL adopts such an index as the partition's part of the new one.
void adopted_by_new_parent_indexes(const DiffContext& context, const model::Table& parent,
                                   const model::Table& wanted, model::Table& now) {
  const auto* current_parent = context.current_table_named(parent.name);
  std::map<std::string, model::Index> gained;
  for (const auto& [name, index] : parent.indexes) {
    if (current_parent == nullptr || !current_parent->indexes.contains(name)) {
      gained.emplace(name, index);
    }
  }
  std::erase_if(now.indexes, [&](const auto& entry) {
    return !wanted.indexes.contains(entry.first) && adopted(entry.second, gained);
  });
}

// A partition's form of `column` (model::Table): its name, default and NOT
// NULL only.
model::Column partition_form(const model::Column& column) {
  return model::Column{
      .name = column.name, .not_null = column.not_null, .default_expr = column.default_expr};
}

// Returns `columns` of a table about to become a partition of `root` (or to
// stop being one): the root's, typed, each with the default and NOT NULL it
// has in effect in `partition` (a partition's form of its columns).
std::vector<model::Column> typed_like(const model::Table& root, const model::Table& partition,
                                      const model::Table* keep = nullptr) {
  std::vector<model::Column> out;
  for (const auto& column : root.columns) {
    const model::Column* kept = keep == nullptr ? nullptr : keep->find_column(column.name);
    model::Column typed = kept != nullptr ? *kept : column;
    typed.type = column.type;
    typed.collation = column.collation;
    if (const auto* own = partition.find_column(column.name); own != nullptr) {
      typed.not_null = own->not_null || column.not_null;
      typed.default_expr = own->default_expr;
    } else {
      typed.not_null = typed.not_null || column.not_null;
    }
    out.push_back(std::move(typed));
  }
  return out;
}

// The current and desired table as they compare when either is a partition.
// A partition is compared without what it has from its parent, and with the
// defaults and NOT NULL of the columns both sides have (a column its parent
// gains in this plan starts as the parent's). A table about to be attached
// is compared with the columns and checks of the partitioned table
// (PostgreSQL attaches only a table that has them), less the keys and
// indexes PostgreSQL adopts. A partition becoming a table of its own is
// compared with its parent's columns and keeps what it inherited.
std::pair<model::Table, model::Table> comparable(const DiffContext& context,
                                                 const model::Table& current,
                                                 const model::Table& wanted) {
  const auto in_desired = wanted.partition_of
                              ? context.desired.tables.find(wanted.partition_of->parent)
                              : context.desired.tables.end();
  const model::Table* parent =
      in_desired == context.desired.tables.end() ? nullptr : &in_desired->second;
  if (wanted.partition_of && current.partition_of) {
    auto now = model::own_members(current);
    if (parent != nullptr) {
      adopted_by_new_parent_indexes(context, *parent, wanted, now);
    }
    now.columns.clear();
    for (const auto& column : wanted.columns) {
      const auto* has = current.find_column(column.name);
      const auto* given = parent == nullptr ? nullptr : parent->find_column(column.name);
      now.columns.push_back(has != nullptr     ? *has
                            : given != nullptr ? partition_form(*given)
                                               : column);
    }
    return {now, wanted};
  }
  if (!wanted.partition_of) {  // detached
    auto now = model::own_members(current, true);
    now.columns = typed_like(root_of(context.current, current), current);
    return {now, wanted};
  }
  auto now = current;
  auto goal = wanted;
  goal.columns = typed_like(root_of(context.desired, wanted), wanted, &current);
  if (parent != nullptr) {
    for (const auto& [name, check] : parent->checks) {
      goal.checks.try_emplace(name, check);
    }
    std::erase_if(now.uniques, [&](const auto& e) { return adopted(e.second, parent->uniques); });
    std::erase_if(now.foreign_keys,
                  [&](const auto& e) { return adopted(e.second, parent->foreign_keys); });
    std::erase_if(now.indexes, [&](const auto& e) { return adopted(e.second, parent->indexes); });
    if (now.primary_key && parent->primary_key &&
        now.primary_key->columns == parent->primary_key->columns) {
      now.primary_key.reset();
    }
  }
  return {now, goal};
}

// Every kept table's new name and column renames (plan_renames.hpp).
void collect_renames(DiffContext& context) {
  for (const auto& [name, wanted] : context.desired.tables) {
    if (const model::Table* current = context.current_for(wanted); current != nullptr) {
      context.renames.tables.emplace(current->name, name);
      // Only tables with a column renamed or dropped are kept: columns_of()
      // gives the others none.
      if (auto columns = column_renames(*current, wanted);
          !columns.renamed.empty() || !columns.dropped.empty()) {
        context.renames.columns.emplace(current->name, std::move(columns));
      }
    }
  }
}

void add_members_of_new_table(DiffContext& context, const model::Table& table) {
  const MemberOf of{table.name, true};
  for (const auto& [name, key] : table.foreign_keys) {
    context.out.push_back(ForeignKeyChange{of, std::nullopt, key});
  }
  for (const auto& [name, index] : table.indexes) {
    context.out.push_back(IndexChange{of, std::nullopt, index});
  }
}

// Foreign keys of kept tables that reference a recreated table are dropped
// before it goes and added again once it is back.
void rebuild_references_to_recreated(DiffContext& context) {
  if (context.recreated_tables.empty()) {
    return;
  }
  std::set<std::pair<QualifiedName, std::string>> changing;
  for (const auto& change : context.out) {
    if (const auto* key = std::get_if<ForeignKeyChange>(&change); key && key->before) {
      changing.emplace(key->of.table, key->before->name);
    }
  }
  for (const auto& [name, wanted] : context.desired.tables) {
    const model::Table* current = context.current_for(wanted);
    if (current == nullptr) {
      continue;
    }
    for (const auto& [key_name, key] : current->foreign_keys) {
      const auto kept = wanted.foreign_keys.find(key_name);
      if (context.recreated_tables.contains(key.references) && kept != wanted.foreign_keys.end() &&
          !changing.contains({name, key_name})) {
        context.out.push_back(ForeignKeyChange{MemberOf{name, false}, key, kept->second, true});
      }
    }
  }
}

void diff_tables(DiffContext& context) {
  pair_tables(context);
  find_recreated(context);
  collect_renames(context);
  // With no table renamed, a table equal to its desired self has no member
  // changes (a member is compared after renames only to follow them), which
  // spares comparing the members of thousands of tables in sync.
  const bool tables_renamed =
      std::any_of(context.renames.tables.begin(), context.renames.tables.end(),
                  [](const auto& rename) { return rename.first != rename.second; });
  std::set<QualifiedName> kept;
  for (const auto& [name, wanted] : context.desired.tables) {
    const model::Table* current = context.current_for(wanted);
    if (current == nullptr) {
      context.out.push_back(TableChange{std::nullopt, wanted});
      add_members_of_new_table(context, wanted);
      continue;
    }
    kept.insert(current->name);
    const bool partitioned = current->partition_of || wanted.partition_of;
    const auto compared = partitioned ? comparable(context, *current, wanted)
                                      : std::pair<model::Table, model::Table>{};
    const model::Table& goal = partitioned ? compared.second : wanted;
    if (partitioned) {
      current = &compared.first;
    }
    if (!tables_renamed && *current == goal) {
      continue;
    }
    if (current->name != wanted.name || current->comment != wanted.comment ||
        current->partition_of != wanted.partition_of ||
        current->row_security != wanted.row_security ||
        current->force_row_security != wanted.force_row_security ||
        current->unlogged != wanted.unlogged || current->storage != wanted.storage ||
        current->replica_identity != wanted.replica_identity ||
        current->replica_index != wanted.replica_index) {
      context.out.push_back(TableChange{*current, wanted});
    }
    const auto member_changes = diff_table_members(*current, goal, context.renames);
    if (!member_changes.view_breaking_columns.empty()) {
      context.view_breaking_columns[current->name].insert(
          member_changes.view_breaking_columns.begin(), member_changes.view_breaking_columns.end());
    }
    context.out.insert(context.out.end(), member_changes.changes.begin(),
                       member_changes.changes.end());
  }
  for (const auto& [name, current] : context.current.tables) {
    if (kept.contains(name)) {
      continue;
    }
    context.dropped_tables.insert(name);
    // Foreign keys to other tables go first, so that dropping tables that
    // reference each other never needs an order that does not exist.
    for (const auto& [key_name, key] : current.foreign_keys) {
      if (key.references != current.name && !key.inherited) {  // inherited: goes with its own
        context.out.push_back(ForeignKeyChange{MemberOf{name, false}, key, std::nullopt});
      }
    }
    context.out.push_back(
        TableChange{current, std::nullopt, context.recreated_tables.contains(name)});
  }
  rebuild_references_to_recreated(context);
  for (const auto& name : context.recreated_tables) {
    context.rebuild_readers_of.insert(name);
  }
}

}  // namespace

void diff_kind(model::KindTag<model::Table> /*kind*/, DiffContext& context) {
  diff_tables(context);
  recreate_generated_readers(context);
  rebuild_foreign_keys(context);
  add_type_uses(context);
}

}  // namespace diff

namespace diff {
namespace {

// The current table desired `table` is: its name, else its renamed_from.
const model::Table* current_of(const model::Catalog& current, const model::Table& table) {
  if (const auto found = current.tables.find(table.name); found != current.tables.end()) {
    return &found->second;
  }
  if (table.renamed_from) {
    const auto found = current.tables.find({table.name.schema, *table.renamed_from});
    if (found != current.tables.end()) {
      return &found->second;
    }
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> column_order_notes(const model::Catalog& current,
                                            const model::Catalog& desired) {
  std::vector<std::string> notes;
  for (const auto& [name, table] : desired.tables) {
    const auto* now = current_of(current, table);
    if (now == nullptr || now->partition_by != table.partition_by || table.partition_of) {
      continue;  // created again, or a partition: its columns are its parent's
    }
    // Desired name of each current column that stays, by its current name.
    std::map<std::string, std::string> kept;
    for (const auto& column : table.columns) {
      const auto& was = column.renamed_from && now->find_column(*column.renamed_from) != nullptr &&
                                now->find_column(column.name) == nullptr
                            ? *column.renamed_from
                            : column.name;
      if (now->find_column(was) != nullptr) {
        kept[was] = column.name;
      }
    }
    std::vector<std::string> after;
    for (const auto& column : now->columns) {
      if (const auto found = kept.find(column.name); found != kept.end()) {
        after.push_back(found->second);
      }
    }
    std::vector<std::string> wanted;
    for (const auto& column : table.columns) {
      wanted.push_back(column.name);
      if (std::find(after.begin(), after.end(), column.name) == after.end()) {
        after.push_back(column.name);  // a new column goes last
      }
    }
    if (after != wanted) {
      std::vector<std::string> shown_wanted;
      std::vector<std::string> shown_after;
      shown_wanted.reserve(wanted.size());
      shown_after.reserve(after.size());
      for (const auto& each : wanted) {
        shown_wanted.push_back(model::display_part(each));
      }
      for (const auto& each : after) {
        shown_after.push_back(model::display_part(each));
      }
      notes.push_back(fmt::format(
          "column order of table {}: the schema lists ({}), the table has ({}); PostgreSQL "
          "cannot reorder columns, so it stays as it is",
          model::display_name(name), fmt::join(shown_wanted, ", "), fmt::join(shown_after, ", ")));
    }
  }
  return notes;
}

}  // namespace diff
