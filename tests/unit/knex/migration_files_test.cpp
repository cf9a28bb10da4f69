// The migrations directory: splitting .sql files, reading a directory, writing
// new files and their knex companions (docs/migrations.md).

#include "knex/migration_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

void write_file(const fs::path& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
}

// A fresh directory for one test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    m_path = fs::temp_directory_path() /
             ("tenantctl-knex-" + std::to_string(::getpid()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_path);
    fs::create_directories(m_path);
  }
  ~TempDir() { fs::remove_all(m_path); }
  [[nodiscard]] const fs::path& path() const { return m_path; }

 private:
  fs::path m_path;
};

// 2025-01-26 10:00:00 UTC.
std::chrono::system_clock::time_point at_ten() {
  return std::chrono::system_clock::time_point(std::chrono::seconds(1737885600));
}

void write_managed(const fs::path& dir, const std::string& stem, std::string_view sql) {
  write_file(dir / (stem + ".sql"), sql);
  write_file(dir / (stem + ".js"), knex::companion_source());
}

TEST(SplitSqlTest, SplitsAtTheMarkers) {
  const auto parts = knex::split_sql(
      "-- migrate:up\n\ncreate table a (id int);\n\n-- migrate:down\ndrop table a;\n", "x.sql");
  ASSERT_TRUE(parts) << parts.error().message();
  EXPECT_EQ(parts->first, "create table a (id int);\n");
  ASSERT_TRUE(parts->second.has_value());
  EXPECT_EQ(*parts->second, "drop table a;\n");
}

TEST(SplitSqlTest, AcceptsSpacesTabsAndCrlfAroundMarkers) {
  const auto parts = knex::split_sql(
      "  --migrate:up\r\nselect 1;\r\n\t--   migrate:down  \r\nselect 2;\r\n", "x.sql");
  ASSERT_TRUE(parts) << parts.error().message();
  EXPECT_EQ(parts->first, "select 1;\n");
  EXPECT_EQ(*parts->second, "select 2;\n");
}

TEST(SplitSqlTest, WithoutAnUpMarkerEverythingBeforeDownIsUp) {
  const auto parts = knex::split_sql("select 1;\n-- migrate:down\nselect 2;\n", "x.sql");
  ASSERT_TRUE(parts) << parts.error().message();
  EXPECT_EQ(parts->first, "select 1;\n");
  EXPECT_EQ(*parts->second, "select 2;\n");
}

TEST(SplitSqlTest, CommentOnlyOrMissingDownPartIsNullopt) {
  const auto comments =
      knex::split_sql("-- migrate:up\nselect 1;\n-- migrate:down\n\n-- nothing to undo\n", "x.sql");
  ASSERT_TRUE(comments);
  EXPECT_FALSE(comments->second.has_value());
  const auto absent = knex::split_sql("-- migrate:up\nselect 1;\n", "x.sql");
  ASSERT_TRUE(absent);
  EXPECT_EQ(absent->first, "select 1;\n");
  EXPECT_FALSE(absent->second.has_value());
}

TEST(SplitSqlTest, LeadingCommentsBeforeTheUpMarkerAreAllowed) {
  const auto parts = knex::split_sql("-- orders\n\n-- migrate:up\nselect 1;\n", "x.sql");
  ASSERT_TRUE(parts) << parts.error().message();
  EXPECT_EQ(parts->first, "select 1;\n");
}

