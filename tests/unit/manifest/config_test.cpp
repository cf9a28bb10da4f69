#include "manifest/config.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

// A fresh directory made the working directory for one test, and an unset
// TENANTCTL_CENTRAL_URL; both restored afterwards.
class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_previous = fs::current_path();
    m_dir = fs::temp_directory_path() /
            ("tenantctl_config_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    fs::current_path(m_dir);
    if (const char* url = std::getenv("TENANTCTL_CENTRAL_URL")) {
      m_saved_url = url;
    }
    ::unsetenv("TENANTCTL_CENTRAL_URL");
  }
  void TearDown() override {
    fs::current_path(m_previous);
    fs::remove_all(m_dir);
    if (m_saved_url) {
      ::setenv("TENANTCTL_CENTRAL_URL", m_saved_url->c_str(), 1);
    } else {
      ::unsetenv("TENANTCTL_CENTRAL_URL");
    }
  }
  static void write(const fs::path& path, const std::string& text) {
    fs::create_directories(fs::absolute(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  [[nodiscard]] const fs::path& dir() const { return m_dir; }

 private:
  fs::path m_previous;
  fs::path m_dir;
  std::optional<std::string> m_saved_url;
};

TEST_F(ConfigTest, NoFileMeansDefaults) {
  const auto config = manifest::load_config(std::nullopt);
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->central_url, "");
  EXPECT_EQ(config->registry_query, manifest::k_default_registry_query);
  EXPECT_EQ(config->registry_query_source, "the default registry query");
  EXPECT_EQ(config->schema, "schema");
  EXPECT_EQ(config->migrations, "migrations");
  EXPECT_EQ(config->concurrency, 8);
  EXPECT_EQ(config->lock_timeout, "5s");
  EXPECT_EQ(config->statement_timeout, "30min");
  EXPECT_EQ(config->connect_timeout, 10);
  EXPECT_EQ(config->source, "");
}

TEST_F(ConfigTest, DefaultQueryFitsThePrismaRegistry) {
  const std::string query(manifest::k_default_registry_query);
  for (const char* part :
       {"from tenants", "status::text as status", "\"dbHost\" as host", "\"dbPort\" as port",
        "\"dbName\" as dbname", "\"dbUsername\" as username", "\"dbPassword\" as password"}) {
    EXPECT_NE(query.find(part), std::string::npos) << part;
  }
}

TEST_F(ConfigTest, ReadsEveryKeyFromTheWorkingDirectory) {
  write("tenantctl.toml", R"(
[central]
url = "postgresql://admin@central.internal:5432/platform"

[registry]
query = "select id, slug, name, state as status, host, port, db as dbname, login as username, secret as password from registry.tenants"

[paths]
schema = "db/schema"
migrations = "db/migrations/tenant"

[defaults]
concurrency = 16
lock_timeout = "2s"
statement_timeout = "1h"
connect_timeout = 3
)");
  const auto config = manifest::load_config(std::nullopt);
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->central_url, "postgresql://admin@central.internal:5432/platform");
  EXPECT_EQ(config->registry_query.rfind("select id, slug", 0), 0u);
  EXPECT_EQ(config->registry_query_source, "tenantctl.toml:6:9 ([registry] query)");
  EXPECT_EQ(config->schema, "db/schema");
  EXPECT_EQ(config->migrations, "db/migrations/tenant");
  EXPECT_EQ(config->concurrency, 16);
  EXPECT_EQ(config->lock_timeout, "2s");
  EXPECT_EQ(config->statement_timeout, "1h");
  EXPECT_EQ(config->connect_timeout, 3);
  EXPECT_EQ(config->source, "tenantctl.toml");
}

TEST_F(ConfigTest, AnExplicitFileResolvesPathsAgainstItsDirectory) {
  write("conf/prod.toml", "[paths]\nschema = \"../schema\"\nmigrations = \"/srv/migrations\"\n");
  write("tenantctl.toml", "[defaults]\nconcurrency = 99\n");  // not read
  const auto config = manifest::load_config(fs::path("conf/prod.toml"));
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->schema, "schema");
  EXPECT_EQ(config->migrations, "/srv/migrations");
  EXPECT_EQ(config->concurrency, 8);
  EXPECT_EQ(config->source, "conf/prod.toml");
}

