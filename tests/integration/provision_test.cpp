// tenant create / list / show / disable / user create against the test
// cluster: a registry in a central database, roles and databases made on the
// cluster, logins over 127.0.0.1 with the stored, encrypted password
// (docs/operations.md, "Provisioning a tenant").

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "integration/provision_support.hpp"
#include "support/knex_support.hpp"

namespace fs = std::filesystem;
using test_support::expect_no_secret;
using test_support::k_provision_key;
using test_support::k_provision_other_key;
using test_support::Platform;

namespace {

std::vector<std::string> create(const std::string& slug) {
  return {"tenant", "create", "--slug", slug, "--name", "Name of " + slug};
}

// Issue 14: a project with migrations and no desired schema yet: tenant
// create gives the tenant the migrations and says the schema was not
// checked, instead of failing.
TEST(ProvisionTest, CreatesATenantFromMigrationsAloneWithoutADesiredSchema) {
  Platform platform;
  const auto empty = platform.config_path().parent_path() / "empty-schema";
  std::filesystem::create_directories(empty);
  const test_support::MigrationsDir dir("bare", false);
  (void)dir.make("create_notes", "create table notes (id integer primary key);",
                 "drop table notes;");
  {
    std::ifstream in(platform.config_path());
    std::stringstream text;
    text << in.rdbuf();
    std::string config = text.str();
    for (const auto& [key, path] :
         {std::pair<std::string, std::string>{"schema = \"", empty.string()},
          std::pair<std::string, std::string>{"migrations = \"", dir.path().string()}}) {
      const auto start = config.find(key) + key.size();
      config.replace(start, config.find('"', start) - start, path);
    }
    std::ofstream(platform.config_path()) << config;
  }
  const auto result = platform.run(create("bare-corp"));
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("tenant bare-corp is ACTIVE"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("schema not checked: no desired schema"), std::string::npos)
      << result.out;
  EXPECT_EQ(platform.registry("bare-corp", "status"), "ACTIVE");
  EXPECT_NE(result.out.find("1 migration(s) run"), std::string::npos) << result.out;
}

TEST(ProvisionTest, DryRunListsEveryStepAndChangesNothing) {
  Platform platform;
  auto args = create("dry-corp");
  args.push_back("--dry-run");
  const auto result = platform.run(args);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const auto* step :
       {"1. would insert registry row", "2. would create login role", "3. would create database",
        "4. would run the pending ones of 11", "5. would set the registry row ACTIVE"}) {
    EXPECT_NE(result.out.find(step), std::string::npos) << step << "\n" << result.out;
  }
  EXPECT_EQ(platform.central().scalar("select count(*) from tenants"), "0");
  EXPECT_EQ(platform.server_objects(), 0);
}

// A schema that grants to "{{tenant.db_user}}_ro" (beside the platform's
// "{{tenant.db_user}}_readonly"): tenant create makes both roles for the new
// tenant (NOLOGIN), and the tenant is in sync with it.
TEST(ProvisionTest, CreatesTheRolesTheSchemaNamesForTheTenant) {
  Platform platform;
  const fs::path schema = fs::temp_directory_path() / ("provision-roles-" + platform.prefix());
  fs::create_directories(schema);
  for (const auto& entry : fs::directory_iterator(fs::path(TENANTCTL_SOURCE_DIR) / "schema")) {
    fs::copy_file(entry.path(), schema / entry.path().filename());
  }
  std::ofstream(schema / "tenant_roles.toml")
      << "[grant.routine.public.\"api_name_key(text)\"]\npublic = [\"execute\"]\n"
         "\"{{tenant.db_user}}_ro\" = [\"execute\"]\n";
  auto args = create("ro-corp");
  args.insert(args.end(), {"--schema", schema.string()});
  const auto dry = platform.run([&] {
    auto dry_args = args;
    dry_args.push_back("--dry-run");
    return dry_args;
  }());
  const std::string readonly = platform.object_name("ro-corp") + "_ro";
  EXPECT_NE(dry.out.find("2b. would create the roles the schema names for the tenant, NOLOGIN, "
                         "unless they exist: " +
                         platform.object_name("ro-corp") + "_readonly, " + readonly),
            std::string::npos)
      << dry.out << dry.err;
  const auto result = platform.run(args);
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_EQ(platform.central().scalar(fmt::format(
                "select rolcanlogin::text from pg_roles where rolname = '{}'", readonly)),
            "false");
  const auto plan = platform.run(
      {"plan", "--tenant", "ro-corp", "--schema", schema.string(), "--exit-code"}, {}, 1);
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  fs::remove_all(schema);
}

