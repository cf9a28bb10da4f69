#include "fleet/targets.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace {

fleet::TenantRecord tenant(std::string id, std::string slug, std::string status = "ACTIVE") {
  return fleet::TenantRecord{.id = std::move(id),
                             .slug = slug,
                             .name = slug + " Inc.",
                             .status = std::move(status),
                             .host = "127.0.0.1",
                             .port = 5432,
                             .dbname = "tenant_" + slug,
                             .username = "user_" + slug,
                             .encrypted_password = "00:00"};
}

// Not sorted by slug, as a hand-built registry might be.
const std::vector<fleet::TenantRecord> k_registry{
    tenant("cm5a1b2c3d4e5f6g7h8i9j0k", "zeta"),
    tenant("cm0000000000000000000001", "acme-corp"),
    tenant("cm0000000000000000000002", "globex"),
    tenant("cm0000000000000000000003", "initech", "SUSPENDED"),
    tenant("cm0000000000000000000004", "umbrella", "PROVISIONING"),
};

std::vector<std::string> labels(const std::vector<fleet::Target>& targets) {
  std::vector<std::string> out;
  for (const auto& target : targets) {
    out.push_back(target.label);
  }
  return out;
}

// Returns the shard (1..count) `id` falls in, failing unless it is exactly one.
int shard_of(const std::string& id, int count) {
  int found = 0;
  int hits = 0;
  for (int index = 1; index <= count; ++index) {
    if (fleet::in_shard(id, fleet::Shard{index, count})) {
      found = index;
      ++hits;
    }
  }
  EXPECT_EQ(hits, 1) << id << " in " << hits << " of " << count << " shards";
  return found;
}

TEST(TargetsTest, ParsesShards) {
  EXPECT_EQ(*fleet::parse_shard("1/1"), (fleet::Shard{1, 1}));
  EXPECT_EQ(*fleet::parse_shard("2/4"), (fleet::Shard{2, 4}));
  EXPECT_EQ(*fleet::parse_shard("16/16"), (fleet::Shard{16, 16}));
  for (const std::string bad : {"", "3", "0/4", "5/4", "1/0", "-1/4", "+1/4", "1/4/2", "a/b",
                                " 1/4", "1 /4", "1/", "/4", "1.5/4", "99999999999/99999999999"}) {
    const auto shard = fleet::parse_shard(bad);
    ASSERT_FALSE(shard) << "'" << bad << "'";
    EXPECT_EQ(shard.error().kind(), base::ErrorKind::usage);
    EXPECT_NE(shard.error().message().find("'" + bad + "'"), std::string::npos)
        << shard.error().message();
    EXPECT_NE(shard.error().hint().find("2/4"), std::string::npos);
  }
}

TEST(TargetsTest, EveryTenantIsInExactlyOneShard) {
  for (int count = 1; count <= 7; ++count) {
    std::vector<int> sizes(static_cast<std::size_t>(count), 0);
    for (int i = 0; i < 500; ++i) {
      const int shard = shard_of(fmt::format("cm{:022d}", i), count);
      ASSERT_GE(shard, 1);
      ++sizes[static_cast<std::size_t>(shard - 1)];
    }
    // A hash spreads 500 ids roughly evenly: no shard is empty or holds
    // more than twice its share.
    for (const int size : sizes) {
      EXPECT_GT(size, 0) << "N=" << count;
      EXPECT_LE(size, 2 * 500 / count) << "N=" << count;
    }
  }
}

TEST(TargetsTest, ShardsAreStableAcrossMachinesAndReleases) {
  // First 8 bytes of SHA-256(id), big-endian, modulo N, plus one; computed
  // independently (Python hashlib). A change here would move tenants between
  // the machines of a running fleet.
  EXPECT_EQ(shard_of("cm5a1b2c3d4e5f6g7h8i9j0k", 4), 3);
  EXPECT_EQ(shard_of("cm5a1b2c3d4e5f6g7h8i9j0k", 7), 7);
  EXPECT_EQ(shard_of("cm5a1b2c3d4e5f6g7h8i9j0k", 16), 11);
  EXPECT_EQ(shard_of("tenant-0", 3), 3);
  EXPECT_EQ(shard_of("tenant-0", 7), 6);
  EXPECT_EQ(shard_of("acme", 5), 3);
  EXPECT_EQ(shard_of("cm0000000000000000000000", 5), 4);
  EXPECT_EQ(shard_of("cm0000000000000000000000", 16), 13);
  EXPECT_EQ(shard_of("", 16), 5);
}

TEST(TargetsTest, AllSelectsActiveTenantsBySlug) {
  const auto targets = fleet::resolve_targets({.all = true}, k_registry);
  ASSERT_TRUE(targets) << targets.error().message();
  EXPECT_EQ(labels(*targets), (std::vector<std::string>{"acme-corp", "globex", "zeta"}));
  ASSERT_TRUE((*targets)[0].tenant);
  EXPECT_EQ((*targets)[0].tenant->id, "cm0000000000000000000001");
  EXPECT_EQ((*targets)[0].url, "");
}

TEST(TargetsTest, TenantBySlugOrIdWhateverItsStatus) {
  const auto targets = fleet::resolve_targets(
      {.tenants = {"initech", "cm5a1b2c3d4e5f6g7h8i9j0k", "umbrella"}}, k_registry);
  ASSERT_TRUE(targets) << targets.error().message();
  EXPECT_EQ(labels(*targets), (std::vector<std::string>{"initech", "umbrella", "zeta"}));
  EXPECT_EQ((*targets)[0].tenant->status, "SUSPENDED");
}