TEST_F(ConfigTest, AMissingExplicitFileIsAConfigError) {
  const auto config = manifest::load_config(fs::path("nowhere/tenantctl.toml"));
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().kind(), base::ErrorKind::config);
  EXPECT_NE(config.error().message().find("nowhere/tenantctl.toml"), std::string::npos);
  EXPECT_NE(config.error().message().find("no such file"), std::string::npos);
}

TEST_F(ConfigTest, UnknownKeysAreReportedWithPlaceAndSuggestion) {
  write("tenantctl.toml", R"([central]
uri = "postgresql://x@y/z"

[defaults]
concurency = 4
lock_timeout = "2s"

[registy]
query = "select 1"
)");
  const auto config = manifest::load_config(std::nullopt);
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().kind(), base::ErrorKind::config);
  const auto& message = config.error().message();
  EXPECT_NE(message.find("tenantctl.toml:2:1: [central]: unknown key 'uri' (did you mean 'url'?)"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("tenantctl.toml:5:1: [defaults]: unknown key 'concurency' (did you mean "
                         "'concurrency'?)"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("tenantctl.toml:8:2: unknown key 'registy' (did you mean 'registry'?)"),
            std::string::npos)
      << message;
}

TEST_F(ConfigTest, WrongValuesAreReportedAllAtOnce) {
  const auto config = manifest::parse_config(R"([defaults]
concurrency = 0
connect_timeout = "10"
lock_timeout = "5 sec"
statement_timeout = "1.5min"
[paths]
schema = ""
)",
                                             "tenantctl.toml");
  ASSERT_FALSE(config);
  const auto& message = config.error().message();
  EXPECT_NE(message.find("tenantctl.toml:2:15: [defaults]: concurrency must be at least 1"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("tenantctl.toml:3:19: [defaults]: connect_timeout: expected an integer"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("lock_timeout: \"5 sec\" is not a PostgreSQL duration"), std::string::npos)
      << message;
  EXPECT_EQ(message.find("statement_timeout"), std::string::npos) << message;  // 1.5min is valid
  EXPECT_NE(message.find("tenantctl.toml:7:10: [paths]: schema must not be empty"),
            std::string::npos)
      << message;
}

TEST_F(ConfigTest, SyntaxErrorsHaveAPlace) {
  const auto config = manifest::parse_config("[central]\nurl = \"unterminated\n", "x.toml");
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().kind(), base::ErrorKind::config);
  EXPECT_EQ(config.error().message().rfind("x.toml:2:", 0), 0u) << config.error().message();
}

TEST_F(ConfigTest, EnvironmentOverridesTheCentralUrl) {
  write("tenantctl.toml", "[central]\nurl = \"postgresql://file@h/central\"\n");
  ::setenv("TENANTCTL_CENTRAL_URL", "postgresql://env@h/central", 1);
  auto config = manifest::load_config(std::nullopt);
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->central_url, "postgresql://env@h/central");

  // Also without a file; an empty variable overrides nothing.
  fs::remove("tenantctl.toml");
  config = manifest::load_config(std::nullopt);
  ASSERT_TRUE(config);
  EXPECT_EQ(config->central_url, "postgresql://env@h/central");
  write("tenantctl.toml", "[central]\nurl = \"postgresql://file@h/central\"\n");
  ::setenv("TENANTCTL_CENTRAL_URL", "", 1);
  config = manifest::load_config(std::nullopt);
  ASSERT_TRUE(config);
  EXPECT_EQ(config->central_url, "postgresql://file@h/central");
}

TEST_F(ConfigTest, TheShippedExampleIsValid) {
  const auto config =
      manifest::load_config(fs::path(TENANTCTL_SOURCE_DIR) / "examples" / "tenantctl.toml");
  ASSERT_TRUE(config) << config.error().message();
  // The default query, spread over lines.
  std::string query;
  for (const char c : config->registry_query) {
    if (c == '\n') {
      if (!query.empty()) {
        query += ' ';
      }
    } else if (c != ' ' || (!query.empty() && query.back() != ' ')) {
      query += c;
    }
  }
  EXPECT_EQ(query, manifest::k_default_registry_query);
  EXPECT_EQ(config->concurrency, 8);
}

}  // namespace
