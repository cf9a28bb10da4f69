#include <fmt/format.h>

#include <iostream>

#include "apply/executor.hpp"
#include "cli/command.hpp"
#include "cli/options.hpp"
#include "cli/schema_support.hpp"
#include "diff/differ.hpp"
#include "manifest/writer.hpp"
#include "report/plan_report.hpp"

namespace cli {
namespace {

struct ApplyOptions {
  std::string url;
  std::string allow_hazards;
  bool yes = false;
  SchemaOptions schema;
};

std::unique_ptr<Options> apply_options(ApplyOptions& values) {
  auto options = std::make_unique<Options>(
      "apply",
      "Plans a database against the desired schema and applies the plan, then checks "
      "that nothing differs any more.");
  options->add("--url", values.url, "Database to change (libpq URL or key=value string)", true);
  options->add("--allow-hazards", values.allow_hazards,
               "Hazards to accept: all, or a comma list (data_loss, table_rewrite, "
               "access_exclusive_lock, index_build, validation_scan, may_fail_on_existing_data)");
  options->add_flag("--yes", values.yes, "Apply without asking (required without a terminal)");
  add_schema_options(*options, values.schema);
  return options;
}

bool confirmed(const std::string& question) {
  std::cerr << question << " [y/N] " << std::flush;
  std::string answer;
  std::getline(std::cin, answer);
  return answer == "y" || answer == "Y" || answer == "yes";
}

}  // namespace

base::Result<ExitCode> run_apply(Args args) {
  ApplyOptions values;
  auto options = apply_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  auto allowed = parse_allowed_hazards(values.allow_hazards);
  if (!allowed) {
    return allowed.error();
  }
  if (!values.yes && !stdin_is_terminal()) {
    return base::Error("apply: standard input is not a terminal, so it cannot ask before applying",
                       base::ErrorKind::usage)
        .with_hint("review the plan with 'tenantctl plan', then run apply with --yes");
  }
  auto planned = plan_one_database(values.url, values.schema);
  if (!planned) {
    return planned.error();
  }
  auto& session = planned->session;
  const auto& plan = planned->outcome.plan;
  const std::string target = session.display_name();
  note_unmanaged(planned->unmanaged);
  if (plan.empty()) {
    std::cout << target << ": in sync, nothing to apply\n";
    return ExitCode::ok;
  }
  std::cout << report::plan_text(plan, report::TextOptions{stdout_is_terminal(), target});
  if (auto checked = check_hazards(plan, *allowed); !checked) {
    return checked.error().with_context(target);
  }
  if (!values.yes &&
      !confirmed(fmt::format("Apply {} statements to {}?", plan.statements.size(), target))) {
    std::cerr << "tenantctl: nothing applied\n";
    return ExitCode::failed;
  }
  // The plan is only good for the catalog it was made from.
  auto again = read_managed_catalog(session, planned->ignore);
  if (!again) {
    return again.error();
  }
  if (manifest::write_toml(*again) != manifest::write_toml(planned->current)) {
    return base::Error(fmt::format("{}: the database changed after it was planned; nothing was "
                                   "applied",
                                   target))
        .with_hint("run apply again to plan against the new state");
  }
  if (auto done = apply::execute_plan(session, plan, execute_options(values.schema)); !done) {
    return done.error().with_context(target).with_hint(
        "statements before the failed one stay applied; fix the cause and run apply again "
        "(it plans from where the database is now)");
  }
  auto after = read_managed_catalog(session, planned->ignore);
  if (!after) {
    return after.error().with_context("checking the result");
  }
  auto residual = diff::diff_catalogs(*after, planned->outcome.desired);
  if (!residual) {
    return residual.error();
  }
  if (!residual->empty()) {
    std::string listed;
    for (const auto& change : *residual) {
      listed += "\n  " + diff::describe(change);
    }
    return base::Error(fmt::format("{}: applied, but the database still differs from the desired "
                                   "schema:{}",
                                   target, listed))
        .with_hint("this is a tenantctl bug; please report it with the schema and the plan");
  }
  std::cout << fmt::format("{}: applied {} statements; in sync\n", target, plan.statements.size());
  return ExitCode::ok;
}

void help_apply() {
  ApplyOptions values;
  apply_options(values)->print_help();
}

}  // namespace cli
