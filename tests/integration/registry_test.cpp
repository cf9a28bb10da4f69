// The tenant registry in a real central database of the platform's layout
// (examples/central/registry.sql), and logging in to a tenant database with a
// password decrypted from it, over 127.0.0.1 with scram-sha-256.

#include "fleet/registry.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "crypto/secrets.hpp"
#include "fleet/connect.hpp"
#include "manifest/config.hpp"
#include "pg/quote.hpp"
#include "pg/session.hpp"
#include "support/test_cluster.hpp"

namespace {

using test_support::cluster;

const std::string k_key_text = "registry-test-key-0123456789abcd";  // 32 characters
const std::string k_other_key_text = "another-key-0123456789abcdefghij";
// Quotes, a backslash and a space: conninfo escaping has to get them right.
const std::string k_password = "Pa'ss \\w\"rd-42";

crypto::EncryptionKey make_key(const std::string& text) {
  auto key = crypto::EncryptionKey::from_text(text, "DB_ENCRYPTION_KEY");
  EXPECT_TRUE(key) << key.error().message();
  return *key;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream stream(path);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

pg::Session open(const std::string& conninfo) {
  auto session = pg::Session::open(conninfo);
  if (!session) {
    ADD_FAILURE() << session.error().message();
    throw std::runtime_error("cannot connect");
  }
  return std::move(*session);
}

// A central database with the platform's registry, a login role with a scram
// password, and a tenant database it may log in to.
class RegistryTest : public ::testing::Test {
 protected:
  RegistryTest()
      : m_central("central"),
        m_tenant_db("tenant"),
        m_role(fmt::format("registry_test_{}_{}", ::getpid(), s_counter++)) {
    m_central.exec(read_file(std::filesystem::path(TENANTCTL_SOURCE_DIR) / "examples" / "central" /
                             "registry.sql"));
    test_support::exec_admin(
        fmt::format("set password_encryption = 'scram-sha-256'; "
                    "create role {} login password {}",
                    m_role, pg::quote_literal(k_password)));
  }
  ~RegistryTest() override {
    auto admin = pg::Session::open(cluster().conninfo("postgres"));
    if (admin) {
      (void)admin->execute(fmt::format("drop role if exists {}", m_role));
    }
  }

  void insert_tenant(const std::string& id, const std::string& slug, const std::string& status,
                     const std::string& stored_password, int port) {
    auto session = open(m_central.conninfo());
    auto done = session.query(
        "insert into tenants (id, name, slug, status, \"dbHost\", \"dbPort\", \"dbName\", "
        "\"dbUsername\", \"dbPassword\") values ($1, $2, $3, $4::\"TenantStatus\", "
        "'127.0.0.1', $5::int, $6, $7, $8)",
        {id, slug + " Ltd", slug, status, std::to_string(port), m_tenant_db.name(), m_role,
         stored_password});
    ASSERT_TRUE(done) << done.error().message();
  }

  // Registers tenants: "beta" (ACTIVE, encrypted under the key), "alpha"
  // (SUSPENDED), "gamma" (ACTIVE, encrypted under another key).
  void insert_fleet() {
    const int port = std::stoi(cluster().port);
    insert_tenant("cm00000000000000000000bb", "beta", "ACTIVE",
                  *crypto::encrypt(make_key(k_key_text), k_password), port);
    insert_tenant("cm00000000000000000000aa", "alpha", "SUSPENDED",
                  *crypto::encrypt(make_key(k_key_text), k_password), port);
    insert_tenant("cm00000000000000000000cc", "gamma", "ACTIVE",
                  *crypto::encrypt(make_key(k_other_key_text), k_password), port);
  }

  std::vector<fleet::TenantRecord> read(const std::string& query) {
    auto session = open(m_central.conninfo());
    auto tenants = fleet::read_registry(session, query);
    if (!tenants) {
      ADD_FAILURE() << tenants.error().message();
      return {};
    }
    return *tenants;
  }

  test_support::TestDatabase m_central;
  test_support::TestDatabase m_tenant_db;
  std::string m_role;

 private:
  static inline int s_counter = 0;
};

TEST_F(RegistryTest, ColumnsAreFoundByTheirServerNames) {
  auto session = open(m_central.conninfo());
  auto rows = session.query("select 1 as a, 2 as \"dbHost\", 3 as a");
  ASSERT_TRUE(rows) << rows.error().message();
  EXPECT_EQ(rows->column_index("a"), 0u);
  EXPECT_EQ(rows->column_index("dbHost"), 1u);
  EXPECT_EQ(rows->column_index("dbhost"), std::nullopt);
  EXPECT_EQ(rows->column_index("b"), std::nullopt);
}

TEST_F(RegistryTest, ReadsThePlatformRegistryWithTheDefaultQuery) {
  insert_fleet();
  const auto tenants = read(std::string(manifest::k_default_registry_query));
  ASSERT_EQ(tenants.size(), 3u);
  EXPECT_EQ(tenants[0].slug, "alpha");  // sorted by slug, not by insertion
  EXPECT_EQ(tenants[1].slug, "beta");
  EXPECT_EQ(tenants[2].slug, "gamma");
  const auto& beta = tenants[1];
  EXPECT_EQ(beta.id, "cm00000000000000000000bb");
  EXPECT_EQ(beta.name, "beta Ltd");
  EXPECT_EQ(beta.status, "ACTIVE");
  EXPECT_EQ(beta.host, "127.0.0.1");
  EXPECT_EQ(beta.port, std::stoi(cluster().port));
  EXPECT_EQ(beta.dbname, m_tenant_db.name());
  EXPECT_EQ(beta.username, m_role);
  EXPECT_EQ(tenants[0].status, "SUSPENDED");
  const auto plain = crypto::decrypt(make_key(k_key_text), beta.encrypted_password);
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->view(), k_password);
}

TEST_F(RegistryTest, AQueryLackingColumnsIsRefusedNamingThem) {
  insert_fleet();
  auto session = open(m_central.conninfo());
  const auto tenants = fleet::read_registry(
      session, "select id, slug, name, \"dbHost\", \"dbPort\" as port from tenants",
      "tenantctl.toml:4:9 ([registry] query)");
  ASSERT_FALSE(tenants);
  EXPECT_EQ(tenants.error().kind(), base::ErrorKind::config);
  const auto& message = tenants.error().message();
  EXPECT_NE(message.find("lacks the columns status, host, dbname, username, password"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("tenantctl.toml:4:9 ([registry] query)"), std::string::npos) << message;
  EXPECT_NE(tenants.error().hint().find("as host"), std::string::npos);
}

TEST_F(RegistryTest, AQueryThatDoesNotFitTheDatabaseIsAConfigError) {
  auto session = open(m_central.conninfo());
  const auto tenants = fleet::read_registry(session, "select * from organisations");
  ASSERT_FALSE(tenants);
  EXPECT_EQ(tenants.error().kind(), base::ErrorKind::config);
  EXPECT_NE(tenants.error().message().find("the registry query"), std::string::npos);
  EXPECT_NE(tenants.error().message().find("organisations"), std::string::npos);
}

TEST_F(RegistryTest, RowsThatDoNotIdentifyATenantAreListed) {
  insert_fleet();
  auto session = open(m_central.conninfo());
  const auto tenants = fleet::read_registry(
      session,
      "select id, case when slug = 'alpha' then 'beta' else slug end as slug, name, "
      "status::text as status, \"dbHost\" as host, \"dbPort\" as port, \"dbName\" as dbname, "
      "\"dbUsername\" as username, \"dbPassword\" as password from tenants "
      "union all select '', 'nobody', '', '', '', null, '', '', ''");
  ASSERT_FALSE(tenants);
  EXPECT_EQ(tenants.error().kind(), base::ErrorKind::config);
  const auto& message = tenants.error().message();
  EXPECT_NE(message.find("slug 'beta' is on more than one row"), std::string::npos) << message;
  EXPECT_NE(message.find("slug 'nobody') has no id"), std::string::npos) << message;
}

TEST_F(RegistryTest, ConnectsToATenantWithItsDecryptedPassword) {
  insert_fleet();
  const auto tenants = read(std::string(manifest::k_default_registry_query));
  ASSERT_EQ(tenants.size(), 3u);
  const auto conninfo = fleet::tenant_conninfo(tenants[1], make_key(k_key_text), 5);
  ASSERT_TRUE(conninfo) << conninfo.error().message();
  auto session = pg::Session::open(conninfo->view());
  ASSERT_TRUE(session) << session.error().message();
  auto rows = session->query("select current_user, current_database(), inet_server_addr()::text");
  ASSERT_TRUE(rows) << rows.error().message();
  EXPECT_EQ(rows->text(0, 0), m_role);
  EXPECT_EQ(rows->text(0, 1), m_tenant_db.name());
  EXPECT_EQ(rows->text(0, 2), "127.0.0.1/32");  // TCP, so the password was checked
  // The display name the session shows carries no password.
  EXPECT_EQ(session->display_name().find("Pa'ss"), std::string::npos);
}

TEST_F(RegistryTest, AWrongKeyFailsThatTenantOnlyAndLeaksNothing) {
  insert_fleet();
  const auto tenants = read(std::string(manifest::k_default_registry_query));
  ASSERT_EQ(tenants.size(), 3u);
  const auto key = make_key(k_key_text);
  // gamma's password was encrypted under another key.
  const auto gamma = fleet::tenant_conninfo(tenants[2], key, 5);
  ASSERT_FALSE(gamma);
  EXPECT_EQ(gamma.error().kind(), base::ErrorKind::failure);
  const std::string text = gamma.error().message() + "\n" + gamma.error().hint();
  EXPECT_EQ(text.rfind("tenant gamma: ", 0), 0u) << text;
  EXPECT_NE(text.find("cannot be decrypted"), std::string::npos) << text;
  for (const std::string& secret :
       {k_password, k_key_text, k_other_key_text, tenants[2].encrypted_password,
        tenants[2].encrypted_password.substr(0, 32)}) {
    EXPECT_EQ(text.find(secret), std::string::npos) << text;
  }
  // The others still connect with the same key.
  const auto beta = fleet::tenant_conninfo(tenants[1], key, 5);
  ASSERT_TRUE(beta) << beta.error().message();
  EXPECT_TRUE(pg::Session::open(beta->view()));
}

TEST_F(RegistryTest, AWrongPasswordFailsWithoutShowingIt) {
  const int port = std::stoi(cluster().port);
  insert_tenant("cm00000000000000000000dd", "delta", "ACTIVE",
                *crypto::encrypt(make_key(k_key_text), "Not-The-Password-77"), port);
  const auto tenants = read(std::string(manifest::k_default_registry_query));
  ASSERT_EQ(tenants.size(), 1u);
  const auto conninfo = fleet::tenant_conninfo(tenants[0], make_key(k_key_text), 5);
  ASSERT_TRUE(conninfo) << conninfo.error().message();
  const auto session = pg::Session::open(conninfo->view());
  ASSERT_FALSE(session);
  EXPECT_NE(session.error().message().find("password authentication failed"), std::string::npos)
      << session.error().message();
  EXPECT_EQ(session.error().message().find("Not-The-Password-77"), std::string::npos);
}

}  // namespace