TEST(TargetsTest, UnknownTenantsAreAllNamedWithDidYouMean) {
  const auto targets = fleet::resolve_targets(
      {.tenants = {"acme-crop", "globex", "no-such-tenant-at-all", "acme-crop"}}, k_registry);
  ASSERT_FALSE(targets);
  EXPECT_EQ(targets.error().kind(), base::ErrorKind::usage);
  const auto& message = targets.error().message();
  EXPECT_NE(message.find("'acme-crop' (did you mean 'acme-corp'?)"), std::string::npos) << message;
  EXPECT_NE(message.find("'no-such-tenant-at-all'"), std::string::npos) << message;
  EXPECT_EQ(message.find("'globex'"), std::string::npos) << message;
  // Named once, however often it was given.
  EXPECT_EQ(message.find("acme-crop"), message.rfind("acme-crop")) << message;
}

TEST(TargetsTest, UrlsComeFirstAsGivenAndAreRedacted) {
  const std::string with_password = "postgresql://app:s3cret-pw@db.example.com:6432/orders";
  const auto targets = fleet::resolve_targets(
      {.urls = {"host=/tmp dbname=zz user=u password=other-secret", with_password, with_password},
       .tenants = {"globex"},
       .all = false},
      k_registry);
  ASSERT_TRUE(targets) << targets.error().message();
  ASSERT_EQ(targets->size(), 3u);
  EXPECT_EQ(labels(*targets),
            (std::vector<std::string>{"postgresql://u@/zz?host=/tmp",
                                      "postgresql://app@db.example.com:6432/orders", "globex"}));
  EXPECT_FALSE((*targets)[1].tenant);
  EXPECT_EQ((*targets)[1].url, with_password);
  for (const auto& target : *targets) {
    EXPECT_EQ(target.label.find("secret"), std::string::npos) << target.label;
  }
}

TEST(TargetsTest, DuplicatesAreRemoved) {
  const auto targets = fleet::resolve_targets(
      {.tenants = {"globex", "cm0000000000000000000002", "initech"}, .all = true}, k_registry);
  ASSERT_TRUE(targets) << targets.error().message();
  EXPECT_EQ(labels(*targets), (std::vector<std::string>{"acme-corp", "globex", "initech", "zeta"}));
}

TEST(TargetsTest, ShardFiltersTenantsButNotUrls) {
  std::vector<fleet::TenantRecord> registry;
  for (int i = 0; i < 40; ++i) {
    registry.push_back(tenant(fmt::format("cm{:022d}", i), fmt::format("t{:02d}", i)));
  }
  std::vector<std::string> seen;
  for (int index = 1; index <= 3; ++index) {
    const auto targets = fleet::resolve_targets(
        {.urls = {"postgresql://u@h/db"}, .all = true, .shard = fleet::Shard{index, 3}}, registry);
    ASSERT_TRUE(targets) << targets.error().message();
    ASSERT_FALSE(targets->empty());
    EXPECT_EQ(targets->front().label, "postgresql://u@h/db");
    for (std::size_t i = 1; i < targets->size(); ++i) {
      EXPECT_TRUE(fleet::in_shard((*targets)[i].tenant->id, fleet::Shard{index, 3}));
      seen.push_back((*targets)[i].label);
    }
  }
  std::sort(seen.begin(), seen.end());
  ASSERT_EQ(seen.size(), 40u);  // every tenant once over the three shards
  EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end());
}

TEST(TargetsTest, AnEmptyShardIsNotAnError) {
  const std::vector<fleet::TenantRecord> one{tenant("cm5a1b2c3d4e5f6g7h8i9j0k", "zeta")};
  const auto targets = fleet::resolve_targets({.all = true, .shard = fleet::Shard{1, 4}}, one);
  ASSERT_TRUE(targets) << targets.error().message();
  EXPECT_TRUE(targets->empty());  // zeta is in shard 3 of 4
}

TEST(TargetsTest, SelectingNothingIsAUsageError) {
  const auto nothing = fleet::resolve_targets({}, k_registry);
  ASSERT_FALSE(nothing);
  EXPECT_EQ(nothing.error().kind(), base::ErrorKind::usage);
  EXPECT_NE(nothing.error().hint().find("--all"), std::string::npos);

  const auto no_active =
      fleet::resolve_targets({.all = true}, {tenant("cm1", "initech", "SUSPENDED")});
  ASSERT_FALSE(no_active);
  EXPECT_EQ(no_active.error().kind(), base::ErrorKind::usage);
  EXPECT_NE(no_active.error().message().find("ACTIVE"), std::string::npos);

  const auto shard_of_urls = fleet::resolve_targets(
      {.urls = {"postgresql://u@h/db"}, .shard = fleet::Shard{1, 2}}, k_registry);
  ASSERT_FALSE(shard_of_urls);
  EXPECT_EQ(shard_of_urls.error().kind(), base::ErrorKind::usage);
}

TEST(TargetsTest, AnUnparseableUrlIsAUsageErrorWithoutItsPassword) {
  const auto targets =
      fleet::resolve_targets({.urls = {"host=h password=Sup3rS3cret dbname"}}, k_registry);
  ASSERT_FALSE(targets);
  EXPECT_EQ(targets.error().kind(), base::ErrorKind::usage);
  EXPECT_EQ(targets.error().message().find("Sup3rS3cret"), std::string::npos)
      << targets.error().message();
}

}  // namespace
