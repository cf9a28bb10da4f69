// Fault injection (issue 15): tenantctl killed with SIGKILL, or a tenant's
// backend terminated by the server, in the middle of the work that changes
// a tenant. Each case ends with the same checks: knex's lock is free (knex
// itself runs), what knex_migrations and tenantctl's audit table say matches
// the catalog, and running tenantctl again converges (docs/reliability.md).
#include <arpa/inet.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "base/strings.hpp"
#include "crypto/secrets.hpp"
#include "integration/provision_support.hpp"
#include "pg/session.hpp"
#include "support/knex_support.hpp"
#include "support/run_command.hpp"
#include "support/test_cluster.hpp"

namespace {

namespace fs = std::filesystem;
using test_support::MigrationsDir;
using test_support::run_knex;
using test_support::run_program;
using test_support::run_tenantctl;
using test_support::TestDatabase;

// Every fleet case runs over this many tenants (issue 15: at least 50),
// and ends with a check over each of them.
constexpr int k_fleet_size = 50;

// SIGKILL to every tenantctl process whose command line names `dbname`.
void kill_tenantctl(const std::string& dbname) {
  const auto killed = run_program({"pkill", "-KILL", "-f", "tenantctl .*" + dbname});
  EXPECT_EQ(killed.exit_code, 0) << "no tenantctl process to kill";
}

// Waits (15 s at most) until no session but the test's own is left in `db`:
// a killed tenantctl's backends notice within a second that their client is
// gone (client_connection_check_interval) and roll back.
void wait_for_no_sessions(TestDatabase& db) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (db.scalar("select count(*) from pg_stat_activity where datname = current_database() "
                   "and pid <> pg_backend_pid()") != "0" &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

// The checks every case ends with: knex's lock is neither set nor held (a
// knex that waits for nobody runs at once), and knex has nothing to run.
void expect_knex_free(TestDatabase& db, const MigrationsDir& dir) {
  EXPECT_EQ(db.scalar("select string_agg(is_locked::text, ',') from knex_migrations_lock"), "0");
  const auto knex = run_knex("latest", db.url(), dir.path(), {{"KNEX_LOCK_TIMEOUT", "2000"}});
  EXPECT_EQ(knex.exit_code, 0) << knex.raw;
  EXPECT_TRUE(knex.log.empty()) << knex.raw;
}

// The platform's schema plus a table whose check calls a function that
// sleeps a second per row: validating it on a few rows gives a window in
// which to strike while apply holds knex's lock.
struct SlowPlatform {
  TestDatabase db;
  MigrationsDir dir{"faults"};
  fs::path schema;

  explicit SlowPlatform(int rows) {
    EXPECT_EQ(run_tenantctl({"migrate", "--url", db.url(), "--migrations", dir.path().string()})
                  .exit_code,
              0);
    schema = dir.path().parent_path() / (dir.path().filename().string() + "-schema");
    fs::remove_all(schema);
    fs::copy(fs::path(TENANTCTL_SOURCE_DIR) / "schema", schema);
    db.exec(
        "create function slow_true(v integer) returns boolean language sql as "
        "$$ select pg_sleep(1) is not null $$;"
        "create table probe (id integer primary key);"
        "grant select on probe to \"postgres_readonly\";" +
        fmt::format("insert into probe select generate_series(1, {});", rows));
    std::ofstream(schema / "probe.toml")
        << "[function.public.\"slow_true(integer)\"]\n"
           "definition = \"\"\"CREATE OR REPLACE FUNCTION public.slow_true(v integer)\n"
           " RETURNS boolean\n LANGUAGE sql\nAS $function$ select pg_sleep(1) is not null "
           "$function$\n\"\"\"\n\n"
           "[table.public.probe]\nprimary_key = [\"id\"]\n\n"
           "[[table.public.probe.column]]\nname = \"id\"\ntype = \"integer\"\nnot_null = true\n\n"
           "[table.public.probe.check.probe_slow]\nexpression = \"slow_true(id)\"\n\n"
           "[grant.table.public.probe]\n\"{{tenant.db_user}}_readonly\" = [\"select\"]\n";
  }
  ~SlowPlatform() { fs::remove_all(schema); }

  [[nodiscard]] std::vector<std::string> apply() const {
    return {"apply",
            "--url",
            db.url(),
            "--schema",
            schema.string(),
            "--migrations",
            dir.path().string(),
            "--yes",
            "--allow-hazards",
            "all"};
  }
};

// SIGKILL while apply validates a check under knex's lock: the lock dies
// with the process (never is_locked = 1 left behind), the constraint is not
// half there, and the next apply converges.
TEST(FaultTest, KilledDuringApplyLeavesKnexsLockFree) {
  SlowPlatform platform(6);
  auto& db = platform.db;
  auto run = std::async(std::launch::async, [&] { return run_tenantctl(platform.apply()); });
  ASSERT_FALSE(test_support::wait_for_statement(db.name(), "VALIDATE CONSTRAINT").empty());
  kill_tenantctl(db.name());
  const auto killed = run.get();
  EXPECT_EQ(killed.exit_code, 128 + 9) << killed.out << killed.err;
  // knex's lock is free at once: its holder's connection ended with it.
  expect_knex_free(db, platform.dir);
  EXPECT_EQ(db.scalar("select count(*) from pg_constraint where conname = 'probe_slow' and "
                      "convalidated"),
            "0");
  const auto again = run_tenantctl(platform.apply());
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_EQ(db.scalar("select count(*) from pg_constraint where conname = 'probe_slow' and "
                      "convalidated"),
            "1");
  const auto plan = run_tenantctl({"plan", "--url", db.url(), "--schema", platform.schema.string(),
                                   "--migrations", platform.dir.path().string(), "--exit-code"});
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  expect_knex_free(db, platform.dir);
}

// Waits (15 s at most) until no session but the test's own is left in any
// of `dbs`.
void wait_for_no_sessions(const std::vector<std::unique_ptr<TestDatabase>>& dbs) {
  for (const auto& db : dbs) {
    wait_for_no_sessions(*db);
  }
}

// SIGKILL while migration files run over a fleet of 50 (migrate, then apply,
// which runs pending files before its plan; four tenants at a time, each file
// in its one transaction with knex's lock): on every tenant the file's table
// is there exactly when knex_migrations names the file, knex's lock is free,
// and the next run runs the file once on each tenant that lacks it.
TEST(FaultTest, KilledDuringMigrationFilesLeavesEachTenantWholeOrUntouched) {
  std::vector<std::unique_ptr<TestDatabase>> dbs;
  const MigrationsDir dir("killmigrate", false);
  std::vector<std::string> migrate{"migrate",           "--yes",         "--migrations",
                                   dir.path().string(), "--concurrency", "4"};
  for (int i = 0; i < k_fleet_size; ++i) {
    dbs.push_back(
        std::make_unique<TestDatabase>(fmt::format("k{:02}", i), TestDatabase::Sessions::per_call));
    migrate.insert(migrate.end(), {"--url", dbs.back()->url()});
  }
  (void)dir.make("base", "create table base_probe (id int);", "drop table base_probe;");
  ASSERT_EQ(run_tenantctl(migrate).exit_code, 0);
  // Runs `args` with a new file that makes `table` and sleeps, kills it a
  // few tenants in (some have run the file, some are in it, most wait), and
  // checks every tenant; then makes the file fast and runs `args` again.
  const auto kill_mid_file = [&](const std::vector<std::string>& args, const std::string& table) {
    const auto file =
        dir.make(table, fmt::format("create table {} (id int);\nselect pg_sleep(1);", table),
                 "drop table " + table + ";");
    auto run = std::async(std::launch::async, [&] { return run_tenantctl(args); });
    ASSERT_FALSE(test_support::wait_for_sleeper(dbs[8]->name()).empty());
    kill_tenantctl(dbs[0]->name());
    EXPECT_EQ(run.get().exit_code, 128 + 9);
    // Each backend notices within a second that its client is gone
    // (client_connection_check_interval) and rolls its transaction back.
    wait_for_no_sessions(dbs);
    const std::string named = "select count(*) from knex_migrations where name = '" + file + "'";
    const std::string made = "select to_regclass('public." + table + "') is not null";
    int done = 0;
    for (const auto& db : dbs) {
      const bool has_table = db->scalar(made) == "t";
      EXPECT_EQ(db->scalar(named), has_table ? "1" : "0") << db->name();
      EXPECT_EQ(db->scalar("select string_agg(is_locked::text, ',') from knex_migrations_lock"),
                "0")
          << db->name();
      done += has_table ? 1 : 0;
    }
    EXPECT_GE(done, 5);  // tenant 8 started: at most three others were in flight
    EXPECT_LT(done, k_fleet_size);
    std::ofstream(dir.path() / (file.substr(0, file.size() - 3) + ".sql")) << fmt::format(
        "-- migrate:up\ncreate table {0} (id int);\n-- migrate:down\ndrop table {0};\n", table);
    const auto again = run_tenantctl(args);
    EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
    for (const auto& db : dbs) {
      EXPECT_EQ(db->scalar(named), "1") << db->name();
      EXPECT_EQ(db->scalar(made), "t") << db->name();
    }
  };
  kill_mid_file(migrate, "slow_probe");
  expect_knex_free(*dbs[8], dir);

  // The same for apply, which runs pending files before its plan.
  const auto schema = dir.path().parent_path() / (dir.path().filename().string() + ".toml");
  std::ofstream schema_file(schema);
  for (const char* table : {"base_probe", "slow_probe", "later_probe"}) {
    schema_file << fmt::format(
        "[table.public.{0}]\n[[table.public.{0}.column]]\nname = \"id\"\ntype = \"integer\"\n\n",
        table);
  }
  schema_file.close();
  std::vector<std::string> apply(migrate);
  apply[0] = "apply";
  apply.insert(apply.end(), {"--schema", schema.string()});
  kill_mid_file(apply, "later_probe");
  auto plan = apply;
  plan[0] = "plan";
  plan.erase(plan.begin() + 1);  // --yes
  plan.push_back("--exit-code");
  const auto planned = run_tenantctl(plan);
  EXPECT_EQ(planned.exit_code, 0) << planned.out << planned.err;
  fs::remove(schema);
}

// A tenant host that accepts the TCP connection and never answers (a
// listening socket nobody reads), beside 50 tenants: the connect timeout
// fails that tenant alone, and the run goes on for the others.
TEST(FaultTest, ASilentHostFailsItsTenantAloneAtTheConnectTimeout) {
  // The silent host: listens, never accepts; the kernel completes the TCP
  // handshake, and the startup packet gets no answer.
  const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(silent, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(silent, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  ASSERT_EQ(::listen(silent, 16), 0);
  socklen_t length = sizeof(address);
  ASSERT_EQ(::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length), 0);
  const int port = ntohs(address.sin_port);

  std::vector<std::unique_ptr<TestDatabase>> tenants;
  std::vector<std::string> args{"plan", "--format", "json", "--concurrency", "4"};
  for (int i = 0; i < k_fleet_size; ++i) {
    tenants.push_back(
        std::make_unique<TestDatabase>(std::to_string(i), TestDatabase::Sessions::per_call));
    tenants.back()->exec("create table t (id integer primary key)");
    args.insert(args.end(), {"--url", tenants.back()->url()});
  }
  const std::string silent_url =
      fmt::format("postgresql://nobody:Silent-pw-1@127.0.0.1:{}/nowhere?connect_timeout=2", port);
  args.insert(args.begin() + 1, {"--url", silent_url});
  const auto schema = fs::temp_directory_path() / fmt::format("silent-{}.toml", ::getpid());
  std::ofstream(schema) << "[table.public.t]\nprimary_key = [\"id\"]\n\n"
                           "[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\n"
                           "not_null = true\n";
  args.insert(args.end(), {"--schema", schema.string()});
  const auto started = std::chrono::steady_clock::now();
  const auto result = run_tenantctl(args);
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ::close(silent);
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find(fmt::format("\"in_sync\": {}", k_fleet_size)), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("\"failed\": 1"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("timeout expired"), std::string::npos) << result.out;
  EXPECT_EQ((result.out + result.err).find("Silent-pw-1"), std::string::npos);
  // One connect timeout (2 s), not one per tenant: the others ran beside it,
  // three at a time, about as fast as without the silent host (timed here).
  std::vector<std::string> without(args.begin(), args.end());
  without.erase(without.begin() + 1, without.begin() + 3);
  const auto alone_started = std::chrono::steady_clock::now();
  EXPECT_EQ(run_tenantctl(without).exit_code, 0);
  const auto alone =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - alone_started).count();
  fs::remove(schema);
  EXPECT_LT(seconds, 2.0 + 2 * alone + 2.0) << result.out;
}

// The application holds a lock on a table apply alters, on one tenant of 50:
// lock_timeout fails that tenant with a hint, nothing of its plan is half
// applied, the 49 others are applied whole, and once the application lets go
// the next apply converges every tenant.
TEST(FaultTest, AnApplicationLockFailsItsTenantAloneWithAHint) {
  std::vector<std::unique_ptr<TestDatabase>> tenants;
  std::vector<std::string> args{"apply",          "--yes", "--format",      "json",
                                "--lock-timeout", "1s",    "--concurrency", "4"};
  for (int i = 0; i < k_fleet_size; ++i) {
    tenants.push_back(
        std::make_unique<TestDatabase>(std::to_string(i), TestDatabase::Sessions::per_call));
    tenants.back()->exec("create table t (id integer primary key); insert into t values (1)");
    args.insert(args.end(), {"--url", tenants.back()->url()});
  }
  const auto schema = fs::temp_directory_path() / fmt::format("locked-{}.toml", ::getpid());
  std::ofstream(schema) << "[table.public.t]\nprimary_key = [\"id\"]\n\n"
                           "[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\n"
                           "not_null = true\n\n[[table.public.t.column]]\nname = \"note\"\n"
                           "type = \"text\"\n\n[table.public.u]\n\n[[table.public.u.column]]\n"
                           "name = \"id\"\ntype = \"integer\"\n";
  args.insert(args.end(), {"--schema", schema.string()});
  // The application: a transaction that read t and stays open.
  auto application = pg::Session::open(tenants[1]->conninfo());
  ASSERT_TRUE(application);
  ASSERT_TRUE(application->execute("BEGIN; SELECT * FROM t"));
  const auto result = run_tenantctl(args);
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find(fmt::format("\"applied\": {}", k_fleet_size - 1)), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("\"failed\": 1"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("lock timeout"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"hint\": \"another session holds a lock"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("--lock-timeout (now 1s)"), std::string::npos) << result.out;
  // Nothing half applied on the locked tenant: its plan's groups all rolled
  // back, or none ran (u and note both absent).
  EXPECT_EQ(tenants[1]->scalar("select count(*) from pg_attribute where attrelid = 't'::regclass "
                               "and attname = 'note'"),
            "0");
  EXPECT_EQ(tenants[1]->scalar("select to_regclass('public.u') is null"), "t");
  // Every other tenant has the whole plan.
  const auto whole = [&](TestDatabase& db) {
    return db.scalar(
               "select (select count(*) from pg_attribute where attrelid = 't'::regclass "
               "and attname = 'note') = 1 and to_regclass('public.u') is not null") == "t";
  };
  for (std::size_t i = 0; i < tenants.size(); ++i) {
    EXPECT_EQ(whole(*tenants[i]), i != 1) << tenants[i]->name();
  }
  ASSERT_TRUE(application->execute("COMMIT"));
  const auto again = run_tenantctl(args);
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  for (const auto& tenant : tenants) {
    EXPECT_TRUE(whole(*tenant)) << tenant->name();
  }
  fs::remove(schema);
}

// One tenant database of a fleet: on the shared cluster, or on a private
// cluster a case may restart.
class FleetDb {
 public:
  FleetDb() = default;
  virtual ~FleetDb() = default;
  FleetDb(const FleetDb&) = delete;
  FleetDb& operator=(const FleetDb&) = delete;
  [[nodiscard]] virtual std::string name() const = 0;
  [[nodiscard]] virtual std::string url() const = 0;
  // Runs SQL (a failure fails the test and throws); the first column of the
  // first row, or nullopt.
  virtual std::optional<std::string> scalar(const std::string& sql) = 0;
};

// A tenant on the shared cluster. It holds no connection between checks:
// several fleets of 50 may run at once under a parallel ctest.
class SharedDb final : public FleetDb {
 public:
  explicit SharedDb(const std::string& suffix) : m_db(suffix, TestDatabase::Sessions::per_call) {}
  [[nodiscard]] std::string name() const override { return m_db.name(); }
  [[nodiscard]] std::string url() const override { return m_db.url(); }
  std::optional<std::string> scalar(const std::string& sql) override { return m_db.scalar(sql); }

 private:
  TestDatabase m_db;
};

// A cluster of the case's own (tests/support/pg-cluster.sh), removed with it.
class PrivateCluster {
 public:
  PrivateCluster() : m_state(fs::temp_directory_path() / fmt::format("private-pg-{}", ::getpid())) {
    const auto started = run_program({script(), "start", m_state.string()});
    EXPECT_EQ(started.exit_code, 0) << started.err;
    std::ifstream env(m_state / "env");
    for (std::string line; std::getline(env, line);) {
      const auto equals = line.find('=');
      const auto key = line.substr(0, equals);
      (key == "TENANTCTL_TEST_PGHOST"   ? m_host
       : key == "TENANTCTL_TEST_PGPORT" ? m_port
                                        : m_user) = line.substr(equals + 1);
    }
  }
  ~PrivateCluster() {
    (void)run_program({script(), "stop", m_state.string()});
    std::error_code ignored;
    fs::remove_all(m_state, ignored);
  }
  PrivateCluster(const PrivateCluster&) = delete;
  PrivateCluster& operator=(const PrivateCluster&) = delete;

  [[nodiscard]] std::string conninfo(const std::string& dbname) const {
    return fmt::format("host={} port={} user=postgres dbname={}", m_host, m_port, dbname);
  }
  [[nodiscard]] std::string url(const std::string& dbname) const {
    return fmt::format("postgresql://postgres@/{}?host={}&port={}", dbname, m_host, m_port);
  }
  // pg_ctl restart -m fast: every session is ended, the server is back in a
  // second or so.
  [[nodiscard]] test_support::CommandResult restart() const {
    return run_program({script(), "restart", m_state.string()});
  }
  // Stops and removes the cluster (the destructor does it too).
  [[nodiscard]] test_support::CommandResult stop() const {
    return run_program({script(), "stop", m_state.string()});
  }

 private:
  static std::string script() {
    return (fs::path(TENANTCTL_SOURCE_DIR) / "tests/support/pg-cluster.sh").string();
  }
  fs::path m_state;
  std::string m_host;
  std::string m_port;
  std::string m_user;
};

class PrivateDb final : public FleetDb {
 public:
  PrivateDb(const PrivateCluster& cluster, std::string name)
      : m_cluster(cluster), m_name(std::move(name)) {
    auto admin = pg::Session::open(m_cluster.conninfo("postgres"));
    EXPECT_TRUE(admin);
    if (admin) {
      EXPECT_TRUE(admin->execute("create database " + m_name));
    }
  }
  [[nodiscard]] std::string name() const override { return m_name; }
  [[nodiscard]] std::string url() const override { return m_cluster.url(m_name); }
  // A session per call: the server may have been restarted since.
  std::optional<std::string> scalar(const std::string& sql) override {
    auto session = pg::Session::open(m_cluster.conninfo(m_name));
    if (!session) {
      ADD_FAILURE() << session.error().message();
      throw std::runtime_error(session.error().message());
    }
    auto rows = session->query(sql);
    if (!rows) {
      ADD_FAILURE() << rows.error().message();
      throw std::runtime_error(rows.error().message());
    }
    if (rows->empty() || rows->is_null(0, 0)) {
      return std::nullopt;
    }
    return std::string(rows->text(0, 0));
  }

 private:
  const PrivateCluster& m_cluster;
  std::string m_name;
};

// A fleet of tenants, each with knex's tables and a table t, and a desired
// schema whose plan is one transaction (--offline) that adds a column, a
// table and a check validated by a function that sleeps half a second: a
// window in the middle of every tenant's transaction.
class SlowFleet {
 public:
  // `size` tenants made by `make` (given each tenant's number).
  SlowFleet(int size, const std::function<std::unique_ptr<FleetDb>(int)>& make)
      : m_schema(fs::temp_directory_path() / fmt::format("fleet-{}", ::getpid())) {
    for (int i = 0; i < size; ++i) {
      auto db = make(i);
      db->scalar(
          "create table knex_migrations (id serial primary key, name varchar(255), "
          "batch integer, migration_time timestamptz);"
          "create table knex_migrations_lock (index serial primary key, is_locked integer);"
          "insert into knex_migrations_lock (is_locked) values (0);"
          "create function slow_ok(v integer) returns boolean language sql as "
          "$$ select pg_sleep(0.5) is not null $$;"
          "create table t (id integer primary key); insert into t values (1); select 1");
      m_dbs.push_back(std::move(db));
    }
    fs::create_directories(m_schema / "schema");
    fs::create_directories(m_schema / "migrations");
    std::ofstream(m_schema / "schema/fleet.toml")
        << "[function.public.\"slow_ok(integer)\"]\n"
           "definition = \"\"\"CREATE OR REPLACE FUNCTION public.slow_ok(v integer)\n"
           " RETURNS boolean\n LANGUAGE sql\nAS $function$ select pg_sleep(0.5) is not null "
           "$function$\n\"\"\"\n\n"
           "[table.public.t]\nprimary_key = [\"id\"]\n\n"
           "[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\nnot_null = true\n\n"
           "[[table.public.t.column]]\nname = \"c\"\ntype = \"text\"\n\n"
           "[table.public.t.check.t_slow]\nexpression = \"slow_ok(id)\"\n\n"
           "[table.public.u]\n\n[[table.public.u.column]]\nname = \"id\"\ntype = \"integer\"\n";
  }
  ~SlowFleet() { fs::remove_all(m_schema); }
  SlowFleet(const SlowFleet&) = delete;
  SlowFleet& operator=(const SlowFleet&) = delete;

  [[nodiscard]] std::vector<std::string> args(const std::string& command) const {
    std::vector<std::string> out{command,
                                 "--schema",
                                 (m_schema / "schema").string(),
                                 "--migrations",
                                 (m_schema / "migrations").string(),
                                 "--offline",
                                 "--concurrency",
                                 "4",
                                 "--format",
                                 "json"};
    if (command == "apply") {
      out.insert(out.end(), {"--yes", "--allow-hazards", "all"});
    }
    for (const auto& db : m_dbs) {
      out.insert(out.end(), {"--url", db->url()});
    }
    return out;
  }

  // Tenants whose plan committed.
  [[nodiscard]] int applied() const {
    int count = 0;
    for (const auto& db : m_dbs) {
      count += db->scalar("select to_regclass('public.u') is not null") == "t" ? 1 : 0;
    }
    return count;
  }

  // Waits until `count` tenants committed (or 60 s went by).
  void wait_for_applied(int count) const {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (applied() < count && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }

  // Waits until no session is left in any tenant but the test's own (a
  // killed tenantctl's backends end within a second).
  void wait_for_no_sessions() const {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    for (const auto& db : m_dbs) {
      while (db->scalar("select count(*) from pg_stat_activity where datname = "
                        "current_database() and pid <> pg_backend_pid()") != "0" &&
             std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  }

  // Every tenant: its transaction all there or not at all, knex's lock
  // free, and tenantctl's audit table naming the change exactly when it is
  // there. Returns how many are applied.
  int expect_whole_or_untouched() const {
    int applied_count = 0;
    for (const auto& db : m_dbs) {
      const auto u = db->scalar("select to_regclass('public.u') is not null");
      const auto c = db->scalar(
          "select count(*) > 0 from pg_attribute where attrelid = 't'::regclass and attname = 'c'");
      const auto check =
          db->scalar("select count(*) > 0 from pg_constraint where conname = 't_slow'");
      EXPECT_EQ(u, c) << db->name();
      EXPECT_EQ(u, check) << db->name();
      EXPECT_EQ(db->scalar("select string_agg(is_locked::text, ',') from knex_migrations_lock"),
                "0")
          << db->name();
      const auto audited =
          db->scalar("select to_regclass('tenantctl.applied_changes') is null") == "t"
              ? std::optional<std::string>("0")
              : db->scalar(
                    "select count(*) from tenantctl.applied_changes where statements "
                    "like '%t_slow%'");
      EXPECT_EQ(audited, u == "t" ? "1" : "0") << db->name();
      applied_count += u == "t" ? 1 : 0;
    }
    return applied_count;
  }

  [[nodiscard]] const FleetDb& db(std::size_t i) const { return *m_dbs[i]; }
  [[nodiscard]] fs::path schema_dir() const { return m_schema / "schema"; }
  [[nodiscard]] fs::path migrations_dir() const { return m_schema / "migrations"; }
  [[nodiscard]] int size() const { return static_cast<int>(m_dbs.size()); }

 private:
  fs::path m_schema;
  std::vector<std::unique_ptr<FleetDb>> m_dbs;
};

// One tenant's backend of a fleet terminated by the server in the middle of
// its plan's transaction (pg_terminate_backend): that tenant fails with the
// server's words and rolls back, every other tenant is applied, each is
// whole or untouched with knex's lock free, and the next apply converges.
TEST(FaultTest, BackendTerminatedDuringApplyFailsOnlyItsTenant) {
  const SlowFleet fleet(k_fleet_size, [](int i) -> std::unique_ptr<FleetDb> {
    return std::make_unique<SharedDb>(fmt::format("b{:02}", i));
  });
  auto run = std::async(std::launch::async, [&] { return run_tenantctl(fleet.args("apply")); });
  const auto& victim = fleet.db(10);
  const auto pid = test_support::wait_for_statement(victim.name(), "t_slow");
  ASSERT_FALSE(pid.empty());
  test_support::exec_admin("select pg_terminate_backend(" + pid + ")");
  const auto result = run.get();
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["summary"]["applied"], fleet.size() - 1) << result.out;
  EXPECT_EQ(json["summary"]["failed"], 1) << result.out;
  for (const auto& tenant : json["tenants"]) {
    if (tenant["status"] != "failed") {
      continue;
    }
    EXPECT_NE(tenant["target"].get<std::string>().find(victim.name()), std::string::npos)
        << tenant.dump();
    EXPECT_NE(tenant["error"]["message"].get<std::string>().find("terminat"), std::string::npos)
        << tenant.dump();
  }
  fleet.wait_for_no_sessions();
  EXPECT_EQ(fleet.expect_whole_or_untouched(), fleet.size() - 1);
  const auto again = run_tenantctl(fleet.args("apply"));
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_EQ(fleet.expect_whole_or_untouched(), fleet.size());
}

// SIGTERM in the middle of apply over 50 tenants: the running tenants
// finish (or roll back), no new one starts, the run says it was interrupted;
// then SIGKILL in the middle of the next apply: each tenant's transaction is
// all there or not at all, knex's lock is free everywhere, the audit table
// matches the catalog; the run after converges every tenant, none applied
// twice.
TEST(FaultTest, AFleetOf50SurvivesSigtermThenSigkillMidApply) {
  const SlowFleet fleet(k_fleet_size, [](int i) -> std::unique_ptr<FleetDb> {
    return std::make_unique<SharedDb>(fmt::format("f{:02}", i));
  });
  // SIGTERM once some tenants committed and others are mid-transaction.
  auto terminated =
      std::async(std::launch::async, [&] { return run_tenantctl(fleet.args("apply")); });
  fleet.wait_for_applied(6);
  EXPECT_EQ(
      run_program({"pkill", "-TERM", "-f", "tenantctl apply .*" + fleet.db(0).name()}).exit_code,
      0);
  const auto first = terminated.get();
  EXPECT_EQ(first.exit_code, 1) << first.out << first.err;
  EXPECT_NE(first.out.find("\"interrupted\": true"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("not started: interrupted"), std::string::npos) << first.out;
  fleet.wait_for_no_sessions();
  const int after_term = fleet.expect_whole_or_untouched();
  EXPECT_GE(after_term, 6);
  EXPECT_LT(after_term, fleet.size());
  // Every tenant the run reported applied is, and no other.
  EXPECT_EQ(first.out.find("\"applied\": " + std::to_string(after_term)) != std::string::npos, true)
      << first.out;

  // SIGKILL a few tenants further on.
  auto killed = std::async(std::launch::async, [&] { return run_tenantctl(fleet.args("apply")); });
  fleet.wait_for_applied(after_term + 6);
  EXPECT_EQ(
      run_program({"pkill", "-KILL", "-f", "tenantctl apply .*" + fleet.db(0).name()}).exit_code,
      0);
  EXPECT_EQ(killed.get().exit_code, 128 + 9);
  fleet.wait_for_no_sessions();
  const int after_kill = fleet.expect_whole_or_untouched();
  EXPECT_GE(after_kill, after_term + 6);
  EXPECT_LT(after_kill, fleet.size());

  // The next run converges every tenant, each applied once.
  const auto last = run_tenantctl(fleet.args("apply"));
  EXPECT_EQ(last.exit_code, 0) << last.out << last.err;
  EXPECT_EQ(fleet.expect_whole_or_untouched(), fleet.size());
  auto plan = fleet.args("plan");
  plan.push_back("--exit-code");
  const auto planned = run_tenantctl(plan);
  EXPECT_EQ(planned.exit_code, 0) << planned.out << planned.err;
}

// Registers the fleet's tenants in the platform's registry (ACTIVE, over
// the test cluster's socket as postgres, a password that is never used).
void register_fleet(test_support::Platform& platform, const SlowFleet& fleet) {
  for (int i = 0; i < fleet.size(); ++i) {
    platform.add_registry_row({.id = fmt::format("id-{}", i),
                               .slug = fmt::format("tenant-{:02}", i),
                               .host = test_support::cluster().socket_dir,
                               .port = test_support::cluster().port,
                               .dbname = fleet.db(static_cast<std::size_t>(i)).name(),
                               .user = "postgres",
                               .password = "unused-over-the-socket"});
  }
}

// Copies a database (schema and rows, owners left out) into another, with
// pg_dump and psql.
void copy_database(const std::string& from_url, const std::string& to_url) {
  const auto pg_config = run_program({"pg_config", "--bindir"});
  const std::string bindir(base::trim(pg_config.out));
  const auto copied =
      run_program({"bash", "-c",
                   fmt::format("set -o pipefail; '{0}/pg_dump' --no-owner '{1}' | '{0}/psql' -q "
                               "--set ON_ERROR_STOP=1 '{2}'",
                               bindir, from_url, to_url)});
  ASSERT_EQ(copied.exit_code, 0) << copied.err;
}

// A fleet of registry tenants whose central database (registry and shared
// run claims) is on a cluster of its own, so that it can be restarted or
// stopped while the tenants go on.
struct FleetWithItsOwnCentral {
  FleetWithItsOwnCentral(int size, char tag)
      : fleet(size, [tag](int i) -> std::unique_ptr<FleetDb> {
          return std::make_unique<SharedDb>(fmt::format("{}{:02}", tag, i));
        }) {
    register_fleet(platform, fleet);
    copy_database(platform.central().url(), central.url());
  }

  // apply --all as one worker of shared run r1 (lease 10 s, concurrency 2,
  // JSON) over the central database of the private cluster.
  [[nodiscard]] test_support::CommandResult apply_shared() const {
    return platform.run(
        {"apply", "--all", "--run", "r1", "--lease", "10", "--yes", "--allow-hazards", "all",
         "--offline", "--concurrency", "2", "--format", "json", "--schema",
         fleet.schema_dir().string(), "--migrations", fleet.migrations_dir().string()},
        {{"TENANTCTL_CENTRAL_URL", central.url()}});
  }

  test_support::Platform platform;
  const PrivateCluster central_cluster;
  PrivateDb central{central_cluster, "central"};
  const SlowFleet fleet;
};

// SIGKILL while apply over a fleet of 50 builds an index CONCURRENTLY on
// the first tenant's large table (the others are small): the build is
// cancelled, and every tenant's index is valid, absent, or left invalid by a
// cut build; the next plan names each invalid one, and the next apply drops
// and builds it again, so every tenant ends with a valid index. knex's lock
// is free throughout.
TEST(FaultTest, KilledDuringCreateIndexConcurrentlyIsRebuiltNextRun) {
  std::vector<std::unique_ptr<TestDatabase>> dbs;
  const auto dir = fs::temp_directory_path() / fmt::format("cic-{}", ::getpid());
  fs::create_directories(dir / "migrations");
  std::ofstream(dir / "schema.toml")
      << "[table.public.big]\nprimary_key = [\"id\"]\n\n"
         "[[table.public.big.column]]\nname = \"id\"\ntype = \"integer\"\nnot_null = true\n\n"
         "[[table.public.big.column]]\nname = \"v\"\ntype = \"text\"\n\n"
         "[table.public.big.index.big_v_idx]\nkeys = [\"v\"]\n";
  std::vector<std::string> apply{"apply",           "--yes",
                                 "--allow-hazards", "all",
                                 "--concurrency",   "4",
                                 "--schema",        (dir / "schema.toml").string(),
                                 "--migrations",    (dir / "migrations").string()};
  for (int i = 0; i < k_fleet_size; ++i) {
    dbs.push_back(
        std::make_unique<TestDatabase>(fmt::format("x{:02}", i), TestDatabase::Sessions::per_call));
    dbs.back()->exec(fmt::format(
        "create table knex_migrations (id serial primary key, name varchar(255), batch integer, "
        "migration_time timestamptz);"
        "create table knex_migrations_lock (index serial primary key, is_locked integer);"
        "insert into knex_migrations_lock (is_locked) values (0);"
        "create table big (id integer primary key, v text);"
        "insert into big select i, md5(i::text) from generate_series(1, {}) i;",
        i == 0 ? 3000000 : 100));
    apply.insert(apply.end(), {"--url", dbs.back()->url()});
  }
  auto run = std::async(std::launch::async, [&] { return run_tenantctl(apply); });
  ASSERT_FALSE(
      test_support::wait_for_statement(dbs[0]->name(), "CREATE INDEX CONCURRENTLY").empty());
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // into the build
  kill_tenantctl(dbs[0]->name());
  EXPECT_EQ(run.get().exit_code, 128 + 9);
  wait_for_no_sessions(dbs);
  // The index's state on each tenant: "t" valid, "f" left invalid, "" none.
  const auto index_state = [](TestDatabase& db) {
    return db
        .scalar(
            "select coalesce((select case when indisvalid then 't' else 'f' end from pg_index "
            "where indexrelid = "
            "to_regclass('public.big_v_idx')), '')")
        .value_or("?");
  };
  EXPECT_EQ(index_state(*dbs[0]), "f");  // the cut build left it invalid
  std::vector<std::string> invalid;
  for (const auto& db : dbs) {
    const auto state = index_state(*db);
    EXPECT_TRUE(state == "t" || state == "f" || state.empty()) << db->name() << ": " << state;
    if (state == "f") {
      invalid.push_back(db->name());
    }
    EXPECT_EQ(db->scalar("select string_agg(is_locked::text, ',') from knex_migrations_lock"), "0")
        << db->name();
  }
  // The next plan names the rebuild on each tenant left invalid; the next
  // apply makes every index valid.
  for (const auto& name : invalid) {
    const auto plan = run_tenantctl({"plan", "--url", test_support::cluster().url(name), "--schema",
                                     (dir / "schema.toml").string(), "--migrations",
                                     (dir / "migrations").string()});
    EXPECT_NE(plan.out.find("big_v_idx"), std::string::npos) << plan.out << plan.err;
  }
  const auto again = run_tenantctl(apply);
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  for (const auto& db : dbs) {
    EXPECT_EQ(index_state(*db), "t") << db->name();
  }
  fs::remove_all(dir);
}

// The server restarted (pg_ctl restart -m fast) in the middle of apply over
// a fleet of 50 tenants on it: the tenants it cut, or that could not connect while it
// was down, fail with the server's words and roll back; the others are
// applied; every tenant is whole or untouched, and the next run converges.
TEST(FaultTest, AServerRestartedMidApplyFailsOnlyTheTenantsItCut) {
  const PrivateCluster cluster;
  const SlowFleet fleet(k_fleet_size, [&](int i) -> std::unique_ptr<FleetDb> {
    return std::make_unique<PrivateDb>(cluster, fmt::format("r{:02}", i));
  });
  auto run = std::async(std::launch::async, [&] { return run_tenantctl(fleet.args("apply")); });
  fleet.wait_for_applied(3);
  const auto restarted = cluster.restart();
  ASSERT_EQ(restarted.exit_code, 0) << restarted.err;
  const auto result = run.get();
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const int applied = json["summary"]["applied"];
  const int failed = json["summary"]["failed"];
  EXPECT_GE(applied, 3) << result.out;
  EXPECT_EQ(applied + failed, fleet.size()) << result.out;
  // A tenant cut after its plan committed (while its result was being
  // checked) is applied, with the error said; one cut before is failed.
  int cut = 0;
  for (const auto& tenant : json["tenants"]) {
    if (tenant["error"].is_null()) {
      EXPECT_EQ(tenant["status"], "applied") << tenant.dump();
      continue;
    }
    ++cut;
    const std::string error = tenant["error"]["message"];
    EXPECT_EQ(tenant["error"]["kind"], "connection") << tenant.dump();
    EXPECT_EQ(tenant["error"]["tenant"], tenant["target"]) << tenant.dump();
    EXPECT_TRUE(error.find("terminat") != std::string::npos ||
                error.find("shut") != std::string::npos ||
                error.find("closed the connection") != std::string::npos ||
                error.find("connect") != std::string::npos)
        << error;
    if (tenant["status"] == "applied") {
      EXPECT_EQ(error.rfind("the change committed, but ", 0), 0U) << error;
      EXPECT_FALSE(tenant["error"]["hint"].is_null()) << tenant.dump();
    } else {
      EXPECT_EQ(tenant["status"], "failed") << tenant.dump();
    }
  }
  EXPECT_GE(cut, 1) << result.out;
  fleet.wait_for_no_sessions();
  EXPECT_EQ(fleet.expect_whole_or_untouched(), applied);
  const auto again = run_tenantctl(fleet.args("apply"));
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_EQ(fleet.expect_whole_or_untouched(), fleet.size());
}

// Something in the tenant changes what apply made, inside apply's own
// transaction (here an event trigger adding a column to each new table):
// the plan committed, so the tenant is applied, with the difference that
// remains said and a hint, and the run exits 1; --format json says the same.
TEST(FaultTest, AChangeAlteredAfterItCommittedIsAppliedWithTheDifferenceSaid) {
  TestDatabase db;
  db.exec(
      "create function public.ops_add_column() returns event_trigger language plpgsql as $$"
      " begin"
      "  if exists (select 1 from pg_event_trigger_ddl_commands()"
      "             where command_tag = 'CREATE TABLE' and object_identity = 'public.u') then"
      "    alter table public.u add column extra integer;"
      "  end if;"
      " end $$;"
      "create event trigger ops_add_column on ddl_command_end"
      " execute function public.ops_add_column();");
  const auto dir = fs::temp_directory_path() / fmt::format("altered-{}", ::getpid());
  fs::create_directories(dir / "migrations");
  std::ofstream(dir / "schema.toml") << "ignore = [\"public.ops_*\"]\n\n"
                                        "[table.public.u]\n\n"
                                        "[[table.public.u.column]]\nname = \"id\"\n"
                                        "type = \"integer\"\n";
  const std::vector<std::string> apply{"apply",        "--yes",
                                       "--url",        db.url(),
                                       "--schema",     (dir / "schema.toml").string(),
                                       "--migrations", (dir / "migrations").string(),
                                       "--format",     "json"};
  const auto result = run_tenantctl(apply);
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["summary"]["applied"], 1) << result.out;
  EXPECT_EQ(json["summary"]["failed"], 0) << result.out;
  const auto& tenant = json["tenants"][0];
  EXPECT_EQ(tenant["status"], "applied") << result.out;
  const std::string error = tenant["error"]["message"];
  EXPECT_EQ(error.rfind("the change committed, but 1 difference(s) remain", 0), 0U) << error;
  EXPECT_NE(error.find("extra"), std::string::npos) << error;
  EXPECT_NE(std::string(tenant["error"]["hint"]).find("tenantctl plan"), std::string::npos)
      << result.out;
  // The change is in, audited once.
  EXPECT_EQ(db.scalar("select count(*) from pg_attribute where attrelid = 'public.u'::regclass"
                      " and attnum > 0"),
            "2");
  EXPECT_EQ(db.scalar("select count(*) from tenantctl.applied_changes"), "1");
  // The text form says it too, as applied.
  db.exec("drop table public.u");
  auto text = apply;
  text.resize(text.size() - 2);
  const auto said = run_tenantctl(text);
  EXPECT_EQ(said.exit_code, 1) << said.out << said.err;
  EXPECT_NE(said.out.find("applied: the change committed, but"), std::string::npos)
      << said.out << said.err;
  fs::remove_all(dir);
}

// Two workers on one shared run (--run) over 50 registry tenants; one is
// killed with SIGKILL in the middle: the other takes its claims over once
// their lease (10 s) runs out, and every tenant is applied exactly once (one
// audit row each), whole.
TEST(FaultTest, ASharedRunWorkerKilledIsTakenOverWithinOneLease) {
  test_support::Platform platform;
  const SlowFleet fleet(k_fleet_size, [](int i) -> std::unique_ptr<FleetDb> {
    return std::make_unique<SharedDb>(fmt::format("s{:02}", i));
  });
  register_fleet(platform, fleet);
  const auto worker = [&](const std::string& tag) {
    return platform.run({"apply",
                         "--all",
                         "--run",
                         "r1",
                         "--lease",
                         "10",
                         "--yes",
                         "--allow-hazards",
                         "all",
                         "--offline",
                         "--concurrency",
                         "2",
                         "--max-failures",
                         tag,
                         "--format",
                         "json",
                         "--schema",
                         fleet.schema_dir().string(),
                         "--migrations",
                         fleet.migrations_dir().string()});
  };
  auto doomed = std::async(std::launch::async, [&] { return worker("99"); });
  fleet.wait_for_applied(2);
  auto survivor = std::async(std::launch::async, [&] { return worker("98"); });
  fleet.wait_for_applied(4);
  EXPECT_EQ(run_program({"pkill", "-KILL", "-f", "tenantctl apply .*--max-failures 99"}).exit_code,
            0);
  EXPECT_EQ(doomed.get().exit_code, 128 + 9);
  const auto started = std::chrono::steady_clock::now();
  const auto result = survivor.get();
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  // Within one lease (10 s) of the kill, plus twice the time the survivor
  // alone takes over the rest (half a second a tenant, two at a time).
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(),
            10.0 + 2 * fleet.size() * 0.5 / 2);
  fleet.wait_for_no_sessions();
  EXPECT_EQ(fleet.expect_whole_or_untouched(), fleet.size());
  EXPECT_EQ(platform.central().scalar(
                "select count(*) from tenantctl.run_claims where run = 'r1' and status <> 'done'"),
            "0");
}

// The central database (where a shared run's claims live) restarted in the
// middle of a shared run over 50 registry tenants: the worker opens its
// connection again and goes on; every tenant is applied exactly once,
// whole, every claim ends done, and the run exits 0.
TEST(FaultTest, TheCentralDatabaseRestartedMidSharedRunIsReconnected) {
  FleetWithItsOwnCentral setup(k_fleet_size, 'c');
  const auto& fleet = setup.fleet;
  auto run = std::async(std::launch::async, [&] { return setup.apply_shared(); });
  fleet.wait_for_applied(3);
  const auto restarted = setup.central_cluster.restart();
  ASSERT_EQ(restarted.exit_code, 0) << restarted.err;
  const auto result = run.get();
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  fleet.wait_for_no_sessions();
  EXPECT_EQ(fleet.expect_whole_or_untouched(), fleet.size());
  EXPECT_EQ(setup.central.scalar("select count(*) from tenantctl.run_claims where run = 'r1'"
                                 " and status = 'done'"),
            std::to_string(fleet.size()));
}

// The central database gone for good in the middle of a shared run (its
// cluster stopped): after trying to reach it again for twice the lease, the
// worker finishes the tenants it had started and fails the others with the
// reason and the way on (the same command again), exit 1; every tenant is
// whole or untouched.
TEST(FaultTest, TheCentralDatabaseLostForGoodFailsTheUnstartedTenantsSaid) {
  FleetWithItsOwnCentral setup(k_fleet_size, 'g');
  const auto& fleet = setup.fleet;
  auto run = std::async(std::launch::async, [&] { return setup.apply_shared(); });
  fleet.wait_for_applied(2);
  ASSERT_EQ(setup.central_cluster.stop().exit_code, 0);
  const auto result = run.get();
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  const auto json = nlohmann::json::parse(result.out);
  int lost = 0;
  for (const auto& tenant : json["tenants"]) {
    if (tenant["status"] != "failed") {
      continue;
    }
    ++lost;
    const auto& error = tenant["error"];
    EXPECT_NE(error["message"].get<std::string>().find(
                  "not started: lost the shared run's central database"),
              std::string::npos)
        << tenant.dump();
    EXPECT_EQ(error["kind"], "connection") << tenant.dump();
    EXPECT_NE(error["hint"].get<std::string>().find("--run r1"), std::string::npos)
        << tenant.dump();
  }
  EXPECT_GE(lost, 1) << result.out;
  fleet.wait_for_no_sessions();
  EXPECT_EQ(fleet.expect_whole_or_untouched(), json["summary"]["applied"].get<int>()) << result.out;
}

// SIGTERM in the middle of migrate over 50 tenants (a file that sleeps half
// a second, four tenants at a time): the running tenants finish their file,
// no other starts, the run says it was interrupted (exit 1); every tenant has
// the file's table exactly when knex_migrations names it, knex's lock is
// free, and the next migrate converges.
TEST(FaultTest, SigtermDuringMigrateFinishesTheRunningTenantsAndStartsNoOther) {
  std::vector<std::unique_ptr<TestDatabase>> dbs;
  const MigrationsDir dir("sigterm", false);
  const auto file = dir.make("slow", "create table slow_probe (id int);\nselect pg_sleep(0.5);",
                             "drop table slow_probe;");
  std::vector<std::string> args{"migrate",       "--yes", "--migrations", dir.path().string(),
                                "--concurrency", "4",     "--format",     "json"};
  for (int i = 0; i < k_fleet_size; ++i) {
    dbs.push_back(
        std::make_unique<TestDatabase>(fmt::format("m{:02}", i), TestDatabase::Sessions::per_call));
    args.insert(args.end(), {"--url", dbs.back()->url()});
  }
  auto run = std::async(std::launch::async, [&] { return run_tenantctl(args); });
  ASSERT_FALSE(test_support::wait_for_sleeper(dbs[0]->name()).empty());
  EXPECT_EQ(
      run_program({"pkill", "-TERM", "-f", "tenantctl migrate .*" + dbs[0]->name()}).exit_code, 0);
  const auto result = run.get();
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("\"interrupted\": true"), std::string::npos) << result.out;
  int migrated = 0;
  for (const auto& db : dbs) {
    const bool has_table = db->scalar("select to_regclass('public.slow_probe') is not null") == "t";
    const bool has_knex =
        db->scalar("select to_regclass('public.knex_migrations') is not null") == "t";
    const bool named =
        has_knex &&
        db->scalar("select count(*) from knex_migrations where name = '" + file + "'") == "1";
    EXPECT_EQ(has_table, named) << db->name();
    if (has_knex) {
      EXPECT_EQ(db->scalar("select string_agg(is_locked::text, ',') from knex_migrations_lock"),
                "0")
          << db->name();
    }
    migrated += has_table ? 1 : 0;
  }
  // The four running when SIGTERM came finished; no other started (a few
  // more may have started while the signal was on its way).
  EXPECT_GE(migrated, 1);
  EXPECT_LE(migrated, 8);
  const auto again = run_tenantctl(args);
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  for (const auto& db : dbs) {
    EXPECT_EQ(db->scalar("select count(*) from knex_migrations where name = '" + file + "'"), "1")
        << db->name();
  }
}

// SIGINT (Ctrl-C) during rollback over 50 tenants: the tenants rolling back
// finish, whole (their down parts ran and their knex rows are gone) or not
// at all, none starts after, knex's lock is free, and the next rollback
// rolls back the rest, once each.
TEST(FaultTest, SigintDuringRollbackFinishesTheRunningTenantsAndStartsNoOther) {
  std::vector<std::unique_ptr<TestDatabase>> dbs;
  const MigrationsDir dir("sigint", false);
  const auto file = dir.make("slow_down", "create table slow_probe (id int);",
                             "select pg_sleep(0.5);\ndrop table slow_probe;");
  std::vector<std::string> targets;
  for (int i = 0; i < k_fleet_size; ++i) {
    dbs.push_back(
        std::make_unique<TestDatabase>(fmt::format("r{:02}", i), TestDatabase::Sessions::per_call));
    targets.insert(targets.end(), {"--url", dbs.back()->url()});
  }
  const auto with = [&](std::vector<std::string> args) {
    args.insert(args.end(), targets.begin(), targets.end());
    return args;
  };
  const auto migrated = run_tenantctl(
      with({"migrate", "--yes", "--migrations", dir.path().string(), "--concurrency", "4"}));
  ASSERT_EQ(migrated.exit_code, 0) << migrated.out << migrated.err;
  const auto rollback = with({"rollback", "--yes", "--migrations", dir.path().string(),
                              "--concurrency", "4", "--format", "json"});
  auto run = std::async(std::launch::async, [&] { return run_tenantctl(rollback); });
  ASSERT_FALSE(test_support::wait_for_sleeper(dbs[0]->name()).empty());
  EXPECT_EQ(
      run_program({"pkill", "-INT", "-f", "tenantctl rollback .*" + dbs[0]->name()}).exit_code, 0);
  const auto result = run.get();
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("\"interrupted\": true"), std::string::npos) << result.out;
  int rolled_back = 0;
  for (const auto& db : dbs) {
    const bool has_table = db->scalar("select to_regclass('public.slow_probe') is not null") == "t";
    const bool named =
        db->scalar("select count(*) from knex_migrations where name = '" + file + "'") == "1";
    EXPECT_EQ(has_table, named) << db->name();
    EXPECT_EQ(db->scalar("select string_agg(is_locked::text, ',') from knex_migrations_lock"), "0")
        << db->name();
    rolled_back += has_table ? 0 : 1;
  }
  EXPECT_GE(rolled_back, 1);
  EXPECT_LE(rolled_back, 8);
  const auto again = run_tenantctl(rollback);
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  for (const auto& db : dbs) {
    EXPECT_EQ(db->scalar("select count(*) from knex_migrations"), "0") << db->name();
    EXPECT_EQ(db->scalar("select to_regclass('public.slow_probe') is null"), "t") << db->name();
  }
}

// SIGTERM while `secrets rotate` re-encrypts a registry of 50 (slowed by a
// trigger on its rows, as a platform's audit trigger might be): its one
// central transaction never commits, so every stored password stays under
// the old key and none under the new; the next rotation does them all.
TEST(FaultTest, SigtermDuringKeyRotationLeavesEveryPasswordUnderTheOldKey) {
  test_support::Platform platform;
  std::vector<std::string> slugs{"rotk-a", "rotk-b", "rotk-c"};
  std::vector<std::string> passwords;
  for (const auto& slug : slugs) {
    const auto created = platform.run({"tenant", "create", "--slug", slug, "--name", slug});
    ASSERT_EQ(created.exit_code, 0) << created.out << created.err;
    passwords.push_back(platform.password_of(slug));
  }
  // The rest of a fleet of 50: registry rows whose passwords rotation
  // re-encrypts (it never connects to the tenants).
  for (int i = static_cast<int>(slugs.size()); i < k_fleet_size; ++i) {
    slugs.push_back(fmt::format("rotk-{:02}", i));
    passwords.push_back(fmt::format("Fleet-pw-{:02}-x", i));
    platform.add_registry_row({.id = fmt::format("rotk-id-{}", i),
                               .slug = slugs.back(),
                               .host = test_support::cluster().socket_dir,
                               .port = test_support::cluster().port,
                               .dbname = fmt::format("rotk_{}", i),
                               .user = fmt::format("rotk_{}", i),
                               .password = passwords.back()});
  }
  platform.central().exec(
      "create function slow_row() returns trigger language plpgsql as $$"
      " begin perform pg_sleep(1); return new; end $$;"
      "create trigger slow_row before update on tenants for each row execute function slow_row()");
  const std::vector<std::pair<std::string, std::string>> env{
      {"DB_ENCRYPTION_KEY_NEW", test_support::k_provision_other_key}};
  auto run = std::async(std::launch::async, [&] {
    return platform.run({"secrets", "rotate"}, env);
  });
  // The first row's UPDATE, in its trigger's sleep.
  ASSERT_FALSE(test_support::wait_for_statement(platform.central().name(), "update ").empty());
  EXPECT_EQ(run_program({"pkill", "-TERM", "-f",
                         "secrets rotate --config " + platform.config_path().string()})
                .exit_code,
            0);
  const auto result = run.get();
  EXPECT_NE(result.exit_code, 0) << result.out << result.err;
  test_support::expect_no_secret(
      result, {test_support::k_provision_key, test_support::k_provision_other_key});
  // Once the central backend has seen its client go, nothing is left locked.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (platform.central().scalar("select count(*) from pg_stat_activity where datname ="
                                   " current_database() and pid <> pg_backend_pid()") != "0" &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  for (std::size_t i = 0; i < slugs.size(); ++i) {
    EXPECT_EQ(platform.password_of(slugs[i]), passwords[i]) << slugs[i];
  }
  platform.central().exec("drop trigger slow_row on tenants");
  const auto again = platform.run({"secrets", "rotate"}, env);
  ASSERT_EQ(again.exit_code, 0) << again.out << again.err;
  for (std::size_t i = 0; i < slugs.size(); ++i) {
    EXPECT_EQ(platform.password_of(slugs[i], test_support::k_provision_other_key), passwords[i])
        << slugs[i];
  }
}

// SIGTERM while `secrets rotate-passwords --all` rotates a registry of 50
// tenants, one at a time (the registry's UPDATE slowed by a trigger, as a
// platform's audit trigger might be): the tenant in hand finishes all its
// steps (its registry row and its role both on the new password), no other
// starts, and the run says it was interrupted (exit 1); every other tenant
// keeps its password, nothing is left to repair, and the next run rotates
// them all.
TEST(FaultTest, SigtermDuringPasswordRotationFinishesTheTenantInHandAndStartsNoOther) {
  test_support::Platform platform;
  std::vector<std::string> slugs;
  std::vector<std::string> before;
  for (int i = 0; i < k_fleet_size; ++i) {
    slugs.push_back(fmt::format("pw-{:02}", i));
    before.push_back(fmt::format("Start-pw-{:02}-x", i));
    const std::string role = platform.object_name(slugs.back());
    test_support::exec_admin(
        fmt::format("create role \"{}\" login password '{}'", role, before.back()));
    platform.add_registry_row({.id = fmt::format("pw-id-{}", i),
                               .slug = slugs.back(),
                               .host = "127.0.0.1",
                               .port = test_support::cluster().port,
                               .dbname = "postgres",
                               .user = role,
                               .password = before.back()});
  }
  platform.central().exec(
      "create function slow_row() returns trigger language plpgsql as $$"
      " begin perform pg_sleep(1); return new; end $$;"
      "create trigger slow_row before update on tenants for each row execute function slow_row()");
  auto run = std::async(std::launch::async, [&] {
    return platform.run({"secrets", "rotate-passwords", "--all"});
  });
  ASSERT_FALSE(test_support::wait_for_statement(platform.central().name(), "update ").empty());
  EXPECT_EQ(run_program({"pkill", "-TERM", "-f",
                         "secrets rotate-passwords --config " + platform.config_path().string()})
                .exit_code,
            0);
  const auto result = run.get();
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("not started: interrupted"), std::string::npos) << result.out;
  test_support::expect_no_secret(result, {test_support::k_provision_key});
  int rotated = 0;
  for (std::size_t i = 0; i < slugs.size(); ++i) {
    const std::string role = platform.object_name(slugs[i]);
    const std::string now = platform.password_of(slugs[i]);
    rotated += now != before[i] ? 1 : 0;
    // The registry holds the role's password, new or old.
    EXPECT_TRUE(test_support::can_log_in(role, now, "postgres")) << slugs[i];
  }
  EXPECT_EQ(rotated, 1) << result.out;
  EXPECT_EQ(platform.central().scalar("select count(*) from tenantctl.password_rotations"), "0");
  platform.central().exec("drop trigger slow_row on tenants");
  const auto again = platform.run({"secrets", "rotate-passwords", "--all"});
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  for (std::size_t i = 0; i < slugs.size(); ++i) {
    const std::string now = platform.password_of(slugs[i]);
    EXPECT_NE(now, before[i]) << slugs[i];
    EXPECT_TRUE(test_support::can_log_in(platform.object_name(slugs[i]), now, "postgres"))
        << slugs[i];
  }
}

