#include "pg/local_cluster.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace pg {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// The user the server runs as when tenantctl runs as root.
constexpr const char* k_server_user = "postgres";
constexpr std::chrono::seconds k_start_timeout{60};
// sizeof(sockaddr_un::sun_path) on Linux, with its terminating NUL.
constexpr std::size_t k_max_socket_path = 108;
constexpr std::chrono::seconds k_fast_stop_timeout{30};
constexpr std::chrono::seconds k_immediate_stop_timeout{5};

struct RunAs {
  uid_t uid = 0;
  gid_t gid = 0;
};

bool has_server_programs(const fs::path& bindir) {
  std::error_code error;
  return fs::is_regular_file(bindir / "initdb", error) &&
         fs::is_regular_file(bindir / "postgres", error);
}

std::optional<fs::path> pg_config_bindir() {
  // popen runs through the shell: PATH lookup, and a missing pg_config just
  // prints nothing.
  FILE* pipe = ::popen("pg_config --bindir 2>/dev/null", "r");
  if (pipe == nullptr) {
    return std::nullopt;
  }
  std::string out;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) {
    out += buffer;
  }
  if (::pclose(pipe) != 0) {
    return std::nullopt;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ' ')) {
    out.pop_back();
  }
  if (out.empty()) {
    return std::nullopt;
  }
  return fs::path(out);
}

// The newest /usr/lib/postgresql/<N>/bin with the server programs.
std::optional<fs::path> debian_bindir() {
  std::error_code error;
  std::vector<std::pair<long, fs::path>> found;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", error)) {
    const std::string version = entry.path().filename().string();
    char* end = nullptr;
    const long major = std::strtol(version.c_str(), &end, 10);
    if (end != version.c_str() && has_server_programs(entry.path() / "bin")) {
      found.emplace_back(major, entry.path() / "bin");
    }
  }
  if (found.empty()) {
    return std::nullopt;
  }
  std::sort(found.begin(), found.end());
  return found.back().second;
}

std::string tail_of(const fs::path& log, std::size_t max_lines = 12) {
  std::ifstream in(log);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) {
      lines.push_back(line);
    }
  }
  const std::size_t first = lines.size() > max_lines ? lines.size() - max_lines : 0;
  std::string out;
  for (std::size_t i = first; i < lines.size(); ++i) {
    out += (out.empty() ? "" : " | ") + lines[i];
  }
  return out.empty() ? "(no output)" : out;
}

// Starts `argv` with stdin from /dev/null and stdout/stderr appended to
// `log`, in its own process group, as `run_as` when given. Only
// async-signal-safe calls happen between fork and exec.
base::Result<pid_t> spawn(const std::vector<std::string>& argv, const fs::path& log,
                          const std::optional<RunAs>& run_as) {
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);
  const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (out < 0) {
    return base::Error(fmt::format("cannot create {}: {}", log.string(), std::strerror(errno)));
  }
  if (run_as && ::fchown(out, run_as->uid, run_as->gid) != 0) {
    ::close(out);
    return base::Error(fmt::format("cannot give {} to user {}: {}", log.string(), k_server_user,
                                   std::strerror(errno)));
  }
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(out);
    return base::Error(fmt::format("cannot start {}: fork: {}", argv[0], std::strerror(errno)));
  }
  if (pid == 0) {
    ::setpgid(0, 0);
    const int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) {
      ::dup2(null, STDIN_FILENO);
    }
    ::dup2(out, STDOUT_FILENO);
    ::dup2(out, STDERR_FILENO);
    if (run_as) {
      const gid_t groups[] = {run_as->gid};
      if (::setgroups(1, groups) != 0 || ::setgid(run_as->gid) != 0 || ::setuid(run_as->uid) != 0) {
        constexpr char k_message[] = "tenantctl: cannot switch to the postgres user\n";
        (void)!::write(STDERR_FILENO, k_message, sizeof k_message - 1);
        ::_exit(126);
      }
    }
    // Should tenantctl die without stopping it (SIGKILL), the server shuts
    // down at once instead of running on. Set after the user switch, which
    // clears it; kept across exec.
    ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
    if (::getppid() != parent) {
      ::_exit(125);
    }
    ::execv(args[0], args.data());
    constexpr char k_message[] = "tenantctl: cannot run the program\n";
    (void)!::write(STDERR_FILENO, k_message, sizeof k_message - 1);
    ::_exit(127);
  }
  ::close(out);
  return pid;
}

