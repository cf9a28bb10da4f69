#include "model/ignore.hpp"

#include <iterator>

namespace model {

bool glob_match(std::string_view pattern, std::string_view text) {
  // Iterative matcher with one backtrack point for the last '*'.
  std::size_t p = 0;
  std::size_t t = 0;
  std::size_t star = std::string_view::npos;
  std::size_t star_text = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_text = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++star_text;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') {
    ++p;
  }
  return p == pattern.size();
}

bool is_ignored(const QualifiedName& name, std::span<const std::string> patterns) {
  const std::string text = name.schema + "." + name.name;
  for (const auto& pattern : patterns) {
    if (glob_match(pattern, text)) {
      return true;
    }
  }
  return false;
}

namespace {

template <class Map>
void erase_ignored(Map& objects, std::span<const std::string> patterns) {
  std::erase_if(objects, [&](const auto& entry) { return is_ignored(entry.first, patterns); });
}

}  // namespace

Catalog without_ignored(Catalog catalog, std::span<const std::string> patterns) {
  if (patterns.empty()) {
    return catalog;
  }
  erase_ignored(catalog.enums, patterns);
  erase_ignored(catalog.sequences, patterns);
  erase_ignored(catalog.tables, patterns);
  erase_ignored(catalog.views, patterns);
  std::erase_if(catalog.schemas, [&](const auto& entry) {
    for (const auto& pattern : patterns) {
      if (pattern == entry.first + ".*") {
        return true;
      }
    }
    return false;
  });
  return catalog;
}

}  // namespace model
