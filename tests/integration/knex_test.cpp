// tenantctl's migrations against one tenant, checked with the real knex
// (tests/support/node): what tenantctl records is what knex lists, knex has
// nothing left to do, the lock keeps each out while the other runs, and a
// crash leaves the tenant as it was (docs/migrations.md).

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>

#include "knex/ledger.hpp"
#include "support/knex_support.hpp"
#include "support/run_command.hpp"
#include "support/test_cluster.hpp"

namespace {

using test_support::MigrationsDir;
using test_support::run_knex;
using test_support::run_tenantctl;
using test_support::TestDatabase;

test_support::CommandResult migrate(const TestDatabase& db, const MigrationsDir& dir,
                                    std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"migrate", "--url", db.url(), "--migrations",
                                   dir.path().string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_tenantctl(args);
}

std::string ledger(TestDatabase& db) {
  return db
      .scalar(
          "select coalesce(string_agg(name || ':' || batch, ',' order by id), '') "
          "from knex_migrations")
      .value_or("");
}

std::string lock_value(TestDatabase& db) {
  return db.scalar("select string_agg(is_locked::text, ',') from knex_migrations_lock")
      .value_or("");
}

// The columns, defaults and keys of knex's two tables, to compare databases.
std::string knex_table_shape(TestDatabase& db) {
  return db
      .scalar(
          "select string_agg(format('%s.%s %s %s %s', table_name, column_name, data_type, "
          "coalesce(character_maximum_length::text, ''), coalesce(column_default, '')), '; ' "
          "order by table_name, ordinal_position) || ' | ' || (select string_agg(conname || ' ' "
          "|| pg_get_constraintdef(oid), '; ' order by conname) from pg_constraint where "
          "conrelid in ('knex_migrations'::regclass, 'knex_migrations_lock'::regclass)) from "
          "information_schema.columns where table_schema = 'public' and table_name like "
          "'knex_migrations%'")
      .value_or("");
}

TEST(KnexTest, MigrateRecordsWhatKnexListsAndKnexHasNothingLeft) {
  TestDatabase db;
  const MigrationsDir dir("migrate");
  const auto result = migrate(db, dir, {"--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  const auto names = MigrationsDir::repository_names();
  std::string expected;
  for (const auto& name : names) {
    expected += (expected.empty() ? "" : ",") + name + ":1";
  }
  EXPECT_EQ(ledger(db), expected);
  EXPECT_EQ(lock_value(db), "0");
  EXPECT_EQ(db.scalar("select count(distinct migration_time) from knex_migrations"), "1");
  EXPECT_EQ(db.scalar("select to_regclass('public.field_definitions') is not null"), "t");

  const auto listed = run_knex("list", db.url(), dir.path());
  ASSERT_EQ(listed.exit_code, 0) << listed.raw;
  EXPECT_EQ(listed.completed, names);
  EXPECT_TRUE(listed.pending.empty());
  const auto latest = run_knex("latest", db.url(), dir.path());
  ASSERT_EQ(latest.exit_code, 0) << latest.raw;
  EXPECT_TRUE(latest.log.empty()) << latest.raw;
  EXPECT_EQ(ledger(db), expected);

  // Nothing pending: up to date, nothing recorded.
  const auto again = migrate(db, dir);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("up_to_date"), std::string::npos) << again.out;
  EXPECT_EQ(ledger(db), expected);
}

TEST(KnexTest, CreatesKnexsTablesExactlyAsKnexDoes) {
  TestDatabase by_knex("k");
  TestDatabase by_tenantctl("t");
  const MigrationsDir empty("empty", false);
  ASSERT_EQ(run_knex("list", by_knex.url(), empty.path()).exit_code, 0);
  ASSERT_EQ(migrate(by_tenantctl, empty).exit_code, 0);
  const auto shape = knex_table_shape(by_knex);
  EXPECT_NE(shape.find("knex_migrations.name character varying 255"), std::string::npos) << shape;
  EXPECT_EQ(knex_table_shape(by_tenantctl), shape);
  EXPECT_EQ(lock_value(by_tenantctl), lock_value(by_knex));
  EXPECT_EQ(lock_value(by_tenantctl), "0");
}

TEST(KnexTest, RollbackUndoesTheLastBatchAndKnexAgreesBothWays) {
  TestDatabase db;
  const MigrationsDir dir("rollback");
  ASSERT_EQ(migrate(db, dir).exit_code, 0);
  const auto orders = dir.make("add_orders",
                               "create table orders (id int primary key, note text "
                               "default 'why?');",
                               "drop table orders;");
  const auto index = dir.make("index_orders", "create index orders_note_idx on orders (note);",
                              "drop index orders_note_idx;");
  const auto second = migrate(db, dir);
  ASSERT_EQ(second.exit_code, 0) << second.out << second.err;
  EXPECT_NE(second.out.find("batch 2: " + orders + ", " + index), std::string::npos) << second.out;
  EXPECT_EQ(run_knex("list", db.url(), dir.path()).pending, std::vector<std::string>{});

  const auto rolled = run_tenantctl(
      {"rollback", "--url", db.url(), "--migrations", dir.path().string(), "--format", "json"});
  ASSERT_EQ(rolled.exit_code, 0) << rolled.out << rolled.err;
  EXPECT_NE(rolled.out.find("\"rolled_back\""), std::string::npos) << rolled.out;
  EXPECT_EQ(db.scalar("select to_regclass('public.orders') is null"), "t");
  EXPECT_EQ(db.scalar("select max(batch) from knex_migrations"), "1");
  EXPECT_EQ(lock_value(db), "0");
  auto listed = run_knex("list", db.url(), dir.path());
  EXPECT_EQ(listed.completed, MigrationsDir::repository_names());
  EXPECT_EQ(listed.pending, (std::vector<std::string>{orders, index}));

  // knex runs the same SQL through the companions; tenantctl sees it done.
  const auto latest = run_knex("latest", db.url(), dir.path());
  ASSERT_EQ(latest.exit_code, 0) << latest.raw;
  EXPECT_EQ(latest.log, (std::vector<std::string>{orders, index}));
  EXPECT_EQ(db.scalar("select column_default from information_schema.columns where "
                      "table_name = 'orders' and column_name = 'note'"),
            "'why?'::text");
  const auto status =
      run_tenantctl({"status", "--url", db.url(), "--migrations", dir.path().string(), "--schema",
                     std::string(TENANTCTL_SOURCE_DIR) + "/schema", "--format", "json"});
  EXPECT_NE(status.out.find("\"status\": \"up_to_date\""), std::string::npos) << status.out;
  // ... and tenantctl rolls back the batch knex wrote.
  ASSERT_EQ(
      run_tenantctl({"rollback", "--url", db.url(), "--migrations", dir.path().string()}).exit_code,
      0);
  listed = run_knex("list", db.url(), dir.path());
  EXPECT_EQ(listed.pending, (std::vector<std::string>{orders, index}));
  // Every batch, down to an empty database.
  const auto all = run_tenantctl(
      {"rollback", "--all-batches", "--url", db.url(), "--migrations", dir.path().string()});
  ASSERT_EQ(all.exit_code, 0) << all.out << all.err;
  EXPECT_EQ(ledger(db), "");
  EXPECT_EQ(db.scalar("select count(*) from pg_tables where schemaname = 'public' and tablename "
                      "not like 'knex%'"),
            "0");
  EXPECT_EQ(run_knex("list", db.url(), dir.path()).completed, std::vector<std::string>{});
}

TEST(KnexTest, RollbackWithoutADownPartIsRefusedBeforeAnythingRuns) {
  TestDatabase db;
  const MigrationsDir dir("nodown");
  ASSERT_EQ(migrate(db, dir).exit_code, 0);
  const auto with_down = dir.make("a_table", "create table a (id int);", "drop table a;");
  const auto without = dir.make("b_table", "create table b (id int);", "");
  ASSERT_EQ(migrate(db, dir).exit_code, 0);
  const auto before = ledger(db);
  const auto rolled =
      run_tenantctl({"rollback", "--url", db.url(), "--migrations", dir.path().string()});
  EXPECT_EQ(rolled.exit_code, 1);
  EXPECT_NE(rolled.out.find(without.substr(0, without.size() - 3) + ".sql has no down part"),
            std::string::npos)
      << rolled.out;
  EXPECT_EQ(ledger(db), before);
  EXPECT_EQ(db.scalar("select to_regclass('public.a') is not null"), "t");
  EXPECT_EQ(lock_value(db), "0");
  (void)with_down;
}

TEST(KnexTest, MissingFileLeavesTheTenantUntouchedAsKnexWould) {
  TestDatabase db;
  const MigrationsDir dir("missing");
  ASSERT_EQ(migrate(db, dir).exit_code, 0);
  db.exec(
      "insert into knex_migrations (name, batch, migration_time) values "
      "('20250101000000_gone.js', 2, now())");
  const auto pending = dir.make("add_t", "create table t (id int);", "drop table t;");
  const auto result = migrate(db, dir);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("The migration directory is corrupt, the following files are "
                            "missing: 20250101000000_gone.js"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(db.scalar("select to_regclass('public.t') is null"), "t");
  EXPECT_EQ(lock_value(db), "0");
  const auto knex = run_knex("latest", db.url(), dir.path());
  EXPECT_EQ(knex.exit_code, 1);
  EXPECT_NE(knex.error.find("The migration directory is corrupt, the following files are "
                            "missing: 20250101000000_gone.js"),
            std::string::npos)
      << knex.raw;
  const auto status =
      run_tenantctl({"status", "--url", db.url(), "--migrations", dir.path().string(), "--schema",
                     std::string(TENANTCTL_SOURCE_DIR) + "/schema", "--exit-code"});
  EXPECT_EQ(status.exit_code, 2) << status.out << status.err;
  EXPECT_NE(status.out.find("missing"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("1 pending: " + pending), std::string::npos) << status.out;
}

TEST(KnexTest, PendingHandWrittenKnexMigrationIsLeftToKnex) {
  TestDatabase db;
  const MigrationsDir dir("byhand");
  ASSERT_EQ(migrate(db, dir).exit_code, 0);
  const std::string by_hand = "20990101000000_seed_roles.cjs";
  std::ofstream(dir.path() / by_hand)
      << "exports.up = (knex) => knex.raw(\"insert into roles (name) values ('seeded')\");\n"
         "exports.down = (knex) => knex.raw(\"delete from roles where name = 'seeded'\");\n";
  const auto refused = migrate(db, dir);
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.out.find("hand-written knex migration(s) pending: " + by_hand),
            std::string::npos)
      << refused.out;
  EXPECT_NE(refused.out.find("knex migrate:latest"), std::string::npos) << refused.out;
  EXPECT_EQ(db.scalar("select count(*) from roles where name = 'seeded'"), "0");
  const auto knex = run_knex("latest", db.url(), dir.path());
  ASSERT_EQ(knex.exit_code, 0) << knex.raw;
  EXPECT_EQ(knex.log, std::vector<std::string>{by_hand});
  const auto after = migrate(db, dir);
  EXPECT_EQ(after.exit_code, 0) << after.out;
  EXPECT_NE(after.out.find("up_to_date"), std::string::npos) << after.out;
}

// Issue 14: an existing fleet adopts tenantctl (or knex) late: the schema
// is there, knex_migrations is not; --baseline records every file, the
// hand-written knex ones too, as run, without running any.
TEST(KnexTest, BaselineRecordsAnExistingSchemasFilesWithoutRunningThem) {
  TestDatabase db;
  const MigrationsDir dir("baseline");
  const std::string by_hand = "20990101000000_seed_table.cjs";
  std::ofstream(dir.path() / by_hand)
      << "exports.up = (knex) => knex.raw('create table seeded (id integer)');\n"
         "exports.down = (knex) => knex.raw('drop table seeded');\n";
  // The schema the files make, made without knex: each .sql file's up part.
  std::vector<std::filesystem::path> sql_files;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    if (entry.path().extension() == ".sql") {
      sql_files.push_back(entry.path());
    }
  }
  std::sort(sql_files.begin(), sql_files.end());
  for (const auto& file : sql_files) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    const auto all = text.str();
    const auto down = all.find("-- migrate:down");
    db.exec(all.substr(0, down));
  }
  db.exec("create table seeded (id integer)");

  // Without --baseline: the hand-written file is refused, nothing changes.
  EXPECT_EQ(migrate(db, dir).exit_code, 1);
  EXPECT_EQ(db.scalar("select to_regclass('knex_migrations') is null"), "t");
  const auto dry = migrate(db, dir, {"--baseline", "--dry-run"});
  EXPECT_EQ(dry.exit_code, 0) << dry.out << dry.err;
  EXPECT_NE(dry.out.find("would record as run"), std::string::npos) << dry.out;
  EXPECT_EQ(db.scalar("select to_regclass('knex_migrations') is null"), "t");

  const auto baselined = migrate(db, dir, {"--baseline"});
  ASSERT_EQ(baselined.exit_code, 0) << baselined.out << baselined.err;
  EXPECT_NE(baselined.out.find("recorded as run, not run (baseline)"), std::string::npos)
      << baselined.out;
  const auto names = MigrationsDir::repository_names();
  EXPECT_NE(ledger(db).find(names.front() + ":1"), std::string::npos) << ledger(db);
  EXPECT_NE(ledger(db).find(by_hand + ":1"), std::string::npos) << ledger(db);
  EXPECT_EQ(lock_value(db), "0");
  // knex agrees that nothing is left, and runs nothing.
  const auto knex = run_knex("latest", db.url(), dir.path());
  ASSERT_EQ(knex.exit_code, 0) << knex.raw;
  EXPECT_TRUE(knex.log.empty()) << knex.raw;
  const auto after = migrate(db, dir);
  EXPECT_EQ(after.exit_code, 0) << after.out;
  EXPECT_NE(after.out.find("up_to_date"), std::string::npos) << after.out;
}

// Issue 14: a project with migrations and no desired schema yet: status
// and migrate work on the migrations alone; drift is "not checked", never an
// error; plan says what it needs.
TEST(KnexTest, MigrationsWithoutADesiredSchema) {
  TestDatabase db;
  const MigrationsDir dir("noschema");
  const auto project = dir.path().parent_path() / (dir.path().filename().string() + "-project");
  std::filesystem::create_directories(project / "schema");  // empty
  std::ofstream(project / "tenantctl.toml")
      << "[paths]\nschema = \"" << (project / "schema").string() << "\"\nmigrations = \""
      << dir.path().string() << "\"\n";
  const std::string config = (project / "tenantctl.toml").string();

  const auto before = run_tenantctl({"status", "--url", db.url(), "--config", config});
  EXPECT_EQ(before.exit_code, 0) << before.out << before.err;
  EXPECT_NE(before.out.find("pending"), std::string::npos) << before.out;
  EXPECT_NE(before.out.find("unchecked"), std::string::npos) << before.out;
  EXPECT_NE(before.out.find("drift not checked: no desired schema"), std::string::npos)
      << before.out;
  const auto migrated = run_tenantctl({"migrate", "--url", db.url(), "--config", config});
  EXPECT_EQ(migrated.exit_code, 0) << migrated.out << migrated.err;
  const auto after =
      run_tenantctl({"status", "--url", db.url(), "--config", config, "--format", "json"});
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_NE(after.out.find("\"drift_checked\": false"), std::string::npos) << after.out;
  EXPECT_NE(after.out.find("\"up_to_date\": 1"), std::string::npos) << after.out;

  const auto plan = run_tenantctl({"plan", "--url", db.url(), "--config", config});
  EXPECT_EQ(plan.exit_code, 78) << plan.out << plan.err;
  EXPECT_NE(plan.err.find("there is no desired schema"), std::string::npos) << plan.err;
  EXPECT_NE(plan.err.find("status, migrate, rollback"), std::string::npos) << plan.err;
  // A --schema given that is not there stays an error.
  const auto wrong = run_tenantctl(
      {"status", "--url", db.url(), "--config", config, "--schema", (project / "nope").string()});
  EXPECT_EQ(wrong.exit_code, 78) << wrong.out << wrong.err;
  std::filesystem::remove_all(project);
}

TEST(KnexTest, TenantctlRefusesWhileKnexHoldsTheLock) {
  TestDatabase db;
  const MigrationsDir dir("knexlock");
  ASSERT_EQ(migrate(db, dir).exit_code, 0);
  const auto before = ledger(db);
  // knex is migrating (its transaction holds the lock row) ...
  const auto slow = dir.make("slow", "select pg_sleep(3);", "select 1;");
  auto knex =
      std::async(std::launch::async, [&] { return run_knex("latest", db.url(), dir.path()); });
  ASSERT_FALSE(test_support::wait_for_sleeper(db.name()).empty());
  const auto refused = migrate(db, dir, {"--lock-timeout", "300ms"});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.out.find("knex's migration lock is held"), std::string::npos) << refused.out;
  EXPECT_NE(refused.out.find("tenantctl unlock"), std::string::npos) << refused.out;
  const auto knex_done = knex.get();
  ASSERT_EQ(knex_done.exit_code, 0) << knex_done.raw;
  EXPECT_EQ(knex_done.log, std::vector<std::string>{slow});
  EXPECT_EQ(ledger(db), before + "," + slow + ":2");  // knex's batch only
  EXPECT_EQ(lock_value(db), "0");