// Waits up to `timeout` for `pid` to exit; returns its wait status, or
// nullopt when it is still running.
std::optional<int> wait_for_exit(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (true) {
    int status = 0;
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid || (done < 0 && errno == ECHILD)) {
      return status;
    }
    if (Clock::now() >= deadline) {
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

// True once postmaster.pid's status line (the 8th) says "ready".
bool server_ready(const fs::path& data) {
  std::ifstream in(data / "postmaster.pid");
  std::string line;
  for (int i = 0; i < 8 && std::getline(in, line); ++i) {
  }
  return line.starts_with("ready");
}

}  // namespace

base::Result<fs::path> find_server_bindir() {
  if (const char* env = std::getenv("TENANTCTL_PG_BINDIR"); env != nullptr && *env != '\0') {
    if (has_server_programs(env)) {
      return fs::path(env);
    }
    return base::Error(
        fmt::format("TENANTCTL_PG_BINDIR={} has no initdb and postgres programs", env),
        base::ErrorKind::config);
  }
  if (auto bindir = pg_config_bindir(); bindir && has_server_programs(*bindir)) {
    return *bindir;
  }
  if (auto bindir = debian_bindir()) {
    return *bindir;
  }
  return base::Error(
             "no PostgreSQL server programs (initdb, postgres) found to start a throwaway "
             "cluster: pg_config --bindir and /usr/lib/postgresql/*/bin have none",
             base::ErrorKind::config)
      .with_hint(
          "install the PostgreSQL server (Debian: apt-get install postgresql), set "
          "TENANTCTL_PG_BINDIR, or pass --scratch-url (a server where tenantctl may create "
          "and drop a database)");
}

struct LocalCluster::State {
  fs::path directory;
  // Where the socket is: `directory`, or a short directory of its own when
  // `directory`'s path is too long for a unix socket (108 bytes with the
  // file name).
  fs::path socket_directory;
  pid_t pid = 0;
};

LocalCluster::LocalCluster(std::unique_ptr<State> state) : m_state(std::move(state)) {}
LocalCluster::~LocalCluster() { stop(); }
LocalCluster::LocalCluster(LocalCluster&& other) noexcept = default;
LocalCluster& LocalCluster::operator=(LocalCluster&& other) noexcept {
  if (this != &other) {
    stop();
    m_state = std::move(other.m_state);
  }
  return *this;
}

std::string LocalCluster::conninfo(const std::string& dbname) const {
  return fmt::format("host='{}' port=5432 user=postgres dbname='{}'",
                     m_state->socket_directory.string(), dbname);
}

const fs::path& LocalCluster::directory() const { return m_state->directory; }

pid_t LocalCluster::server_pid() const { return m_state ? m_state->pid : 0; }

void LocalCluster::stop() noexcept {
  if (!m_state) {
    return;
  }
  if (m_state->pid > 0) {
    const pid_t pid = m_state->pid;
    ::kill(pid, SIGINT);  // fast shutdown
    if (!wait_for_exit(pid, k_fast_stop_timeout)) {
      ::kill(pid, SIGQUIT);  // immediate shutdown
      if (!wait_for_exit(pid, k_immediate_stop_timeout)) {
        ::kill(pid, SIGKILL);
        (void)wait_for_exit(pid, k_immediate_stop_timeout);
      }
    }
    m_state->pid = 0;
  }
  if (!m_state->directory.empty()) {
    std::error_code ignored;
    fs::remove_all(m_state->directory, ignored);
    m_state->directory.clear();
  }
  if (!m_state->socket_directory.empty()) {
    std::error_code ignored;
    fs::remove_all(m_state->socket_directory, ignored);
    m_state->socket_directory.clear();
  }
}

base::Result<LocalCluster> LocalCluster::start(const fs::path& bindir_given) {
  fs::path bindir = bindir_given;
  if (bindir.empty()) {
    auto found = find_server_bindir();
    if (!found) {
      return found.error();
    }
    bindir = std::move(*found);
  }
  std::optional<RunAs> run_as;
  if (::geteuid() == 0) {
    const passwd* user = ::getpwnam(k_server_user);
    if (user == nullptr) {
      return base::Error(
                 "running as root, and PostgreSQL refuses to: a throwaway cluster needs the "
                 "'postgres' system user to run as, and there is none",
                 base::ErrorKind::config)
          .with_hint(
              "create the user (it comes with the Debian postgresql package), run "
              "tenantctl as another user, or pass --scratch-url");
    }
    run_as = RunAs{user->pw_uid, user->pw_gid};
  }
  std::error_code error;
  const fs::path temp = fs::temp_directory_path(error);
  std::string pattern = ((error ? fs::path("/tmp") : temp) / "tenantctl-scratch.XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return base::Error(fmt::format("cannot create a temporary directory {}: {}", pattern,
                                   std::strerror(errno)))
        .with_hint("set TMPDIR to a writable directory");
  }
  auto state = std::make_unique<State>();
  state->directory = pattern;
  LocalCluster cluster(std::move(state));  // from here on, failures clean up
  const fs::path& root = cluster.m_state->directory;
  if (run_as && ::chown(root.c_str(), run_as->uid, run_as->gid) != 0) {
    return base::Error(fmt::format("cannot give {} to the postgres user: {}", root.string(),
                                   std::strerror(errno)));
  }
  cluster.m_state->socket_directory = root;
  if ((root / ".s.PGSQL.5432.lock").string().size() >= k_max_socket_path) {
    std::string short_dir = "/tmp/tenantctl-sock.XXXXXX";
    if (::mkdtemp(short_dir.data()) == nullptr) {
      return base::Error(
          fmt::format("cannot create a socket directory {}: {}", short_dir, std::strerror(errno)));
    }
    cluster.m_state->socket_directory = short_dir;
    if (run_as && ::chown(short_dir.c_str(), run_as->uid, run_as->gid) != 0) {
      return base::Error(
          fmt::format("cannot give {} to the postgres user: {}", short_dir, std::strerror(errno)));
    }
  }
  const fs::path& socket_directory = cluster.m_state->socket_directory;
  const fs::path data = root / "data";
  const fs::path initdb_log = root / "initdb.log";
  auto initdb = spawn({(bindir / "initdb").string(), "-D", data.string(), "-U", "postgres", "-A",
                       "trust", "--no-sync", "-E", "UTF8", "--no-locale"},
                      initdb_log, run_as);
  if (!initdb) {
    return initdb.error();
  }
  const auto status = wait_for_exit(*initdb, std::chrono::minutes(5));
  if (!status || !WIFEXITED(*status) || WEXITSTATUS(*status) != 0) {
    if (!status) {
      ::kill(*initdb, SIGKILL);
      (void)wait_for_exit(*initdb, k_immediate_stop_timeout);
    }
    return base::Error(fmt::format("initdb failed in {}: {}", root.string(), tail_of(initdb_log)))
        .with_hint(run_as ? "as root, the cluster runs as the postgres user, which must be able "
                            "to reach the temporary directory (TMPDIR)"
                          : "pass --scratch-url to use an existing server instead");
  }
  const fs::path server_log = root / "server.log";
  auto server = spawn({(bindir / "postgres").string(),
                       "-D",
                       data.string(),
                       "-k",
                       socket_directory.string(),
                       "-c",
                       "listen_addresses=",
                       "-c",
                       "port=5432",
                       "-c",
                       "fsync=off",
                       "-c",
                       "synchronous_commit=off",
                       "-c",
                       "full_page_writes=off",
                       "-c",
                       "max_connections=20",
                       "-c",
                       "shared_buffers=32MB",
                       "-c",
                       "logging_collector=off",
                       "-c",
                       "log_min_messages=warning"},
                      server_log, run_as);
  if (!server) {
    return server.error();
  }
  cluster.m_state->pid = *server;
  const auto deadline = Clock::now() + k_start_timeout;
  while (!server_ready(data)) {
    if (auto exited = wait_for_exit(*server, std::chrono::milliseconds(0))) {
      cluster.m_state->pid = 0;
      return base::Error(
          fmt::format("the throwaway PostgreSQL server did not start: {}", tail_of(server_log)));
    }
    if (Clock::now() >= deadline) {
      return base::Error(
          fmt::format("the throwaway PostgreSQL server did not start within {} s: {}",
                      k_start_timeout.count(), tail_of(server_log)));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return cluster;
}

}  // namespace pg
