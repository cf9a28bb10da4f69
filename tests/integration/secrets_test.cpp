// admin create, secrets rotate and secrets rotate-passwords against the test
// cluster (docs/operations.md, "Central admins" and "Rotating secrets").

#include "crypto/secrets.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "integration/provision_support.hpp"
#include "pg/session.hpp"

using test_support::expect_no_secret;
using test_support::k_provision_key;
using test_support::k_provision_other_key;
using test_support::Platform;

namespace {

std::vector<std::string> create(const std::string& slug) {
  return {"tenant", "create", "--slug", slug, "--name", slug};
}

TEST(AdminTest, HashIsVerifiedByBcryptjsAndATakenEmailIsRefused) {
  Platform platform;
  const std::string secret = "Central-Admin-Pass-7";
  const std::vector<std::pair<std::string, std::string>> env{{"EMAIL", "ops@platform.example"},
                                                             {"PASSWORD", secret},
                                                             {"FIRST_NAME", "Olga"},
                                                             {"LAST_NAME", "Ops"},
                                                             {"ROLE", "superadmin"}};
  const auto result = platform.run({"admin", "create"}, env);
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  expect_no_secret(result, {secret});
  auto& central = platform.central();
  const auto hash =
      central.scalar("select password from users where email = 'ops@platform.example'");
  ASSERT_TRUE(hash);
  EXPECT_EQ(hash->substr(0, 7), "$2b$12$");  // cost 12 by default
  EXPECT_EQ(central.scalar("select role || ' ' || \"firstName\" || ' ' || \"lastName\" from users"),
            "superadmin Olga Ops");
  const auto id = central.scalar("select id from users").value_or("");
  EXPECT_EQ(id.size(), 25u);
  const auto node = test_support::run_node(
      "const b = require('bcryptjs');"
      "console.log(b.compareSync(process.env.PW, process.env.HASH),"
      "  b.compareSync('Central-Admin-Pass-8', process.env.HASH));",
      {{"PW", secret}, {"HASH", *hash}});
  EXPECT_EQ(node.out, "true false\n") << node.err;

  auto again = env;
  again[0].second = "OPS@Platform.example";
  const auto taken = platform.run({"admin", "create"}, again);
  EXPECT_EQ(taken.exit_code, 64) << taken.err;
  EXPECT_NE(taken.err.find("is taken"), std::string::npos) << taken.err;
  EXPECT_EQ(central.scalar("select count(*) from users"), "1");
  expect_no_secret(taken, {secret});
}

TEST(AdminTest, ValidationListsEveryProblemAndWritesNothing) {
  Platform platform;
  const auto result = platform.run({"admin", "create"}, {{"EMAIL", "not-an-email"},
                                                         {"PASSWORD", "short"},
                                                         {"FIRST_NAME", "A"},
                                                         {"LAST_NAME", "B"},
                                                         {"ROLE", "root"}});
  EXPECT_EQ(result.exit_code, 64) << result.err;
  for (const auto* problem : {"is not an email address", "fewer than 12 characters",
                              "at least three of", "'root' is not admin or superadmin"}) {
    EXPECT_NE(result.err.find(problem), std::string::npos) << problem << "\n" << result.err;
  }
  expect_no_secret(result, {"short"});
  const auto missing = platform.run({"admin", "create"}, {{"EMAIL", "a@b.example"}});
  EXPECT_EQ(missing.exit_code, 64) << missing.err;
  EXPECT_NE(missing.err.find("PASSWORD, FIRST_NAME, LAST_NAME are not set"), std::string::npos)
      << missing.err;
  EXPECT_EQ(platform.central().scalar("select count(*) from users"), "0");
}

// Runs `admin create` on a pseudo-terminal (util-linux script), typing
// `lines` one by one with pauses (a terminal that turns echo off discards what
// was typed ahead, as getpass does).
test_support::CommandResult admin_on_terminal(Platform& platform,
                                              const std::vector<std::string>& lines) {
  std::string typing = "sleep 2";
  for (const auto& line : lines) {
    typing += fmt::format("; printf '%s\\n' '{}'; sleep 0.5", line);
  }
  const std::string command =
      fmt::format("({}) | script -qec '{} admin create --cost 10 --config {}' /dev/null", typing,
                  test_support::tenantctl_binary(), platform.config_path().string());
  return test_support::run_program({"bash", "-c", command},
                                   {{"TENANTCTL_CENTRAL_URL", platform.central().url()}});
}

TEST(AdminTest, AsksOnATerminalWithoutEchoingThePasswordTypedTwice) {
  Platform platform;
  const std::string secret = "Terminal-Typed-Pass-5";
  const auto result =
      admin_on_terminal(platform, {"tia@platform.example", secret, secret, "Tia", "Tee", ""});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("Password again: "), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("tia@platform.example"), std::string::npos);  // echoed
  expect_no_secret(result, {secret});                                     // not echoed
  EXPECT_EQ(
      platform.central().scalar("select role from users where email = 'tia@platform.example'"),
      "admin");  // the default role
  const auto differ = admin_on_terminal(
      platform, {"tom@platform.example", secret, secret + "x", "Tom", "Tee", "admin"});
  EXPECT_EQ(differ.exit_code, 64) << differ.out;
  EXPECT_NE(differ.out.find("the two passwords differ"), std::string::npos) << differ.out;
  EXPECT_EQ(platform.central().scalar("select count(*) from users"), "1");
}

