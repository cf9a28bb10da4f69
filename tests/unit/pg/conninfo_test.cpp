#include "pg/conninfo.hpp"

#include <gtest/gtest.h>

namespace {

TEST(ConnInfoTest, ParsesUrlWithSocketDirectoryInQuery) {
  const auto info = pg::parse_conninfo("postgresql://alice@/tenant_db?host=/tmp/sock&port=5499");
  ASSERT_TRUE(info) << info.error().message();
  EXPECT_EQ(info->host, "/tmp/sock");
  EXPECT_EQ(info->port, "5499");
  EXPECT_EQ(info->dbname, "tenant_db");
  EXPECT_EQ(info->user, "alice");
  EXPECT_FALSE(info->has_password);
}

TEST(ConnInfoTest, ParsesKeyValueString) {
  const auto info =
      pg::parse_conninfo("host=db.internal port=6432 dbname=acme user=app password=s3cret");
  ASSERT_TRUE(info);
  EXPECT_EQ(info->host, "db.internal");
  EXPECT_EQ(info->dbname, "acme");
  EXPECT_TRUE(info->has_password);
}

TEST(ConnInfoTest, APortOutOfRangeIsRefusedBeforeConnecting) {
  for (const auto* text : {"host=/tmp port=99999", "postgresql://h:0/db", "host=a,b port=5432,x"}) {
    const auto info = pg::parse_conninfo(text);
    ASSERT_FALSE(info) << text;
    EXPECT_NE(info.error().message().find("1 to 65535"), std::string::npos);
  }
  EXPECT_TRUE(pg::parse_conninfo("host=a,b port=5432,5433"));
}

// Found by tests/fuzz/fuzz_conninfo: several short passwords, scrubbed one
// after another, matched the "***" left by the ones before, and the text
// tripled with each one (a hang).
TEST(ConnInfoTest, SeveralShortPasswordsAreScrubbedInOnePass) {
  std::string conninfo = "host=/tmp";
  for (const auto* password : {"*", "**", "d", "s", "*", "**", "d", "s", "*", "**", "d", "s"}) {
    conninfo += std::string(" password=") + password;
  }
  const auto scrubbed = pg::scrub_password("ds*dd**s", conninfo);
  // d, s, *, d, d, **, s: seven places, each "***" once ("**" as one).
  EXPECT_EQ(scrubbed, std::string(21, '*'));
  EXPECT_EQ(pg::scrub_password("a secret b", "host=/tmp password=secret"), "a *** b");
}

TEST(ConnInfoTest, RedactionNeverShowsThePassword) {
  EXPECT_EQ(pg::redact_conninfo("postgresql://app:s3cret@db.internal:6432/acme"),
            "postgresql://app@db.internal:6432/acme");
  EXPECT_EQ(pg::redact_conninfo("host=db port=1 dbname=x user=u password=s3cret"),
            "postgresql://u@db:1/x");
  EXPECT_EQ(pg::redact_conninfo("postgresql://a:b@h/d?password=s3cret"), "postgresql://a@h/d");
}

// The shown form is a libpq URL to the same place: user@host:port/db where a
// reader looks for them, IPv6 in brackets, a socket directory or several
// hosts in the query, names percent-encoded where a URL needs it.
TEST(ConnInfoTest, RedactedFormsAreReadableUrlsToTheSamePlace) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"host=::1 port=5433 dbname=acme user=app password=s3cret",
       "postgresql://app@[::1]:5433/acme"},
      {"postgresql://app:s3cret@[fe80::1]:6432/acme", "postgresql://app@[fe80::1]:6432/acme"},
      {"host=/run/postgresql port=5433 dbname=acme user=app",
       "postgresql://app@/acme?host=/run/postgresql&port=5433"},
      {"postgresql://app@%2Ftmp%2Fsock/acme", "postgresql://app@/acme?host=/tmp/sock"},
      {"host=a.example,b.example port=5432,5433 dbname=acme",
       "postgresql:///acme?host=a.example,b.example&port=5432,5433"},
      {"host=db dbname='my tenant' user=o\\'brien", "postgresql://o%27brien@db/my%20tenant"},
      {"hostaddr=10.1.2.3 dbname=acme", "postgresql://10.1.2.3/acme"},
      {"dbname=acme", "postgresql:///acme"},
      {"port=5433", "postgresql:///?port=5433"},
  };
  for (const auto& [given, shown] : cases) {
    EXPECT_EQ(pg::redact_conninfo(given), shown) << given;
    const auto before = pg::parse_conninfo(given);
    if (!before) {
      continue;
    }
    const auto after = pg::parse_conninfo(shown);
    ASSERT_TRUE(after) << shown << ": " << after.error().message();
    EXPECT_EQ(after->host, before->host) << shown;
    EXPECT_EQ(after->port, before->port) << shown;
    EXPECT_EQ(after->dbname, before->dbname) << shown;
    EXPECT_EQ(after->user, before->user) << shown;
    EXPECT_FALSE(after->has_password) << shown;
  }
}

TEST(ConnInfoTest, InvalidStringIsAConfigErrorWithoutThePassword) {
  const auto info = pg::parse_conninfo("postgresql://app:s3cret@db/acme?bogus_option=s3cret");
  ASSERT_FALSE(info);
  EXPECT_EQ(info.error().kind(), base::ErrorKind::config);
  EXPECT_NE(info.error().message().find("invalid connection string"), std::string::npos);
  EXPECT_EQ(info.error().message().find("s3cret"), std::string::npos) << info.error().message();
  EXPECT_EQ(pg::redact_conninfo("postgresql://app:s3cret@db/acme?bogus_option=1"),
            "(invalid connection string)");
}

TEST(ConnInfoTest, ScrubsPasswordsFromMessages) {
  EXPECT_EQ(pg::scrub_password("bad token 'pa ss'", "host=h password='pa ss'"), "bad token '***'");
  EXPECT_EQ(pg::scrub_password("near p%40ss", "postgresql://u:p%40ss@h/d"), "near ***");
}

TEST(ConnInfoTest, AddsConnectTimeoutKeepingTheForm) {
  EXPECT_EQ(pg::with_connect_timeout("postgresql://h/d", 5), "postgresql://h/d?connect_timeout=5");
  EXPECT_EQ(pg::with_connect_timeout("postgresql://h/d?port=1", 5),
            "postgresql://h/d?port=1&connect_timeout=5");
  EXPECT_EQ(pg::with_connect_timeout("host=h", 5), "host=h connect_timeout=5");
  EXPECT_EQ(pg::with_connect_timeout("host=h connect_timeout=2", 5), "host=h connect_timeout=2");
}

}  // namespace
