#include "manifest/reader_internal.hpp"

// Checks that need the whole manifest: they run after every file is read.

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/strings.hpp"
#include "manifest/toml_text.hpp"
#include "model/ignore.hpp"

namespace manifest::detail {

void check_foreign_columns(ReadState& state) {
  const auto& tables = state.manifest.catalog.tables;
  // Column names per referenced table, built once (many keys reference one table).
  std::unordered_map<const model::Table*, std::unordered_set<std::string>> columns_of;
  for (const auto& reference : state.foreign_columns) {
    const auto found = tables.find(reference.table);
    if (found == tables.end()) {
      continue;  // not managed here (ignored, or a kind tenantctl leaves alone)
    }
    const model::Table& table = found->second;
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
