// The sequence kind's model functions (part of tenantctl_model).
#include "kinds/sequence/sequence.hpp"

#include <cstdint>
#include <limits>

namespace model {

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

}  // namespace model
