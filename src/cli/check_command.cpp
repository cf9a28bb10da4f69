#include <fmt/format.h>

#include <iostream>

#include "cli/command.hpp"
#include "cli/gate_support.hpp"
#include "cli/options.hpp"
#include "cli/schema_support.hpp"
#include "gate/gate.hpp"
#include "report/check_report.hpp"

namespace cli {
namespace {

struct CheckOptions {
  GateOptions gate;
  std::string format = "text";
};

std::unique_ptr<Options> check_options(CheckOptions& values) {
  auto options = std::make_unique<Options>(
      "check",
      "The pull-request gate: replays the up part of every migration in migrations/, in name "
      "order, on a scratch database and compares the result with the desired schema. Exits 0 "
      "when they agree, 1 when they do not (printing the DDL migrations/ lacks, and what it "
      "has beyond the schema).");
  add_gate_options(*options, values.gate);
  options->add("--format", values.format, "Output: text (default) or markdown (a PR comment)");
  return options;
}

// With --format markdown, an error is also written to stdout as a comment
// body, so a CI job that posts stdout shows why the check could not run.
base::Error reported(const base::Error& error, const CheckOptions& values) {
  if (values.format == "markdown") {
    std::cout << "### tenantctl check: error\n\n```\n"
              << error.message() << (error.hint().empty() ? "" : "\nhint: " + error.hint())
              << "\n```\n";
  }
  return error;
}

}  // namespace

base::Result<ExitCode> run_check(Args args) {
  CheckOptions values;
  auto options = check_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  if (values.format != "text" && values.format != "markdown") {
    return base::Error(fmt::format("check: unknown --format '{}'", values.format),
                       base::ErrorKind::usage)
        .with_hint("formats: text, markdown");
  }
  auto inputs = load_gate_inputs(values.gate);
  if (!inputs) {
    return reported(inputs.error(), values);
  }
  auto server = ScratchServer::open(values.gate);
  if (!server) {
    return reported(server.error(), values);
  }
  auto found =
      gate::check(inputs->desired, inputs->files, (*server)->conninfo(), (*server)->stop());
  if (!found) {
    return reported((*server)->explain(found.error()), values);
  }
  if ((*server)->stop().load()) {
    return reported((*server)->explain(base::Error("interrupted")), values);
  }
  const report::CheckReport report{inputs->schema_path, inputs->migrations_path,
                                   found->replayed_files, std::move(found->missing),
                                   std::move(found->unmanaged)};
  if (values.format == "markdown") {
    std::cout << report::check_markdown(report);
  } else {
    note_unmanaged(report.unmanaged);
    std::cout << report::check_text(report, color_output());
  }
  return report.missing.empty() ? ExitCode::ok : ExitCode::failed;
}

void help_check() {
  CheckOptions values;
  check_options(values)->print_help();
}

}  // namespace cli
