#include "manifest/reader_internal.hpp"

// Checks that need the whole manifest: they run after every file is read.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

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
    for (const auto& name : reference.columns) {
      // A scan of the table's columns: a table has tens of them, and a set
      // per referenced table cost more to build and free than the scans.
      if (std::ranges::any_of(table.columns,
                              [&](const model::Column& column) { return column.name == name; })) {
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
  const auto& names = state.relation_names;
  // Sorted by name, then by where each is declared, through their indexes
  // (moving thousands of names, each with its strings, cost more).
  std::vector<std::size_t> order(names.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(names[a].name, names[a].position, a) <
           std::tie(names[b].name, names[b].position, b);
  });
  std::size_t first = 0;  // the first of a run of equal names; the others are reported
  for (std::size_t i = 1; i < order.size(); ++i) {
    const RelationName& seen = names[order[first]];
    const RelationName& name = names[order[i]];
    if (name.name != seen.name) {
      first = i;
      continue;
    }
    state.problems.push_back(
        {name.position,
         fmt::format("{} has the same name as {} ({}): tables, views, sequences and indexes "
                     "share one namespace per schema",
                     name.what, seen.what, state.where(seen.position))});
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
