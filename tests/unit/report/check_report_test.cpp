#include "report/check_report.hpp"

#include <gtest/gtest.h>

namespace {

ddl::Statement statement(std::string sql, std::string source,
                         std::vector<ddl::Hazard> hazards = {}) {
  ddl::Statement out;
  out.sql = std::move(sql);
  out.source = std::move(source);
  out.hazards = std::move(hazards);
  return out;
}

report::CheckReport failing() {
  report::CheckReport report;
  report.schema_path = "schema";
  report.migrations_path = "migrations";
  report.replayed_files = 5;
  report.missing.statements = {
      statement("ALTER TABLE public.apps ADD COLUMN badge text", "add column public.apps.badge"),
      statement("DROP TABLE public.old", "drop table public.old",
                {{ddl::HazardKind::data_loss, "drops the table and all its rows"}}),
      statement("ALTER TABLE public.apps ALTER COLUMN name TYPE text",
                "alter column public.apps.name"),
  };
  return report;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CheckReportTest, TextGroupsChangesBySide) {
  const auto text = report::check_text(failing(), false);
  EXPECT_TRUE(contains(text,
                       "check failed: migrations (5 migration files replayed) do not give "
                       "schema: 3 differences\n"))
      << text;
  const auto missing = text.find("in schema, missing from migrations:\n  + add column");
  const auto extra =
      text.find("in migrations, not in schema:\n  - drop table public.old  [data_loss]");
  const auto different = text.find("different:\n  ~ alter column public.apps.name");
  EXPECT_NE(missing, std::string::npos) << text;
  EXPECT_NE(extra, std::string::npos) << text;
  EXPECT_NE(different, std::string::npos) << text;
  EXPECT_TRUE(contains(text,
                       "  -- hazard data_loss: drops the table and all its rows\n  DROP TABLE "
                       "public.old;\n"))
      << text;
  EXPECT_FALSE(contains(text, "\033[")) << "no colour unless asked";
}

TEST(CheckReportTest, MarkdownHasHeadingListsAndSql) {
  auto report = failing();
  report.unmanaged = {{"function", "public.touch()"}};
  const auto markdown = report::check_markdown(report);
  EXPECT_TRUE(markdown.starts_with("### tenantctl check: failed\n")) << markdown;
  EXPECT_TRUE(contains(markdown,
                       "**In schema, missing from migrations**\n\n- `add column "
                       "public.apps.badge`\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown, "- `drop table public.old` — hazards: data_loss\n")) << markdown;
  EXPECT_TRUE(contains(markdown, "```sql\nALTER TABLE public.apps ADD COLUMN badge text;\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown, "- function `public.touch()`")) << markdown;
}

TEST(CheckReportTest, PassingReportSaysSo) {
  report::CheckReport report;
  report.schema_path = "schema";
  report.migrations_path = "migrations";
  report.replayed_files = 1;
  EXPECT_EQ(report::check_text(report, false),
            "check passed: migrations (1 migration file replayed) give exactly schema\n");
  EXPECT_TRUE(report::check_markdown(report).starts_with("### tenantctl check: passed\n"));
}

}  // namespace
