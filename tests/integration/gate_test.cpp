// The pull-request gate: `check` replays migrations/ on a scratch database and
// compares it with schema/; `generate` writes the migration that makes them
// agree. Each test works on its own copy of the repository's schema/ and
// migrations/ (the example platform, consistent by construction).

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "knex/migration_files.hpp"
#include "support/run_command.hpp"
#include "support/test_cluster.hpp"

namespace fs = std::filesystem;
using test_support::run_tenantctl;

namespace {

const fs::path k_root(TENANTCTL_SOURCE_DIR);

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A copy of the repository's schema/ and migrations/ (with the knex .js
// companions written where the repository has none yet) in a fresh temporary
// directory, removed afterwards.
class Project {
 public:
  Project() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir = fs::temp_directory_path() /
            ("tenantctl-gate-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    fs::copy(k_root / "schema", schema(), fs::copy_options::recursive);
    fs::copy(k_root / "migrations", migrations(), fs::copy_options::recursive);
    for (const auto& entry : fs::directory_iterator(migrations())) {
      if (entry.path().extension() == ".sql") {
        auto written = knex::write_companion(entry.path());
        EXPECT_TRUE(written) << written.error().message();
      }
    }
  }
  ~Project() { fs::remove_all(m_dir); }
  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;

  [[nodiscard]] fs::path dir() const { return m_dir; }
  [[nodiscard]] fs::path schema() const { return m_dir / "schema"; }
  [[nodiscard]] fs::path migrations() const { return m_dir / "migrations"; }

  // `command` with --schema and --migrations of this project and the test
  // cluster as the scratch server.
  [[nodiscard]] std::vector<std::string> args(const std::string& command) const {
    return {command,
            "--schema",
            schema().string(),
            "--migrations",
            migrations().string(),
            "--scratch-url",
            test_support::cluster().url("postgres")};
  }

  // Puts schema/ ahead of migrations/: a new table, a new column on apps, a
  // new index on it, and a renamed column (icon -> glyph).
  void change_schema() const {
    const auto path = schema() / "apps.toml";
    std::string text = read_file(path);
    const std::string icon = "name = \"icon\"\n";
    ASSERT_TRUE(contains(text, icon));
    text.replace(text.find(icon), icon.size(), "name = \"glyph\"\nrenamed_from = \"icon\"\n");
    text += R"toml(
[[table.public.apps.column]]
name = "badge"
type = "character varying(40)"

[table.public.apps.index.apps_badge_idx]
keys = ["badge"]

[table.public.gadgets]
primary_key = ["id"]

[[table.public.gadgets.column]]
name = "id"
type = "bigint"
not_null = true

[[table.public.gadgets.column]]
name = "app_id"
type = "integer"
not_null = true

[table.public.gadgets.foreign_key.gadgets_app_id_fkey]
columns = ["app_id"]
references = { table = "apps", columns = ["id"] }
on_delete = "cascade"
)toml";
    write_file(path, text);
  }

  // The files of migrations/ whose name ends in `suffix`.
  [[nodiscard]] std::vector<fs::path> files_ending(const std::string& suffix) const {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(migrations())) {
      if (entry.path().filename().string().ends_with(suffix)) {
        out.push_back(entry.path());
      }
    }
    return out;
  }

 private:
  fs::path m_dir;
};

// Runs the up part of every migration of `dir` in name order on `db`, one
// transaction each.
void migrate(test_support::TestDatabase& db, const fs::path& dir) {
  auto files = knex::read_migrations(dir);
  ASSERT_TRUE(files) << files.error().message();
  for (const auto& file : *files) {
    db.exec("begin;\n" + file.up + "\ncommit;");
  }
}

