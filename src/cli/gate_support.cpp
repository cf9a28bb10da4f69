#include "cli/gate_support.hpp"

#include <fmt/format.h>
#include <signal.h>

#include <csignal>
#include <iostream>

#include "cli/options.hpp"
#include "cli/schema_support.hpp"
#include "manifest/config.hpp"

namespace cli {
namespace {

std::atomic<bool> g_stop{false};
// The throwaway server's postmaster, for the signal handler (0: none).
std::atomic<pid_t> g_server_pid{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<pid_t>::is_always_lock_free,
              "the signal handler needs lock-free atomics");

extern "C" void on_gate_signal(int) {
  g_stop.store(true);
  if (const pid_t pid = g_server_pid.load(); pid > 0) {
    ::kill(pid, SIGINT);  // fast shutdown: ends the running statement now
  }
}

}  // namespace

void add_gate_options(Options& options, GateOptions& values) {
  options.add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  options.add("--schema", values.schema,
              "Desired schema: a .toml file or a directory of them (default: [paths] schema of "
              "tenantctl.toml, else schema)");
  options.add("--migrations", values.migrations,
              "The migrations directory (default: [paths] migrations of tenantctl.toml, else "
              "migrations)");
  options.add("--scratch-url", values.scratch_url,
              "Server where tenantctl may create and drop a scratch database (default: "
              "TENANTCTL_SCRATCH_URL; without one, tenantctl starts a throwaway PostgreSQL "
              "from the installed server programs)");
}

base::Result<GateInputs> load_gate_inputs(const GateOptions& values) {
  auto config = manifest::load_config(
      values.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(values.config));
  if (!config) {
    return config.error();
  }
  GateInputs inputs;
  inputs.schema_path = values.schema.empty() ? config->schema : values.schema;
  inputs.migrations_path = values.migrations.empty() ? config->migrations : values.migrations;
  auto desired = manifest::load_manifest(inputs.schema_path);
  if (!desired) {
    return desired.error();
  }
  inputs.desired = std::move(*desired);
  auto files = knex::read_migrations(inputs.migrations_path);
  if (!files) {
    return files.error();
  }
  inputs.files = std::move(*files);
  return inputs;
}

base::Result<std::unique_ptr<ScratchServer>> ScratchServer::open(const GateOptions& values) {
  std::unique_ptr<ScratchServer> server(new ScratchServer());
  g_stop = false;
  server->m_previous_int = std::signal(SIGINT, on_gate_signal);
  server->m_previous_term = std::signal(SIGTERM, on_gate_signal);
  SchemaOptions schema;
  schema.scratch_url = values.scratch_url;
  if (const auto url = scratch_url(schema)) {
    server->m_conninfo = *url;
    return server;
  }
  auto cluster = pg::LocalCluster::start();
  if (!cluster) {
    return cluster.error().with_context(
        "starting a throwaway PostgreSQL server (no --scratch-url was given)");
  }
  server->m_cluster.emplace(std::move(*cluster));
  g_server_pid = server->m_cluster->server_pid();
  server->m_conninfo = server->m_cluster->conninfo();
  if (g_stop.load()) {
    return base::Error("interrupted");
  }
  return server;
}

ScratchServer::~ScratchServer() {
  g_server_pid = 0;
  if (m_cluster) {
    m_cluster->stop();
  }
  std::signal(SIGINT, m_previous_int);
  std::signal(SIGTERM, m_previous_term);
}

const std::atomic<bool>& ScratchServer::stop() const { return g_stop; }

base::Error ScratchServer::explain(const base::Error& error) const {
  if (g_stop.load()) {
    return base::Error("interrupted; the scratch database and any throwaway server are removed");
  }
  return error;
}

}  // namespace cli
