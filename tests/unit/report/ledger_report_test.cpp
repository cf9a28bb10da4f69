#include "report/ledger_report.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace {

fleet::LedgerResult target(std::string label, fleet::LedgerOutcome outcome) {
  fleet::LedgerResult result;
  result.label = std::move(label);
  result.outcome = outcome;
  return result;
}

// The summary line names only the outcomes some target had, and a failure's
// hint follows it on its line; JSON says the error as an object.
TEST(LedgerReportTest, SaysOnlyWhatHappenedAndErrorsAsObjects) {
  fleet::LedgerReport report;
  report.action = fleet::LedgerAction::unlock;
  auto failed = target("gamma", fleet::LedgerOutcome::failed);
  failed.error = "knex's migration lock is held";
  failed.hint = "wait for the running migration";
  failed.error_kind = "failure";
  failed.sqlstate = "55P03";
  report.tenants = {target("alpha", fleet::LedgerOutcome::changed), failed};

  const auto text = report::ledger_text(report, false);
  EXPECT_NE(text.find("2 targets: 1 unlocked, 1 failed in "), std::string::npos) << text;
  EXPECT_EQ(text.find(" 0 "), std::string::npos) << text;
  EXPECT_NE(text.find("knex's migration lock is held (hint: wait for the running migration)"),
            std::string::npos)
      << text;

  const auto json = nlohmann::json::parse(report::ledger_json(report));
  EXPECT_TRUE(json["tenants"][0]["error"].is_null()) << json.dump(2);
  const auto& error = json["tenants"][1]["error"];
  EXPECT_EQ(error["kind"], "failure");
  EXPECT_EQ(error["message"], "knex's migration lock is held");
  EXPECT_EQ(error["hint"], "wait for the running migration");
  EXPECT_EQ(error["sqlstate"], "55P03");
  EXPECT_EQ(error["tenant"], "gamma");
  // Counts stay in JSON, zeros included: a script reads every key.
  EXPECT_EQ(json["summary"]["not_locked"], 0) << json.dump(2);

  report.tenants = {target("alpha", fleet::LedgerOutcome::skipped)};
  report.tenants[0].error = "not started: interrupted";
  EXPECT_EQ(nlohmann::json::parse(report::ledger_json(report))["tenants"][0]["error"]["kind"],
            "skipped");
}

}  // namespace
