#include "model/catalog.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <string_view>

#include "model/kinds.hpp"

namespace model {

namespace {

// Unpacks a Catalog into exactly ObjectKinds::size maps and `unmanaged`: a
// map added to Catalog without its kind in the list, or a kind listed twice,
// stops the build here.
[[maybe_unused]] constexpr bool every_map_is_a_kind(const Catalog& catalog) {
  static_assert(ObjectKinds::size == 18,
                "Catalog's maps and model::ObjectKinds must match (see model/kinds.hpp)");
  [[maybe_unused]] const auto& [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15,
                                m16, m17, m18, unmanaged, creator] = catalog;
  return true;
}

}  // namespace

bool Catalog::operator==(const Catalog& other) const {
  bool equal = true;
  for_each_kind([&](auto tag) {
    using K = typename decltype(tag)::type;
    equal = equal && Kind<K>::objects(*this) == Kind<K>::objects(other);
  });
  return equal;
}

bool is_always_ignored(const QualifiedName& table_name) {
  constexpr std::array<std::string_view, 2> k_knex_tables = {"knex_migrations",
                                                             "knex_migrations_lock"};
  const bool is_knex =
      std::find(k_knex_tables.begin(), k_knex_tables.end(), table_name.name) != k_knex_tables.end();
  return is_knex || table_name.schema == k_own_schema;
}

std::string display_part(const std::string& text) {
  const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  if (plain) {
    return text;
  }
  std::string quoted = "\"";
  for (const char c : text) {
    quoted += c;
    if (c == '"') {
      quoted += '"';
    }
  }
  return quoted + "\"";
}

std::string display_name(const QualifiedName& name) {
  return display_part(name.schema) + "." + display_part(name.name);
}

}  // namespace model
