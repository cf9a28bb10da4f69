#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cli/command.hpp"
#include "cli/options.hpp"
#include "introspect/reader.hpp"
#include "manifest/writer.hpp"
#include "pg/session.hpp"

namespace cli {
namespace {

struct InspectOptions {
  std::string url;
  std::string out;
};

std::unique_ptr<Options> inspect_options(InspectOptions& values) {
  auto options = std::make_unique<Options>(
      "inspect",
      "Reads the schema of one database and writes it as canonical TOML (docs/schema-format.md).");
  options->add("--url", values.url,
               "Database to read: a libpq URL or key=value string "
               "(postgresql://user@host:port/db, ?host=/socket/dir works too)",
               true);
  options->add("--out", values.out, "Write the TOML to this file instead of stdout");
  return options;
}

base::Result<void> write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    return {};
  }
  const std::string partial = path + ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) {
      return base::Error(fmt::format("cannot write '{}'", partial))
          .with_hint("check that the directory exists and is writable");
    }
  }
  // Rename so that a failed run never leaves a half-written file at `path`.
  if (std::rename(partial.c_str(), path.c_str()) != 0) {
    std::remove(partial.c_str());
    return base::Error(fmt::format("cannot write '{}'", path))
        .with_hint("check that the directory exists and is writable");
  }
  return {};
}

}  // namespace

base::Result<ExitCode> run_inspect(Args args) {
  InspectOptions values;
  auto options = inspect_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  auto session = pg::Session::open(values.url);
  if (!session) {
    return session.error();
  }
  // One database: read a large catalog over three connections at once.
  auto catalog = introspect::read_catalog(
      *session, introspect::ReadOptions{.extra_connections = 2, .conninfo = values.url});
  if (!catalog) {
    return catalog.error().with_context(session->display_name());
  }
  if (auto written = write_output(values.out, manifest::write_toml(*catalog)); !written) {
    return written.error();
  }
  // The TOML leaves these out; say so, so that nothing disappears silently.
  for (const auto& object : catalog->unmanaged) {
    std::cerr << "tenantctl: note: not managed yet, left out: " << object.kind << ' '
              << object.identity << '\n';
  }
  return ExitCode::ok;
}

void help_inspect() {
  InspectOptions values;
  inspect_options(values)->print_help();
}

}  // namespace cli