TEST(SecretsTest, RotateRoundTripsAndEveryTenantStaysReachable) {
  Platform platform;
  ASSERT_EQ(platform.run(create("rot-one")).exit_code, 0);
  ASSERT_EQ(platform.run(create("rot-two")).exit_code, 0);
  const std::string one = platform.password_of("rot-one");
  const std::string two = platform.password_of("rot-two");
  const auto before = platform.registry("rot-one", "dbPassword");

  const auto forward =
      platform.run({"secrets", "rotate"}, {{"DB_ENCRYPTION_KEY_NEW", k_provision_other_key}});
  ASSERT_EQ(forward.exit_code, 0) << forward.err;
  EXPECT_NE(forward.out.find("re-encrypted 2 stored passwords"), std::string::npos) << forward.out;
  EXPECT_NE(platform.registry("rot-one", "dbPassword"), before);
  EXPECT_EQ(platform.password_of("rot-one", k_provision_other_key), one);
  EXPECT_EQ(platform.password_of("rot-two", k_provision_other_key), two);
  // Under the new key every tenant is reachable; under the old one none.
  const auto under_new = platform.run({"plan", "--all", "--exit-code"},
                                      {{"DB_ENCRYPTION_KEY", k_provision_other_key}}, 1);
  EXPECT_EQ(under_new.exit_code, 0) << under_new.out << under_new.err;
  // Under the old one none: said once, before any tenant (exit 78).
  const auto under_old = platform.run({"plan", "--all"}, {}, 1);
  EXPECT_EQ(under_old.exit_code, 78) << under_old.out;
  EXPECT_NE(under_old.err.find("decrypts none of the 2 selected tenants' stored passwords"),
            std::string::npos)
      << under_old.err;

  const auto back = platform.run(
      {"secrets", "rotate"},
      {{"DB_ENCRYPTION_KEY", k_provision_other_key}, {"DB_ENCRYPTION_KEY_NEW", k_provision_key}});
  ASSERT_EQ(back.exit_code, 0) << back.err;
  EXPECT_EQ(platform.password_of("rot-one"), one);
  const auto reachable = platform.run({"plan", "--all", "--exit-code"}, {}, 1);
  EXPECT_EQ(reachable.exit_code, 0) << reachable.out << reachable.err;
  for (const auto* result : {&forward, &back, &under_new, &under_old, &reachable}) {
    expect_no_secret(*result, {one, two, k_provision_key, k_provision_other_key});
  }
}

TEST(SecretsTest, RotateRefusesAValueTheOldKeyCannotReadAndChangesNothing) {
  Platform platform;
  ASSERT_EQ(platform.run(create("good-co")).exit_code, 0);
  const auto other = crypto::EncryptionKey::from_text(k_provision_other_key, "k");
  const auto foreign = crypto::encrypt(*other, "whatever-password");
  platform.central().exec(fmt::format(
      "insert into tenants (id, name, slug, status, \"dbHost\", \"dbName\", \"dbUsername\", "
      "\"dbPassword\") values ('cforeign', 'x', 'foreign-co', 'ACTIVE', '127.0.0.1', 'x', 'x', "
      "'{}')",
      *foreign));
  const auto before = platform.registry("good-co", "dbPassword");
  const std::string new_key(64, 'e');
  const auto result = platform.run({"secrets", "rotate"}, {{"DB_ENCRYPTION_KEY_NEW", new_key}});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("foreign-co"), std::string::npos) << result.err;
  EXPECT_EQ(platform.registry("good-co", "dbPassword"), before);
  expect_no_secret(result, {new_key, k_provision_key, "whatever-password"});
  const auto same =
      platform.run({"secrets", "rotate"}, {{"DB_ENCRYPTION_KEY_NEW", k_provision_key}});
  EXPECT_EQ(same.exit_code, 78) << same.err;
}