TEST(ProvisionTest, CreatesAnActiveTenantThatNodeDecryptsAndLogsInTo) {
  Platform platform;
  const auto result = platform.run(create("acme-corp"));
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("tenant acme-corp is ACTIVE"), std::string::npos) << result.out;
  EXPECT_EQ(platform.registry("acme-corp", "status"), "ACTIVE");
  const auto id = platform.registry("acme-corp", "id").value_or("");
  EXPECT_EQ(id.size(), 25u) << id;
  EXPECT_EQ(id.front(), 'c');
  const std::string name = platform.object_name("acme-corp");
  EXPECT_EQ(platform.registry("acme-corp", "dbName"), name);
  EXPECT_EQ(platform.registry("acme-corp", "dbUsername"), name);
  EXPECT_EQ(platform.registry("acme-corp", "dbHost"), "127.0.0.1");

  // Node decrypts the stored password as the platform does and logs in with
  // it over 127.0.0.1, where it finds knex's ledger complete.
  const auto node = test_support::run_node(
      "const c = require('crypto');"
      "const [iv, data] = process.env.STORED.split(':');"
      "const d = c.createDecipheriv('aes-256-cbc', Buffer.from(process.env.KEY),"
      "  Buffer.from(iv, 'hex'));"
      "const password = Buffer.concat([d.update(Buffer.from(data, 'hex')), d.final()])"
      "  .toString('utf8');"
      "const { Client } = require('pg');"
      "const client = new Client({host: '127.0.0.1', port: Number(process.env.PORT),"
      "  user: process.env.USER_NAME, password, database: process.env.DB});"
      "client.connect()"
      "  .then(() => client.query('select name from knex_migrations order by id'))"
      "  .then(r => { console.log(r.rows.map(x => x.name).join(',')); return client.end(); })"
      "  .catch(e => { console.error(e.message); process.exit(1); });",
      {{"STORED", platform.registry("acme-corp", "dbPassword").value_or("")},
       {"KEY", k_provision_key},
       {"PORT", test_support::cluster().port},
       {"USER_NAME", name},
       {"DB", name}});
  ASSERT_EQ(node.exit_code, 0) << node.err;
  const auto files = test_support::MigrationsDir::repository_names();
  std::string expected;
  for (const auto& file : files) {
    expected += (expected.empty() ? "" : ",") + file;
  }
  EXPECT_EQ(node.out, expected + "\n");

  const std::string password = platform.password_of("acme-corp");
  EXPECT_EQ(password.size(), 32u);
  EXPECT_TRUE(test_support::can_log_in(name, password, name));
  // The real knex agrees: nothing pending.
  const auto knex =
      test_support::run_knex("list", test_support::cluster().tcp_url(name, password, name),
                             fs::path(TENANTCTL_SOURCE_DIR) / "migrations");
  EXPECT_EQ(knex.exit_code, 0) << knex.raw;
  EXPECT_EQ(knex.completed, files);
  EXPECT_TRUE(knex.pending.empty());
  // The schema is in sync, as the tenant itself sees it.
  const auto plan = platform.run({"plan", "--tenant", "acme-corp", "--exit-code"}, {}, 1);
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  // Another tenant's role cannot connect to it (CONNECT revoked from PUBLIC).
  ASSERT_EQ(platform.run(create("other-corp")).exit_code, 0);
  EXPECT_FALSE(test_support::can_log_in(platform.object_name("other-corp"),
                                        platform.password_of("other-corp"), name));
  expect_no_secret(result, {password, k_provision_key});
  expect_no_secret(plan, {password, k_provision_key});

  const auto list = platform.run({"tenant", "list", "--status", "ACTIVE"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("acme-corp"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("2 tenants"), std::string::npos) << list.out;
  const auto show = platform.run({"tenant", "show", "acme-corp"});
  EXPECT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("decrypts under DB_ENCRYPTION_KEY"), std::string::npos) << show.out;
  const auto stored = platform.registry("acme-corp", "dbPassword").value_or("?");
  expect_no_secret(list, {password, stored});
  expect_no_secret(show, {password, stored});
}

