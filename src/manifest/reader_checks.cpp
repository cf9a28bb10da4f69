#include "manifest/reader_internal.hpp"

// Checks that need the whole manifest: they run after every file is read.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/strings.hpp"
#include "manifest/toml_text.hpp"
#include "model/ignore.hpp"

namespace manifest::detail {

namespace {

// The table whose columns `table` has: itself, or for a partition the
// partitioned table at the top (nullptr when a parent is not declared or
// the chain loops, which check_partitions() reports).
const model::Table* column_owner(const std::map<model::QualifiedName, model::Table>& tables,
                                 const model::Table& table) {
  const model::Table& top = model::partition_top(tables, table);
  return top.partition_of ? nullptr : &top;
}

Position declared_at(const ReadState& state, const model::QualifiedName& name) {
  for (const auto& declared : state.declared) {
    if (declared.name == name) {
      return declared.position;
    }
  }
  return {};
}

}  // namespace

void check_partitions(ReadState& state) {
  const auto& tables = state.manifest.catalog.tables;
  for (const auto& [name, table] : tables) {
    if (!table.partition_of) {
      continue;
    }
    const auto& parent_name = table.partition_of->parent;
    const auto parent = tables.find(parent_name);
    std::string problem;
    if (parent == tables.end()) {
      problem = fmt::format(
          "partition_of: table {} is not declared (a partition needs its "
          "partitioned table in the schema)",
          model::display_name(parent_name));
    } else if (!parent->second.partition_by) {
      problem = fmt::format(
          "partition_of: table {} is not partitioned (give it partition_by, as in "
          "partition_by = \"RANGE (created_at)\")",
          model::display_name(parent_name));
    } else if (column_owner(tables, table) == nullptr) {
      problem = "partition_of: the partitions' parents form a loop";
    }
    if (!problem.empty()) {
      state.problems.push_back({declared_at(state, name),
                                fmt::format("table {}: {}", model::display_name(name), problem)});
    }
  }
}

namespace {

// The columns `table` has in effect: a partition's are its parent's, with
// its own default and NOT NULL where it lists them (types left empty).
std::vector<model::Column> effective_columns(const model::Catalog& catalog,
                                             const model::Table& table, std::size_t depth = 0) {
  if (!table.partition_of) {
    return table.columns;
  }
  const auto parent = catalog.tables.find(table.partition_of->parent);
  if (parent == catalog.tables.end() || depth > catalog.tables.size()) {
    return {};
  }
  std::vector<model::Column> out;
  for (const auto& column : effective_columns(catalog, parent->second, depth + 1)) {
    const auto* own = table.find_column(column.name);
    out.push_back(own != nullptr ? model::Column{.name = column.name,
                                                 .not_null = own->not_null,
                                                 .default_expr = own->default_expr}
                                 : model::Column{.name = column.name,
                                                 .not_null = column.not_null,
                                                 .default_expr = column.default_expr});
  }
  return out;
}

}  // namespace

void fill_partition_columns(ReadState& state) {
  auto& tables = state.manifest.catalog.tables;
  std::map<model::QualifiedName, std::vector<model::Column>> filled;
  for (const auto& [name, table] : tables) {
    if (table.partition_of) {
      filled.emplace(name, effective_columns(state.manifest.catalog, table));
    }
  }
  for (auto& [name, columns] : filled) {
    tables.at(name).columns = std::move(columns);
  }
}

void check_foreign_columns(ReadState& state) {
  const auto& tables = state.manifest.catalog.tables;
  // Column names per referenced table, built once (many keys reference one table).
  std::unordered_map<const model::Table*, std::unordered_set<std::string>> columns_of;
  for (const auto& reference : state.foreign_columns) {
    const auto found = tables.find(reference.table);
    if (found == tables.end()) {
      continue;  // not managed here (ignored, or a kind tenantctl leaves alone)
    }
    const model::Table* owner = column_owner(tables, found->second);
    if (owner == nullptr) {
      continue;  // check_partitions() says why
    }
    const model::Table& table = *owner;
    auto [columns, added] = columns_of.try_emplace(&table);
    if (added) {
      for (const auto& column : table.columns) {
        columns->second.insert(column.name);
      }
    }
    for (const auto& name : reference.columns) {
      if (columns->second.contains(name)) {
        continue;
      }
      std::vector<std::string> names;
      for (const auto& column : table.columns) {
        names.push_back(column.name);
      }
      std::string message = fmt::format("{}: table {} has no column {}", reference.what,
                                        model::display_name(reference.table), toml_string(name));
      if (const std::string match = base::closest_match(name, names); !match.empty()) {
        message += fmt::format(" (did you mean {}?)", toml_string(match));
      }
      state.problems.push_back({reference.position, std::move(message)});
    }
  }
}

void check_relation_names(ReadState& state) {
  auto& names = state.relation_names;
  std::stable_sort(names.begin(), names.end(), [](const RelationName& a, const RelationName& b) {
    return std::tie(a.name, a.position) < std::tie(b.name, b.position);
  });
  std::size_t first = 0;  // the first of a run of equal names; the others are reported
  for (std::size_t i = 1; i < names.size(); ++i) {
    if (names[i].name != names[first].name) {
      first = i;
      continue;
    }
    state.problems.push_back(
        {names[i].position,
         fmt::format("{} has the same name as {} ({}): tables, views, sequences and indexes "
                     "share one namespace per schema",
                     names[i].what, names[first].what, state.where(names[first].position))});
  }
}

void check_ignored(ReadState& state) {
  const auto& patterns = state.manifest.ignore;
  if (patterns.empty()) {
    return;
  }
  for (const auto& object : state.declared) {
    const bool is_schema = object.name.name.empty();
    const std::string text = object.name.schema + "." + object.name.name;
    for (const auto& pattern : patterns) {
      if (pattern.starts_with(model::k_role_pattern)) {
        continue;  // names roles, not objects
      }
      // A schema is left alone by "X.*" only (model::without_ignored).
      if (is_schema ? pattern == text + "*" : model::glob_match(pattern, text)) {
        state.problems.push_back(
            {object.position,
             fmt::format("{} is declared, but the ignore pattern {} leaves it alone in every "
                         "database; remove one or the other",
                         object.what, toml_string(pattern))});
        break;
      }
    }
  }
}

}  // namespace manifest::detail
