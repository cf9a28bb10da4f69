#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "fleet/tenant.hpp"

namespace fleet {

// Shard `index` of `count` (--shard K/N), 1 <= index <= count.
struct Shard {
  int index = 1;
  int count = 1;
  bool operator==(const Shard&) const = default;
};

// Parses "K/N" (whole numbers, 1 <= K <= N). Anything else is a usage error
// that shows the text and an example.
[[nodiscard]] base::Result<Shard> parse_shard(std::string_view text);

// Returns true when the tenant with `tenant_id` belongs to `shard`: the first
// 8 bytes of SHA-256(tenant_id), read as a big-endian unsigned number, modulo
// count equal index - 1. The same on every machine and in every run, so N
// processes given shards 1/N .. N/N split a fleet with no tenant left out or
// taken twice. Precondition: shard is valid (parse_shard's output).
[[nodiscard]] bool in_shard(const std::string& tenant_id, const Shard& shard);

// What the target options of a fleet command selected (cli/target_support.hpp
// declares them).
struct TargetOptions {
  std::vector<std::string> urls;     // --url, as given
  std::vector<std::string> tenants;  // --tenant, slugs or ids
  bool all = false;                  // --all: every ACTIVE tenant
  std::optional<Shard> shard;        // --shard: keep only this shard's tenants
};

// The registry status that --all selects.
inline constexpr std::string_view k_active_status = "ACTIVE";

// Returns the targets `options` select from `registry`: the --url targets in
// the order given (label: the redacted URL), then the tenants named by
// --tenant (a slug, else an id; any status) and, with --all, every ACTIVE
// tenant, sorted by slug. With --shard only the tenants in that shard stay
// (--url targets are not sharded: they have no id). A target selected twice
// appears once.
//
// Usage errors: no --url, --tenant or --all at all; a --url libpq cannot
// parse; --tenant values that match no slug or id (all listed at once, each
// with "did you mean" among the slugs); --shard with only --url targets;
// options that select no target before the shard is applied (--all over a
// registry without ACTIVE tenants). An empty shard is not an error: with more
// shards than tenants, some shards have none, and the result is empty.
[[nodiscard]] base::Result<std::vector<Target>> resolve_targets(
    const TargetOptions& options, const std::vector<TenantRecord>& registry);

}  // namespace fleet