TEST(ProvisionTest, RerunAfterAFailedMigrationFinishesTheTenant) {
  Platform platform;
  const test_support::MigrationsDir dir("provision-rerun");
  const std::string broken = dir.make("zz_broken", "select 1 / 0;\n", "");
  auto args = create("half-done");
  args.insert(args.end(), {"--migrations", dir.path().string()});
  const auto failed = platform.run(args);
  EXPECT_EQ(failed.exit_code, 1) << failed.out << failed.err;
  EXPECT_NE(failed.err.find("division by zero"), std::string::npos) << failed.err;
  EXPECT_NE(failed.err.find("run the same"), std::string::npos) << failed.err;
  EXPECT_EQ(platform.registry("half-done", "status"), "FAILED");
  EXPECT_NE(platform.registry("half-done", "statusReason").value_or("").find("division by zero"),
            std::string::npos);
  // The role, its read-only role and the database stay for the re-run.
  EXPECT_EQ(platform.server_objects(), 3);
  const std::string password = platform.password_of("half-done");
  expect_no_secret(failed, {password, k_provision_key});
  const auto show = platform.run({"tenant", "show", "half-done"});
  EXPECT_NE(show.out.find("status:    FAILED"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("reason:"), std::string::npos) << show.out;
  expect_no_secret(show, {password});

  // Fixed (the broken file removed), the same command finishes the tenant.
  const std::string stem = broken.substr(0, broken.size() - 3);
  fs::remove(dir.path() / (stem + ".sql"));
  fs::remove(dir.path() / (stem + ".js"));
  const auto again = platform.run(args);
  ASSERT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_NE(again.out.find("reset the password of the existing role"), std::string::npos);
  EXPECT_NE(again.out.find("keep the existing database"), std::string::npos);
  EXPECT_NE(again.out.find("a stopped run finished"), std::string::npos) << again.out;
  EXPECT_EQ(platform.registry("half-done", "status"), "ACTIVE");
  EXPECT_EQ(platform.registry("half-done", "statusReason"), std::nullopt);
  EXPECT_EQ(platform.password_of("half-done"), password);  // the row kept its password
  const std::string name = platform.object_name("half-done");
  EXPECT_TRUE(test_support::can_log_in(name, password, name));
  const auto knex = test_support::run_knex(
      "list", test_support::cluster().tcp_url(name, password, name), dir.path());
  EXPECT_EQ(knex.completed, test_support::MigrationsDir::repository_names()) << knex.raw;
  const auto plan = platform.run({"plan", "--tenant", "half-done", "--exit-code"}, {}, 1);
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
}

TEST(ProvisionTest, BadSlugIsRefusedWithNothingCreated) {
  Platform platform;
  for (const std::string& slug :
       std::vector<std::string>{"Acme", "ab", "acme_corp", "-acme", std::string(64, 'a')}) {
    const auto result = platform.run(create(slug));
    EXPECT_EQ(result.exit_code, 64) << slug << ": " << result.err;
    EXPECT_NE(result.err.find("invalid slug"), std::string::npos) << result.err;
  }
  // A central subdomain is not a tenant slug.
  const auto reserved = platform.run(create("admin"));
  EXPECT_EQ(reserved.exit_code, 64) << reserved.err;
  EXPECT_NE(reserved.err.find("slug 'admin' is reserved"), std::string::npos) << reserved.err;
  EXPECT_EQ(platform.central().scalar("select count(*) from tenants"), "0");
  EXPECT_EQ(platform.server_objects(), 0);
}

TEST(ProvisionTest, TakenSlugIsRefusedWithNothingCreated) {
  Platform platform;
  ASSERT_EQ(platform.run(create("taken-co")).exit_code, 0);
  const auto again = platform.run(create("taken-co"));
  EXPECT_EQ(again.exit_code, 64) << again.err;
  EXPECT_NE(again.err.find("slug 'taken-co' is taken"), std::string::npos) << again.err;
  EXPECT_EQ(platform.central().scalar("select count(*) from tenants"), "1");
  EXPECT_EQ(platform.server_objects(), 3);  // login role, read-only role, database
}

TEST(ProvisionTest, WrongKeyIsRefusedWithNothingCreated) {
  Platform platform;
  ASSERT_EQ(platform.run(create("first-co")).exit_code, 0);
  const auto result =
      platform.run(create("second-co"), {{"DB_ENCRYPTION_KEY", k_provision_other_key}});
  EXPECT_EQ(result.exit_code, 78) << result.err;
  EXPECT_NE(result.err.find("decrypts none of the 1 password"), std::string::npos) << result.err;
  EXPECT_EQ(platform.central().scalar("select count(*) from tenants"), "1");
  EXPECT_EQ(platform.server_objects(), 3);  // login role, read-only role, database
  expect_no_secret(result, {k_provision_key, k_provision_other_key});
  // A key of the wrong length is a configuration error before anything.
  const auto short_key = platform.run(create("third-co"), {{"DB_ENCRYPTION_KEY", "too-short"}});
  EXPECT_EQ(short_key.exit_code, 78) << short_key.err;
  expect_no_secret(short_key, {"too-short"});
}

TEST(ProvisionTest, UnreachableServerIsRefusedWithNothingCreated) {
  Platform platform;
  const auto result = platform.run(
      create("lonely-co"),
      {{"TENANTCTL_SERVER_URL", "host=127.0.0.1 port=1 user=postgres dbname=postgres"}});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("provisioning server"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("cannot connect"), std::string::npos) << result.err;
  EXPECT_EQ(platform.central().scalar("select count(*) from tenants"), "0");
  EXPECT_EQ(platform.server_objects(), 0);
}

TEST(ProvisionTest, WorksWithARoleThatIsNotSuperuserAndRefusesOneWithoutCreatedb) {
  Platform platform;
  const std::string role = platform.prefix() + "provisioner";
  test_support::exec_admin(
      fmt::format("create role {} login createrole createdb password 'Prov-Pass-1'", role));
  const std::string url = test_support::cluster().tcp_url(role, "Prov-Pass-1", "postgres");
  const auto result = platform.run(create("plain-co"), {{"TENANTCTL_SERVER_URL", url}});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_EQ(platform.registry("plain-co", "status"), "ACTIVE");
  const std::string name = platform.object_name("plain-co");
  EXPECT_TRUE(test_support::can_log_in(name, platform.password_of("plain-co"), name));
  expect_no_secret(result, {"Prov-Pass-1"});

  test_support::exec_admin(fmt::format("alter role {} nocreatedb", role));
  const auto refused = platform.run(create("never-co"), {{"TENANTCTL_SERVER_URL", url}});
  EXPECT_EQ(refused.exit_code, 78) << refused.err;
  EXPECT_NE(refused.err.find("lacks CREATEDB"), std::string::npos) << refused.err;
  EXPECT_EQ(platform.registry("never-co", "status"), std::nullopt);
  expect_no_secret(refused, {"Prov-Pass-1"});
}

TEST(ProvisionTest, ConflictingRoleOnTheServerIsNotTakenOver) {
  Platform platform;
  const std::string name = platform.object_name("squatted");
  test_support::exec_admin(fmt::format("create role {} login", name));
  const auto result = platform.run(create("squatted"));
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("already has a role named"), std::string::npos) << result.err;
  EXPECT_EQ(platform.central().scalar("select count(*) from tenants"), "0");
  EXPECT_EQ(platform.server_objects(), 1);  // only the role the test made
}

