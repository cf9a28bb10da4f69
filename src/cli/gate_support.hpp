#pragma once

#include <atomic>
#include <csignal>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "knex/migration_files.hpp"
#include "manifest/manifest.hpp"
#include "pg/local_cluster.hpp"

namespace cli {

class Options;

// Options of the pull-request gate commands (check, generate).
struct GateOptions {
  std::string config;
  std::string schema;      // "" : [paths] schema of tenantctl.toml, else "schema"
  std::string migrations;  // "" : [paths] migrations, else "migrations"
  std::string scratch_url;
};

// Declares --config, --schema, --migrations and --scratch-url.
void add_gate_options(Options& options, GateOptions& values);

// What check and generate work on: the desired schema, the migration files
// (sorted by name) and the paths they came from, for messages.
struct GateInputs {
  manifest::Manifest desired;
  std::vector<knex::MigrationFile> files;
  std::string schema_path;
  std::string migrations_path;
};

// Reads tenantctl.toml (for the default paths), the desired schema and the
// migrations directory. Errors are config errors naming the file.
[[nodiscard]] base::Result<GateInputs> load_gate_inputs(const GateOptions& values);

// The server check and generate make their scratch databases on: the one
// --scratch-url (else TENANTCTL_SCRATCH_URL) names, or a throwaway cluster
// started here and stopped and removed when this object goes (also on
// failure). While it lives, SIGINT and SIGTERM set stop() instead of ending
// the process, and stop the throwaway server's sessions at once (its
// postmaster gets a fast shutdown), so the command fails promptly and cleans
// up on its way out.
class ScratchServer {
 public:
  [[nodiscard]] static base::Result<std::unique_ptr<ScratchServer>> open(const GateOptions& values);
  ~ScratchServer();
  ScratchServer(const ScratchServer&) = delete;
  ScratchServer& operator=(const ScratchServer&) = delete;

  // A connection string to a database on the server (holds the password of
  // --scratch-url, if any: for connecting only).
  [[nodiscard]] const std::string& conninfo() const { return m_conninfo; }
  // True once SIGINT or SIGTERM arrived.
  [[nodiscard]] const std::atomic<bool>& stop() const;
  // Returns `error`, or an "interrupted" error when a signal arrived (the
  // error then is the consequence of stopping, not the cause).
  [[nodiscard]] base::Error explain(const base::Error& error) const;

 private:
  ScratchServer() = default;
  std::optional<pg::LocalCluster> m_cluster;
  std::string m_conninfo;
  void (*m_previous_int)(int) = SIG_DFL;
  void (*m_previous_term)(int) = SIG_DFL;
};

}  // namespace cli
