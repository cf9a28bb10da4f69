#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "support/run_command.hpp"

namespace test_support {

// What the real knex reported (tests/support/node/knex_tool.js).
struct KnexResult {
  int exit_code = -1;
  std::string error;                   // knex's error message, "" on success
  std::vector<std::string> completed;  // list
  std::vector<std::string> pending;    // list
  std::vector<std::string> log;        // latest, rollback: the files run
  std::string raw;                     // stdout and stderr, for failure messages
};

// Runs knex_tool.js COMMAND URL DIR with the real knex installed by
// tests/support/install-deps.sh (fails the test when it is not installed).
// `env` is added to the environment (KNEX_LOCK_TIMEOUT).
[[nodiscard]] KnexResult run_knex(const std::string& command, const std::string& url,
                                  const std::filesystem::path& dir,
                                  const std::vector<std::pair<std::string, std::string>>& env = {});

// A temporary migrations directory holding a copy of the repository's
// migrations/ (.sql and .js), removed when destroyed.
class MigrationsDir {
 public:
  explicit MigrationsDir(std::string_view tag, bool with_repository_files = true);
  ~MigrationsDir();
  MigrationsDir(const MigrationsDir&) = delete;
  MigrationsDir& operator=(const MigrationsDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
  // Runs `tenantctl make NAME --migrations DIR`, writes `up` and `down` into
  // the .sql it created (down omitted when empty) and returns the knex name
  // ("<stem>.js").
  [[nodiscard]] std::string make(const std::string& name, const std::string& up,
                                 const std::string& down) const;
  // The knex names of the repository's migrations, in order.
  [[nodiscard]] static std::vector<std::string> repository_names();

 private:
  std::filesystem::path m_path;
};

// Waits (up to 30 s) until a backend connected to `dbname`, other than the
// caller's, is running a statement containing `text`; returns its pid, or ""
// on timeout (a test failure).
[[nodiscard]] std::string wait_for_statement(const std::string& dbname, const std::string& text);

// wait_for_statement(dbname, "pg_sleep").
[[nodiscard]] std::string wait_for_sleeper(const std::string& dbname);

}  // namespace test_support