TEST(SplitSqlTest, ReportsEveryProblemWithFileAndLine) {
  const auto parts = knex::split_sql(
      "select 0;\n-- migrate:up\nselect 1;\n-- migrate:up\n-- migrate:down\n-- migrate:down\n"
      "-- migrate: down\n",
      "m/1_a.sql");
  ASSERT_FALSE(parts);
  const std::string& message = parts.error().message();
  EXPECT_EQ(parts.error().kind(), base::ErrorKind::config);
  EXPECT_NE(message.find("m/1_a.sql:1: SQL before '-- migrate:up' (line 2)"), std::string::npos)
      << message;
  EXPECT_NE(message.find("m/1_a.sql:4: a second '-- migrate:up' (the first is on line 2)"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("m/1_a.sql:6: a second '-- migrate:down' (the first is on line 5)"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("m/1_a.sql:7: unknown marker '-- migrate: down'"), std::string::npos)
      << message;
}

TEST(SplitSqlTest, UpAfterDownIsAnError) {
  const auto parts = knex::split_sql("-- migrate:down\nselect 2;\n-- migrate:up\n", "x.sql");
  ASSERT_FALSE(parts);
  EXPECT_NE(parts.error().message().find("x.sql:3: '-- migrate:up' after '-- migrate:down'"),
            std::string::npos)
      << parts.error().message();
}

// Found by tests/fuzz/fuzz_migration_sql: a line the marker parser reads as
// SQL (it starts with a form feed) stayed SQL in the part, but trimming the
// part with every kind of white space turned it into a marker when the part
// was written again.
TEST(SplitSqlTest, ALineReadAsSqlNeverBecomesAMarkerWhenWrittenAgain) {
  const auto parts = knex::split_sql("\f-- migrate:up\nselect 1;\n", "x.sql");
  ASSERT_TRUE(parts) << parts.error().message();
  EXPECT_EQ(parts->first, "\f-- migrate:up\nselect 1;\n");
  const auto again = knex::split_sql(knex::migration_text(parts->first, ""), "x.sql");
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_EQ(again->first, parts->first);
}

TEST(ReadMigrationsTest, ListsManagedAndHandWrittenFilesSortedByName) {
  const TempDir dir;
  write_managed(dir.path(), "20250102000000_b",
                "-- migrate:up\nselect 2;\n-- migrate:down\nselect -2;\n");
  write_managed(dir.path(), "20250101000000_a", "-- migrate:up\nselect 1;\n");
  write_file(dir.path() / "20250101120000_by_hand.cjs", "exports.up = () => {};\n");
  write_file(dir.path() / "README.md", "notes\n");
  write_file(dir.path() / ".gitkeep", "");
  const auto files = knex::read_migrations(dir.path());
  ASSERT_TRUE(files) << files.error().message();
  ASSERT_EQ(files->size(), 3u);
  EXPECT_EQ((*files)[0].name, "20250101000000_a.js");
  EXPECT_EQ((*files)[0].stem, "20250101000000_a");
  EXPECT_TRUE((*files)[0].managed);
  EXPECT_EQ((*files)[0].up, "select 1;\n");
  EXPECT_FALSE((*files)[0].down.has_value());
  EXPECT_EQ((*files)[0].sql_path, dir.path() / "20250101000000_a.sql");
  EXPECT_EQ((*files)[0].js_path, dir.path() / "20250101000000_a.js");
  EXPECT_EQ((*files)[1].name, "20250101120000_by_hand.cjs");
  EXPECT_FALSE((*files)[1].managed);
  EXPECT_TRUE((*files)[1].sql_path.empty());
  EXPECT_EQ((*files)[1].js_path, dir.path() / "20250101120000_by_hand.cjs");
  EXPECT_EQ((*files)[2].name, "20250102000000_b.js");
  EXPECT_EQ(*(*files)[2].down, "select -2;\n");
}

TEST(ReadMigrationsTest, MissingOrForeignCompanionIsAnErrorThatNamesTheFix) {
  const TempDir dir;
  write_file(dir.path() / "20250101000000_a.sql", "-- migrate:up\nselect 1;\n");
  write_file(dir.path() / "20250102000000_b.sql", "-- migrate:up\nselect 2;\n");
  write_file(dir.path() / "20250102000000_b.js", "exports.up = (knex) => knex.raw('select 3');\n");
  const auto files = knex::read_migrations(dir.path());
  ASSERT_FALSE(files);
  const std::string& message = files.error().message();
  EXPECT_EQ(files.error().kind(), base::ErrorKind::config);
  EXPECT_NE(message.find("20250101000000_a.sql:1: its .js companion 20250101000000_a.js is "
                         "missing"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("20250102000000_b.js:1: is not the companion tenantctl writes"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("tenantctl make --companions"), std::string::npos) << message;
}

TEST(ReadMigrationsTest, ReportsSplitErrorsBadNamesAndBackslashQuestionMarks) {
  const TempDir dir;
  write_managed(dir.path(), "20250101000000_a", "-- migrate:up\n-- migrate:up\n");
  write_managed(dir.path(), "no_timestamp", "select 1;\n");
  write_managed(dir.path(), "20250103000000_c", "-- migrate:up\nselect 1;\nselect 'a\\?';\n");
  const auto files = knex::read_migrations(dir.path());
  ASSERT_FALSE(files);
  const std::string& message = files.error().message();
  EXPECT_NE(message.find("20250101000000_a.sql:2: a second '-- migrate:up'"), std::string::npos)
      << message;
  EXPECT_NE(message.find("no_timestamp.sql:1: the name is not <timestamp>_<name>.sql"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("20250103000000_c.sql:3: a backslash right before '?'"), std::string::npos)
      << message;
}

TEST(ReadMigrationsTest, MissingDirectoryIsAConfigError) {
  const auto files = knex::read_migrations("/nonexistent/tenantctl/migrations");
  ASSERT_FALSE(files);
  EXPECT_EQ(files.error().kind(), base::ErrorKind::config);
  EXPECT_NE(files.error().message().find("not found"), std::string::npos);
}

TEST(WriteMigrationTest, WritesTheSqlAndItsCompanionNamedByUtcTime) {
  const TempDir dir;
  const auto path = knex::write_migration(dir.path(), "add_orders", "create table o (id int);",
                                          "drop table o;", at_ten());
  ASSERT_TRUE(path) << path.error().message();
  EXPECT_EQ(*path, dir.path() / "20250126100000_add_orders.sql");
  EXPECT_EQ(read_file(*path),
            "-- migrate:up\n\ncreate table o (id int);\n\n-- migrate:down\n\ndrop table o;\n\n");
  EXPECT_EQ(read_file(dir.path() / "20250126100000_add_orders.js"), knex::companion_source());
  // What was written reads back as written.
  const auto files = knex::read_migrations(dir.path());
  ASSERT_TRUE(files) << files.error().message();
  ASSERT_EQ(files->size(), 1u);
  EXPECT_EQ((*files)[0].up, "create table o (id int);\n");
  EXPECT_EQ((*files)[0].down, std::optional<std::string>("drop table o;\n"));
}

TEST(WriteMigrationTest, EmptyPartsMakeATemplateWithoutADownPart) {
  const TempDir dir;
  const auto path = knex::write_migration(dir.path(), "empty", "", "", at_ten());
  ASSERT_TRUE(path) << path.error().message();
  EXPECT_EQ(read_file(*path), "-- migrate:up\n\n-- migrate:down\n\n");
  const auto files = knex::read_migrations(dir.path());
  ASSERT_TRUE(files) << files.error().message();
  EXPECT_EQ((*files)[0].up, "");
  EXPECT_FALSE((*files)[0].down.has_value());
}

TEST(WriteMigrationTest, BumpsTheTimestampPastExistingFiles) {
  const TempDir dir;
  write_managed(dir.path(), "20250126100000_first", "select 1;\n");
  write_managed(dir.path(), "20250126100005_later", "select 1;\n");
  const auto path = knex::write_migration(dir.path(), "next", "", "", at_ten());
  ASSERT_TRUE(path) << path.error().message();
  EXPECT_EQ(path->filename(), "20250126100006_next.sql");
  const auto again = knex::write_migration(dir.path(), "next", "", "", at_ten());
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_EQ(again->filename(), "20250126100007_next.sql");
  // Later than every file: the clock's time.
  const auto later =
      knex::write_migration(dir.path(), "later", "", "", at_ten() + std::chrono::hours(1));
  ASSERT_TRUE(later);
  EXPECT_EQ(later->filename(), "20250126110000_later.sql");
}

TEST(WriteMigrationTest, RefusesBadNamesAsUsageErrors) {
  const TempDir dir;
  for (const std::string name : {"", "Add_Orders", "add-orders", "add orders", "../x"}) {
    const auto path = knex::write_migration(dir.path(), name, "", "", at_ten());
    ASSERT_FALSE(path) << name;
    EXPECT_EQ(path.error().kind(), base::ErrorKind::usage) << name;
  }
  EXPECT_TRUE(fs::is_empty(dir.path()));
  EXPECT_TRUE(knex::valid_migration_name("add_orders_2"));
}

TEST(CompanionTest, EveryRepositoryMigrationHasItsExactCompanion) {
  const fs::path dir = fs::path(TENANTCTL_SOURCE_DIR) / "migrations";
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".sql") {
      continue;
    }
    const fs::path js = fs::path(entry.path()).replace_extension(".js");
    ASSERT_TRUE(fs::exists(js)) << js;
    EXPECT_EQ(read_file(js), knex::companion_source()) << js;
    ++checked;
  }
  EXPECT_GE(checked, 5);
  const auto files = knex::read_migrations(dir);
  ASSERT_TRUE(files) << files.error().message();
  EXPECT_EQ(static_cast<int>(files->size()), checked);
}

TEST(CompanionTest, WriteCompanionRewritesOnlyAChangedFile) {
  const TempDir dir;
  write_file(dir.path() / "20250101000000_a.sql", "select 1;\n");
  auto written = knex::write_companion(dir.path() / "20250101000000_a.sql");
  ASSERT_TRUE(written);
  EXPECT_TRUE(*written);
  written = knex::write_companion(dir.path() / "20250101000000_a.sql");
  ASSERT_TRUE(written);
  EXPECT_FALSE(*written);
  write_file(dir.path() / "20250101000000_a.js", "// changed\n");
  written = knex::write_companion(dir.path() / "20250101000000_a.sql");
  ASSERT_TRUE(written);
  EXPECT_TRUE(*written);
  EXPECT_EQ(read_file(dir.path() / "20250101000000_a.js"), knex::companion_source());
}

}  // namespace
