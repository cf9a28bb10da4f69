// The sequence kind in TOML (part of tenantctl_manifest):
//
//   [sequence.<schema>.<name>]
//   type = "integer"   increment, min_value, max_value, start, cache, cycle
//                      (each optional: PostgreSQL's defaults)
//   owned_by = { table = "t", column = "id" }   (optional; schema = "s")
//   comment = "..."    (optional)
//   owner = "role"     (optional, not with owned_by; absent: not managed)
#include <fmt/format.h>

#include <limits>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

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

void read_sequence(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "sequence " + model::display_name(name);
  Fields fields(file, node, what);
  model::Sequence sequence{.name = name, .options = read_sequence_options(fields, std::nullopt)};
  sequence.source = source_ref(file, node);
  if (const auto* owner = fields.table("owned_by")) {
    sequence.owned_by = read_owned_by(file, *owner, what, name);
  }
  sequence.comment = fields.string("comment");
  if (sequence.owned_by && fields.node("owner") != nullptr) {
    fields.problem(fields.position_of("owner"),
                   "owner: a sequence a column owns has its table's owner; set the table's");
  } else {
    read_owner(fields, {.on = model::GrantOn::sequence, .name = name});
  }
  fields.finish();
  if (add_object(file, file.catalog().sequences, name, std::move(sequence), what,
                 fields.position())) {
    file.state().relation_names.push_back({name, what, fields.position()});
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace

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

void read_kind(model::KindTag<model::Sequence> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("sequence"), "sequence", read_sequence);
}

// Sequence options in the documented key order, defaults left out. `type`
// is left out also when it is `implied_type`.
WriteFields sequence_fields(const model::SequenceOptions& given, std::string_view implied_type) {
  const auto options = model::normalized(given);
  WriteFields fields;
  if (options.data_type != implied_type) {
    fields.text("type", options.data_type);
  }
  fields.integer("increment", options.increment);
  fields.integer("min_value", options.min_value);
  fields.integer("max_value", options.max_value);
  fields.integer("start", options.start);
  fields.integer("cache", options.cache);
  fields.flag("cycle", options.cycle);
  return fields;
}

void write_kind(model::KindTag<model::Sequence> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, sequence] : catalog.sequences) {
    WriteFields fields = sequence_fields(sequence.options, "bigint");
    if (sequence.owned_by) {
      WriteFields owner;
      reference(owner, name.schema, sequence.owned_by->table);
      owner.text("column", sequence.owned_by->column);
      fields.raw("owned_by", owner.inline_table());
    }
    long_text(fields, "comment", sequence.comment);
    write_owner(catalog, {.on = model::GrantOn::sequence, .name = name}, fields);
    section(out, fmt::format("[{}]", path("sequence", name)), fields);
  }
}

}  // namespace manifest::detail
