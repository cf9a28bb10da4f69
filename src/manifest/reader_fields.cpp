#include "manifest/reader_internal.hpp"

// The typed key access every per-kind reader uses, and the small helpers for
// naming things in messages.

#include <fmt/format.h>

#include <algorithm>

#include "base/strings.hpp"
#include "manifest/toml_text.hpp"

namespace manifest::detail {
namespace {

constexpr std::size_t k_max_identifier_bytes = 63;

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += i + 1 == items.size() ? " or " : ", ";
    }
    out += '"' + items[i] + '"';
  }
  return out;
}

}  // namespace

std::string ReadState::where(const Position& position) const {
  const std::string& file = files.at(position.file);
  if (position.line == 0) {
    return file;
  }
  return fmt::format("{}:{}:{}", file, position.line, position.column);
}

std::string_view type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

std::string display_identifier(const std::string& name) {
  const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  return plain ? name : toml_string(name);
}

std::string describe_keys(const std::vector<std::string>& keys) {
  const auto qualified = [&] { return model::display_name({keys[1], keys[2]}); };
  if (keys.size() == 2 && (keys[0] == "schema" || keys[0] == "extension")) {
    return keys[0] + " " + display_identifier(keys[1]);
  }
  const bool qualified_kind = keys.size() >= 3 && (keys[0] == "enum" || keys[0] == "sequence" ||
                                                   keys[0] == "table" || keys[0] == "view");
  if (qualified_kind && keys.size() == 3) {
    return keys[0] + " " + qualified();
  }
  if (qualified_kind && keys[0] == "table" && keys.size() == 5) {
    const std::string& part = keys[3];
    const std::string label = part == "unique"        ? "unique constraint"
                              : part == "foreign_key" ? "foreign key"
                              : part == "check"       ? "check constraint"
                              : part == "index"       ? "index"
                                                      : "";
    if (!label.empty()) {
      return fmt::format("{} {} of table {}", label, display_identifier(keys[4]), qualified());
    }
  }
  std::string header = "[";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) {
      header += '.';
    }
    header += toml_key(keys[i]);
  }
  header += ']';
  return header;
}

void check_identifier(FileContext& file, const Position& position, std::string_view what,
                      const std::string& name) {
  if (name.empty()) {
    file.problem(position, fmt::format("{} must not be empty", what));
  } else if (name.size() > k_max_identifier_bytes) {
    file.problem(position, fmt::format("{} {} is longer than {} bytes (PostgreSQL would cut it)",
                                       what, display_identifier(name), k_max_identifier_bytes));
  } else if (name.find('\0') != std::string::npos) {
    file.problem(position,
                 fmt::format("{} {} contains a NUL character", what, display_identifier(name)));
  }
}

const toml::node* Fields::node(std::string_view key) {
  if (std::find(m_known.begin(), m_known.end(), key) == m_known.end()) {
    m_known.emplace_back(key);
  }
  return m_table.get(key);
}

std::optional<std::string> Fields::string(std::string_view key) {
  const toml::node* value = node(key);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (const auto* text = value->as_string()) {
    return text->get();
  }
  wrong_type(key, *value, "a string");
  return std::nullopt;
}

std::optional<bool> Fields::boolean(std::string_view key) {
  const toml::node* value = node(key);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (const auto* flag_value = value->as_boolean()) {
    return flag_value->get();
  }
  wrong_type(key, *value, "a boolean (true or false)");
  return std::nullopt;
}

std::optional<std::int64_t> Fields::integer(std::string_view key) {
  const toml::node* value = node(key);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (const auto* number = value->as_integer()) {
    return number->get();
  }
  wrong_type(key, *value, "an integer");
  return std::nullopt;
}

