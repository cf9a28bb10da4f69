#include "fleet/targets.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdint>
#include <map>
#include <set>

#include "base/strings.hpp"
#include "crypto/secrets.hpp"
#include "pg/conninfo.hpp"

namespace fleet {
namespace {

constexpr std::string_view k_targets_hint =
    "select targets with --url URL, --tenant SLUG|ID (both repeatable) or --all, and split "
    "--all over machines with --shard K/N";

base::Error usage(std::string message) {
  return base::Error(std::move(message), base::ErrorKind::usage)
      .with_hint(std::string(k_targets_hint));
}

// Finds each --tenant in the registry (by slug first: a slug that looks like
// another tenant's id still means its own tenant). Returns the indexes found,
// or a usage error naming every value that matched nothing.
base::Result<std::vector<std::size_t>> find_tenants(const std::vector<std::string>& wanted,
                                                    const std::vector<TenantRecord>& registry) {
  std::map<std::string_view, std::size_t> by_slug;
  std::map<std::string_view, std::size_t> by_id;
  std::vector<std::string> slugs;
  slugs.reserve(registry.size());
  for (std::size_t i = 0; i < registry.size(); ++i) {
    by_slug.emplace(registry[i].slug, i);
    by_id.emplace(registry[i].id, i);
    slugs.push_back(registry[i].slug);
  }
  std::vector<std::size_t> found;
  std::vector<std::string> unknown;
  for (const auto& value : wanted) {
    if (const auto slug = by_slug.find(value); slug != by_slug.end()) {
      found.push_back(slug->second);
    } else if (const auto id = by_id.find(value); id != by_id.end()) {
      found.push_back(id->second);
    } else {
      std::string entry = fmt::format("'{}'", value);
      if (const std::string match = base::closest_match(value, slugs); !match.empty()) {
        entry += fmt::format(" (did you mean '{}'?)", match);
      }
      if (std::find(unknown.begin(), unknown.end(), entry) == unknown.end()) {
        unknown.push_back(std::move(entry));
      }
    }
  }
  if (!unknown.empty()) {
    return base::Error(fmt::format("no tenant in the registry has the slug or id {}",
                                   base::join(unknown, ", ")),
                       base::ErrorKind::usage)
        .with_hint("'tenantctl tenant list' shows the registry's tenants");
  }
  return found;
}

}  // namespace

base::Result<Shard> parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  if (slash != std::string_view::npos) {
    const auto index = base::whole_number(text.substr(0, slash));
    const auto count = base::whole_number(text.substr(slash + 1));
    if (index && count && *index >= 1 && *index <= *count) {
      return Shard{*index, *count};
    }
  }
  return base::Error(fmt::format("--shard '{}' is not K/N with 1 <= K <= N", text),
                     base::ErrorKind::usage)
      .with_hint("for example --shard 2/4 runs the second of four shards");
}

bool in_shard(const std::string& tenant_id, const Shard& shard) {
  assert(shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count);
  // The first 8 bytes of the digest are its first 16 hex digits, most
  // significant first.
  const std::string digest = crypto::sha256_hex(tenant_id);
  std::uint64_t prefix = 0;
  [[maybe_unused]] const auto parsed =
      std::from_chars(digest.data(), digest.data() + 16, prefix, 16);
  assert(parsed.ec == std::errc());
  return prefix % static_cast<std::uint64_t>(shard.count) ==
         static_cast<std::uint64_t>(shard.index - 1);
}

base::Result<std::vector<Target>> resolve_targets(const TargetOptions& options,
                                                  const std::vector<TenantRecord>& registry) {
  if (options.urls.empty() && options.tenants.empty() && !options.all) {
    return usage("no targets: say which databases to work on");
  }
  if (options.shard && options.tenants.empty() && !options.all) {
    return usage("--shard splits registry tenants, but only --url targets are selected");
  }
  std::vector<Target> targets;
  std::set<std::string_view> urls_seen;
  for (const auto& url : options.urls) {
    if (auto parsed = pg::parse_conninfo(url); !parsed) {
      // parse_conninfo's message has any password already removed.
      return base::Error(fmt::format("--url: {}", parsed.error().message()), base::ErrorKind::usage)
          .with_hint(parsed.error().hint());
    }
    if (urls_seen.insert(url).second) {
      targets.push_back(Target{.label = pg::redact_conninfo(url), .tenant = {}, .url = url});
    }
  }
  auto named = find_tenants(options.tenants, registry);
  if (!named) {
    return named.error();
  }
  std::set<std::size_t> chosen(named->begin(), named->end());
  if (options.all) {
    for (std::size_t i = 0; i < registry.size(); ++i) {
      if (registry[i].status == k_active_status) {
        chosen.insert(i);
      }
    }
  }
  if (targets.empty() && chosen.empty()) {
    return base::Error(
               fmt::format("--all selects no tenant: the registry has {} tenant{}, none "
                           "of them {}",
                           registry.size(), registry.size() == 1 ? "" : "s", k_active_status),
               base::ErrorKind::usage)
        .with_hint("name tenants of another status with --tenant SLUG");
  }
  std::vector<const TenantRecord*> tenants;
  for (const std::size_t i : chosen) {
    if (!options.shard || in_shard(registry[i].id, *options.shard)) {
      tenants.push_back(&registry[i]);
    }
  }
  // By slug, whatever order the registry came in (read_registry sorts, but a
  // caller's registry need not be sorted).
  std::sort(tenants.begin(), tenants.end(),
            [](const TenantRecord* a, const TenantRecord* b) { return a->slug < b->slug; });
  for (const TenantRecord* tenant : tenants) {
    targets.push_back(Target{.label = tenant->slug, .tenant = *tenant, .url = {}});
  }
  return targets;
}

}  // namespace fleet