TEST(SecretsTest, RotatePasswordsChangesTheRoleAndTheRegistryInStep) {
  Platform platform;
  ASSERT_EQ(platform.run(create("pw-co")).exit_code, 0);
  const std::string name = platform.object_name("pw-co");
  const std::string old_password = platform.password_of("pw-co");
  ASSERT_TRUE(test_support::can_log_in(name, old_password, name));
  const auto result = platform.run({"secrets", "rotate-passwords", "--tenant", "pw-co"});
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("pw-co: password changed"), std::string::npos) << result.out;
  const std::string new_password = platform.password_of("pw-co");
  EXPECT_NE(new_password, old_password);
  EXPECT_EQ(new_password.size(), 32u);
  EXPECT_TRUE(test_support::can_log_in(name, new_password, name));
  EXPECT_FALSE(test_support::can_log_in(name, old_password, name));
  // The role's password went over as a SCRAM verifier.
  auto server = pg::Session::open(test_support::cluster().conninfo("postgres"));
  ASSERT_TRUE(server);
  auto rows = server->query("select rolpassword from pg_authid where rolname = $1", {name});
  ASSERT_TRUE(rows && rows->size() == 1u);
  EXPECT_EQ(std::string(rows->text(0, 0)).substr(0, 14), "SCRAM-SHA-256$");
  const auto plan = platform.run({"plan", "--tenant", "pw-co", "--exit-code"}, {}, 1);
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  expect_no_secret(result, {old_password, new_password, k_provision_key});
  // The registry refusing the new value (here a deferred trigger, so the
  // central COMMIT itself fails) rolls the role's change back: the role and
  // the registry keep the password they had.
  platform.central().exec(R"sql(
    create function refuse() returns trigger language plpgsql as
      $$ begin raise exception 'registry is read-only today'; end $$;
    create constraint trigger refuse_password after update on tenants
      deferrable initially deferred for each row execute function refuse();
  )sql");
  const auto refused = platform.run({"secrets", "rotate-passwords", "--tenant", "pw-co"});
  EXPECT_EQ(refused.exit_code, 1) << refused.out;
  EXPECT_NE(refused.out.find("registry is read-only today"), std::string::npos) << refused.out;
  EXPECT_NE(refused.out.find("nothing was changed"), std::string::npos) << refused.out;
  EXPECT_EQ(platform.password_of("pw-co"), new_password);
  EXPECT_TRUE(test_support::can_log_in(name, new_password, name));
  expect_no_secret(refused, {new_password, k_provision_key});
  platform.central().exec("drop trigger refuse_password on tenants");
  // A tenant that cannot be reached keeps its row untouched.
  platform.central().exec("update tenants set \"dbPort\" = 1 where slug = 'pw-co'");
  const auto stored = platform.registry("pw-co", "dbPassword");
  const auto unreachable = platform.run({"secrets", "rotate-passwords", "--all"});
  EXPECT_EQ(unreachable.exit_code, 1) << unreachable.out;
  EXPECT_EQ(platform.registry("pw-co", "dbPassword"), stored);
  expect_no_secret(unreachable, {new_password, k_provision_key});
}

