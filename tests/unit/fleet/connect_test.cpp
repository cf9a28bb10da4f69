#include "fleet/connect.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "pg/conninfo.hpp"

namespace {

const std::string k_key_text = "connect-test-key-0123456789abcde";  // 32 characters

crypto::EncryptionKey make_key(const std::string& text = k_key_text) {
  auto key = crypto::EncryptionKey::from_text(text, "DB_ENCRYPTION_KEY");
  EXPECT_TRUE(key) << key.error().message();
  return *key;
}

fleet::TenantRecord record(const std::string& password) {
  return fleet::TenantRecord{.id = "cm0001",
                             .slug = "acme-corp",
                             .name = "Acme",
                             .status = "ACTIVE",
                             .host = "db.internal",
                             .port = 6432,
                             .dbname = "tenant acme",
                             .username = "acme_user",
                             .encrypted_password = *crypto::encrypt(make_key(), password)};
}

// Sets DB_ENCRYPTION_KEY for one test and restores it afterwards.
class EncryptionKeyVariable {
 public:
  explicit EncryptionKeyVariable(const char* value) {
    if (const char* old = std::getenv("DB_ENCRYPTION_KEY")) {
      m_saved = old;
    }
    if (value != nullptr) {
      ::setenv("DB_ENCRYPTION_KEY", value, 1);
    } else {
      ::unsetenv("DB_ENCRYPTION_KEY");
    }
  }
  ~EncryptionKeyVariable() {
    if (m_saved) {
      ::setenv("DB_ENCRYPTION_KEY", m_saved->c_str(), 1);
    } else {
      ::unsetenv("DB_ENCRYPTION_KEY");
    }
  }
  EncryptionKeyVariable(const EncryptionKeyVariable&) = delete;
  EncryptionKeyVariable& operator=(const EncryptionKeyVariable&) = delete;

 private:
  std::optional<std::string> m_saved;
};

TEST(ConnectTest, BuildsAQuotedConnectionString) {
  const auto conninfo = fleet::tenant_conninfo(record("it's a \\ pass"), make_key(), 7);
  ASSERT_TRUE(conninfo) << conninfo.error().message();
  EXPECT_EQ(conninfo->view(),
            "host='db.internal' port='6432' dbname='tenant acme' user='acme_user' "
            "password='it\\'s a \\\\ pass' connect_timeout='7'");
  // libpq reads it back as meant.
  const auto parsed = pg::parse_conninfo(conninfo->view());
  ASSERT_TRUE(parsed) << parsed.error().message();
  EXPECT_EQ(parsed->host, "db.internal");
  EXPECT_EQ(parsed->port, "6432");
  EXPECT_EQ(parsed->dbname, "tenant acme");
  EXPECT_EQ(parsed->user, "acme_user");
  EXPECT_TRUE(parsed->has_password);
  EXPECT_TRUE(parsed->has_connect_timeout);
}

TEST(ConnectTest, AValueThatDoesNotDecryptFailsNamingTheTenantOnly) {
  auto tenant = record("secret-pass");
  const auto other_key_text = std::string("other-key-0123456789abcdefghijkl");
  const auto wrong = fleet::tenant_conninfo(tenant, make_key(other_key_text), 10);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().kind(), base::ErrorKind::failure);
  const std::string text = wrong.error().message() + wrong.error().hint();
  EXPECT_EQ(text.rfind("tenant acme-corp: ", 0), 0u) << text;
  EXPECT_EQ(text.find("secret-pass"), std::string::npos);
  EXPECT_EQ(text.find(other_key_text), std::string::npos);
  EXPECT_EQ(text.find(tenant.encrypted_password.substr(0, 20)), std::string::npos);

  tenant.encrypted_password = "not-hex:zz";
  const auto malformed = fleet::tenant_conninfo(tenant, make_key(), 10);
  ASSERT_FALSE(malformed);
  EXPECT_EQ(malformed.error().message().rfind("tenant acme-corp: ", 0), 0u);
  EXPECT_EQ(malformed.error().message().find("not-hex"), std::string::npos);
}

TEST(ConnectTest, IncompleteRowsFailThatTenant) {
  const auto expect_failure = [](fleet::TenantRecord tenant, const std::string& what) {
    const auto conninfo = fleet::tenant_conninfo(tenant, make_key(), 10);
    ASSERT_FALSE(conninfo) << what;
    EXPECT_EQ(conninfo.error().kind(), base::ErrorKind::failure);
    EXPECT_NE(conninfo.error().message().find("tenant acme-corp: "), std::string::npos);
    EXPECT_NE(conninfo.error().message().find(what), std::string::npos)
        << conninfo.error().message();
  };
  auto tenant = record("x");
  tenant.host = "";
  expect_failure(tenant, "host");
  tenant = record("x");
  tenant.dbname = "";
  expect_failure(tenant, "database name");
  tenant = record("x");
  tenant.username = "";
  expect_failure(tenant, "user");
  tenant = record("x");
  tenant.port = 0;
  expect_failure(tenant, "port");
  tenant = record("x");
  tenant.encrypted_password = "";
  expect_failure(tenant, "password");
}

TEST(ConnectTest, KeyFromEnvironment) {
  {
    const EncryptionKeyVariable unset(nullptr);
    const auto key = fleet::key_from_environment();
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().kind(), base::ErrorKind::config);
    EXPECT_NE(key.error().message().find("DB_ENCRYPTION_KEY is not set"), std::string::npos);
  }
  {
    const EncryptionKeyVariable malformed("Short-Key-Value-1");
    const auto key = fleet::key_from_environment();
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().kind(), base::ErrorKind::config);
    EXPECT_EQ((key.error().message() + key.error().hint()).find("Short-Key-Value-1"),
              std::string::npos);
  }
  {
    const EncryptionKeyVariable good(k_key_text.c_str());
    const auto key = fleet::key_from_environment();
    ASSERT_TRUE(key) << key.error().message();
    const auto conninfo = fleet::tenant_conninfo(record("pw"), *key, 10);
    EXPECT_TRUE(conninfo) << conninfo.error().message();
  }
}

}  // namespace

namespace {

// A wrong key gives valid padding about once in 256 values, and bytes that
// are no password: the whole-fleet key check does not take that as opened
// (before, one such tenant in a fleet hid a wrong key, and each tenant
// failed on its own instead of the key being said once).
TEST(ConnectTest, AWrongKeyWithLuckyPaddingDoesNotOpen) {
  const auto right = make_key();
  const auto wrong = make_key("another-key-for-the-test-0123456");
  std::string lucky;
  for (int i = 0; i < 20000 && lucky.empty(); ++i) {
    const auto stored = crypto::encrypt(right, "Password-" + std::to_string(i));
    ASSERT_TRUE(stored);
    if (crypto::decrypt(wrong, *stored)) {
      lucky = *stored;
    }
  }
  ASSERT_FALSE(lucky.empty()) << "no value decrypted under the wrong key in 20,000 tries";
  auto tenant = record("unused");
  tenant.encrypted_password = lucky;
  const std::vector<fleet::Target> targets{
      fleet::Target{.label = tenant.slug, .tenant = tenant, .url = ""}};
  const auto checked = fleet::check_key_opens(targets, wrong);
  ASSERT_FALSE(checked);
  EXPECT_NE(checked.error().message().find("decrypts none of the 1 selected tenant's"),
            std::string::npos)
      << checked.error().message();
  EXPECT_TRUE(fleet::check_key_opens(targets, right));
}

}  // namespace
