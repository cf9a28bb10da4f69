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

TEST(StringsTest, FindsTheFirstByteThatIsNotUtf8) {
  EXPECT_EQ(base::invalid_utf8_at("caf\xc3\xa9 \xf0\x9f\x98\x80"), std::nullopt);
  EXPECT_EQ(base::invalid_utf8_at("caf\xe9"), 3u);           // Latin-1
  EXPECT_EQ(base::invalid_utf8_at("a\xc0\xaf"), 1u);         // overlong '/'
  EXPECT_EQ(base::invalid_utf8_at("\xed\xa0\x80"), 0u);      // a surrogate
  EXPECT_EQ(base::invalid_utf8_at("\xf4\x90\x80\x80"), 0u);  // past U+10FFFF
  EXPECT_EQ(base::invalid_utf8_at("ab\xe2\x82"), 2u);        // cut short
}

TEST(StringsTest, Utf16UnitsOrderAsJavaScriptDoes) {
  EXPECT_EQ(base::utf16_units("a\xc3\xa9"), u"a\u00e9");
  EXPECT_EQ(base::utf16_units("\xf0\x9f\x98\x80"), std::u16string({0xD83D, 0xDE00}));
  // U+1F600 sorts before U+FF21 in JavaScript, after it in UTF-8 bytes.
  EXPECT_LT(base::utf16_units("\xf0\x9f\x98\x80"), base::utf16_units("\xef\xbc\xa1"));
  EXPECT_GT(std::string("\xf0\x9f\x98\x80"), std::string("\xef\xbc\xa1"));
}

TEST(StringsTest, EditDistance) {
  EXPECT_EQ(base::edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(base::edit_distance("", "abc"), 3u);
  EXPECT_EQ(base::edit_distance("same", "same"), 0u);
  EXPECT_EQ(base::edit_distance("tabel", "table"), 1u);  // a swap is one edit
  EXPECT_EQ(base::edit_distance("ab", "ba"), 1u);
  EXPECT_EQ(base::closest_match("tabel", std::vector<std::string>{"view", "table"}), "table");
}

TEST(StringsTest, ClosestMatchSuggestsOnlyLikelyTypos) {
  const std::vector<std::string> commands{"inspect", "plan", "apply", "help"};
  EXPECT_EQ(base::closest_match("inpsect", commands), "inspect");
  EXPECT_EQ(base::closest_match("aply", commands), "apply");
  EXPECT_EQ(base::closest_match("no-such-command", commands), "");
  EXPECT_EQ(base::closest_match("x", commands), "");
}

}  // namespace
