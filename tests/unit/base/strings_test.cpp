#include "base/strings.hpp"

#include <gtest/gtest.h>

namespace {

TEST(StringsTest, JoinsAndSplits) {
  const std::vector<std::string> parts{"a", "", "c"};
  EXPECT_EQ(base::join(parts, ", "), "a, , c");
  EXPECT_EQ(base::split("a,,c", ','), parts);
  EXPECT_EQ(base::split("", ','), std::vector<std::string>{""});
  EXPECT_EQ(base::join(std::vector<std::string>{}, ","), "");
}

TEST(StringsTest, TrimsWhiteSpace) {
  EXPECT_EQ(base::trim("  x y\t\n"), "x y");
  EXPECT_EQ(base::trim("   "), "");
}

TEST(StringsTest, EditDistance) {
  EXPECT_EQ(base::edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(base::edit_distance("", "abc"), 3u);
  EXPECT_EQ(base::edit_distance("same", "same"), 0u);
}

TEST(StringsTest, ClosestMatchSuggestsOnlyLikelyTypos) {
  const std::vector<std::string> commands{"inspect", "plan", "apply", "help"};
  EXPECT_EQ(base::closest_match("inpsect", commands), "inspect");
  EXPECT_EQ(base::closest_match("aply", commands), "apply");
  EXPECT_EQ(base::closest_match("no-such-command", commands), "");
  EXPECT_EQ(base::closest_match("x", commands), "");
}

}  // namespace
