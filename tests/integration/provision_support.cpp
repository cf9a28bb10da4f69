#include "integration/provision_support.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "crypto/secrets.hpp"
#include "pg/session.hpp"

namespace fs = std::filesystem;

namespace test_support {

void expect_no_secret(const CommandResult& result, const std::vector<std::string>& secrets) {
  for (const auto& secret : secrets) {
    ASSERT_FALSE(secret.empty());
    EXPECT_EQ(result.out.find(secret), std::string::npos) << "secret in stdout: " << result.out;
    EXPECT_EQ(result.err.find(secret), std::string::npos) << "secret in stderr: " << result.err;
  }
}
namespace {

int g_serial = 0;

std::vector<std::string> names(const std::string& sql) {
  auto session = pg::Session::open(cluster().conninfo("postgres"));
  EXPECT_TRUE(session) << session.error().message();
  auto rows = session->query(sql);
  EXPECT_TRUE(rows) << rows.error().message();
  std::vector<std::string> out;
  for (std::size_t i = 0; rows && i < rows->size(); ++i) {
    out.emplace_back(rows->text(i, 0));
  }
  return out;
}

}  // namespace

Platform::Platform()
    : m_central(std::make_unique<TestDatabase>("central")),
      m_prefix(fmt::format("p{}_{}_", ::getpid(), g_serial++)) {
  std::ifstream sql(fs::path(TENANTCTL_SOURCE_DIR) / "examples/central/registry.sql");
  std::stringstream text;
  text << sql.rdbuf();
  m_central->exec(text.str());
  m_dir = fs::temp_directory_path() / ("tenantctl-" + m_central->name());
  fs::create_directories(m_dir);
  m_config = m_dir / "tenantctl.toml";
  const fs::path source(TENANTCTL_SOURCE_DIR);
  std::ofstream(m_config) << fmt::format(
      "[paths]\nschema = \"{}\"\nmigrations = \"{}\"\n\n"
      "[provisioning]\ndb_host = \"127.0.0.1\"\ndb_port = {}\nname_prefix = \"{}\"\n",
      (source / "schema").string(), (source / "migrations").string(), cluster().port, m_prefix);
}

Platform::~Platform() {
  for (const auto& database :
       names(fmt::format("select datname from pg_database where datname like '{}%'", m_prefix))) {
    exec_admin(fmt::format("drop database if exists \"{}\" with (force)", database));
  }
  for (const auto& role :
       names(fmt::format("select rolname from pg_roles where rolname like '{}%'", m_prefix))) {
    exec_admin(fmt::format("drop role if exists \"{}\"", role));
  }
  m_central.reset();
  fs::remove_all(m_dir);
}

CommandResult Platform::run(std::vector<std::string> args,
                            const std::vector<std::pair<std::string, std::string>>& env,
                            std::size_t config_at) const {
  const auto at = static_cast<std::ptrdiff_t>(std::min(config_at, args.size()));
  args.insert(args.begin() + at, {"--config", m_config.string()});
  std::vector<std::pair<std::string, std::string>> full{
      {"TENANTCTL_CENTRAL_URL", m_central->url()},
      {"TENANTCTL_SERVER_URL", cluster().conninfo("postgres")},
      {"TENANTCTL_SCRATCH_URL", cluster().conninfo("postgres")},
      {"DB_ENCRYPTION_KEY", k_provision_key}};
  for (const auto& [name, value] : env) {
    auto same = std::find_if(full.begin(), full.end(),
                             [&name = name](const auto& entry) { return entry.first == name; });
    if (same != full.end()) {
      same->second = value;
    } else {
      full.emplace_back(name, value);
    }
  }
  return run_tenantctl(args, full);
}

std::string Platform::object_name(const std::string& slug) const {
  std::string name = m_prefix;
  for (const char c : slug) {
    name += c == '-' ? '_' : c;
  }
  return name;
}

int Platform::server_objects() const {
  const auto count = names(
      fmt::format("select count(*) from (select datname from pg_database where datname like '{0}%' "
                  "union all select rolname from pg_roles where rolname like '{0}%') x",
                  m_prefix));
  return count.empty() ? -1 : std::stoi(count.front());
}

std::optional<std::string> Platform::registry(const std::string& slug, const std::string& column) {
  return m_central->scalar(
      fmt::format("select \"{}\"::text from tenants where slug = '{}'", column, slug));
}

std::string Platform::password_of(const std::string& slug, const std::string& key) {
  const auto stored = registry(slug, "dbPassword");
  EXPECT_TRUE(stored);
  const auto parsed = crypto::EncryptionKey::from_text(key, "key");
  EXPECT_TRUE(parsed);
  auto plain = crypto::decrypt(*parsed, stored.value_or(""));
  EXPECT_TRUE(plain) << slug;
  return plain ? std::string(plain->view()) : std::string();
}

void Platform::add_registry_row(const RegistryRow& row) {
  const auto key = crypto::EncryptionKey::from_text(k_provision_key, "key");
  ASSERT_TRUE(key);
  const auto stored = crypto::encrypt(*key, row.password);
  ASSERT_TRUE(stored);
  m_central->exec(fmt::format(
      "insert into tenants (id, name, slug, status, \"dbHost\", \"dbPort\", \"dbName\", "
      "\"dbUsername\", \"dbPassword\") values ('{0}', 'Tenant {1}', '{1}', 'ACTIVE', '{2}', {3}, "
      "'{4}', '{5}', '{6}')",
      row.id, row.slug, row.host, row.port, row.dbname, row.user, *stored));
}

bool can_log_in(const std::string& user, const std::string& password, const std::string& dbname) {
  auto session = pg::Session::open(cluster().tcp_url(user, password, dbname));
  return session && session->query("select 1");
}

CommandResult run_node(const std::string& script,
                       const std::vector<std::pair<std::string, std::string>>& env) {
  std::vector<std::pair<std::string, std::string>> full{
      {"NODE_PATH", (fs::path(TENANTCTL_SOURCE_DIR) / "tests/support/node/node_modules").string()}};
  full.insert(full.end(), env.begin(), env.end());
  return run_program({"node", "-e", script}, full);
}

}  // namespace test_support