  // ... or left the lock taken (a knex run without transactions, or a crash).
  ASSERT_EQ(run_knex("lock", db.url(), dir.path()).exit_code, 0);
  EXPECT_EQ(lock_value(db), "1");
  const auto next = dir.make("next", "create table next_one (id int);", "drop table next_one;");
  const auto stale = migrate(db, dir);
  EXPECT_EQ(stale.exit_code, 1);
  EXPECT_NE(stale.out.find("is_locked = 1"), std::string::npos) << stale.out;
  EXPECT_EQ(db.scalar("select to_regclass('public.next_one') is null"), "t");
  const auto no_terminal = run_tenantctl({"unlock", "--url", db.url()});
  EXPECT_EQ(no_terminal.exit_code, 64) << no_terminal.err;
  EXPECT_EQ(lock_value(db), "1");
  const auto unlocked = run_tenantctl({"unlock", "--url", db.url(), "--yes"});
  ASSERT_EQ(unlocked.exit_code, 0) << unlocked.err;
  EXPECT_NE(unlocked.out.find("unlocked"), std::string::npos) << unlocked.out;
  EXPECT_EQ(lock_value(db), "0");
  ASSERT_EQ(migrate(db, dir).exit_code, 0);
  EXPECT_EQ(run_knex("list", db.url(), dir.path()).completed.back(), next);
}

