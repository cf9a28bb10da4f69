// libFuzzer target: the desired-schema TOML reader (manifest::parse_manifest)
// and, for what it accepts, the writer: the written TOML must read back to
// the same catalog.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "manifest/manifest.hpp"
#include "manifest/writer.hpp"

// The name libFuzzer calls.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto manifest = manifest::parse_manifest(text, "fuzz.toml");
  if (!manifest) {
    fuzz::require(!manifest.error().message().empty(), "a refusal says why");
    return 0;
  }
  const auto written = manifest::write_toml(manifest->catalog);
  auto again = manifest::parse_manifest(written, "written.toml");
  fuzz::require(static_cast<bool>(again), "the writer's TOML reads back", written);
  fuzz::require(manifest::write_toml(again->catalog) == written,
                "the TOML read back writes the same text", written);
  return 0;
}
