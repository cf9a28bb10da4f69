// knex_migrations compared with the migrations directory.

#include "knex/history.hpp"

#include <gtest/gtest.h>

namespace {

knex::MigrationFile managed(const std::string& stem) {
  return knex::MigrationFile{
      .name = stem + ".js", .stem = stem, .managed = true, .up = "select 1;\n"};
}

knex::MigrationFile by_hand(const std::string& file) {
  return knex::MigrationFile{.name = file, .stem = file.substr(0, file.find('.'))};
}

knex::LedgerRow row(long long id, const std::string& name, int batch) {
  return knex::LedgerRow{.id = id, .name = name, .batch = batch};
}

TEST(HistoryTest, SortsFilesIntoCompletedAndPending) {
  const std::vector files = {managed("1_a"), managed("2_b"), managed("3_c")};
  const std::vector rows = {row(1, "1_a.js", 1)};
  const auto history = knex::check_history(files, rows);
  ASSERT_EQ(history.completed.size(), 1u);
  EXPECT_EQ(history.completed[0].name, "1_a.js");
  EXPECT_EQ(history.pending, (std::vector<std::string>{"2_b.js", "3_c.js"}));
  EXPECT_TRUE(history.missing.empty());
  EXPECT_TRUE(history.out_of_order.empty());
  EXPECT_EQ(history.last_batch, 1);
  EXPECT_TRUE(knex::check_migratable(history, "acme"));
}

TEST(HistoryTest, MissingFilesRefuseTheTenantWithKnexsMessage) {
  const std::vector files = {managed("1_a")};
  const std::vector rows = {row(1, "1_a.js", 1), row(2, "2_gone.js", 2), row(3, "3_gone.js", 2)};
  const auto history = knex::check_history(files, rows);
  EXPECT_EQ(history.missing, (std::vector<std::string>{"2_gone.js", "3_gone.js"}));
  EXPECT_EQ(history.last_batch, 2);
  const auto ready = knex::check_migratable(history, "acme");
  ASSERT_FALSE(ready);
  EXPECT_EQ(ready.error().message(),
            "acme: The migration directory is corrupt, the following files are missing: "
            "2_gone.js, 3_gone.js; nothing was changed");
}

TEST(HistoryTest, PendingFileBeforeTheLastCompletedIsOutOfOrder) {
  const std::vector files = {managed("1_a"), managed("2_branch"), managed("3_c"), managed("4_d")};
  const std::vector rows = {row(1, "1_a.js", 1), row(2, "3_c.js", 2)};
  const auto history = knex::check_history(files, rows);
  EXPECT_EQ(history.pending, (std::vector<std::string>{"2_branch.js", "4_d.js"}));
  EXPECT_EQ(history.out_of_order, (std::vector<std::string>{"2_branch.js"}));
  // Out of order still runs, as knex runs it.
  EXPECT_TRUE(knex::check_migratable(history, "acme"));
}

TEST(HistoryTest, PendingHandWrittenKnexFileRefusesTheTenant) {
  const std::vector files = {managed("1_a"), by_hand("2_seed.cjs"), managed("3_c")};
  const std::vector rows = {row(1, "1_a.js", 1)};
  const auto history = knex::check_history(files, rows);
  EXPECT_EQ(history.pending_knex, (std::vector<std::string>{"2_seed.cjs"}));
  const auto ready = knex::check_migratable(history, "acme");
  ASSERT_FALSE(ready);
  EXPECT_NE(ready.error().message().find("hand-written knex migration(s) pending: 2_seed.cjs"),
            std::string::npos);
  EXPECT_NE(ready.error().hint().find("knex migrate:latest"), std::string::npos);
  // Once knex ran it, it is just completed.
  const std::vector after = {row(1, "1_a.js", 1), row(2, "2_seed.cjs", 2)};
  EXPECT_TRUE(knex::check_migratable(knex::check_history(files, after), "acme"));
}

TEST(HistoryTest, EmptyLedgerHasEverythingPending) {
  const std::vector files = {managed("1_a"), managed("2_b")};
  const auto history = knex::check_history(files, {});
  EXPECT_EQ(history.pending.size(), 2u);
  EXPECT_EQ(history.last_batch, 0);
}

}  // namespace
