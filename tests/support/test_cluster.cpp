#include "support/test_cluster.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace test_support {
namespace {

[[noreturn]] void fail(const std::string& message) {
  ADD_FAILURE() << message;
  throw std::runtime_error(message);
}

Cluster load_cluster() {
  const char* env_path = std::getenv("TENANTCTL_TEST_CLUSTER_ENV");
  if (env_path == nullptr) {
    fail(
        "TENANTCTL_TEST_CLUSTER_ENV is not set: run the tests through ctest, which starts "
        "the shared PostgreSQL cluster (tests/support/pg-cluster.sh)");
  }
  std::ifstream file(env_path);
  if (!file) {
    fail(fmt::format("cannot read {}: the test cluster did not start", env_path));
  }
  Cluster cluster;
  std::string line;
  while (std::getline(file, line)) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) {
      continue;
    }
    const auto key = line.substr(0, eq);
    const auto value = line.substr(eq + 1);
    if (key == "TENANTCTL_TEST_PGHOST") {
      cluster.socket_dir = value;
    } else if (key == "TENANTCTL_TEST_PGPORT") {
      cluster.port = value;
    } else if (key == "TENANTCTL_TEST_PGUSER") {
      cluster.superuser = value;
    }
  }
  if (cluster.socket_dir.empty() || cluster.port.empty()) {
    fail(fmt::format("{} does not name a cluster", env_path));
  }
  return cluster;
}

std::string test_database_name(std::string_view suffix) {
  static std::atomic<int> counter{0};
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string base = info != nullptr ? fmt::format("{}_{}", info->test_suite_name(), info->name())
                                     : std::string("test");
  std::string name = "t_";
  for (const char c : base) {
    name += std::isalnum(static_cast<unsigned char>(c)) != 0
                ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
                : '_';
  }
  name.resize(std::min<std::size_t>(name.size(), 40));
  if (!suffix.empty()) {
    name += fmt::format("_{}", suffix);
  }
  return fmt::format("{}_{}_{}", name, ::getpid(), counter++);
}

pg::Session open_or_fail(const std::string& conninfo) {
  auto session = pg::Session::open(conninfo);
  if (!session) {
    fail(session.error().message());
  }
  return std::move(*session);
}

}  // namespace

std::string Cluster::conninfo(std::string_view dbname) const {
  return fmt::format("host={} port={} user={} dbname={}", socket_dir, port, superuser, dbname);
}

std::string Cluster::url(std::string_view dbname) const {
  return fmt::format("postgresql://{}@/{}?host={}&port={}", superuser, dbname, socket_dir, port);
}

std::string Cluster::tcp_url(std::string_view user, std::string_view password,
                             std::string_view dbname) const {
  return fmt::format("postgresql://{}:{}@127.0.0.1:{}/{}", user, password, port, dbname);
}

const Cluster& cluster() {
  static const Cluster shared = load_cluster();
  return shared;
}

void exec_admin(std::string_view sql) {
  auto session = open_or_fail(cluster().conninfo("postgres"));
  if (auto done = session.execute(sql); !done) {
    fail(done.error().message());
  }
}

TestDatabase::TestDatabase(std::string_view suffix, Sessions sessions)
    : m_name(test_database_name(suffix)), m_sessions(sessions) {
  exec_admin(fmt::format("create database {} template template0", m_name));
  if (m_sessions == Sessions::held) {
    m_session = open_or_fail(conninfo());
  }
}

pg::Session& TestDatabase::session() {
  if (m_sessions == Sessions::per_call) {
    m_session.reset();
    m_session = open_or_fail(conninfo());
  }
  return *m_session;
}

TestDatabase::~TestDatabase() {
  m_session.reset();
  auto admin = pg::Session::open(cluster().conninfo("postgres"));
  if (admin) {
    (void)admin->execute(fmt::format("drop database if exists {} with (force)", m_name));
  }
}

void TestDatabase::exec(std::string_view sql) {
  auto done = session().execute(sql);
  if (m_sessions == Sessions::per_call) {
    m_session.reset();
  }
  if (!done) {
    fail(done.error().message());
  }
}

std::optional<std::string> TestDatabase::scalar(std::string_view sql) {
  auto rows = session().query(sql);
  if (m_sessions == Sessions::per_call) {
    m_session.reset();
  }
  if (!rows) {
    fail(rows.error().message());
  }
  if (rows->empty() || rows->is_null(0, 0)) {
    return std::nullopt;
  }
  return std::string(rows->text(0, 0));
}

}  // namespace test_support
