#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pg/session.hpp"

namespace test_support {

// The PostgreSQL cluster the whole test run shares (started by the CTest
// fixture pg_cluster_start, found through TENANTCTL_TEST_CLUSTER_ENV).
struct Cluster {
  std::string socket_dir;
  std::string port;
  std::string superuser;

  // key=value connection string for `dbname` over the unix socket, as the
  // superuser.
  [[nodiscard]] std::string conninfo(std::string_view dbname) const;
  // URL form of the same, with the socket directory in ?host=.
  [[nodiscard]] std::string url(std::string_view dbname) const;
  // URL for a password login over 127.0.0.1.
  [[nodiscard]] std::string tcp_url(std::string_view user, std::string_view password,
                                    std::string_view dbname) const;
};

// Returns the shared cluster. Fails the calling test (and throws) when the
// environment does not name a running one.
[[nodiscard]] const Cluster& cluster();

// A fresh, empty database for one test, named after the test, dropped when the
// object is destroyed.
class TestDatabase {
 public:
  // How the database's own statements (exec, scalar) reach it.
  enum class Sessions {
    held,      // one session, open while the object lives
    per_call,  // a session per call: a fleet of tenants holds no idle connections
  };
  explicit TestDatabase(std::string_view suffix = "", Sessions sessions = Sessions::held);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  [[nodiscard]] const std::string& name() const { return m_name; }
  [[nodiscard]] std::string conninfo() const { return cluster().conninfo(m_name); }
  [[nodiscard]] std::string url() const { return cluster().url(m_name); }
  // Runs SQL as the superuser; a failure fails the test and throws.
  void exec(std::string_view sql);
  // Runs a query and returns the first column of the first row (nullopt for
  // no row or NULL).
  [[nodiscard]] std::optional<std::string> scalar(std::string_view sql);

 private:
  pg::Session& session();
  std::string m_name;
  Sessions m_sessions;
  std::optional<pg::Session> m_session;
};

// Runs SQL in the cluster's `postgres` database as the superuser (for roles
// and databases); a failure fails the test and throws.
void exec_admin(std::string_view sql);

}  // namespace test_support