std::optional<std::vector<std::string>> Fields::strings(std::string_view key) {
  const toml::node* value = node(key);
  if (value == nullptr) {
    return std::nullopt;
  }
  const auto* array = value->as_array();
  if (array == nullptr) {
    wrong_type(key, *value, "an array of strings");
    return std::nullopt;
  }
  std::vector<std::string> items;
  items.reserve(array->size());
  bool valid = true;
  for (std::size_t i = 0; i < array->size(); ++i) {
    const toml::node& element = *array->get(i);
    if (const auto* text = element.as_string()) {
      items.push_back(text->get());
    } else {
      problem(m_file.position(element),
              fmt::format("{}: expected an array of strings, but element {} is {}", key, i + 1,
                          type_name(element)));
      valid = false;
    }
  }
  return valid ? std::optional(std::move(items)) : std::nullopt;
}

const toml::table* Fields::table(std::string_view key) {
  const toml::node* value = node(key);
  if (value == nullptr) {
    return nullptr;
  }
  if (const auto* inner = value->as_table()) {
    return inner;
  }
  wrong_type(key, *value, "a table");
  return nullptr;
}

bool Fields::require(std::string_view key) {
  if (node(key) != nullptr) {
    return true;
  }
  problem(position(), fmt::format("missing required key '{}'", key));
  return false;
}

std::optional<std::string> Fields::required_string(std::string_view key) {
  return require(key) ? string(key) : std::nullopt;
}

std::optional<std::vector<std::string>> Fields::required_strings(std::string_view key) {
  return require(key) ? strings(key) : std::nullopt;
}

const toml::table* Fields::required_table(std::string_view key) {
  return require(key) ? table(key) : nullptr;
}

std::optional<std::string> Fields::choice(std::string_view key,
                                          const std::vector<std::string>& allowed) {
  auto value = string(key);
  if (!value || std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) {
    return value;
  }
  std::string message =
      fmt::format("{}: expected {}, found {}", key, quoted_list(allowed), toml_string(*value));
  if (const std::string match = base::closest_match(*value, allowed); !match.empty()) {
    message += fmt::format(" (did you mean \"{}\"?)", match);
  }
  problem(position_of(key), message);
  return std::nullopt;
}

void Fields::finish() {
  for (auto&& [key, value] : m_table) {
    if (std::find(m_known.begin(), m_known.end(), key.str()) != m_known.end()) {
      continue;
    }
    std::string message = fmt::format("unknown key '{}'", key.str());
    if (const std::string match = base::closest_match(key.str(), m_known); !match.empty()) {
      message += fmt::format(" (did you mean '{}'?)", match);
    }
    problem(m_file.position(key.source()), message);
  }
}

Position Fields::position_of(std::string_view key) const {
  const toml::node* value = m_table.get(key);
  return value != nullptr ? m_file.position(*value) : position();
}

Position Fields::element_position(std::string_view key, std::size_t index) const {
  const toml::node* value = m_table.get(key);
  if (value == nullptr) {
    return position();
  }
  const auto* array = value->as_array();
  if (array == nullptr || index >= array->size()) {
    return m_file.position(*value);
  }
  return m_file.position(*array->get(index));
}

void Fields::problem(const Position& position, const std::string& message) {
  m_file.problem(position, m_what.empty() ? message : m_what + ": " + message);
}

void Fields::wrong_type(std::string_view key, const toml::node& value, std::string_view expected) {
  problem(m_file.position(value),
          fmt::format("{}: expected {}, found {}", key, expected, type_name(value)));
}

void check_schema_name(FileContext& file, const Position& position, const std::string& name) {
  if (name.starts_with("pg_") || name == "information_schema") {
    file.problem(position,
                 fmt::format("schema {} belongs to PostgreSQL; tenantctl never manages it",
                             display_identifier(name)));
  } else if (name == model::k_own_schema) {
    file.problem(position, fmt::format("schema {} is tenantctl's own; it cannot hold objects",
                                       display_identifier(name)));
  } else {
    check_identifier(file, position, "schema name", name);
  }
}

}  // namespace manifest::detail
