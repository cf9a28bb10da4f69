#include "cli/target_support.hpp"

#include "cli/options.hpp"

namespace cli {

void add_target_options(Options& options, fleet::TargetOptions& values, bool urls) {
  if (urls) {
    options.add("--url", values.urls,
                "A database to target, as a libpq URL or key=value string (repeatable)");
  }
  options.add("--tenant", values.tenants,
              "A registry tenant to target, by slug or id, whatever its status (repeatable)");
  options.add_flag("--all", values.all, "Every ACTIVE tenant of the registry");
  options.add_checked(
      "--shard",
      [&values](const std::string& text) -> base::Result<void> {
        auto shard = fleet::parse_shard(text);
        if (!shard) {
          return shard.error();
        }
        values.shard = *shard;
        return {};
      },
      "K/N: only the tenants whose stable hash of id falls in shard K of N");
}

}  // namespace cli