// Waits until a session of `cluster`'s database `dbname` waits for a
// synchronous standby (a commit written locally, not yet acknowledged);
// false after 30 s.
bool wait_for_sync_rep(const PrivateCluster& cluster, const std::string& dbname) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    auto admin = pg::Session::open(cluster.conninfo("postgres"));
    auto rows = admin ? admin->query(
                            "select count(*) from pg_stat_activity where datname = $1 "
                            "and wait_event = 'SyncRep'",
                            {dbname})
                      : base::Result<pg::Rows>(admin.error());
    if (rows && rows->text(0, 0) != "0") {
      return true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

// Makes commits on `cluster` that ask for it (synchronous_commit above
// local; the cluster's default is off) wait for a synchronous standby that
// never comes, or (hold = false) lets them go; returns once a probe commit
// shows it in effect.
void hold_synchronous_commits(const PrivateCluster& cluster, bool hold) {
  auto admin = pg::Session::open(cluster.conninfo("postgres"));
  ASSERT_TRUE(admin) << admin.error().message();
  ASSERT_TRUE(admin->execute(hold ? "alter system set synchronous_standby_names = 'nobody'"
                                  : "alter system reset synchronous_standby_names"));
  ASSERT_TRUE(admin->query("select pg_reload_conf()"));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    // A probe commit that writes: one that waits is let go by cancelling it
    // (it commits anyway); one that does not returns at once.
    auto probe = pg::Session::open(cluster.conninfo("postgres"));
    ASSERT_TRUE(probe) << probe.error().message();
    auto pid = probe->query(
        "create table if not exists sync_probe (at timestamptz);"
        "set synchronous_commit = remote_write; begin; insert into sync_probe values (now());"
        "select pg_catalog.pg_backend_pid()");
    ASSERT_TRUE(pid) << pid.error().message();
    auto commit = std::async(std::launch::async, [&] { return probe->execute("commit"); });
    const bool waited =
        commit.wait_for(std::chrono::milliseconds(500)) != std::future_status::ready;
    if (waited) {
      ASSERT_TRUE(admin->query(fmt::format("select pg_cancel_backend({})", pid->text(0, 0))));
    }
    (void)commit.get();
    if (waited == hold) {
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ADD_FAILURE() << "synchronous commits were not " << (hold ? "held" : "let go");
}

// `secrets rotate-passwords` killed between its two COMMITs: the registry's
// COMMIT is written but held (its central database waits for a synchronous
// standby that is down, as a central database with synchronous replication
// may), tenantctl is killed there with SIGKILL, and the commit then goes
// through: the registry holds the new password and the role, whose change
// was never committed, the old one. The value the registry had committed
// with it (tenantctl.password_rotations): the next rotate-passwords puts the
// registry back on the role's password, then rotates, and every tenant logs
// in with the registry's password again.
TEST(FaultTest, RotatePasswordsKilledBetweenItsCommitsIsRepairedByTheNextRun) {
  test_support::Platform platform;
  const std::vector<std::string> slugs{"kw-a", "kw-b", "kw-c"};
  std::vector<std::string> before;
  for (const auto& slug : slugs) {
    const auto created = platform.run({"tenant", "create", "--slug", slug, "--name", slug});
    ASSERT_EQ(created.exit_code, 0) << created.out << created.err;
    before.push_back(platform.password_of(slug));
  }
  const PrivateCluster central_cluster;
  PrivateDb central(central_cluster, "central");
  copy_database(platform.central().url(), central.url());
  const std::vector<std::pair<std::string, std::string>> env{
      {"TENANTCTL_CENTRAL_URL", central.url()}};
  // The registry's password column of `slug` as the private central has it.
  const auto stored = [&](const std::string& slug) {
    return central.scalar("select \"dbPassword\" from tenants where slug = '" + slug + "'")
        .value_or("");
  };
  const auto key = crypto::EncryptionKey::from_text(test_support::k_provision_key, "key");
  ASSERT_TRUE(key);
  const auto plain = [&](const std::string& value) {
    auto decrypted = crypto::decrypt(*key, value);
    return decrypted ? std::string(decrypted->view()) : std::string();
  };
  // A transaction that changes a registry row asks for the standby.
  central.scalar(
      "create function hold_commit() returns trigger language plpgsql as $$ begin"
      " perform set_config('synchronous_commit', 'remote_write', true); return new; end $$;"
      "create trigger hold_commit before update on tenants for each row"
      " execute function hold_commit(); select 1");
  hold_synchronous_commits(central_cluster, true);
  auto run = std::async(std::launch::async, [&] {
    return platform.run({"secrets", "rotate-passwords", "--all"}, env);
  });
  ASSERT_TRUE(wait_for_sync_rep(central_cluster, "central"));
  EXPECT_EQ(run_program({"pkill", "-KILL", "-f",
                         "secrets rotate-passwords --config " + platform.config_path().string()})
                .exit_code,
            0);
  EXPECT_EQ(run.get().exit_code, 128 + 9);
  hold_synchronous_commits(central_cluster, false);
  // The held commit goes through, and its session, whose client is gone,
  // ends.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (central.scalar("select count(*) from pg_stat_activity where datname ="
                        " current_database() and pid <> pg_backend_pid()") != "0" &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  central.scalar("drop trigger hold_commit on tenants; select 1");
  // The window: one tenant's registry row has a new password its role does
  // not have; the value it replaced is kept. The others are untouched.
  int apart = 0;
  for (std::size_t i = 0; i < slugs.size(); ++i) {
    const std::string name = platform.object_name(slugs[i]);
    const std::string now = plain(stored(slugs[i]));
    if (now == before[i]) {
      EXPECT_TRUE(test_support::can_log_in(name, before[i], name)) << slugs[i];
      continue;
    }
    ++apart;
    EXPECT_FALSE(test_support::can_log_in(name, now, name)) << slugs[i];
    EXPECT_TRUE(test_support::can_log_in(name, before[i], name)) << slugs[i];
    EXPECT_EQ(plain(central
                        .scalar("select previous_password from tenantctl.password_rotations "
                                "where tenant_id = (select id from tenants where slug = '" +
                                slugs[i] + "')")
                        .value_or("")),
              before[i])
        << slugs[i];
  }
  EXPECT_EQ(apart, 1);
  // The next rotation repairs it first, then rotates every tenant.
  const auto again = platform.run({"secrets", "rotate-passwords", "--all"}, env);
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_NE(again.out.find("an interrupted rotation repaired first"), std::string::npos)
      << again.out;
  test_support::expect_no_secret(again, {test_support::k_provision_key});
  for (std::size_t i = 0; i < slugs.size(); ++i) {
    const std::string name = platform.object_name(slugs[i]);
    const std::string now = plain(stored(slugs[i]));
    EXPECT_NE(now, before[i]) << slugs[i];
    EXPECT_TRUE(test_support::can_log_in(name, now, name)) << slugs[i];
  }
  EXPECT_EQ(central.scalar("select count(*) from tenantctl.password_rotations"), "0");
}

// `tenant create` stopped while it runs the new tenant's migrations.
// SIGKILL: the migration's transaction never commits, knex's lock is free,
// the registry row stays PROVISIONING, and the same command run again
// continues where it stopped and makes the tenant ACTIVE, each migration run
// once. SIGTERM (or Ctrl-C): as for migrate, the tenant being provisioned is
// finished whole rather than cut, no step is left half done, and the exit
// code (1) says the run was interrupted.
TEST(FaultTest, TenantCreateStoppedMidMigrationIsWholeOrContinuedByTheSameCommand) {
  test_support::Platform platform;
  const MigrationsDir dir("create-stop", false);
  const auto file = dir.make("slow", "create table slow_probe (id int);\nselect pg_sleep(2);",
                             "drop table slow_probe;");
  const auto schema = dir.path() / "schema.toml";
  std::ofstream(schema) << "[table.public.slow_probe]\n[[table.public.slow_probe.column]]\n"
                           "name = \"id\"\ntype = \"integer\"\n";
  const auto create = [&](const std::string& slug) {
    return std::vector<std::string>{"tenant",   "create",       "--slug",       slug,
                                    "--name",   slug + " co",   "--migrations", dir.path().string(),
                                    "--schema", schema.string()};
  };
  // A query on a tenant's database, the first value as text.
  const auto in_tenant = [&](const std::string& slug, const std::string& sql) {
    auto session = pg::Session::open(test_support::cluster().conninfo(platform.object_name(slug)));
    EXPECT_TRUE(session) << session.error().message();
    auto rows = session ? session->query(sql) : base::Result<pg::Rows>(base::Error("no session"));
    EXPECT_TRUE(rows) << rows.error().message();
    return rows && !rows->empty() ? std::string(rows->text(0, 0)) : std::string();
  };
  const auto stop_mid_migration = [&](const std::string& slug, const char* signal) {
    auto run = std::async(std::launch::async, [&] { return platform.run(create(slug)); });
    EXPECT_FALSE(test_support::wait_for_sleeper(platform.object_name(slug)).empty());
    EXPECT_EQ(run_program({"pkill", signal, "-f", "slug " + slug + " --name"}).exit_code, 0);
    return run.get();
  };

  const auto killed = stop_mid_migration("kill-co", "-KILL");
  EXPECT_EQ(killed.exit_code, 128 + 9) << killed.out << killed.err;
  EXPECT_EQ(platform.registry("kill-co", "status"), "PROVISIONING");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (in_tenant("kill-co",
                   "select count(*) from pg_stat_activity where datname ="
                   " current_database() and pid <> pg_backend_pid()") != "0" &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(in_tenant("kill-co", "select to_regclass('public.slow_probe') is null"), "t");
  // knex's tables, made in the migration's transaction, went with it; if
  // they are there, they name nothing and the lock is free.
  if (in_tenant("kill-co", "select to_regclass('public.knex_migrations') is not null") == "t") {
    EXPECT_EQ(in_tenant("kill-co", "select count(*) from knex_migrations"), "0");
    EXPECT_EQ(
        in_tenant("kill-co", "select string_agg(is_locked::text, ',') from knex_migrations_lock"),
        "0");
  }
  const auto again = platform.run(create("kill-co"));
  ASSERT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_EQ(platform.registry("kill-co", "status"), "ACTIVE");
  EXPECT_EQ(
      in_tenant("kill-co", "select count(*) from knex_migrations where name = '" + file + "'"),
      "1");
  EXPECT_EQ(in_tenant("kill-co", "select to_regclass('public.slow_probe') is not null"), "t");

  const auto terminated = stop_mid_migration("term-co", "-TERM");
  EXPECT_EQ(terminated.exit_code, 1) << terminated.out << terminated.err;
  EXPECT_NE(terminated.err.find("interrupted: tenant term-co was finished before stopping"),
            std::string::npos)
      << terminated.err;
  EXPECT_EQ(platform.registry("term-co", "status"), "ACTIVE");
  EXPECT_EQ(
      in_tenant("term-co", "select count(*) from knex_migrations where name = '" + file + "'"),
      "1");
  EXPECT_EQ(
      in_tenant("term-co", "select string_agg(is_locked::text, ',') from knex_migrations_lock"),
      "0");
}

}  // namespace
