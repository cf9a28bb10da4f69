#pragma once

// A central registry and a provisioning server in the test cluster, for the
// tenant, admin and secrets commands (provision_test.cpp, secrets_test.cpp).

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "support/run_command.hpp"
#include "support/test_cluster.hpp"

namespace test_support {

// Two valid DB_ENCRYPTION_KEY values (32 characters each).
inline const std::string k_provision_key = "provision-key-0123456789abcdefgh";
inline const std::string k_provision_other_key = "other-provision-key-0123456789ab";

// Fails the test if any of `secrets` shows in the command's output.
void expect_no_secret(const CommandResult& result, const std::vector<std::string>& secrets);

class Platform {
 public:
  // A central database with examples/central/registry.sql, a tenantctl.toml
  // whose [provisioning] name_prefix is unique to this object (so the roles
  // and databases it makes are found and dropped afterwards), the
  // repository's schema/ and migrations/.
  Platform();
  ~Platform();
  Platform(const Platform&) = delete;
  Platform& operator=(const Platform&) = delete;

  // Runs tenantctl with --config added where `config_at` says (after the
  // subcommand words), and the environment: central and server URLs, the
  // key, a scratch URL, then `env` (which overrides).
  [[nodiscard]] CommandResult run(std::vector<std::string> args,
                                  const std::vector<std::pair<std::string, std::string>>& env = {},
                                  std::size_t config_at = 2) const;

  [[nodiscard]] TestDatabase& central() { return *m_central; }
  [[nodiscard]] const std::string& prefix() const { return m_prefix; }
  [[nodiscard]] const std::filesystem::path& config_path() const { return m_config; }
  // The role and database name of `slug` (prefix + slug with '_' for '-').
  [[nodiscard]] std::string object_name(const std::string& slug) const;
  // Roles and databases on the server whose names start with the prefix.
  [[nodiscard]] int server_objects() const;
  // The registry row's column `column` for `slug`; nullopt without a row.
  [[nodiscard]] std::optional<std::string> registry(const std::string& slug,
                                                    const std::string& column);
  // The stored password of `slug`, decrypted with `key`.
  [[nodiscard]] std::string password_of(const std::string& slug,
                                        const std::string& key = k_provision_key);

  // A registry row written directly (no tenant create): ACTIVE, its
  // password stored encrypted under k_provision_key.
  struct RegistryRow {
    std::string id;
    std::string slug;
    std::string host;  // a socket directory or an address
    std::string port;
    std::string dbname;
    std::string user;
    std::string password;  // plain
  };
  void add_registry_row(const RegistryRow& row);

 private:
  std::unique_ptr<TestDatabase> m_central;
  std::string m_prefix;
  std::filesystem::path m_dir;
  std::filesystem::path m_config;
};

// Returns true when `user` logs in to `dbname` over 127.0.0.1 with `password`.
[[nodiscard]] bool can_log_in(const std::string& user, const std::string& password,
                              const std::string& dbname);

// Runs `node -e script` with the test's node_modules (bcryptjs, pg) on
// NODE_PATH and `env` added.
[[nodiscard]] CommandResult run_node(const std::string& script,
                                     const std::vector<std::pair<std::string, std::string>>& env);

}  // namespace test_support
