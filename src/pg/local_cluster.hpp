#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "base/result.hpp"

namespace pg {

// Returns the directory holding the installed PostgreSQL server programs
// (initdb and postgres): TENANTCTL_PG_BINDIR when set, else what
// `pg_config --bindir` prints, else the newest /usr/lib/postgresql/<N>/bin.
// Each candidate must contain both programs. Returns a config error, with a
// hint to install the server or pass --scratch-url, when none is found.
[[nodiscard]] base::Result<std::filesystem::path> find_server_bindir();

// A private, throwaway PostgreSQL cluster for scratch work (`tenantctl check`
// in a CI job with no database service): initdb into a fresh temporary
// directory, then postgres listening only on a unix socket in that directory
// (no TCP), with fsync, synchronous_commit and full_page_writes off, trust
// authentication for the superuser `postgres`, encoding UTF8, locale C.
//
// initdb and postgres refuse to run as root, so when the effective user is
// root they run as the `postgres` system user (the temporary directory is
// given to it); the switch happens in the forked child (setgid/setuid, what
// `runuser -u postgres` does), so the server's process id is the child's.
// The server runs in its own process group, so a Ctrl-C on the terminal
// reaches tenantctl only; tenantctl then decides how to stop it. Should
// tenantctl be killed outright, the server gets SIGQUIT (Linux's parent-death
// signal) and stops at once; its directory is then left behind.
//
// This is process handling only: no connection is made here.
class LocalCluster {
 public:
  // Runs initdb and starts the server from `bindir` (find_server_bindir()
  // when empty), waiting until it accepts connections. On failure everything
  // made so far is stopped and removed, and the error carries the tail of
  // initdb's or the server's log.
  [[nodiscard]] static base::Result<LocalCluster> start(const std::filesystem::path& bindir = {});

  // Stops the server and removes its directory (see stop()).
  ~LocalCluster();
  LocalCluster(LocalCluster&& other) noexcept;
  LocalCluster& operator=(LocalCluster&& other) noexcept;
  LocalCluster(const LocalCluster&) = delete;
  LocalCluster& operator=(const LocalCluster&) = delete;

  // key=value connection string for `dbname` as the superuser, over the
  // socket. Holds no secret (trust authentication on a private socket).
  [[nodiscard]] std::string conninfo(const std::string& dbname = "postgres") const;
  // The temporary directory (data directory, socket and log live under it).
  [[nodiscard]] const std::filesystem::path& directory() const;
  // The postmaster's process id, or 0 once stopped. Safe to read from a
  // signal handler through a copy taken beforehand (it never changes while
  // the server runs).
  [[nodiscard]] pid_t server_pid() const;

  // Stops the server (a fast shutdown: sessions are ended, then it exits;
  // after 30 s an immediate shutdown, then SIGKILL), waits for it, and removes
  // the directory. Idempotent; never fails (what cannot be removed is left).
  void stop() noexcept;

 private:
  struct State;
  explicit LocalCluster(std::unique_ptr<State> state);
  std::unique_ptr<State> m_state;
};

}  // namespace pg