TEST(KnexTest, KnexRefusesWhileTenantctlHoldsTheLock) {
  TestDatabase db;
  const MigrationsDir dir("ourlock");
  ASSERT_EQ(migrate(db, dir).exit_code, 0);
  const auto slow = dir.make("slow", "create table slow_probe (id int);\nselect pg_sleep(3);",
                             "drop table slow_probe;");
  auto ours = std::async(std::launch::async, [&] { return migrate(db, dir); });
  ASSERT_FALSE(test_support::wait_for_sleeper(db.name()).empty());
  // A knex that does not wait for the row gives up: the lock is taken.
  const auto knex = run_knex("latest", db.url(), dir.path(), {{"KNEX_LOCK_TIMEOUT", "300"}});
  EXPECT_EQ(knex.exit_code, 1) << knex.raw;
  EXPECT_NE(knex.error.find("lock timeout"), std::string::npos) << knex.raw;
  const auto done = ours.get();
  ASSERT_EQ(done.exit_code, 0) << done.out << done.err;
  // A patient knex finds the work done: nothing to run twice.
  const auto latest = run_knex("latest", db.url(), dir.path());
  ASSERT_EQ(latest.exit_code, 0) << latest.raw;
  EXPECT_TRUE(latest.log.empty());
  EXPECT_EQ(run_knex("list", db.url(), dir.path()).completed.back(), slow);

  // apply's plan runs under knex's lock held in an open transaction of its
  // own connection (never committed): a knex that does not wait gives up,
  // a patient one waits for the release and then finds nothing to run.
  auto held = knex::HeldLock::take(db.conninfo(), db.name(), "1s");
  ASSERT_TRUE(held) << held.error().message();
  const auto blocked = run_knex("latest", db.url(), dir.path(), {{"KNEX_LOCK_TIMEOUT", "300"}});
  EXPECT_EQ(blocked.exit_code, 1);
  EXPECT_NE(blocked.error.find("lock timeout"), std::string::npos) << blocked.raw;
  EXPECT_EQ(lock_value(db), "0");  // what others see: it is never committed
  auto patient =
      std::async(std::launch::async, [&] { return run_knex("latest", db.url(), dir.path()); });
  EXPECT_EQ(patient.wait_for(std::chrono::milliseconds(1500)), std::future_status::timeout);
  ASSERT_TRUE(held->release());
  const auto waited = patient.get();
  EXPECT_EQ(waited.exit_code, 0) << waited.raw;
  EXPECT_TRUE(waited.log.empty()) << waited.raw;
  EXPECT_EQ(lock_value(db), "0");
}

