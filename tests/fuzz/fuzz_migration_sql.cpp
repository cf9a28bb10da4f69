// libFuzzer target: the migration-file reader (knex::split_sql, the up and
// down parts of a .sql migration). What it accepts must survive being written
// again by migration_text() and read back.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "knex/migration_files.hpp"

// The name libFuzzer calls.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)knex::valid_migration_name(text);
  (void)knex::is_blank_sql(text);
  auto parts = knex::split_sql(text, "20260101000000_fuzz.sql");
  if (!parts) {
    fuzz::require(parts.error().message().find("20260101000000_fuzz.sql") != std::string::npos,
                  "a refusal names the file", parts.error().message());
    return 0;
  }
  const auto& [up, down] = *parts;
  const auto written = knex::migration_text(up, down.value_or(""));
  auto again = knex::split_sql(written, "written.sql");
  fuzz::require(static_cast<bool>(again), "migration_text() reads back", written);
  fuzz::require(again->first == up, "the up part reads back the same", written);
  fuzz::require(again->second.value_or("") == down.value_or(""),
                "the down part reads back the same", written);
  return 0;
}
