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
  static_assert(ObjectKinds::size == 8,
                "Catalog's maps and model::ObjectKinds must match (see model/kinds.hpp)");
  [[maybe_unused]] const auto& [m1, m2, m3, m4, m5, m6, m7, m8, unmanaged] = catalog;
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

const char* routine_keyword(RoutineKind kind) {
  switch (kind) {
    case RoutineKind::procedure:
      return "procedure";
    case RoutineKind::aggregate:
      return "aggregate";
    case RoutineKind::function:
      break;
  }
  return "function";
}

std::string signature_arguments(const std::string& signature) {
  const auto open = signature.rfind('(');
  return open == std::string::npos || !signature.ends_with(")") ? std::string()
                                                                : signature.substr(open);
}

std::string routine_sql_keyword(RoutineKind kind) {
  std::string keyword = routine_keyword(kind);
  std::transform(keyword.begin(), keyword.end(), keyword.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return keyword;
}

const Column* Table::find_column(const std::string& column_name) const {
  const auto found = std::find_if(columns.begin(), columns.end(),
                                  [&](const Column& column) { return column.name == column_name; });
  return found == columns.end() ? nullptr : &*found;
}

namespace {

struct SequenceDefaults {
  std::int64_t min_value;
  std::int64_t max_value;
  bool ascending;
};

SequenceDefaults sequence_defaults(const SequenceOptions& options) {
  std::int64_t type_max = std::numeric_limits<std::int64_t>::max();
  if (options.data_type == "smallint") {
    type_max = std::numeric_limits<std::int16_t>::max();
  } else if (options.data_type == "integer") {
    type_max = std::numeric_limits<std::int32_t>::max();
  }
  const std::int64_t type_min = -type_max - 1;
  const std::int64_t increment = options.increment.value_or(1);
  const bool ascending = increment > 0;
  const std::int64_t default_min = ascending ? 1 : type_min;
  const std::int64_t default_max = ascending ? type_max : -1;
  return {default_min, default_max, ascending};
}

}  // namespace

SequenceOptions resolved(SequenceOptions options) {
  const auto defaults = sequence_defaults(options);
  options.increment = options.increment.value_or(1);
  options.min_value = options.min_value.value_or(defaults.min_value);
  options.max_value = options.max_value.value_or(defaults.max_value);
  options.start =
      options.start.value_or(defaults.ascending ? *options.min_value : *options.max_value);
  options.cache = options.cache.value_or(1);
  return options;
}

SequenceOptions normalized(SequenceOptions options) {
  const auto defaults = sequence_defaults(options);
  const std::int64_t default_min = defaults.min_value;
  const std::int64_t default_max = defaults.max_value;
  const bool ascending = defaults.ascending;
  if (options.increment == 1) {
    options.increment.reset();
  }
  const std::int64_t min_value = options.min_value.value_or(default_min);
  const std::int64_t max_value = options.max_value.value_or(default_max);
  if (options.min_value == default_min) {
    options.min_value.reset();
  }
  if (options.max_value == default_max) {
    options.max_value.reset();
  }
  if (options.start == (ascending ? min_value : max_value)) {
    options.start.reset();
  }
  if (options.cache == 1) {
    options.cache.reset();
  }
  return options;
}

std::string default_primary_key_name(const std::string& table_name) {
  constexpr std::size_t k_max_identifier_bytes = 63;
  std::string name = table_name + "_pkey";
  return name.size() <= k_max_identifier_bytes ? name : std::string();
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
