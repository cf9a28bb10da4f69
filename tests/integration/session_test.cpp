#include "pg/session.hpp"

#include <gtest/gtest.h>

#include "support/test_cluster.hpp"

namespace {

using test_support::cluster;

TEST(SessionTest, RunsQueriesWithParameters) {
  test_support::TestDatabase db;
  auto session = pg::Session::open(db.conninfo());
  ASSERT_TRUE(session) << session.error().message();
  auto rows = session->query("select $1::text || '!', $2::int is null, array['a b', null, 'c\"']",
                             {std::string("hi"), std::nullopt});
  ASSERT_TRUE(rows) << rows.error().message();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->text(0, 0), "hi!");
  EXPECT_TRUE(rows->boolean(0, 1));
  EXPECT_EQ(rows->text_array(0, 2), (std::vector<std::string>{"a b", "", "c\""}));
  EXPECT_GE(session->server_version(), 150000);
}

TEST(SessionTest, SqlErrorsCarrySqlstateAndStatement) {
  test_support::TestDatabase db;
  auto session = pg::Session::open(db.conninfo());
  ASSERT_TRUE(session);
  auto rows = session->query("select * from no_such_table");
  ASSERT_FALSE(rows);
  EXPECT_NE(rows.error().message().find("relation \"no_such_table\" does not exist"),
            std::string::npos);
  EXPECT_NE(rows.error().message().find("SQLSTATE 42P01"), std::string::npos);
  EXPECT_NE(rows.error().message().find("select * from no_such_table"), std::string::npos);
  // The session is still usable after an error.
  EXPECT_TRUE(session->query("select 1"));
}

TEST(SessionTest, WrongPasswordIsOneLineWithoutThePassword) {
  test_support::exec_admin(
      "do $$ begin if not exists (select from pg_roles where rolname = 'session_test_login') then "
      "create role session_test_login login password 'right-password'; end if; end $$");
  const auto url = cluster().tcp_url("session_test_login", "Wr0ng-S3cret", "postgres");
  auto session = pg::Session::open(url);
  ASSERT_FALSE(session);
  const auto& message = session.error().message();
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  EXPECT_EQ(message.find("Wr0ng-S3cret"), std::string::npos) << message;
  EXPECT_NE(message.find("password authentication failed"), std::string::npos) << message;
  EXPECT_NE(message.find("127.0.0.1"), std::string::npos) << message;
  EXPECT_NE(message.find("\"postgres\""), std::string::npos) << message;

  auto right =
      pg::Session::open(cluster().tcp_url("session_test_login", "right-password", "postgres"));
  EXPECT_TRUE(right) << right.error().message();
}

TEST(SessionTest, RefusedConnectionNamesHostAndDatabase) {
  // Port 1 on loopback: nothing listens there.
  auto session = pg::Session::open("postgresql://someone:pw-123@127.0.0.1:1/acme_db");
  ASSERT_FALSE(session);
  const auto& message = session.error().message();
  EXPECT_NE(message.find("acme_db"), std::string::npos) << message;
  EXPECT_NE(message.find("127.0.0.1:1"), std::string::npos) << message;
  EXPECT_EQ(message.find("pw-123"), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
}

}  // namespace
