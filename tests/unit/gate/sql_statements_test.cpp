#include "gate/sql_statements.hpp"

#include <gtest/gtest.h>

namespace {

std::vector<std::string> texts(std::string_view script) {
  std::vector<std::string> out;
  for (const auto& statement : gate::split_statements(script)) {
    out.push_back(statement.text);
  }
  return out;
}

TEST(SqlStatementsTest, SplitsAtSemicolonsWithLines) {
  const auto statements =
      gate::split_statements("create table a (id int);\n\ninsert into a values (1);\n");
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[0].text, "create table a (id int)");
  EXPECT_EQ(statements[0].line, 1u);
  EXPECT_EQ(statements[1].text, "insert into a values (1)");
  EXPECT_EQ(statements[1].line, 3u);
}

// Found by tests/fuzz/fuzz_sql_split: a semicolon alone was an empty
// statement.
TEST(SqlStatementsTest, EmptyStatementsAreLeftOut) {
  EXPECT_TRUE(texts(";").empty());
  EXPECT_EQ(texts("select 1;;\n;select 2;"), (std::vector<std::string>{"select 1", "select 2"}));
}

TEST(SqlStatementsTest, QuotesAndCommentsDoNotSplit) {
  EXPECT_EQ(texts("select 'a;b', \"c;d\", E'e\\';f';"),
            (std::vector<std::string>{"select 'a;b', \"c;d\", E'e\\';f'"}));
  EXPECT_EQ(texts("select 'it''s; fine';"), (std::vector<std::string>{"select 'it''s; fine'"}));
  EXPECT_EQ(texts("-- one; two\nselect 1; /* a; /* nested; */ b; */ select 2"),
            (std::vector<std::string>{"select 1", "select 2"}));
}

TEST(SqlStatementsTest, CommentOnlyStatementsAreLeftOut) {
  const auto statements =
      gate::split_statements("-- header\n\n-- note; with a semicolon\nselect 1;\n-- end\n");
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0].text, "select 1");
  EXPECT_EQ(statements[0].line, 4u);
}

TEST(SqlStatementsTest, DollarQuotedBodiesDoNotSplit) {
  const std::string function =
      "create function f() returns int language plpgsql as $body$ begin return 1; end $body$";
  EXPECT_EQ(texts(function + ";\nselect $$a;b$$;"),
            (std::vector<std::string>{function, "select $$a;b$$"}));
  // A $1 parameter is not a dollar quote.
  EXPECT_EQ(texts("prepare p as select $1; select 2;"),
            (std::vector<std::string>{"prepare p as select $1", "select 2"}));
}

TEST(SqlStatementsTest, BeginAtomicBodiesDoNotSplit) {
  const std::string function =
      "create function g(x int) returns int language sql begin atomic select case when x > 0 "
      "then 1 else 0 end; select x; end";
  EXPECT_EQ(texts(function + ";\nbegin;\nselect 1;\ncommit;"),
            (std::vector<std::string>{function, "begin", "select 1", "commit"}));
}

}  // namespace