// The role's COMMIT is lost after the registry committed the new password
// (here the server ends the tenant's session, idle in its transaction while
// another process holds the registry row): the role kept its old password,
// so the registry is set back to it, and the tenant stays reachable.
// An interrupted password rotation (the registry on a password the role
// never took, the value it replaced kept in tenantctl.password_rotations, as
// a rotate-passwords killed between its two COMMITs leaves it; the fault
// itself is FaultTest.RotatePasswordsKilledBetweenItsCommitsIsRepairedByTheNextRun):
// secrets rotate re-encrypts the kept values with the registry's, and the
// next rotate-passwords, under the new key, puts the registry back on the
// role's password before it rotates.
TEST(SecretsTest, AnInterruptedPasswordRotationSurvivesKeyRotationAndIsRepaired) {
  Platform platform;
  ASSERT_EQ(platform.run(create("pend-co")).exit_code, 0);
  const std::string name = platform.object_name("pend-co");
  ASSERT_EQ(platform.run({"secrets", "rotate-passwords", "--tenant", "pend-co"}).exit_code, 0);
  const auto role_has = platform.registry("pend-co", "dbPassword").value_or("");
  const auto key = crypto::EncryptionKey::from_text(test_support::k_provision_key, "key");
  ASSERT_TRUE(key);
  const auto never_taken = crypto::encrypt(*key, "Never-taken-pw-1");
  ASSERT_TRUE(never_taken);
  platform.central().exec(fmt::format(
      "update tenants set \"dbPassword\" = '{1}' where slug = 'pend-co';"
      "insert into tenantctl.password_rotations (tenant_id, previous_password, new_password)"
      " select id, '{0}', '{1}' from tenants where slug = 'pend-co'",
      role_has, *never_taken));
  const auto rotated =
      platform.run({"secrets", "rotate"}, {{"DB_ENCRYPTION_KEY_NEW", k_provision_other_key}});
  ASSERT_EQ(rotated.exit_code, 0) << rotated.out << rotated.err;
  EXPECT_NE(rotated.out.find("the 1 value(s) kept for interrupted password rotations"),
            std::string::npos)
      << rotated.out;
  const auto repaired = platform.run({"secrets", "rotate-passwords", "--tenant", "pend-co"},
                                     {{"DB_ENCRYPTION_KEY", k_provision_other_key}});
  EXPECT_EQ(repaired.exit_code, 0) << repaired.out << repaired.err;
  EXPECT_NE(repaired.out.find("pend-co: an interrupted rotation repaired first, then password "
                              "changed (role and registry)"),
            std::string::npos)
      << repaired.out;
  const auto now = platform.password_of("pend-co", k_provision_other_key);
  EXPECT_NE(now, "Never-taken-pw-1");
  EXPECT_TRUE(test_support::can_log_in(name, now, name));
  EXPECT_EQ(platform.central().scalar("select count(*) from tenantctl.password_rotations"), "0");
  expect_no_secret(repaired, {now, k_provision_key, k_provision_other_key});
}

TEST(SecretsTest, ALostRoleCommitSetsTheRegistryBack) {
  Platform platform;
  ASSERT_EQ(platform.run(create("lost-co")).exit_code, 0);
  const std::string name = platform.object_name("lost-co");
  const std::string old_password = platform.password_of("lost-co");
  const auto stored = platform.registry("lost-co", "dbPassword");
  test_support::exec_admin(
      fmt::format("alter role {} set idle_in_transaction_session_timeout = '1s'", name));
  // Another process holds the row: rotate-passwords waits for it with the
  // role's new password uncommitted, until the server ends that session; then
  // the row is let go.
  auto holder = pg::Session::open(platform.central().conninfo());
  ASSERT_TRUE(holder) << holder.error().message();
  ASSERT_TRUE(holder->execute("begin"));
  ASSERT_TRUE(holder->query("select 1 from tenants where slug = 'lost-co' for update"));
  std::thread release([&] {
    auto watcher = pg::Session::open(test_support::cluster().conninfo("postgres"));
    bool seen = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (watcher && std::chrono::steady_clock::now() < deadline) {
      auto idle = watcher->query(
          "select count(*) from pg_stat_activity where usename = $1"
          " and state = 'idle in transaction'",
          {name});
      const bool now = idle && idle->text(0, 0) != "0";
      if (seen && !now) {
        break;  // the server ended it
      }
      seen = seen || now;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    (void)holder->execute("commit");
  });
  const auto result = platform.run({"secrets", "rotate-passwords", "--tenant", "lost-co"});
  release.join();
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("committing the role's new password failed"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("the registry was set back to the old password"), std::string::npos)
      << result.out;
  EXPECT_EQ(platform.registry("lost-co", "dbPassword"), stored);
  EXPECT_EQ(platform.password_of("lost-co"), old_password);
  EXPECT_TRUE(test_support::can_log_in(name, old_password, name));
  expect_no_secret(result, {old_password, k_provision_key});
}

}  // namespace
