// Migrations over a fleet of registry tenants, with the real knex as the
// judge (issue 5's "Must show"), and apply's bookkeeping: pending files first,
// then the reconciliation, recorded in tenantctl's audit table and never as a
// name in knex_migrations.

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "crypto/secrets.hpp"
#include "support/knex_support.hpp"
#include "support/run_command.hpp"
#include "support/test_cluster.hpp"

namespace fs = std::filesystem;

namespace {

using test_support::MigrationsDir;
using test_support::run_knex;
using test_support::TestDatabase;

const std::string k_key = "knex-fleet-key-0123456789abcdefg";  // 32 characters

std::string read_file(const fs::path& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

struct Tenant {
  std::string slug;
  std::string role;
  std::string password;
  std::unique_ptr<TestDatabase> db;
  // How knex connects: the tenant's own role, over TCP with its password.
  [[nodiscard]] std::string url() const {
    return test_support::cluster().tcp_url(role, password, db->name());
  }
};

// A central registry and tenants that knex has brought to the repository's
// migrations, as the platform left them.
class KnexFleet {
 public:
  KnexFleet(const std::vector<std::string>& slugs, const MigrationsDir& dir)
      : m_central(std::make_unique<TestDatabase>("central")) {
    m_central->exec(read_file(fs::path(TENANTCTL_SOURCE_DIR) / "examples/central/registry.sql"));
    const auto key = crypto::EncryptionKey::from_text(k_key, "k");
    int n = 0;
    for (const auto& slug : slugs) {
      Tenant tenant{slug, fmt::format("knexfleet_{}_{}", ::getpid(), n),
                    fmt::format("Pw-{}-{}-knex", ::getpid(), n), nullptr};
      test_support::exec_admin(
          fmt::format("create role {} login password '{}'", tenant.role, tenant.password));
      // The example platform's read-only role, which tenant create makes.
      test_support::exec_admin(fmt::format("create role {}_readonly nologin", tenant.role));
      tenant.db = std::make_unique<TestDatabase>(std::to_string(n));
      test_support::exec_admin(
          fmt::format("alter database {} owner to {}", tenant.db->name(), tenant.role));
      m_central->exec(fmt::format(
          "insert into tenants (id, name, slug, status, \"dbHost\", \"dbPort\", \"dbName\", "
          "\"dbUsername\", \"dbPassword\") values ('cmknex{:02}{}', '{}', '{}', 'ACTIVE', "
          "'127.0.0.1', {}, '{}', '{}', '{}')",
          n, ::getpid(), slug, slug, test_support::cluster().port, tenant.db->name(), tenant.role,
          *crypto::encrypt(*key, tenant.password)));
      const auto latest = run_knex("latest", tenant.url(), dir.path());
      EXPECT_EQ(latest.exit_code, 0) << latest.raw;
      m_tenants.push_back(std::move(tenant));
      ++n;
    }
  }

  ~KnexFleet() {
    std::vector<std::string> roles;
    for (const auto& tenant : m_tenants) {
      roles.push_back(tenant.role);
    }
    m_tenants.clear();
    for (const auto& role : roles) {
      test_support::exec_admin(fmt::format("drop role if exists {}", role));
    }
  }

  [[nodiscard]] test_support::CommandResult run(const std::vector<std::string>& args) const {
    return test_support::run_tenantctl(
        args, {{"TENANTCTL_CENTRAL_URL", m_central->url()}, {"DB_ENCRYPTION_KEY", k_key}});
  }

  // The same on a pseudo-terminal (stdout and stderr both in `out`).
  [[nodiscard]] test_support::CommandResult run_on_terminal(const std::vector<std::string>& args,
                                                            const std::string& typed = "") const {
    return test_support::run_tenantctl_on_terminal(
        args, {{"TENANTCTL_CENTRAL_URL", m_central->url()}, {"DB_ENCRYPTION_KEY", k_key}}, typed);
  }

  [[nodiscard]] const Tenant& tenant(const std::string& slug) const {
    for (const auto& tenant : m_tenants) {
      if (tenant.slug == slug) {
        return tenant;
      }
    }
    throw std::runtime_error("no tenant " + slug);
  }
  [[nodiscard]] const std::vector<Tenant>& tenants() const { return m_tenants; }

 private:
  std::unique_ptr<TestDatabase> m_central;
  std::vector<Tenant> m_tenants;
};

std::map<std::string, nlohmann::json> by_target(const std::string& json_text) {
  std::map<std::string, nlohmann::json> out;
  const auto json = nlohmann::json::parse(json_text, nullptr, false);
  EXPECT_FALSE(json.is_discarded()) << json_text;
  if (!json.is_discarded()) {
    for (const auto& tenant : json["tenants"]) {
      out[tenant["target"].get<std::string>()] = tenant;
    }
  }
  return out;
}

std::vector<std::string> plus(std::vector<std::string> names,
                              const std::vector<std::string>& more) {
  names.insert(names.end(), more.begin(), more.end());
  return names;
}

TEST(KnexFleetTest, MigrateRollbackAndALockedTenantWithKnexAgreeingEveryTime) {
  const MigrationsDir dir("fleet");
  const KnexFleet fleet({"alpha", "beta", "gamma", "delta"}, dir);
  const auto base = MigrationsDir::repository_names();
  const std::string migrations = dir.path().string();
  const auto orders = dir.make("add_orders",
                               "create table orders (id integer primary key, "
                               "note text);",
                               "drop table orders;");
  const auto index = dir.make("index_orders", "create index orders_note_idx on orders (note);",
                              "drop index orders_note_idx;");
  const std::vector<std::string> added = {orders, index};

  // knex holds gamma's lock (a knex run without transactions, or one that died).
  ASSERT_EQ(run_knex("lock", fleet.tenant("gamma").url(), dir.path()).exit_code, 0);

  const auto migrated =
      fleet.run({"migrate", "--all", "--yes", "--migrations", migrations, "--format", "json"});
  EXPECT_EQ(migrated.exit_code, 1) << migrated.out << migrated.err;
  auto result = by_target(migrated.out);
  ASSERT_EQ(result.size(), 4u) << migrated.out;
  for (const auto& slug : {"alpha", "beta", "delta"}) {
    EXPECT_EQ(result[slug]["status"], "migrated") << slug;
    EXPECT_EQ(result[slug]["batch"], 2) << slug;
    EXPECT_EQ(result[slug]["migrations"].get<std::vector<std::string>>(), added) << slug;
  }
  EXPECT_EQ(result["gamma"]["status"], "failed");
  EXPECT_NE(
      result["gamma"]["error"]["message"].get<std::string>().find("knex's migration lock is held"),
      std::string::npos)
      << migrated.out;
  auto& gamma_db = *fleet.tenant("gamma").db;
  EXPECT_EQ(gamma_db.scalar("select count(*) from knex_migrations"), std::to_string(base.size()));
  EXPECT_EQ(gamma_db.scalar("select to_regclass('public.orders') is null"), "t");
  EXPECT_EQ(gamma_db.scalar("select is_locked from knex_migrations_lock"), "1");
  for (const auto& tenant : fleet.tenants()) {
    const auto listed = run_knex("list", tenant.url(), dir.path());
    ASSERT_EQ(listed.exit_code, 0) << listed.raw;
    if (tenant.slug == "gamma") {
      EXPECT_EQ(listed.completed, base);
      EXPECT_EQ(listed.pending, added);
    } else {
      EXPECT_EQ(listed.completed, plus(base, added)) << tenant.slug;
      EXPECT_TRUE(listed.pending.empty()) << tenant.slug;
    }
  }

  // The stale lock released, gamma catches up; the others have nothing to do.
  const auto unlocked = fleet.run({"unlock", "--tenant", "gamma", "--yes"});
  ASSERT_EQ(unlocked.exit_code, 0) << unlocked.out << unlocked.err;
  const auto again =
      fleet.run({"migrate", "--all", "--yes", "--migrations", migrations, "--format", "json"});
  ASSERT_EQ(again.exit_code, 0) << again.out << again.err;
  result = by_target(again.out);
  EXPECT_EQ(result["gamma"]["status"], "migrated");
  EXPECT_EQ(result["alpha"]["status"], "up_to_date");
  for (const auto& tenant : fleet.tenants()) {
    const auto latest = run_knex("latest", tenant.url(), dir.path());
    ASSERT_EQ(latest.exit_code, 0) << latest.raw;
    EXPECT_TRUE(latest.log.empty()) << tenant.slug;
    EXPECT_EQ(run_knex("list", tenant.url(), dir.path()).completed, plus(base, added));
  }

  // Rollback undoes each tenant's last batch: the two new files.
  const auto rolled =
      fleet.run({"rollback", "--all", "--yes", "--migrations", migrations, "--format", "json"});
  ASSERT_EQ(rolled.exit_code, 0) << rolled.out << rolled.err;
  result = by_target(rolled.out);
  for (const auto& tenant : fleet.tenants()) {
    EXPECT_EQ(result[tenant.slug]["status"], "rolled_back") << tenant.slug;
    EXPECT_EQ(result[tenant.slug]["migrations"].get<std::vector<std::string>>(),
              (std::vector<std::string>{index, orders}))
        << tenant.slug;
    EXPECT_EQ(tenant.db->scalar("select to_regclass('public.orders') is null"), "t");
    const auto listed = run_knex("list", tenant.url(), dir.path());
    EXPECT_EQ(listed.completed, base) << tenant.slug;
    EXPECT_EQ(listed.pending, added) << tenant.slug;
  }

  // status: every tenant has the two files pending and matches schema/.
  const auto status =
      fleet.run({"status", "--all", "--migrations", migrations, "--schema",
                 std::string(TENANTCTL_SOURCE_DIR) + "/schema", "--format", "json", "--exit-code"});
  EXPECT_EQ(status.exit_code, 2) << status.out << status.err;
  result = by_target(status.out);
  for (const auto& tenant : fleet.tenants()) {
    EXPECT_EQ(result[tenant.slug]["status"], "pending") << status.out;
    EXPECT_EQ(result[tenant.slug]["pending"].get<std::vector<std::string>>(), added);
    EXPECT_EQ(result[tenant.slug]["drift"], false) << status.out;
    EXPECT_EQ(result[tenant.slug]["completed"].size(), base.size());
  }
}

// migrate, like plan and apply, draws a progress line when stderr is a
// terminal.
TEST(KnexFleetTest, MigrateShowsProgressOnATerminal) {
  const MigrationsDir dir("progress");
  const KnexFleet fleet({"one", "two"}, dir);
  (void)dir.make("add_notes", "create table notes (id integer primary key);", "drop table notes;");
  const auto migrated =
      fleet.run_on_terminal({"migrate", "--all", "--yes", "--migrations", dir.path().string()});
  EXPECT_EQ(migrated.exit_code, 0) << migrated.out;
  EXPECT_NE(migrated.out.find("\r\033[K"), std::string::npos) << migrated.out;
  EXPECT_NE(migrated.out.find("/2 done, "), std::string::npos) << migrated.out;
  EXPECT_NE(migrated.out.find(" migrated, "), std::string::npos) << migrated.out;
  EXPECT_NE(migrated.out.find(" tenants/s"), std::string::npos) << migrated.out;
  EXPECT_EQ(fleet.tenant("two").db->scalar("select to_regclass('public.notes') is not null"), "t");
  const auto again = fleet.run({"migrate", "--all", "--yes", "--migrations", dir.path().string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.err.find("tenants/s"), std::string::npos) << again.err;
}

// Issue 14: migrate and rollback over several targets ask first on a
// terminal, need --yes otherwise, and say what they would do with --dry-run.
TEST(KnexFleetTest, MigrateAndRollbackOverSeveralTargetsAskOrNeedYesAndHaveADryRun) {
  const MigrationsDir dir("confirm");
  const KnexFleet fleet({"one", "two"}, dir);
  (void)dir.make("add_notes", "create table notes (id integer primary key);", "drop table notes;");
  const std::string migrations = dir.path().string();
  const auto notes = [&](const std::string& slug) {
    return fleet.tenant(slug).db->scalar("select to_regclass('public.notes') is not null");
  };
  const auto locked = [&](const std::string& slug) {
    return fleet.tenant(slug).db->scalar("select is_locked from knex_migrations_lock");
  };

  // No terminal and no --yes: refused before any tenant is touched.
  const auto refused = fleet.run({"migrate", "--all", "--migrations", migrations});
  EXPECT_EQ(refused.exit_code, 64) << refused.err;
  EXPECT_NE(refused.err.find("2 targets selected"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--dry-run"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--yes"), std::string::npos) << refused.err;
  EXPECT_EQ(notes("one"), "f");
  // One target needs no --yes (as knex migrate:latest does not).
  EXPECT_EQ(
      fleet.run({"migrate", "--tenant", "one", "--migrations", migrations, "--dry-run"}).exit_code,
      0);

  // --dry-run: what would run, nothing changed, the lock free.
  const auto dry = fleet.run({"migrate", "--all", "--dry-run", "--migrations", migrations});
  EXPECT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_NE(dry.out.find("would_migrate"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("would run "), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("add_notes"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("dry run: nothing was changed"), std::string::npos) << dry.out;
  EXPECT_EQ(notes("one"), "f");
  EXPECT_EQ(notes("two"), "f");
  EXPECT_EQ(locked("one"), "0");
  const auto dry_json =
      fleet.run({"migrate", "--all", "--dry-run", "--migrations", migrations, "--format", "json"});
  const auto json = nlohmann::json::parse(dry_json.out, nullptr, false);
  ASSERT_FALSE(json.is_discarded()) << dry_json.out;
  EXPECT_EQ(json["dry_run"], true);
  EXPECT_EQ(json["summary"]["would_migrate"], 2);

  // On a terminal: the dry run, then the question; "n" changes nothing.
  const auto declined =
      fleet.run_on_terminal({"migrate", "--all", "--migrations", migrations}, "n\n");
  EXPECT_EQ(declined.exit_code, 1) << declined.out;
  EXPECT_NE(declined.out.find("would run "), std::string::npos) << declined.out;
  EXPECT_NE(declined.out.find("Run the pending migrations on 2 of 2 target(s)?"), std::string::npos)
      << declined.out;
  EXPECT_NE(declined.out.find("nothing changed"), std::string::npos) << declined.out;
  EXPECT_EQ(notes("two"), "f");
  const auto accepted =
      fleet.run_on_terminal({"migrate", "--all", "--migrations", migrations}, "y\n");
  EXPECT_EQ(accepted.exit_code, 0) << accepted.out;
  EXPECT_EQ(notes("one"), "t");
  EXPECT_EQ(notes("two"), "t");
  // Nothing pending: nothing asked.
  const auto nothing = fleet.run_on_terminal({"migrate", "--all", "--migrations", migrations});
  EXPECT_EQ(nothing.exit_code, 0) << nothing.out;
  EXPECT_EQ(nothing.out.find("?"), std::string::npos) << nothing.out;

  // rollback: the same rules; its question says what the down parts may do.
  const auto rollback_refused = fleet.run({"rollback", "--all", "--migrations", migrations});
  EXPECT_EQ(rollback_refused.exit_code, 64) << rollback_refused.err;
  const auto rollback_dry =
      fleet.run({"rollback", "--all", "--dry-run", "--migrations", migrations});
  EXPECT_EQ(rollback_dry.exit_code, 0) << rollback_dry.err;
  EXPECT_NE(rollback_dry.out.find("would_roll_back"), std::string::npos) << rollback_dry.out;
  EXPECT_NE(rollback_dry.out.find("would undo "), std::string::npos) << rollback_dry.out;
  EXPECT_EQ(notes("one"), "t");
  const auto rollback_declined =
      fleet.run_on_terminal({"rollback", "--all", "--migrations", migrations}, "n\n");
  EXPECT_EQ(rollback_declined.exit_code, 1) << rollback_declined.out;
  EXPECT_NE(rollback_declined.out.find("may drop tables"), std::string::npos)
      << rollback_declined.out;
  EXPECT_EQ(notes("one"), "t");
  EXPECT_EQ(fleet.run({"rollback", "--all", "--yes", "--migrations", migrations}).exit_code, 0);
  EXPECT_EQ(notes("one"), "f");
  EXPECT_EQ(locked("two"), "0");
}

// Issue 14: plan shows the migration files apply would run first, per
// tenant, and counts them as drift.
TEST(KnexFleetTest, PlanShowsThePendingMigrationFilesApplyWouldRun) {
  const MigrationsDir dir("plan_pending");
  const KnexFleet fleet({"one", "two"}, dir);
  const std::string migrations = dir.path().string();
  // The desired schema: the platform's, and the table the pending file makes.
  const auto schema = std::filesystem::temp_directory_path() /
                      ("tenantctl-pending-schema-" + std::to_string(::getpid()));
  std::filesystem::remove_all(schema);
  std::filesystem::copy(std::filesystem::path(TENANTCTL_SOURCE_DIR) / "schema", schema);
  std::ofstream(schema / "notes.toml")
      << "[table.public.notes]\nprimary_key = [\"id\"]\n\n[[table.public.notes.column]]\n"
         "name = \"id\"\ntype = \"integer\"\nnot_null = true\n\n"
         "[grant.table.public.notes]\n\"{{tenant.db_user}}_readonly\" = [\"select\"]\n";
  (void)dir.make("add_notes", "create table notes (id integer primary key);", "drop table notes;");

  const auto text = fleet.run({"plan", "--all", "--migrations", migrations, "--schema",
                               schema.string(), "--exit-code", "--verbose"});
  EXPECT_EQ(text.exit_code, 2) << text.out << text.err;
  EXPECT_NE(text.out.find("drift"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("1 pending migration file (run first)"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("(2 with pending migration files)"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("create table notes (id integer primary key);"), std::string::npos)
      << text.out;

  const auto json = fleet.run({"plan", "--all", "--migrations", migrations, "--schema",
                               schema.string(), "--format", "json"});
  const auto tenants = by_target(json.out);
  ASSERT_EQ(tenants.size(), 2u) << json.out;
  for (const auto& [label, tenant] : tenants) {
    EXPECT_EQ(tenant["status"], "drift") << label;
    ASSERT_EQ(tenant["pending_migrations"].size(), 1u) << label;
    EXPECT_NE(tenant["pending_migrations"][0].get<std::string>().find("add_notes"),
              std::string::npos);
  }
  const auto sql = fleet.run({"plan", "--all", "--migrations", migrations, "--schema",
                              schema.string(), "--format", "sql"});
  EXPECT_NE(sql.out.find("(apply runs it first)\ncreate table notes"), std::string::npos)
      << sql.out;
  const auto one = fleet.run(
      {"plan", "--tenant", "one", "--migrations", migrations, "--schema", schema.string()});
  EXPECT_NE(one.out.find("1 pending migration file, which apply runs first"), std::string::npos)
      << one.out;

  // What plan showed is what apply does, reviewed: the files run, and what
  // is left to apply (nothing: the file made the table) is within the plan.
  const auto reviewed = schema.parent_path() / "reviewed.json";
  ASSERT_EQ(fleet
                .run({"plan", "--all", "--migrations", migrations, "--schema", schema.string(),
                      "--out", reviewed.string()})
                .exit_code,
            0);
  const auto applied =
      fleet.run({"apply", "--all", "--yes", "--migrations", migrations, "--schema", schema.string(),
                 "--format", "json", "--plan", reviewed.string()});
  EXPECT_EQ(applied.exit_code, 0) << applied.out << applied.err;
  EXPECT_EQ(fleet.tenant("two").db->scalar("select to_regclass('public.notes') is not null"), "t");
  const auto after = fleet.run(
      {"plan", "--all", "--migrations", migrations, "--schema", schema.string(), "--exit-code"});
  EXPECT_EQ(after.exit_code, 0) << after.out;
  EXPECT_EQ(after.out.find("pending migration file"), std::string::npos) << after.out;
  std::filesystem::remove_all(schema);
  std::filesystem::remove(reviewed);
}

TEST(KnexFleetTest, ApplyRunsPendingFilesThenReconcilesAndAuditsTheRest) {
  TestDatabase db;
  const MigrationsDir dir("apply");
  const auto orders =
      dir.make("add_orders", "create table orders (id integer primary key, note text);",
               "drop table orders;");
  // schema/ declares orders (a migration has it) and one more table that only
  // the reconciliation creates.
  const fs::path schema = dir.path().parent_path() / (dir.path().filename().string() + "-schema");
  fs::remove_all(schema);
  fs::copy(fs::path(TENANTCTL_SOURCE_DIR) / "schema", schema);
  struct Cleanup {
    fs::path dir;
    ~Cleanup() { fs::remove_all(dir); }
  } cleanup{schema};
  std::ofstream(schema / "orders.toml")
      << "[table.public.orders]\nprimary_key = [\"id\"]\n\n"
         "[[table.public.orders.column]]\nname = \"id\"\ntype = \"integer\"\nnot_null = true\n\n"
         "[[table.public.orders.column]]\nname = \"note\"\ntype = \"text\"\n\n"
         "[table.public.extra_notes]\n\n"
         "[[table.public.extra_notes.column]]\nname = \"body\"\ntype = \"text\"\n\n"
         // The platform's read-only role reads every table (its default
         // privileges give it what the login role creates).
         "[grant.table.public.orders]\n\"{{tenant.db_user}}_readonly\" = [\"select\"]\n\n"
         "[grant.table.public.extra_notes]\n\"{{tenant.db_user}}_readonly\" = [\"select\"]\n";
  const auto applied =
      test_support::run_tenantctl({"apply", "--url", db.url(), "--migrations", dir.path().string(),
                                   "--schema", schema.string(), "--yes", "--format", "json"});
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;
  const auto json = nlohmann::json::parse(applied.out);
  const auto& tenant = json["tenants"][0];
  EXPECT_EQ(tenant["status"], "applied");
  ASSERT_EQ(tenant["statements"].size(), 1u) << applied.out;
  EXPECT_NE(tenant["statements"][0]["sql"].get<std::string>().find("extra_notes"),
            std::string::npos);
  EXPECT_EQ(tenant["migrated"].get<std::vector<std::string>>(),
            plus(MigrationsDir::repository_names(), {orders}));

  // knex_migrations names files only; the reconciliation is in the audit table.
  const auto listed = run_knex("list", db.url(), dir.path());
  ASSERT_EQ(listed.exit_code, 0) << listed.raw;
  EXPECT_EQ(listed.completed, plus(MigrationsDir::repository_names(), {orders}));
  EXPECT_TRUE(listed.pending.empty());
  EXPECT_TRUE(run_knex("latest", db.url(), dir.path()).log.empty());
  EXPECT_EQ(db.scalar("select is_locked from knex_migrations_lock"), "0");
  EXPECT_EQ(db.scalar("select count(*) from tenantctl.applied_changes"), "1");
  EXPECT_EQ(db.scalar("select applied_by = current_user and os_user <> '' and "
                      "tenantctl_version <> '' from tenantctl.applied_changes"),
            "t");
  EXPECT_EQ(db.scalar("select fingerprint_before from tenantctl.applied_changes"),
            tenant["fingerprint"].get<std::string>());
  EXPECT_NE(db.scalar("select fingerprint_after from tenantctl.applied_changes"),
            tenant["fingerprint"].get<std::string>());
  EXPECT_EQ(db.scalar("select statements from tenantctl.applied_changes"),
            tenant["statements"][0]["sql"].get<std::string>() + ";\n");
  // Applied once: nothing left to plan, nothing pending.
  const auto status =
      test_support::run_tenantctl({"status", "--url", db.url(), "--migrations", dir.path().string(),
                                   "--schema", schema.string(), "--exit-code"});
  EXPECT_EQ(status.exit_code, 0) << status.out << status.err;
  EXPECT_NE(status.out.find("up_to_date  in_sync"), std::string::npos) << status.out;
}

}  // namespace

namespace {

// A tenant whose server lacks a role the schema names (its read-only role)
// fails alone with that role named, before any of its pending migrations
// runs; the others go on.
TEST(KnexFleetTest, ATenantMissingARoleFailsAloneBeforeItsMigrations) {
  const MigrationsDir dir("missing-role");
  const KnexFleet fleet({"kept", "lacking"}, dir);
  const auto notes =
      dir.make("add_notes", "create table notes (id integer primary key);", "drop table notes;");
  const auto& lacking = fleet.tenant("lacking");
  const std::string readonly = lacking.role + "_readonly";
  lacking.db->exec("drop owned by " + readonly);
  test_support::exec_admin("drop role " + readonly);
  const auto applied = fleet.run({"apply", "--all", "--migrations", dir.path().string(), "--schema",
                                  (fs::path(TENANTCTL_SOURCE_DIR) / "schema").string(), "--yes",
                                  "--allow-hazards", "all", "--format", "json"});
  const auto tenants = by_target(applied.out);
  ASSERT_EQ(tenants.size(), 2u) << applied.out << applied.err;
  EXPECT_EQ(tenants.at("lacking")["status"], "failed") << applied.out;
  const auto error = tenants.at("lacking")["error"]["message"].get<std::string>();
  EXPECT_NE(error.find("does not have: " + readonly), std::string::npos) << error;
  EXPECT_NE(error.find("nothing was changed"), std::string::npos) << error;
  EXPECT_EQ(lacking.db->scalar(
                fmt::format("select count(*) from knex_migrations where name = '{}'", notes)),
            "0");
  EXPECT_EQ(tenants.at("kept")["status"], "applied") << applied.out;
  EXPECT_EQ(fleet.tenant("kept").db->scalar(
                fmt::format("select count(*) from knex_migrations where name = '{}'", notes)),
            "1");
}

}  // namespace