TEST(ProvisionTest, DisableSuspendsSoAllSkipsTheTenant) {
  Platform platform;
  ASSERT_EQ(platform.run(create("keep-co")).exit_code, 0);
  ASSERT_EQ(platform.run(create("pause-co")).exit_code, 0);
  const auto disabled = platform.run({"tenant", "disable", "pause-co"});
  EXPECT_EQ(disabled.exit_code, 0) << disabled.err;
  EXPECT_EQ(platform.registry("pause-co", "status"), "SUSPENDED");
  const auto plan = platform.run({"plan", "--all", "--format", "json"}, {}, 1);
  EXPECT_EQ(plan.exit_code, 0) << plan.err;
  EXPECT_NE(plan.out.find("keep-co"), std::string::npos);
  EXPECT_EQ(plan.out.find("pause-co"), std::string::npos) << plan.out;
  const auto json = platform.run({"tenant", "list", "--format", "json", "--status", "SUSPENDED"});
  EXPECT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("\"slug\": \"pause-co\""), std::string::npos) << json.out;
  EXPECT_EQ(json.out.find("keep-co"), std::string::npos) << json.out;
  EXPECT_EQ(json.out.find("dbPassword"), std::string::npos);
  const auto unknown = platform.run({"tenant", "disable", "nobody"});
  EXPECT_EQ(unknown.exit_code, 64) << unknown.err;
}

