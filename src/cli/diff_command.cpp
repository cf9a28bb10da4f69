#include <fmt/format.h>

#include <iostream>
#include <optional>
#include <string>

#include "cli/command.hpp"
#include "cli/options.hpp"
#include "cli/schema_support.hpp"
#include "diff/differ.hpp"
#include "model/ignore.hpp"
#include "report/plan_report.hpp"

namespace cli {
namespace {

struct DiffOptions {
  std::vector<std::string> paths;
  std::string format = "sql";
  bool exit_code = false;
  SchemaOptions schema;
};

std::unique_ptr<Options> diff_options(DiffOptions& values) {
  auto options = std::make_unique<Options>(
      "diff",
      "Shows the DDL that turns one desired schema (FROM) into another (TO), with no "
      "database: what a pull request that edits schema/ will run.");
  options->add_positional("paths", values.paths, "FROM TO: .toml files or directories", true);
  options->add("--format", values.format, "Output: sql (default), text or json");
  options->add_flag("--exit-code", values.exit_code, "Exit 2 when the schemas differ");
  options->add("--scratch-url", values.schema.scratch_url,
               "Server for a scratch database, to check and compare the schemas in "
               "PostgreSQL's own spelling (default: TENANTCTL_SCRATCH_URL, else a throwaway "
               "local cluster; without server programs, they are compared as written)");
  options->add_flag("--offline", values.schema.offline, "Plan plain statements (no CONCURRENTLY)");
  return options;
}

}  // namespace

base::Result<ExitCode> run_diff(Args args) {
  DiffOptions values;
  auto options = diff_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  if (values.paths.size() != 2) {
    return base::Error("diff: takes exactly two schemas, FROM and TO", base::ErrorKind::usage)
        .with_hint("tenantctl diff old-schema/ schema/");
  }
  if (values.format != "text" && values.format != "sql" && values.format != "json") {
    return base::Error(fmt::format("diff: unknown --format '{}'", values.format),
                       base::ErrorKind::usage)
        .with_hint("formats: sql, text, json");
  }
  auto from = manifest::load_manifest(values.paths[0]);
  if (!from) {
    return from.error();
  }
  auto to = manifest::load_manifest(values.paths[1]);
  if (!to) {
    return to.error();
  }
  auto ignore = to->ignore;
  ignore.insert(ignore.end(), from->ignore.begin(), from->ignore.end());
  model::Catalog old_catalog = model::without_ignored(from->catalog, ignore);
  model::Catalog new_catalog = model::without_ignored(to->catalog, ignore);
  auto changes = diff::diff_catalogs(old_catalog, new_catalog);
  if (!changes) {
    return changes.error();
  }
  // The one scratch rule (docs/planning.md): --scratch-url, else
  // TENANTCTL_SCRATCH_URL, else a throwaway cluster; without server programs
  // for one, the schemas are compared as written, with a note.
  std::optional<pg::LocalCluster> throwaway;
  if (!changes->empty()) {
    auto scratch = scratch_url(values.schema);
    std::string why_not;
    if (!scratch) {
      if (auto started = start_throwaway_scratch(throwaway)) {
        scratch = std::move(*started);
      } else {
        why_not = started.error().message();
      }
    }
    if (scratch) {
      auto old_normalized = reconcile::normalize(old_catalog, *scratch);
      if (!old_normalized) {
        return old_normalized.error();  // it names the file:line at fault
      }
      auto new_normalized = reconcile::normalize(new_catalog, *scratch);
      if (!new_normalized) {
        return new_normalized.error();
      }
      old_catalog = std::move(*old_normalized);
      new_catalog = std::move(*new_normalized);
      changes = diff::diff_catalogs(old_catalog, new_catalog);
      if (!changes) {
        return changes.error();
      }
    } else {
      std::cerr << "tenantctl: note: " << why_not
                << "; types and expressions are compared as written (pass --scratch-url or set "
                   "TENANTCTL_SCRATCH_URL to check them in PostgreSQL)\n";
    }
  }
  const ddl::RenderContext context(old_catalog, new_catalog,
                                   ddl::RenderOptions{.online = !values.schema.offline});
  auto plan = plan::make_plan(*changes, context);
  if (!plan) {
    return plan.error();
  }
  if (values.format == "json") {
    std::cout << report::plan_json(*plan, {});
  } else if (values.format == "text") {
    std::cout << report::plan_text(*plan, report::TextOptions{color_output(), ""});
  } else {
    std::cout << report::plan_sql(*plan, execute_options(values.schema));
  }
  return values.exit_code && !plan->empty() ? ExitCode::drift : ExitCode::ok;
}

void help_diff() {
  DiffOptions values;
  diff_options(values)->print_help();
}

}  // namespace cli
