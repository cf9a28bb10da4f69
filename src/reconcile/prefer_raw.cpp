#include "reconcile/prefer_raw.hpp"

namespace reconcile {
namespace {

// For keyed members: where raw equals current, take raw.
template <class Map>
void prefer(Map& normalized, const Map& raw, const Map& current) {
  for (auto& [name, object] : normalized) {
    const auto in_raw = raw.find(name);
    const auto in_current = current.find(name);
    if (in_raw != raw.end() && in_current != current.end() &&
        in_raw->second == in_current->second) {
      object = in_raw->second;
    }
  }
}

void prefer_table(model::Table& normalized, const model::Table& raw, const model::Table& current) {
  for (auto& column : normalized.columns) {
    const auto* raw_column = raw.find_column(column.name);
    const auto* current_column = current.find_column(column.name);
    if (raw_column != nullptr && current_column != nullptr) {
      auto comparable = *raw_column;
      comparable.renamed_from = current_column->renamed_from;
      if (comparable == *current_column) {
        column = *raw_column;
      }
    }
  }
  prefer(normalized.uniques, raw.uniques, current.uniques);
  prefer(normalized.checks, raw.checks, current.checks);
  prefer(normalized.exclusions, raw.exclusions, current.exclusions);
  prefer(normalized.foreign_keys, raw.foreign_keys, current.foreign_keys);
  prefer(normalized.indexes, raw.indexes, current.indexes);
}

template <class T, class Map, class Key>
void use_raw(std::optional<T>& after, const Map& raw, const Key& key) {
  if (!after) {
    return;
  }
  if (const auto found = raw.find(key); found != raw.end()) {
    after = found->second;
  }
}

const model::Table* raw_table(const model::Catalog& raw, const model::QualifiedName& name) {
  const auto found = raw.tables.find(name);
  return found == raw.tables.end() ? nullptr : &found->second;
}

}  // namespace

model::Catalog prefer_raw_where_current(model::Catalog normalized, const model::Catalog& raw,
                                        const model::Catalog& current) {
  for (auto& [name, table] : normalized.tables) {
    const auto in_raw = raw.tables.find(name);
    const auto in_current = current.tables.find(name);
    if (in_raw != raw.tables.end() && in_current != current.tables.end()) {
      prefer_table(table, in_raw->second, in_current->second);
    }
  }
  for (auto& [name, view] : normalized.views) {
    const auto in_raw = raw.views.find(name);
    const auto in_current = current.views.find(name);
    if (in_raw != raw.views.end() && in_current != current.views.end() &&
        in_raw->second.definition == in_current->second.definition) {
      view.definition = in_raw->second.definition;
    }
  }
  return normalized;
}

std::vector<diff::Change> with_raw_targets(std::vector<diff::Change> changes,
                                           const model::Catalog& raw) {
  for (auto& change : changes) {
    std::visit(
        [&](auto& typed) {
          using T = std::decay_t<decltype(typed)>;
          if constexpr (std::is_same_v<T, diff::TableChange>) {
            use_raw(typed.after, raw.tables,
                    typed.after ? typed.after->name : model::QualifiedName{});
          } else if constexpr (std::is_same_v<T, diff::ViewChange>) {
            if (typed.after) {
              if (const auto found = raw.views.find(typed.after->name); found != raw.views.end()) {
                typed.after->definition = found->second.definition;
              }
            }
          } else if constexpr (std::is_same_v<T, diff::ColumnChange>) {
            // A partition's columns are its parent's: a table being attached
            // is given the parent's typed columns, which the raw partition has not.
            if (typed.after) {
              if (const auto* table = raw_table(raw, typed.of.table);
                  table != nullptr && !table->partition_of) {
                if (const auto* column = table->find_column(typed.after->name); column != nullptr) {
                  typed.after = *column;
                }
              }
            }
          } else if constexpr (std::is_same_v<T, diff::CheckChange>) {
            if (const auto* table = raw_table(raw, typed.of.table);
                table != nullptr && typed.after) {
              use_raw(typed.after, table->checks, typed.after->name);
            }
          } else if constexpr (std::is_same_v<T, diff::ExclusionChange>) {
            if (const auto* table = raw_table(raw, typed.of.table);
                table != nullptr && typed.after) {
              use_raw(typed.after, table->exclusions, typed.after->name);
            }
          } else if constexpr (std::is_same_v<T, diff::IndexChange>) {
            if (const auto* table = raw_table(raw, typed.of.table);
                table != nullptr && typed.after) {
              use_raw(typed.after, table->indexes, typed.after->name);
            }
          }
          // Keys, foreign keys, sequences, enums, schemas and extensions hold
          // names and numbers only: the normalised form is the written one.
        },
        change);
  }
  return changes;
}

}  // namespace reconcile
