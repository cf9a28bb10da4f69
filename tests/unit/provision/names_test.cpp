#include "provision/names.hpp"

#include <gtest/gtest.h>

#include <set>

#include "crypto/scram.hpp"
#include "manifest/config.hpp"

namespace {

TEST(NamesTest, AcceptsPlatformSlugs) {
  for (const char* slug : {"acme-corp", "abc", "a1-b2-c3", "123"}) {
    EXPECT_TRUE(provision::validate_slug(slug)) << slug;
  }
  EXPECT_TRUE(provision::validate_slug(std::string(63, 'a')));
}

TEST(NamesTest, RefusesBadSlugsSayingWhy) {
  const auto error = [](std::string_view slug) {
    auto result = provision::validate_slug(slug);
    EXPECT_FALSE(result) << slug;
    return result ? std::string() : result.error().message();
  };
  EXPECT_NE(error("ab").find("not 3 to 63"), std::string::npos);
  EXPECT_NE(error(std::string(64, 'a')).find("not 3 to 63"), std::string::npos);
  EXPECT_NE(error("Acme").find("only lowercase"), std::string::npos);
  EXPECT_NE(error("acme_corp").find("only lowercase"), std::string::npos);
  EXPECT_NE(error("acme corp").find("only lowercase"), std::string::npos);
  EXPECT_NE(error("-acme").find("start or end with a hyphen"), std::string::npos);
  EXPECT_NE(error("x\n").find("\\x0a"), std::string::npos);  // shown escaped
  EXPECT_EQ(provision::validate_slug("A").error().kind(), base::ErrorKind::usage);
}

TEST(NamesTest, ObjectNamesAreUniqueAndFitPostgres) {
  EXPECT_EQ(provision::tenant_object_name("tenant_", "acme-corp"), "tenant_acme_corp");
  const std::string long_a(63, 'a');
  std::string long_b = long_a;
  long_b.back() = 'b';
  const auto a = provision::tenant_object_name("tenant_", long_a);
  const auto b = provision::tenant_object_name("tenant_", long_b);
  EXPECT_EQ(a.size(), 63u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a, provision::tenant_object_name("tenant_", long_a));  // stable across runs
  EXPECT_FALSE(provision::validate_name_prefix(""));
  EXPECT_FALSE(provision::validate_name_prefix("Tenant_"));
  EXPECT_TRUE(provision::validate_name_prefix("t_"));
}

TEST(NamesTest, CuidsLookLikeThePlatformsAndDiffer) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    auto id = provision::new_cuid();
    ASSERT_TRUE(id);
    EXPECT_EQ(id->size(), 25u);
    EXPECT_EQ(id->front(), 'c');
    EXPECT_EQ(id->find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyz"), std::string::npos);
    seen.insert(*id);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(NamesTest, QuotesConfiguredTableNames) {
  EXPECT_EQ(provision::quote_table("tenants"), "tenants");
  EXPECT_EQ(provision::quote_table("platform.Tenants"), "platform.\"Tenants\"");
}

TEST(ScramTest, VerifierHasPostgresShape) {
  auto verifier = crypto::scram_sha256_verifier("Secret123");
  ASSERT_TRUE(verifier);
  EXPECT_EQ(verifier->rfind("SCRAM-SHA-256$4096:", 0), 0u);
  EXPECT_EQ(verifier->find("Secret123"), std::string::npos);
  EXPECT_NE(*verifier, *crypto::scram_sha256_verifier("Secret123"));  // fresh salt
  EXPECT_FALSE(crypto::scram_sha256_verifier("caf\xc3\xa9"));
}

TEST(ProvisioningConfigTest, ReadsProvisioningRegistryTableAndAdmins) {
  const auto config = manifest::parse_config(
      "[provisioning]\nserver_url = \"host=db\"\ndb_host = \"db.internal\"\ndb_port = 6432\n"
      "name_prefix = \"t_\"\n"
      "[registry]\ntable = \"platform.tenants\"\n"
      "[registry.columns]\nhost = \"db_host\"\nstatus_reason = \"\"\n"
      "[admins]\ntable = \"operators\"\nbcrypt_cost = 13\n"
      "[admins.columns]\nfirst_name = \"first_name\"\nupdated_at = \"\"\n",
      "tenantctl.toml");
  ASSERT_TRUE(config) << config.error().message();
  EXPECT_EQ(config->provisioning.server_url, "host=db");
  EXPECT_EQ(config->provisioning.db_host, "db.internal");
  EXPECT_EQ(config->provisioning.db_port, 6432);
  EXPECT_EQ(config->provisioning.name_prefix, "t_");
  EXPECT_EQ(config->registry_table.table, "platform.tenants");
  EXPECT_EQ(config->registry_table.host, "db_host");
  EXPECT_EQ(config->registry_table.port, "dbPort");
  EXPECT_EQ(config->registry_table.status_reason, "");
  EXPECT_EQ(config->admins.table, "operators");
  EXPECT_EQ(config->admins.bcrypt_cost, 13);
  EXPECT_EQ(config->admins.first_name, "first_name");
  EXPECT_EQ(config->admins.updated_at, "");
}

TEST(ProvisioningConfigTest, ReportsEveryBadKeyAtOnce) {
  const auto config = manifest::parse_config(
      "[provisioning]\ndb_port = 0\nserver_ur = \"x\"\n[admins]\nbcrypt_cost = 4\n"
      "[registry.columns]\nhost = \"\"\n",
      "tenantctl.toml");
  ASSERT_FALSE(config);
  const auto& message = config.error().message();
  EXPECT_NE(message.find("tenantctl.toml:2:11"), std::string::npos) << message;
  EXPECT_NE(message.find("db_port must be from 1 to 65535"), std::string::npos) << message;
  EXPECT_NE(message.find("did you mean 'server_url'"), std::string::npos) << message;
  EXPECT_NE(message.find("bcrypt_cost must be from 10 to 31"), std::string::npos) << message;
  EXPECT_NE(message.find("host must not be empty"), std::string::npos) << message;
}

}  // namespace
