#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "cli/command.hpp"
#include "cli/gate_support.hpp"
#include "cli/options.hpp"
#include "cli/schema_support.hpp"
#include "gate/gate.hpp"

namespace cli {
namespace {

struct GenerateOptions {
  std::vector<std::string> name;
  GateOptions gate;
};

std::unique_ptr<Options> generate_options(GenerateOptions& values) {
  auto options = std::make_unique<Options>(
      "generate",
      "Writes the next migration from the desired schema: replays migrations/ on a scratch "
      "database, plans it to the schema (the up part, plain statements for one transaction) "
      "and back (the down part), proves both on the scratch database, and writes "
      "<migrations>/<timestamp>_NAME.sql with its knex .js companion. Prints the .sql's path. "
      "Writes nothing when migrations/ already gives the schema.");
  options->add_positional("name", values.name, "NAME: lowercase letters, digits and underscores",
                          true);
  add_gate_options(*options, values.gate);
  return options;
}

}  // namespace

base::Result<ExitCode> run_generate(Args args) {
  GenerateOptions values;
  auto options = generate_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  if (values.name.size() != 1) {
    return base::Error("generate: takes one NAME", base::ErrorKind::usage)
        .with_hint("tenantctl generate add_invoices");
  }
  const std::string& name = values.name.front();
  if (!knex::valid_migration_name(name)) {
    return base::Error(fmt::format("generate: '{}' is not a valid migration name", name),
                       base::ErrorKind::usage)
        .with_hint("use 1 to 200 lowercase letters, digits and underscores: add_invoices");
  }
  auto inputs = load_gate_inputs(values.gate);
  if (!inputs) {
    return inputs.error();
  }
  auto server = ScratchServer::open(values.gate);
  if (!server) {
    return server.error();
  }
  auto generated =
      gate::generate(inputs->desired, inputs->files, (*server)->conninfo(), (*server)->stop());
  if (!generated) {
    return (*server)->explain(generated.error());
  }
  if ((*server)->stop().load()) {
    return (*server)->explain(base::Error("interrupted"));
  }
  note_unmanaged(generated->unmanaged);
  if (generated->up.empty()) {
    std::cerr << fmt::format(
        "tenantctl: nothing to generate: {} ({} files) already give {}; nothing written\n",
        inputs->migrations_path, inputs->files.size(), inputs->schema_path);
    return ExitCode::ok;
  }
  auto written = knex::write_migration(inputs->migrations_path, name, generated->up_sql,
                                       generated->down_sql, std::chrono::system_clock::now());
  if (!written) {
    return written.error();
  }
  for (const auto& warning : generated->warnings) {
    std::cerr << "tenantctl: warning: " << warning << '\n';
  }
  std::cerr << fmt::format(
      "tenantctl: wrote {} ({} statement{} up, {} down) and its .js companion\n", written->string(),
      generated->up.statements.size(), generated->up.statements.size() == 1 ? "" : "s",
      generated->down.statements.size());
  std::cout << written->string() << '\n';
  return ExitCode::ok;
}

void help_generate() {
  GenerateOptions values;
  generate_options(values)->print_help();
}

}  // namespace cli