TEST(KnexTest, KilledConnectionMidMigrationLeavesTheTenantAsItWas) {
  TestDatabase db;
  const MigrationsDir dir("crash");
  ASSERT_EQ(migrate(db, dir).exit_code, 0);
  const auto before = ledger(db);
  const auto first = dir.make("first", "create table crash_a (id int);", "drop table crash_a;");
  const auto sleeper = dir.make("sleeper", "create table crash_b (id int);\nselect pg_sleep(60);",
                                "drop table crash_b;");
  auto ours = std::async(std::launch::async, [&] { return migrate(db, dir); });
  const auto pid = test_support::wait_for_sleeper(db.name());
  ASSERT_FALSE(pid.empty());
  test_support::exec_admin("select pg_terminate_backend(" + pid + ")");
  const auto crashed = ours.get();
  EXPECT_EQ(crashed.exit_code, 1) << crashed.out;
  EXPECT_EQ(ledger(db), before);
  EXPECT_EQ(lock_value(db), "0");
  EXPECT_EQ(db.scalar("select count(*) from pg_tables where tablename like 'crash_%'"), "0");
  const auto listed = run_knex("list", db.url(), dir.path());
  EXPECT_EQ(listed.pending, (std::vector<std::string>{first, sleeper}));
}

}  // namespace
