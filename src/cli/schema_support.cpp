#include "cli/schema_support.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "base/strings.hpp"
#include "cli/options.hpp"
#include "introspect/reader.hpp"
#include "model/ignore.hpp"

namespace cli {

void add_schema_options(Options& options, SchemaOptions& values) {
  options.add("--schema", values.schema,
              "Desired schema: a .toml file or a directory of them (default: schema)");
  options.add("--scratch-url", values.scratch_url,
              "Server where tenantctl may create and drop a scratch database to compare the "
              "desired schema in PostgreSQL's own spelling (default: TENANTCTL_SCRATCH_URL, "
              "else the target's server)");
  options.add_flag("--offline", values.offline,
                   "Plain statements in one transaction: no CONCURRENTLY, no NOT VALID first");
  options.add("--lock-timeout", values.lock_timeout,
              "lock_timeout for each statement (default: 5s)");
  options.add("--statement-timeout", values.statement_timeout,
              "statement_timeout for each statement (default: 30min)");
}

std::optional<std::string> scratch_url(const SchemaOptions& values) {
  if (!values.scratch_url.empty()) {
    return values.scratch_url;
  }
  if (const char* env = std::getenv("TENANTCTL_SCRATCH_URL"); env != nullptr && *env != '\0') {
    return std::string(env);
  }
  return std::nullopt;
}

apply::ExecuteOptions execute_options(const SchemaOptions& values) {
  return apply::ExecuteOptions{values.lock_timeout, values.statement_timeout};
}

base::Result<std::vector<ddl::HazardKind>> parse_allowed_hazards(const std::string& text) {
  std::vector<ddl::HazardKind> allowed;
  if (text.empty()) {
    return allowed;
  }
  const std::vector<std::string> all_names = ddl::hazard_names();
  for (const auto& part : base::split(text, ',')) {
    const std::string name(base::trim(part));
    if (name == "all") {
      for (const auto& each : all_names) {
        allowed.push_back(*ddl::parse_hazard(each));
      }
      continue;
    }
    const auto kind = ddl::parse_hazard(name);
    if (!kind) {
      const auto suggestion = base::closest_match(name, all_names);
      return base::Error(fmt::format("--allow-hazards: unknown hazard '{}'", name),
                         base::ErrorKind::usage)
          .with_hint(suggestion.empty() ? "hazards: all, " + base::join(all_names, ", ")
                                        : fmt::format("did you mean '{}'?", suggestion));
    }
    allowed.push_back(*kind);
  }
  return allowed;
}

void note_unmanaged(const std::vector<model::Unmanaged>& unmanaged) {
  for (const auto& object : unmanaged) {
    std::cerr << fmt::format("tenantctl: note: not managed yet, left alone: {} {}\n", object.kind,
                             object.identity);
  }
}

bool stdin_is_terminal() { return ::isatty(STDIN_FILENO) == 1; }
bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

}  // namespace cli