TEST(ProvisionTest, TenantUserGetsABcryptHashThatBcryptjsVerifies) {
  Platform platform;
  ASSERT_EQ(platform.run(create("users-co")).exit_code, 0);
  const std::string secret = "Tenant-User-Pass-42";
  const std::vector<std::pair<std::string, std::string>> env{{"EMAIL", "ann@users.example"},
                                                             {"PASSWORD", secret},
                                                             {"FIRST_NAME", "Ann"},
                                                             {"LAST_NAME", "Lee"}};
  const auto result = platform.run({"tenant", "user", "create", "users-co"}, env);
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  expect_no_secret(result, {secret});
  const std::string name = platform.object_name("users-co");
  auto tenant = pg::Session::open(test_support::cluster().conninfo(name));
  ASSERT_TRUE(tenant);
  auto rows = tenant->query("select password_hash, first_name from users where email = $1",
                            {std::string("ann@users.example")});
  ASSERT_TRUE(rows && rows->size() == 1u);
  const std::string hash(rows->text(0, 0));
  EXPECT_EQ(hash.substr(0, 7), "$2b$12$");
  const auto node = test_support::run_node(
      "const b = require('bcryptjs');"
      "console.log(b.compareSync(process.env.PW, process.env.HASH),"
      "  b.compareSync(process.env.PW + 'x', process.env.HASH));",
      {{"PW", secret}, {"HASH", hash}});
  EXPECT_EQ(node.out, "true false\n") << node.err;
  auto dup = env;
  dup[0].second = "ANN@users.example";
  const auto taken = platform.run({"tenant", "user", "create", "users-co"}, dup);
  EXPECT_EQ(taken.exit_code, 64) << taken.err;
  EXPECT_NE(taken.err.find("is taken"), std::string::npos) << taken.err;
}

}  // namespace
