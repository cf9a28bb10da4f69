#include "cli/target_support.hpp"

#include <gtest/gtest.h>

#include "cli/options.hpp"

namespace {

base::Result<bool> parse(fleet::TargetOptions& values, std::vector<std::string> args) {
  cli::Options options("plan", "test");
  cli::add_target_options(options, values);
  return options.parse(args);
}

TEST(TargetSupportTest, DeclaresTheTargetOptions) {
  fleet::TargetOptions values;
  const auto parsed =
      parse(values, {"--url", "postgresql://a@h/x", "--tenant", "acme", "--url=postgresql://b@h/y",
                     "--tenant", "cm01", "--all", "--shard", "2/5"});
  ASSERT_TRUE(parsed) << parsed.error().message();
  EXPECT_TRUE(*parsed);
  EXPECT_EQ(values.urls, (std::vector<std::string>{"postgresql://a@h/x", "postgresql://b@h/y"}));
  EXPECT_EQ(values.tenants, (std::vector<std::string>{"acme", "cm01"}));
  EXPECT_TRUE(values.all);
  EXPECT_EQ(values.shard, (fleet::Shard{2, 5}));
}

TEST(TargetSupportTest, ABadShardIsAUsageErrorWithItsHint) {
  fleet::TargetOptions values;
  const auto parsed = parse(values, {"--all", "--shard", "5/4"});
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().kind(), base::ErrorKind::usage);
  EXPECT_EQ(parsed.error().message(), "plan: --shard '5/4' is not K/N with 1 <= K <= N");
  EXPECT_NE(parsed.error().hint().find("--shard 2/4"), std::string::npos);
  EXPECT_FALSE(values.shard);
}

TEST(TargetSupportTest, NoShardByDefault) {
  fleet::TargetOptions values;
  const auto parsed = parse(values, {"--tenant", "acme"});
  ASSERT_TRUE(parsed) << parsed.error().message();
  EXPECT_FALSE(values.shard);
  EXPECT_FALSE(values.all);
}

}  // namespace