std::string inspect(const test_support::TestDatabase& db) {
  const auto result = run_tenantctl({"inspect", "--url", db.url()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return result.out;
}

TEST(GateTest, CheckPassesOnTheProjectsOwnSchemaAndMigrations) {
  const Project project;
  const auto result = run_tenantctl(project.args("check"));
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(contains(result.out, "check passed")) << result.out;
  EXPECT_TRUE(contains(result.out, "11 migration files replayed")) << result.out;
  const auto markdown = run_tenantctl([&] {
    auto args = project.args("check");
    args.insert(args.end(), {"--format", "markdown"});
    return args;
  }());
  EXPECT_EQ(markdown.exit_code, 0) << markdown.out << markdown.err;
  EXPECT_TRUE(contains(markdown.out, "### tenantctl check: passed")) << markdown.out;
}

TEST(GateTest, CheckPassesOnTheRepositoryItself) {
  // The repository's own directories, read only: check writes nothing.
  const auto result = run_tenantctl({"check", "--schema", (k_root / "schema").string(),
                                     "--migrations", (k_root / "migrations").string(),
                                     "--scratch-url", test_support::cluster().url("postgres")});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(contains(result.out, "check passed")) << result.out;
}

TEST(GateTest, CheckFailsAndShowsTheChangeWhenSchemaIsAhead) {
  const Project project;
  project.change_schema();
  const auto text = run_tenantctl(project.args("check"));
  EXPECT_EQ(text.exit_code, 1) << text.out << text.err;
  EXPECT_TRUE(contains(text.out, "check failed")) << text.out;
  EXPECT_TRUE(contains(text.out, "+ create table public.gadgets")) << text.out;
  EXPECT_TRUE(contains(text.out, "+ add column public.apps.badge")) << text.out;
  EXPECT_TRUE(contains(text.out, "ALTER TABLE public.apps ADD COLUMN badge character varying(40)"))
      << text.out;
  EXPECT_TRUE(contains(text.out, "RENAME COLUMN icon TO glyph")) << text.out;
  EXPECT_TRUE(contains(text.out, "CREATE INDEX apps_badge_idx")) << text.out;
  // Offline statements, fit for a migration's one transaction.
  EXPECT_FALSE(contains(text.out, "CONCURRENTLY")) << text.out;
  EXPECT_FALSE(contains(text.out, "NOT VALID")) << text.out;

  auto args = project.args("check");
  args.insert(args.end(), {"--format", "markdown"});
  const auto markdown = run_tenantctl(args);
  EXPECT_EQ(markdown.exit_code, 1) << markdown.out << markdown.err;
  EXPECT_TRUE(contains(markdown.out, "### tenantctl check: failed")) << markdown.out;
  EXPECT_TRUE(contains(markdown.out, "- `create table public.gadgets`")) << markdown.out;
  EXPECT_TRUE(contains(markdown.out, "```sql\n")) << markdown.out;
  EXPECT_TRUE(contains(markdown.out, "CREATE TABLE public.gadgets")) << markdown.out;

  // A table only the migrations have shows as extra.
  write_file(project.migrations() / "20250126000006_add_scratchpad.sql",
             "-- migrate:up\ncreate table scratchpad (id integer);\n-- migrate:down\ndrop table "
             "scratchpad;\n");
  ASSERT_TRUE(knex::write_companion(project.migrations() / "20250126000006_add_scratchpad.sql"));
  const auto extra = run_tenantctl(project.args("check"));
  EXPECT_EQ(extra.exit_code, 1) << extra.out << extra.err;
  EXPECT_TRUE(contains(extra.out, "- drop table public.scratchpad")) << extra.out;
}

TEST(GateTest, GenerateWritesAPairAndCheckPassesAgain) {
  const Project project;
  project.change_schema();
  auto args = project.args("generate");
  args.insert(args.begin() + 1, "add_gadgets");
  const auto generated = run_tenantctl(args);
  ASSERT_EQ(generated.exit_code, 0) << generated.out << generated.err;
  const auto sql = project.files_ending("_add_gadgets.sql");
  ASSERT_EQ(sql.size(), 1u);
  EXPECT_EQ(generated.out, sql[0].string() + "\n");
  const auto js = project.files_ending("_add_gadgets.js");
  ASSERT_EQ(js.size(), 1u);
  EXPECT_EQ(read_file(js[0]), knex::companion_source());
  const std::string text = read_file(sql[0]);
  EXPECT_TRUE(contains(text, "-- migrate:up")) << text;
  EXPECT_TRUE(contains(text, "-- migrate:down")) << text;
  EXPECT_FALSE(contains(text, "CONCURRENTLY")) << text;

  const auto check = run_tenantctl(project.args("check"));
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_TRUE(contains(check.out, "12 migration files replayed")) << check.out;

  // Nothing left to generate: nothing written.
  args[1] = "nothing_left";
  const auto again = run_tenantctl(args);
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_TRUE(contains(again.err, "nothing to generate")) << again.err;
  EXPECT_EQ(again.out, "");
  EXPECT_TRUE(project.files_ending("_nothing_left.sql").empty());

  // A bad name is a usage error, before anything runs.
  args[1] = "Bad-Name";
  const auto bad = run_tenantctl(args);
  EXPECT_EQ(bad.exit_code, 64) << bad.out << bad.err;
  EXPECT_TRUE(contains(bad.err, "not a valid migration name")) << bad.err;
}

TEST(GateTest, GeneratedDownPartUndoesTheUpPart) {
  const Project project;
  project.change_schema();
  auto args = project.args("generate");
  args.insert(args.begin() + 1, "add_gadgets");
  const auto generated = run_tenantctl(args);
  ASSERT_EQ(generated.exit_code, 0) << generated.out << generated.err;
  const auto sql = project.files_ending("_add_gadgets.sql");
  ASSERT_EQ(sql.size(), 1u);
  auto parts = knex::split_sql(read_file(sql[0]), sql[0].filename().string());
  ASSERT_TRUE(parts) << parts.error().message();
  const auto& [up, down] = *parts;
  ASSERT_TRUE(down.has_value());
  // The rename is undone by a rename, not by a drop and an add.
  EXPECT_TRUE(contains(up, "RENAME COLUMN icon TO glyph")) << up;
  EXPECT_TRUE(contains(*down, "RENAME COLUMN glyph TO icon")) << *down;

  // The migrations before it, on a database of their own.
  test_support::TestDatabase db;
  fs::remove(sql[0]);
  fs::remove(project.files_ending("_add_gadgets.js").at(0));
  migrate(db, project.migrations());
  db.exec("insert into apps (name, label, icon) values ('crm', 'CRM', 'star')");
  const std::string before = inspect(db);

  db.exec("begin;\n" + up + "\ncommit;");
  const auto in_sync = run_tenantctl(
      {"plan", "--url", db.url(), "--schema", project.schema().string(), "--exit-code"});
  EXPECT_EQ(in_sync.exit_code, 0) << in_sync.out << in_sync.err;
  EXPECT_NE(inspect(db), before);

  db.exec("begin;\n" + *down + "\ncommit;");
  EXPECT_EQ(inspect(db), before);
  // The renamed column kept its values both ways.
  EXPECT_EQ(db.scalar("select icon from apps where name = 'crm'"), "star");
}

// A small project of its own: one migration, and a schema that renames what
// it made (a table, a column, an index, an enum label).
TEST(GateTest, GeneratedDownPartUndoesRenamesWithRenames) {
  const fs::path dir =
      fs::temp_directory_path() / ("tenantctl-gate-renames-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  // Removed however the test ends.
  const std::unique_ptr<const fs::path, void (*)(const fs::path*)> cleanup(
      &dir, [](const fs::path* path) { fs::remove_all(*path); });
  fs::create_directories(dir / "migrations");
  fs::create_directories(dir / "schema");
  write_file(dir / "migrations" / "20250101000000_widgets.sql",
             "-- migrate:up\ncreate type mood as enum ('happy', 'sad');\n"
             "create table widgets (id integer primary key, label text not null, feeling mood);\n"
             "create index widgets_feeling_idx on widgets (feeling);\n"
             "-- migrate:down\ndrop table widgets;\ndrop type mood;\n");
  ASSERT_TRUE(knex::write_companion(dir / "migrations" / "20250101000000_widgets.sql"));
  write_file(dir / "schema" / "app.toml", R"toml(
[enum.public.mood]
values = ["glad", "sad"]
value_renames = { glad = "happy" }

[table.public.gadgets]
renamed_from = "widgets"
primary_key = { name = "gadgets_pkey", columns = ["id"], renamed_from = "widgets_pkey" }

[[table.public.gadgets.column]]
name = "id"
type = "integer"
not_null = true

[[table.public.gadgets.column]]
name = "title"
type = "text"
not_null = true
renamed_from = "label"

[[table.public.gadgets.column]]
name = "feeling"
type = "mood"

[table.public.gadgets.index.gadgets_feeling_idx]
keys = ["feeling"]
renamed_from = "widgets_feeling_idx"
)toml");
  const std::vector<std::string> paths = {"--schema",      (dir / "schema").string(),
                                          "--migrations",  (dir / "migrations").string(),
                                          "--scratch-url", test_support::cluster().url("postgres")};
  std::vector<std::string> args = {"generate", "rename_widgets"};
  args.insert(args.end(), paths.begin(), paths.end());
  const auto generated = run_tenantctl(args);
  ASSERT_EQ(generated.exit_code, 0) << generated.out << generated.err;
  EXPECT_FALSE(contains(generated.err, "warning")) << generated.err;
  auto parts = knex::split_sql(read_file(generated.out.substr(0, generated.out.size() - 1)),
                               "rename_widgets.sql");
  ASSERT_TRUE(parts) << parts.error().message();
  const auto& [up, down] = *parts;
  ASSERT_TRUE(down.has_value());
  for (const auto* part : {&up, &*down}) {
    EXPECT_FALSE(contains(*part, "DROP TABLE")) << *part;
    EXPECT_FALSE(contains(*part, "DROP COLUMN")) << *part;
    EXPECT_FALSE(contains(*part, "CREATE INDEX")) << *part;
  }
  EXPECT_TRUE(contains(up, "ALTER TABLE public.widgets RENAME TO gadgets")) << up;
  EXPECT_TRUE(contains(up, "RENAME VALUE 'happy' TO 'glad'")) << up;
  EXPECT_TRUE(contains(*down, "ALTER TABLE public.gadgets RENAME TO widgets")) << *down;
  EXPECT_TRUE(contains(*down, "RENAME COLUMN title TO label")) << *down;
  EXPECT_TRUE(contains(*down, "RENAME TO widgets_feeling_idx")) << *down;
  EXPECT_TRUE(contains(*down, "RENAME VALUE 'glad' TO 'happy'")) << *down;

  // Rows survive up and down.
  test_support::TestDatabase db;
  migrate(db, dir / "migrations");  // now both files
  db.exec("begin;\n" + *down + "\ncommit;");
  db.exec("insert into widgets values (1, 'one', 'happy')");
  db.exec("begin;\n" + up + "\ncommit;");
  EXPECT_EQ(db.scalar("select title || ' ' || feeling from gadgets"), "one glad");
  db.exec("begin;\n" + *down + "\ncommit;");
  EXPECT_EQ(db.scalar("select label || ' ' || feeling from widgets"), "one happy");

  std::vector<std::string> check = {"check"};
  check.insert(check.end(), paths.begin(), paths.end());
  const auto passed = run_tenantctl(check);
  EXPECT_EQ(passed.exit_code, 0) << passed.out << passed.err;
}

// One migration serves every tenant: a role named through {{tenant.db_user}}
// is computed when the migration runs, from the session's login role; the
// scratch server stands for a tenant whose login role is the scratch
// session's (its roles made there).
TEST(GateTest, GeneratedMigrationNamesEachTenantsOwnRoles) {
  const fs::path dir =
      fs::temp_directory_path() / ("tenantctl-gate-roles-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const std::unique_ptr<const fs::path, void (*)(const fs::path*)> cleanup(
      &dir, [](const fs::path* path) { fs::remove_all(*path); });
  fs::create_directories(dir / "migrations");
  fs::create_directories(dir / "schema");
  write_file(dir / "migrations" / "20250101000000_widgets.sql",
             "-- migrate:up\ncreate table widgets (id integer primary key);\n"
             "-- migrate:down\ndrop table widgets;\n");
  ASSERT_TRUE(knex::write_companion(dir / "migrations" / "20250101000000_widgets.sql"));
  write_file(dir / "schema" / "app.toml", R"toml(
[table.public.widgets]
primary_key = ["id"]

[[table.public.widgets.column]]
name = "id"
type = "integer"
not_null = true

[grant.table.public.widgets]
"{{tenant.db_user}}_readonly" = ["select"]

[default_privileges."{{tenant.db_user}}".tables]
"{{tenant.db_user}}_readonly" = ["select"]
)toml");
  const std::vector<std::string> paths = {"--schema",      (dir / "schema").string(),
                                          "--migrations",  (dir / "migrations").string(),
                                          "--scratch-url", test_support::cluster().url("postgres")};
  std::vector<std::string> args = {"generate", "readonly_role"};
  args.insert(args.end(), paths.begin(), paths.end());
  const auto generated = run_tenantctl(args);
  ASSERT_EQ(generated.exit_code, 0) << generated.out << generated.err;
  auto parts = knex::split_sql(read_file(generated.out.substr(0, generated.out.size() - 1)),
                               "readonly_role.sql");
  ASSERT_TRUE(parts) << parts.error().message();
  const auto& [up, down] = *parts;
  EXPECT_TRUE(contains(up, "GRANT SELECT ON TABLE public.widgets TO %I")) << up;
  EXPECT_TRUE(contains(up, "ALTER DEFAULT PRIVILEGES FOR ROLE %I GRANT SELECT ON TABLES TO %I"))
      << up;
  EXPECT_TRUE(contains(up, "session_user")) << up;
  EXPECT_FALSE(contains(up, "TO \"{{tenant.db_user}}_readonly\"")) << up;

  std::vector<std::string> check = {"check"};
  check.insert(check.end(), paths.begin(), paths.end());
  const auto passed = run_tenantctl(check);
  EXPECT_EQ(passed.exit_code, 0) << passed.out << passed.err;

  // A tenant whose login role is gt_<pid>: the migrations, run as it, give
  // its own read-only role the grants.
  test_support::TestDatabase db;
  const std::string user = "gt_" + std::to_string(::getpid());
  test_support::exec_admin("create role " + user + " login");
  test_support::exec_admin("create role " + user + "_readonly nologin");
  test_support::exec_admin("alter database " + db.name() + " owner to " + user);
  auto files = knex::read_migrations(dir / "migrations");
  ASSERT_TRUE(files) << files.error().message();
  for (const auto& file : *files) {
    db.exec("set session authorization " + user + ";\nbegin;\n" + file.up + "\ncommit;");
  }
  EXPECT_EQ(
      db.scalar("select has_table_privilege('" + user + "_readonly', 'public.widgets', 'select')"),
      "t");
  EXPECT_EQ(db.scalar("select count(*) from pg_default_acl where defaclrole = '" + user +
                      "'::regrole and defaclacl::text like '%" + user + "_readonly=r/%'"),
            "1");
}

TEST(GateTest, PathsComeFromTenantctlToml) {
  const Project project;
  write_file(project.dir() / "tenantctl.toml",
             "[paths]\nschema = \"schema\"\nmigrations = \"migrations\"\n");
  const auto result =
      run_tenantctl({"check", "--config", (project.dir() / "tenantctl.toml").string(),
                     "--scratch-url", test_support::cluster().url("postgres")});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(contains(result.out, project.migrations().string())) << result.out;
}

TEST(GateTest, CheckStartsAThrowawayServerWithoutScratchUrl) {
  const Project project;
  // Its own TMPDIR, to see that the throwaway cluster leaves nothing behind.
  const fs::path temp = project.dir() / "tmp";
  fs::create_directories(temp);
  fs::permissions(project.dir(), fs::perms::owner_all | fs::perms::group_read |
                                     fs::perms::group_exec | fs::perms::others_read |
                                     fs::perms::others_exec);
  fs::permissions(temp, fs::perms::all);
  const auto result = run_tenantctl({"check", "--schema", project.schema().string(), "--migrations",
                                     project.migrations().string()},
                                    {{"TMPDIR", temp.string()}, {"TENANTCTL_SCRATCH_URL", ""}});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(contains(result.out, "check passed")) << result.out << result.err;
  EXPECT_TRUE(fs::is_empty(temp)) << "the throwaway cluster left files in " << temp;
  // Its server is gone too (pgrep exits 1 when no process matches).
  EXPECT_EQ(test_support::run_program({"pgrep", "-f", temp.string()}).exit_code, 1);
}

TEST(GateTest, InterruptStopsAndRemovesTheThrowawayServer) {
  const Project project;
  const fs::path temp = project.dir() / "tmp";
  fs::create_directories(temp);
  fs::permissions(temp, fs::perms::all);
  write_file(project.migrations() / "20250126000006_slow.sql",
             "-- migrate:up\nselect pg_sleep(120);\n");
  ASSERT_TRUE(knex::write_companion(project.migrations() / "20250126000006_slow.sql"));
  const auto started = std::chrono::steady_clock::now();
  // timeout sends SIGINT after 5 s, as a Ctrl-C would.
  const auto result = test_support::run_program(
      {"timeout", "--preserve-status", "-s", "INT", "5", test_support::tenantctl_binary(), "check",
       "--schema", project.schema().string(), "--migrations", project.migrations().string()},
      {{"TMPDIR", temp.string()}, {"TENANTCTL_SCRATCH_URL", ""}});
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_TRUE(contains(result.err, "interrupted")) << result.err;
  EXPECT_LT(seconds, 60.0);
  EXPECT_TRUE(fs::is_empty(temp)) << "the throwaway cluster left files in " << temp;
  // Its server is gone too (pgrep exits 1 when no process matches).
  EXPECT_EQ(test_support::run_program({"pgrep", "-f", temp.string()}).exit_code, 1);
}

TEST(GateTest, BadScratchUrlIsAClearRedactedError) {
  const Project project;
  const auto url = test_support::cluster().tcp_url("gate_nobody", "s3cret-Pa55", "postgres");
  const auto result = run_tenantctl({"check", "--schema", project.schema().string(), "--migrations",
                                     project.migrations().string(), "--scratch-url", url});
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_TRUE(contains(result.err, "scratch server")) << result.err;
  EXPECT_TRUE(contains(result.err, "gate_nobody")) << result.err;
  EXPECT_FALSE(contains(result.err + result.out, "s3cret-Pa55")) << result.err;
}

TEST(GateTest, ScratchDatabaseIsDroppedAfterwardsEvenOnFailure) {
  const Project project;
  test_support::exec_admin(
      "drop role if exists gate_scratch_owner; create role gate_scratch_owner login createdb "
      "createrole password 'gate-Pw-1'");
  const auto url = test_support::cluster().tcp_url("gate_scratch_owner", "gate-Pw-1", "postgres");
  write_file(project.migrations() / "20250126000006_broken.sql",
             "-- migrate:up\ncreate table fine (id integer);\n\n-- a comment; with a semicolon\n"
             "alter table nope add column x integer;\n");
  ASSERT_TRUE(knex::write_companion(project.migrations() / "20250126000006_broken.sql"));
  const auto result = run_tenantctl({"check", "--schema", project.schema().string(), "--migrations",
                                     project.migrations().string(), "--scratch-url", url});
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  // The file, the line of the failing statement, the server's message and SQLSTATE.
  EXPECT_TRUE(contains(result.err,
                       "20250126000006_broken.sql:5: relation \"nope\" does not exist "
                       "(SQLSTATE 42P01) in: alter table nope"))
      << result.err;
  EXPECT_FALSE(contains(result.err, "gate-Pw-1")) << result.err;
  // As a PR comment, the failure is shown too.
  const auto markdown =
      run_tenantctl({"check", "--schema", project.schema().string(), "--migrations",
                     project.migrations().string(), "--scratch-url", url, "--format", "markdown"});
  EXPECT_EQ(markdown.exit_code, 1) << markdown.out << markdown.err;
  EXPECT_TRUE(contains(markdown.out, "### tenantctl check: error")) << markdown.out;
  EXPECT_TRUE(contains(markdown.out, "20250126000006_broken.sql:5: relation")) << markdown.out;
  EXPECT_FALSE(contains(markdown.out, "gate-Pw-1")) << markdown.out;
  test_support::TestDatabase probe;
  EXPECT_EQ(probe.scalar("select count(*) from pg_database d join pg_roles r on r.oid = "
                         "d.datdba where r.rolname = 'gate_scratch_owner'"),
            "0");
  test_support::exec_admin("drop role gate_scratch_owner");
}

TEST(GateTest, HandWrittenKnexMigrationIsRefusedByName) {
  const Project project;
  write_file(project.migrations() / "20250126000006_backfill.js",
             "exports.up = async (knex) => {};\nexports.down = async (knex) => {};\n");
  for (const std::string command : {"check", "generate"}) {
    auto args = project.args(command);
    if (command == "generate") {
      args.insert(args.begin() + 1, "next");
    }
    const auto result = run_tenantctl(args);
    EXPECT_EQ(result.exit_code, 78) << command << result.out << result.err;
    EXPECT_TRUE(contains(result.err, "hand-written knex migrations cannot be replayed"))
        << result.err;
    EXPECT_TRUE(contains(result.err, "20250126000006_backfill.js")) << result.err;
  }
}

}  // namespace
