// libFuzzer target: the tenantctl.toml reader (manifest::parse_config).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "manifest/config.hpp"

// The name libFuzzer calls.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto config = manifest::parse_config(text, "/fuzz/tenantctl.toml");
  if (!config) {
    fuzz::require(!config.error().message().empty(), "a refusal says why");
    return 0;
  }
  fuzz::require(config->concurrency >= 1, "an accepted concurrency is at least 1");
  fuzz::require(config->connect_timeout >= 1, "an accepted connect_timeout is at least 1");
  fuzz::require(manifest::is_duration(config->lock_timeout) &&
                    manifest::is_duration(config->statement_timeout),
                "accepted timeouts are PostgreSQL durations");
  return 0;
}
