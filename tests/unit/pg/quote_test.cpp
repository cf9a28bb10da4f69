#include "pg/quote.hpp"

#include <gtest/gtest.h>

namespace {

TEST(QuoteTest, LeavesPlainNamesBare) {
  EXPECT_EQ(pg::quote_ident("users"), "users");
  EXPECT_EQ(pg::quote_ident("_t1$"), "\"_t1$\"");
  EXPECT_EQ(pg::quote_ident("user_roles2"), "user_roles2");
}

TEST(QuoteTest, QuotesKeywordsCapitalsSpacesAndQuotes) {
  EXPECT_EQ(pg::quote_ident("user"), "\"user\"");
  EXPECT_EQ(pg::quote_ident("select"), "\"select\"");
  EXPECT_EQ(pg::quote_ident("Users"), "\"Users\"");
  EXPECT_EQ(pg::quote_ident("my table"), "\"my table\"");
  EXPECT_EQ(pg::quote_ident("a\"b"), "\"a\"\"b\"");
  EXPECT_EQ(pg::quote_ident("1abc"), "\"1abc\"");
  EXPECT_EQ(pg::quote_ident(""), "\"\"");
  EXPECT_EQ(pg::quote_ident("ünïcode"), "\"ünïcode\"");
  EXPECT_EQ(pg::quote_ident("x\"; drop table t; --"), "\"x\"\"; drop table t; --\"");
}

TEST(QuoteTest, UnreservedKeywordsStayBare) {
  EXPECT_FALSE(pg::is_quoting_keyword("action"));
  EXPECT_EQ(pg::quote_ident("name"), "name");
  EXPECT_TRUE(pg::is_quoting_keyword("table"));
  EXPECT_TRUE(pg::is_quoting_keyword("varchar"));
}

TEST(QuoteTest, QuotesLiterals) {
  EXPECT_EQ(pg::quote_literal("plain"), "'plain'");
  EXPECT_EQ(pg::quote_literal("it's"), "'it''s'");
  EXPECT_EQ(pg::quote_literal("a\\b"), "E'a\\\\b'");
  EXPECT_EQ(pg::quote_literal("'; drop table t; --"), "'''; drop table t; --'");
}

TEST(QuoteTest, QualifiesNames) {
  EXPECT_EQ(pg::quote_qualified("public", "Order Items"), "public.\"Order Items\"");
}

}  // namespace
