#include "pg/session.hpp"

#include <gtest/gtest.h>

#include "crypto/hmac_fetch.hpp"
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

// A statement that must run outside a transaction and fails on a privilege
// still names its SQLSTATE.
TEST(SessionTest, ErrorsOfConcurrentIndexBuildsCarrySqlstate) {
  test_support::TestDatabase db;
  test_support::exec_admin(
      "do $$ begin if not exists (select from pg_roles where rolname = 'session_test_other') then "
      "create role session_test_other; end if; end $$");
  db.exec("create table owned (id integer); grant usage on schema public to session_test_other");
  auto session = pg::Session::open(db.conninfo());
  ASSERT_TRUE(session);
  ASSERT_TRUE(session->execute("set role session_test_other"));
  ASSERT_TRUE(session->execute("set lock_timeout = '1s'"));
  const auto done = session->execute("create index concurrently owned_id_idx on owned (id)");
  ASSERT_FALSE(done);
  EXPECT_NE(done.error().message().find("must be owner of table owned"), std::string::npos)
      << done.error().message();
  EXPECT_NE(done.error().message().find("(SQLSTATE 42501)"), std::string::npos)
      << done.error().message();
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

// libpq's SCRAM-SHA-256 login runs its 4,096 HMAC rounds through the binary's
// HMAC_Init_ex (crypto/hmac_fetch.hpp), and logs in.
TEST(SessionTest, ScramLoginGoesThroughTheFetchedSha256) {
  test_support::exec_admin(
      "do $$ begin if not exists (select from pg_roles where rolname = 'session_test_scram') then "
      "create role session_test_scram login password 'scram-password'; end if; end $$");
  test_support::TestDatabase db;
  ASSERT_EQ(db.scalar("select left(rolpassword, 14) from pg_authid"
                      " where rolname = 'session_test_scram'"),
            "SCRAM-SHA-256$");
  const auto before = crypto::fetched_sha256_hmacs_on_this_thread();
  auto session =
      pg::Session::open(cluster().tcp_url("session_test_scram", "scram-password", "postgres"));
  ASSERT_TRUE(session) << session.error().message();
  EXPECT_GE(crypto::fetched_sha256_hmacs_on_this_thread() - before, 4096u);
  auto rows = session->query("select current_user");
  ASSERT_TRUE(rows) << rows.error().message();
  EXPECT_EQ(rows->text(0, 0), "session_test_scram");
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
