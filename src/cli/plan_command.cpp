#include <fmt/format.h>

#include <iostream>

#include "cli/command.hpp"
#include "cli/options.hpp"
#include "cli/schema_support.hpp"
#include "report/plan_report.hpp"

namespace cli {
namespace {

struct PlanOptions {
  std::string url;
  std::string format = "text";
  bool exit_code = false;
  SchemaOptions schema;
};

std::unique_ptr<Options> plan_options(PlanOptions& values) {
  auto options = std::make_unique<Options>(
      "plan",
      "Shows what differs between a database and the desired schema, as ordered SQL "
      "with its hazards. Changes nothing.");
  options->add("--url", values.url, "Database to plan (libpq URL or key=value string)", true);
  options->add("--format", values.format, "Output: text (default), sql or json");
  options->add_flag("--exit-code", values.exit_code, "Exit 2 when the database has drifted");
  add_schema_options(*options, values.schema);
  return options;
}

}  // namespace

base::Result<ExitCode> run_plan(Args args) {
  PlanOptions values;
  auto options = plan_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  if (values.format != "text" && values.format != "sql" && values.format != "json") {
    return base::Error(fmt::format("plan: unknown --format '{}'", values.format),
                       base::ErrorKind::usage)
        .with_hint("formats: text, sql, json");
  }
  auto planned = plan_one_database(values.url, values.schema);
  if (!planned) {
    return planned.error();
  }
  const auto& plan = planned->outcome.plan;
  if (values.format == "json") {
    std::cout << report::plan_json(plan, planned->unmanaged);
  } else if (values.format == "sql") {
    std::cout << report::plan_sql(plan, execute_options(values.schema));
  } else {
    note_unmanaged(planned->unmanaged);
    std::cout << report::plan_text(
        plan, report::TextOptions{stdout_is_terminal(), planned->session.display_name()});
  }
  return values.exit_code && !plan.empty() ? ExitCode::drift : ExitCode::ok;
}

void help_plan() {
  PlanOptions values;
  plan_options(values)->print_help();
}

}  // namespace cli
