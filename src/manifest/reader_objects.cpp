#include "manifest/reader_internal.hpp"

// Readers for the kinds outside tables: schemas, extensions, enums, sequences
// and views.

#include <fmt/format.h>

#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "manifest/toml_text.hpp"

namespace manifest::detail {
namespace {

constexpr std::size_t k_max_label_bytes = 63;

model::SourceRef source_ref(FileContext& file, const toml::node& node) {
  return {file.where(file.position(node))};
}

struct Bounds {
  std::int64_t min;
  std::int64_t max;
};

Bounds type_bounds(const std::string& data_type) {
  if (data_type == "smallint") {
    return {std::numeric_limits<std::int16_t>::min(), std::numeric_limits<std::int16_t>::max()};
  }
  if (data_type == "integer") {
    return {std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()};
  }
  return {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
}

// Reports the option combinations PostgreSQL refuses; the defaults are
// PostgreSQL's for the type and direction (model::normalized's).
void check_sequence_options(Fields& fields, const model::SequenceOptions& options) {
  const Bounds bounds = type_bounds(options.data_type);
  bool in_range = true;
  const auto check_range = [&](std::string_view key, const std::optional<std::int64_t>& value) {
    if (value && (*value < bounds.min || *value > bounds.max)) {
      fields.problem(fields.position_of(key),
                     fmt::format("{}: {} is out of range for {} ({} to {})", key, *value,
                                 options.data_type, bounds.min, bounds.max));
      in_range = false;
    }
  };
  check_range("min_value", options.min_value);
  check_range("max_value", options.max_value);
  check_range("start", options.start);
  if (options.increment == 0) {
    fields.problem(fields.position_of("increment"), "increment: must not be zero");
    in_range = false;
  }
  if (options.cache && *options.cache < 1) {
    fields.problem(fields.position_of("cache"),
                   fmt::format("cache: must be at least 1, found {}", *options.cache));
  }
  if (!in_range) {
    return;
  }
  const bool ascending = options.increment.value_or(1) > 0;
  const std::int64_t min_value = options.min_value.value_or(ascending ? 1 : bounds.min);
  const std::int64_t max_value = options.max_value.value_or(ascending ? bounds.max : -1);
  if (min_value >= max_value) {
    fields.problem(
        fields.position_of(options.min_value ? "min_value" : "max_value"),
        fmt::format("min_value ({}) must be less than max_value ({})", min_value, max_value));
    return;
  }
  const std::int64_t start = options.start.value_or(ascending ? min_value : max_value);
  if (start < min_value || start > max_value) {
    fields.problem(fields.position_of("start"),
                   fmt::format("start ({}) must be between min_value ({}) and max_value ({})",
                               start, min_value, max_value));
  }
}

std::optional<model::OwnedBy> read_owned_by(FileContext& file, const toml::table& node,
                                            const std::string& what,
                                            const model::QualifiedName& sequence) {
  Fields fields(file, node, what + ", owned_by");
  const std::string schema = fields.string("schema").value_or(sequence.schema);
  const auto table = fields.required_string("table");
  const auto column = fields.required_string("column");
  fields.finish();
  if (!table || !column) {
    return std::nullopt;
  }
  model::OwnedBy owner{.table = {schema, *table}, .column = *column};
  file.state().foreign_columns.push_back(
      {fields.position_of("column"), fields.what(), owner.table, {*column}});
  return owner;
}

void read_value_renames(Fields& fields, const toml::table& renames, model::EnumType& type) {
  FileContext& file = fields.file();
  const std::unordered_set<std::string> values(type.values.begin(), type.values.end());
  std::unordered_map<std::string, std::string> old_labels;  // old -> new
  for (auto&& [key, value] : renames) {
    const std::string new_label(key.str());
    const Position position = file.position(key.source());
    const auto* old_label = value.as_string();
    if (old_label == nullptr) {
      fields.problem(file.position(value),
                     fmt::format("value_renames: {}: expected a string (the old label), found {}",
                                 toml_string(new_label), type_name(value)));
      continue;
    }
    const std::string& old_text = old_label->get();
    if (!values.contains(new_label)) {
      fields.problem(position, fmt::format("value_renames: {} is not one of the values",
                                           toml_string(new_label)));
    }
    // An old label may stay a value only as another label's new name (a swap,
    // a chain).
    if (values.contains(old_text) && !renames.contains(old_text)) {
      fields.problem(file.position(value),
                     fmt::format("value_renames: the old label {} is still one of the values",
                                 toml_string(old_text)));
    }
    if (const auto [found, added] = old_labels.try_emplace(old_text, new_label); !added) {
      fields.problem(
          file.position(value),
          fmt::format("value_renames: {} is renamed to both {} and {}", toml_string(old_text),
                      toml_string(found->second), toml_string(new_label)));
    }
    type.value_renames[new_label] = old_text;
  }
}

}  // namespace

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

void read_schema(FileContext& file, const std::string& name, const toml::table& node) {
  const std::string what = "schema " + display_identifier(name);
  Fields fields(file, node, what);
  model::Schema schema{.name = name, .comment = fields.string("comment")};
  schema.source = source_ref(file, node);
  fields.finish();
  check_schema_name(file, fields.position(), name);
  if (add_object(file, file.catalog().schemas, name, std::move(schema), what, fields.position())) {
    file.state().declared.push_back({{name, ""}, what, fields.position()});
  }
}

void read_extension(FileContext& file, const std::string& name, const toml::table& node) {
  const std::string what = "extension " + display_identifier(name);
  Fields fields(file, node, what);
  model::Extension extension{.name = name,
                             .schema = fields.string("schema").value_or("public"),
                             .version = fields.string("version").value_or(""),
                             .comment = fields.string("comment"),
                             .source = source_ref(file, node)};
  fields.finish();
  check_identifier(file, fields.position(), "extension name", name);
  check_schema_name(file, fields.position_of("schema"), extension.schema);
  add_object(file, file.catalog().extensions, name, std::move(extension), what, fields.position());
}

void read_enum(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "enum " + model::display_name(name);
  Fields fields(file, node, what);
  model::EnumType type{.name = name, .source = source_ref(file, node)};
  if (auto values = fields.required_strings("values")) {
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < values->size(); ++i) {
      const std::string& label = (*values)[i];
      const Position position = fields.element_position("values", i);
      // PostgreSQL accepts an empty label ('') but none over NAMEDATALEN - 1 bytes.
      if (label.size() > k_max_label_bytes) {
        fields.problem(position, fmt::format("label {} must be 0 to {} bytes long",
                                             toml_string(label), k_max_label_bytes));
      }
      if (!seen.emplace(label, i).second) {
        fields.problem(position, fmt::format("label {} is listed twice", toml_string(label)));
      }
    }
    type.values = std::move(*values);
  }
  if (const auto* renames = fields.table("value_renames")) {
    read_value_renames(fields, *renames, type);
  }
  type.comment = fields.string("comment");
  fields.finish();
  if (add_object(file, file.catalog().enums, name, std::move(type), what, fields.position())) {
    file.state().declared.push_back({name, what, fields.position()});
  }
}

model::SequenceOptions read_sequence_options(Fields& fields,
                                             const std::optional<std::string>& data_type) {
  model::SequenceOptions options;
  if (data_type) {
    options.data_type = *data_type;
  } else if (auto type = fields.choice("type", {"smallint", "integer", "bigint"})) {
    options.data_type = *type;
  }
  options.increment = fields.integer("increment");
  options.min_value = fields.integer("min_value");
  options.max_value = fields.integer("max_value");
  options.start = fields.integer("start");
  options.cache = fields.integer("cache");
  options.cycle = fields.flag("cycle");
  check_sequence_options(fields, options);
  return options;
}

void read_sequence(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "sequence " + model::display_name(name);
  Fields fields(file, node, what);
  model::Sequence sequence{.name = name, .options = read_sequence_options(fields, std::nullopt)};
  sequence.source = source_ref(file, node);
  if (const auto* owner = fields.table("owned_by")) {
    sequence.owned_by = read_owned_by(file, *owner, what, name);
  }
  sequence.comment = fields.string("comment");
  fields.finish();
  if (add_object(file, file.catalog().sequences, name, std::move(sequence), what,
                 fields.position())) {
    file.state().relation_names.push_back({name, what, fields.position()});
    file.state().declared.push_back({name, what, fields.position()});
  }
}

void read_view(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "view " + model::display_name(name);
  Fields fields(file, node, what);
  model::View view{.name = name,
                   .definition = fields.required_string("definition").value_or(""),
                   .comment = fields.string("comment"),
                   .source = source_ref(file, node)};
  fields.finish();
  if (add_object(file, file.catalog().views, name, std::move(view), what, fields.position())) {
    file.state().relation_names.push_back({name, what, fields.position()});
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace manifest::detail
