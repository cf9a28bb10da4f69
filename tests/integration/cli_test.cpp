#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/run_command.hpp"
#include "support/test_cluster.hpp"

namespace {

using test_support::run_tenantctl;

TEST(CliTest, UnknownCommandIsAUsageErrorWithSuggestion) {
  auto result = run_tenantctl({"no-such-command"});
  EXPECT_EQ(result.exit_code, 64);
  EXPECT_NE(result.err.find("unknown command 'no-such-command'"), std::string::npos) << result.err;

  result = run_tenantctl({"inpsect"});
  EXPECT_EQ(result.exit_code, 64);
  EXPECT_NE(result.err.find("did you mean 'inspect'?"), std::string::npos) << result.err;
}

TEST(CliTest, UnknownOptionIsAUsageErrorWithSuggestion) {
  auto result = run_tenantctl({"inspect", "--url", "x", "--ouput", "f.toml"});
  EXPECT_EQ(result.exit_code, 64);
  EXPECT_NE(result.err.find("unknown option '--ouput'"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("did you mean '--out'?"), std::string::npos) << result.err;

  result = run_tenantctl({"--bogus"});
  EXPECT_EQ(result.exit_code, 64);
}

TEST(CliTest, MissingRequiredOptionIsAUsageError) {
  const auto result = run_tenantctl({"inspect"});
  EXPECT_EQ(result.exit_code, 64);
  EXPECT_NE(result.err.find("--url"), std::string::npos) << result.err;
}

TEST(CliTest, HelpAndVersion) {
  auto result = run_tenantctl({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("inspect"), std::string::npos);
  EXPECT_NE(result.out.find("Exit codes"), std::string::npos);

  result = run_tenantctl({"--version"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, std::string("tenantctl ") + TENANTCTL_VERSION + "\n");

  result = run_tenantctl({"help", "inspect"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("--url"), std::string::npos);
  EXPECT_NE(result.out.find("--out"), std::string::npos);

  result = run_tenantctl({"inspect", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("--url"), std::string::npos);

  result = run_tenantctl({"help", "nope"});
  EXPECT_EQ(result.exit_code, 64);
}

// Issue 14: every option value is checked before any target is touched
// (the URL here names no server: reaching it would fail otherwise).
TEST(CliTest, OptionValuesAreCheckedBeforeAnyTarget) {
  const std::string url = "postgresql://nobody@/nowhere?host=/nonexistent";
  const struct {
    std::vector<std::string> args;
    std::string message;
  } cases[] = {
      {{"plan", "--url", url, "--concurrency", "0"}, "--concurrency '0'"},
      {{"plan", "--url", url, "--concurrency=-3"}, "--concurrency '-3'"},
      {{"plan", "--url", url, "--concurrency", "eight"}, "--concurrency 'eight'"},
      {{"apply", "--url", url, "--yes", "--max-failures", "0"}, "--max-failures '0'"},
      {{"apply", "--url", url, "--yes", "--canary", "0"}, "--canary '0'"},
      {{"plan", "--url", url, "--run", "r1", "--lease", "5"}, "--lease '5'"},
      {{"plan", "--url", url, "--lease", "60"}, "--lease is given without --run"},
      {{"plan", "--url", url, "--lock-timeout", "5parsecs"}, "--lock-timeout '5parsecs'"},
      {{"apply", "--url", url, "--yes", "--statement-timeout", "soon"},
       "--statement-timeout 'soon'"},
      {{"migrate", "--url", url, "--lock-timeout", "5parsecs"}, "--lock-timeout '5parsecs'"},
      {{"rollback", "--url", url, "--concurrency", "0"}, "--concurrency '0'"},
      {{"unlock", "--url", url, "--yes", "--max-failures", "0"}, "--max-failures '0'"},
      {{"status", "--url", url, "--concurrency", "0"}, "--concurrency '0'"},
      {{"inspect", "--url", url, "--concurrency", "3"}, "--concurrency goes with --all --group"},
      {{"inspect", "--url", url, "--shard", "1/2"}, "--shard goes with --all --group"},
      {{"inspect", "--url", url, "--format", "json"}, "--format goes with --all --group"},
  };
  for (const auto& each : cases) {
    const auto result = run_tenantctl(each.args);
    EXPECT_EQ(result.exit_code, 64) << each.args[0] << ": " << result.err;
    EXPECT_NE(result.err.find(each.message), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("nonexistent"), std::string::npos)
        << "a target was reached: " << result.err;
  }
  const auto duration = run_tenantctl({"plan", "--url", url, "--lock-timeout", "5parsecs"});
  EXPECT_NE(duration.err.find("500ms, 5s, 2min"), std::string::npos) << duration.err;
  const auto count = run_tenantctl({"plan", "--url", url, "--concurrency", "0"});
  EXPECT_NE(count.err.find("at least 1"), std::string::npos) << count.err;
}

// Issue 14: each command's help lists exactly the options it takes, and
// `help` reaches subcommands.
TEST(CliTest, HelpListsWhatEachCommandTakesAndReachesSubcommands) {
  const auto status = run_tenantctl({"status", "--help"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  for (const char* taken : {"--migrations", "--exit-code", "--schema", "--scratch-url",
                            "--concurrency", "--format", "--all"}) {
    EXPECT_NE(status.out.find(taken), std::string::npos) << taken << "\n" << status.out;
  }
  for (const char* not_taken :
       {"--run", "--lease", "--offline", "--lock-timeout", "--statement-timeout", "--verbose",
        "--allow-hazards", "--yes", "sql"}) {
    EXPECT_EQ(status.out.find(not_taken), std::string::npos) << not_taken << "\n" << status.out;
  }
  EXPECT_EQ(run_tenantctl({"help", "status"}).out, status.out);
  EXPECT_EQ(run_tenantctl({"status", "--url", "x", "--run", "r1"}).exit_code, 64);

  const auto plan = run_tenantctl({"plan", "--help"});
  EXPECT_NE(plan.out.find("--lock-timeout"), std::string::npos) << plan.out;
  EXPECT_EQ(plan.out.find("--allow-hazards"), std::string::npos) << plan.out;
  EXPECT_NE(plan.out.find("--migrations"), std::string::npos) << plan.out;
  EXPECT_EQ(plan.out.find("--canary"), std::string::npos) << plan.out;

  const auto create = run_tenantctl({"help", "tenant", "create"});
  EXPECT_EQ(create.exit_code, 0) << create.err;
  EXPECT_NE(create.out.find("--slug"), std::string::npos) << create.out;
  EXPECT_EQ(create.out, run_tenantctl({"tenant", "create", "--help"}).out);
  const auto rotate = run_tenantctl({"help", "secrets", "rotate-passwords"});
  EXPECT_EQ(rotate.out, run_tenantctl({"secrets", "rotate-passwords", "--help"}).out);
  // Registry rows only: no --url listed, and none taken.
  EXPECT_EQ(rotate.out.find("--url"), std::string::npos) << rotate.out;
  EXPECT_NE(rotate.out.find("--tenant"), std::string::npos) << rotate.out;
  EXPECT_EQ(run_tenantctl({"secrets", "rotate-passwords", "--url", "x"}).exit_code, 64);
  // inspect of one database lists the --all --group options as such, and
  // refuses them alone (CliTest.OptionValuesAreCheckedBeforeAnyTarget).
  const auto inspect = run_tenantctl({"inspect", "--help"});
  for (const char* grouped : {"--shard", "--concurrency", "--format"}) {
    const auto at = inspect.out.find(std::string("  ") + grouped);
    ASSERT_NE(at, std::string::npos) << grouped << "\n" << inspect.out;
    EXPECT_NE(inspect.out.substr(at, inspect.out.find('\n', at) - at).find("With --"),
              std::string::npos)
        << grouped << "\n"
        << inspect.out;
  }

  const auto unknown = run_tenantctl({"help", "tenant", "crate"});
  EXPECT_EQ(unknown.exit_code, 64);
  EXPECT_NE(unknown.err.find("did you mean 'tenant create'?"), std::string::npos) << unknown.err;
  const auto plain = run_tenantctl({"help", "plan", "extra"});
  EXPECT_EQ(plain.exit_code, 64);
  EXPECT_NE(plain.err.find("plan has no subcommands"), std::string::npos) << plain.err;
}

// Issue 14: make creates a missing migrations directory, as knex does.
TEST(CliTest, MakeCreatesTheMigrationsDirectory) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("tenantctl-make-" + std::to_string(::getpid())) / "db" / "migrations";
  std::filesystem::remove_all(dir.parent_path().parent_path());
  const auto made = run_tenantctl({"make", "add_orders", "--migrations", dir.string()});
  EXPECT_EQ(made.exit_code, 0) << made.err;
  EXPECT_NE(made.err.find("created the migrations directory"), std::string::npos) << made.err;
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    files += entry.path().stem().string().ends_with("_add_orders") ? 1 : 0;
  }
  EXPECT_EQ(files, 2u);  // the .sql and its .js
  std::filesystem::remove_all(dir.parent_path().parent_path());
}

// Issue 14: colour only on a terminal, never with NO_COLOR or --no-color.
TEST(CliTest, ColourOnlyOnATerminalAndNeverWithNoColor) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("tenantctl-color-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "from.toml") << "[schema.public]\n";
  std::ofstream(dir / "to.toml")
      << "[table.public.t]\n\n[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\n";
  const std::vector<std::string> diff{"diff", (dir / "from.toml").string(),
                                      (dir / "to.toml").string(), "--format", "text"};
  const std::string green = "\033[32m";
  EXPECT_NE(test_support::run_tenantctl_on_terminal(diff, {{"NO_COLOR", ""}}).out.find(green),
            std::string::npos);
  EXPECT_EQ(run_tenantctl(diff).out.find("\033["), std::string::npos);  // not a terminal
  EXPECT_EQ(test_support::run_tenantctl_on_terminal(diff, {{"NO_COLOR", "1"}}).out.find("\033[3"),
            std::string::npos);
  auto no_color = diff;
  no_color.insert(no_color.begin() + 1, "--no-color");
  const auto flagged = test_support::run_tenantctl_on_terminal(no_color, {{"NO_COLOR", ""}});
  EXPECT_EQ(flagged.out.find("\033[3"), std::string::npos) << flagged.out;
  EXPECT_NE(flagged.out.find("create table public.t"), std::string::npos) << flagged.out;
  std::filesystem::remove_all(dir);
}

TEST(CliTest, InspectWritesTomlToAFile) {
  test_support::TestDatabase db;
  db.exec(
      "create table parent (id bigint primary key);"
      "create table child (id bigint primary key, parent_id bigint references parent(id))");
  const auto path = std::filesystem::temp_directory_path() / ("inspect-" + db.name() + ".toml");
  const auto result = run_tenantctl({"inspect", "--url", db.url(), "--out", path.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  std::filesystem::remove(path);
  EXPECT_NE(text.str().find("[table.public.child]"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("[table.public.parent]"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("name = \"parent_id\"\ntype = \"bigint\""), std::string::npos);

  const auto to_stdout = run_tenantctl({"inspect", "--url", db.url()});
  ASSERT_EQ(to_stdout.exit_code, 0) << to_stdout.err;
  EXPECT_EQ(to_stdout.out, text.str());
}

TEST(CliTest, InspectNamesWhatItLeavesOutOnStderr) {
  test_support::TestDatabase db;
  db.exec(
      "create table t (id int, b int);"
      "create rule \"Own Rows\" as on insert to t do also notify t;"
      "create foreign data wrapper cli_fdw;"
      "create server cli_server foreign data wrapper cli_fdw;"
      "create foreign table \"Remote T\" (id int) server cli_server");
  const auto result = run_tenantctl({"inspect", "--url", db.url()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err,
            "tenantctl: note: not managed yet, left out: foreign table public.\"Remote T\"\n"
            "tenantctl: note: not managed yet, left out: rule \"Own Rows\" on public.t\n");
  EXPECT_EQ(result.out.find("note"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("[table.public.t]"), std::string::npos) << result.out;
}

TEST(CliTest, ConnectionFailuresExitOneWithOneLineAndNoPassword) {
  test_support::exec_admin(
      "do $$ begin if not exists (select from pg_roles where rolname = 'cli_test_login') then "
      "create role cli_test_login login password 'the-right-one'; end if; end $$");
  const auto wrong = test_support::cluster().tcp_url("cli_test_login", "Sup3r-S3cret", "postgres");
  auto result = run_tenantctl({"inspect", "--url", wrong});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err.find("Sup3r-S3cret"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("password authentication failed"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("database \"postgres\" on 127.0.0.1"), std::string::npos) << result.err;

  result = run_tenantctl({"inspect", "--url", "postgresql://u:Sup3r-S3cret@127.0.0.1:1/gone"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err.find("Sup3r-S3cret"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("\"gone\""), std::string::npos) << result.err;
  // One line of error (plus no hint for a connection failure).
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;

  result = run_tenantctl({"inspect", "--url", "postgresql://u:Sup3r-S3cret@h/d?nonsense=1"});
  EXPECT_EQ(result.exit_code, 78);
  EXPECT_EQ(result.err.find("Sup3r-S3cret"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("invalid connection string"), std::string::npos) << result.err;
}

// Issue 14: JSON output says every error as an object (kind, message, hint,
// sqlstate, tenant): per target in the report, and for an error that ends
// the whole command as {"error": ...} on stdout; PostgreSQL's DETAIL and
// SQLSTATE are kept, libpq's sentences are kept apart.
TEST(CliTest, JsonReportsSayErrorsAsObjects) {
  test_support::TestDatabase db;
  db.exec(
      "create table people (email text); insert into people values ('a@example.com'),"
      " ('a@example.com')");
  const auto path = std::filesystem::temp_directory_path() / ("json-errors-" + db.name() + ".toml");
  std::ofstream(path) << "[table.public.people]\n[[table.public.people.column]]\n"
                         "name = \"email\"\ntype = \"text\"\n"
                         "[table.public.people.index.people_email_key]\nkeys = [\"email\"]\n"
                         "unique = true\n";
  // A whole-command error: configuration (78), then usage (64).
  auto result = run_tenantctl(
      {"plan", "--format", "json", "--url", db.url(), "--schema", path.string() + ".missing"});
  EXPECT_EQ(result.exit_code, 78) << result.err;
  auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["error"]["kind"], "config") << result.out;
  EXPECT_NE(json["error"]["message"].get<std::string>().find(".missing"), std::string::npos)
      << result.out;
  EXPECT_TRUE(json["error"]["tenant"].is_null()) << result.out;
  EXPECT_TRUE(json["error"]["sqlstate"].is_null()) << result.out;
  result = run_tenantctl({"plan", "--format=json", "--url", db.url(), "--concurrency", "0"});
  EXPECT_EQ(result.exit_code, 64) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["error"]["kind"], "usage") << result.out;

  // A statement PostgreSQL refuses: its DETAIL and SQLSTATE, and the tenant.
  result = run_tenantctl({"apply", "--format", "json", "--yes", "--allow-hazards", "all", "--url",
                          db.url(), "--schema", path.string()});
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  json = nlohmann::json::parse(result.out);
  const auto& error = json["tenants"][0]["error"];
  EXPECT_EQ(error["kind"], "failure") << result.out;
  EXPECT_EQ(error["sqlstate"], "23505") << result.out;
  EXPECT_EQ(error["tenant"], json["tenants"][0]["target"]) << result.out;
  EXPECT_NE(error["message"].get<std::string>().find("Key (email)=(a@example.com) is duplicated"),
            std::string::npos)
      << result.out;

  // A server that is not there: kind connection, libpq's two sentences.
  result =
      run_tenantctl({"plan", "--format", "json", "--url",
                     "postgresql://nobody@/nowhere?host=/nonexistent", "--schema", path.string()});
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["tenants"][0]["error"]["kind"], "connection") << result.out;
  EXPECT_NE(json["tenants"][0]["error"]["message"].get<std::string>().find(
                "No such file or directory. Is the server running locally"),
            std::string::npos)
      << result.out;
  std::filesystem::remove(path);
}

// Issue 14: plan's and diff's JSON say a statement the same way: sql,
// source, transactional and hazards as {kind, reason}.
TEST(CliTest, PlanAndDiffSayStatementsAlike) {
  test_support::TestDatabase db;
  db.exec("create table t (id integer, fax text)");
  const auto dir = std::filesystem::temp_directory_path() / ("alike-" + db.name());
  std::filesystem::create_directories(dir);
  const auto from =
      run_tenantctl({"inspect", "--url", db.url(), "--out", (dir / "from.toml").string()});
  ASSERT_EQ(from.exit_code, 0) << from.err;
  std::ofstream(dir / "to.toml") << "[table.public.t]\n[[table.public.t.column]]\nname = \"id\"\n"
                                    "type = \"integer\"\n";
  const auto plan = run_tenantctl(
      {"plan", "--format", "json", "--url", db.url(), "--schema", (dir / "to.toml").string()});
  const auto diff = run_tenantctl(
      {"diff", "--format", "json", (dir / "from.toml").string(), (dir / "to.toml").string()});
  std::filesystem::remove_all(dir);
  ASSERT_EQ(plan.exit_code, 0) << plan.err;
  ASSERT_EQ(diff.exit_code, 0) << diff.err;
  const auto planned = nlohmann::json::parse(plan.out)["tenants"][0]["statements"];
  const auto diffed = nlohmann::json::parse(diff.out)["statements"];
  ASSERT_EQ(planned.size(), 1U) << plan.out;
  EXPECT_EQ(planned, diffed) << plan.out << diff.out;
  EXPECT_EQ(planned[0]["hazards"][0]["kind"], "data_loss") << plan.out;
  EXPECT_FALSE(planned[0]["hazards"][0]["reason"].get<std::string>().empty()) << plan.out;
  EXPECT_EQ(planned[0]["transactional"], true) << plan.out;
}

// The desired schema is read while the catalog is read; a malformed file is
// still a configuration error (78) that names file:line:col, and nothing is
// applied.
TEST(CliTest, AMalformedSchemaIsAConfigErrorEvenWhileCatalogsAreRead) {
  test_support::TestDatabase db;
  db.exec("create table kept (id integer)");
  const auto path = std::filesystem::temp_directory_path() / ("malformed-" + db.name() + ".toml");
  std::ofstream(path) << "[table.public.kept]\n[[table.public.kept.column]]\nname = \"id\"\n"
                         "type = \"integer\"\nbogus = = 1\n";
  const std::vector<std::vector<std::string>> commands = {
      {"plan", "--url", db.url(), "--schema", path.string()},
      {"apply", "--url", db.url(), "--schema", path.string(), "--yes"}};
  for (const auto& command : commands) {
    const auto result = run_tenantctl(command);
    EXPECT_EQ(result.exit_code, 78) << command[0] << ": " << result.err;
    EXPECT_NE(result.err.find(path.filename().string() + ":5:"), std::string::npos) << result.err;
  }
  auto result = run_tenantctl(
      {"plan", "--url", "postgresql://u:pw@127.0.0.1:1/gone", "--schema", path.string()});
  EXPECT_EQ(result.exit_code, 78) << result.err;
  EXPECT_EQ(db.scalar("select count(*) from pg_class where relname = 'kept'"), "1");
  std::filesystem::remove(path);
}

}  // namespace

namespace {

// A role a policy or a grant names that the tenant's server does not have is
// one clear error before any statement runs (roles are not the schema's to
// create).
TEST(CliTest, ARoleTheSchemaNamesThatDoesNotExistStopsApplyBeforeAnyStatement) {
  test_support::TestDatabase db;
  db.exec("create table t (id int primary key, owner_name text)");
  const auto path = std::filesystem::temp_directory_path() / ("roles-" + db.name() + ".toml");
  std::ofstream(path) << "[table.public.t]\nprimary_key = [\"id\"]\nrow_level_security = true\n"
                         "[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\n"
                         "not_null = true\n"
                         "[[table.public.t.column]]\nname = \"owner_name\"\ntype = \"text\"\n"
                         "[policy.public.t.own]\nto = [\"No Such Role\"]\n"
                         "using = \"owner_name = CURRENT_USER\"\n"
                         "[grant.table.public.t]\nnobody_here = [\"select\"]\n";
  const auto result = run_tenantctl(
      {"apply", "--url", db.url(), "--schema", path.string(), "--yes", "--allow-hazards", "all"});
  std::filesystem::remove(path);
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  // The tenant's line in the report.
  EXPECT_NE(result.out.find("\"No Such Role\", nobody_here"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("nothing was changed"), std::string::npos) << result.out;
  EXPECT_EQ(db.scalar("select relrowsecurity::text from pg_class where relname = 't'"), "false");
}

}  // namespace

// PostgreSQL cannot reorder columns: a schema that lists a table's columns in
// another order is in sync, and the plan says so in one line.
TEST(CliTest, AnotherColumnOrderIsANoteNotDrift) {
  test_support::TestDatabase db;
  db.exec("create table t (id integer primary key, a text, b text)");
  const auto schema =
      std::filesystem::temp_directory_path() / ("column-order-" + db.name() + ".toml");
  std::ofstream(schema) << "[table.public.t]\nprimary_key = [\"id\"]\n"
                           "[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\n"
                           "not_null = true\n"
                           "[[table.public.t.column]]\nname = \"b\"\ntype = \"text\"\n"
                           "[[table.public.t.column]]\nname = \"a\"\ntype = \"text\"\n";
  const auto text =
      run_tenantctl({"plan", "--url", db.url(), "--schema", schema.string(), "--exit-code"});
  EXPECT_EQ(text.exit_code, 0) << text.out << text.err;
  EXPECT_NE(text.out.find("in sync"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("note: column order of table public.t: the schema lists (id, b, a), "
                          "the table has (id, a, b)"),
            std::string::npos)
      << text.out;
  const auto json =
      run_tenantctl({"plan", "--url", db.url(), "--schema", schema.string(), "--format", "json"});
  EXPECT_NE(json.out.find("\"notes\": [\n        \"column order of table public.t"),
            std::string::npos)
      << json.out;
  std::filesystem::remove(schema);
}
