#include "support/run_command.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/test_cluster.hpp"

extern char** environ;

namespace test_support {
namespace {

std::string slurp_and_remove(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream buffer;
  buffer << file.rdbuf();
  std::remove(path.c_str());
  return buffer.str();
}

std::string temp_file() {
  std::string path = "/tmp/tenantctl-test-XXXXXX";
  const int fd = ::mkstemp(path.data());
  if (fd < 0) {
    throw std::runtime_error("mkstemp failed");
  }
  ::close(fd);
  return path;
}

// `env` with TENANTCTL_SCRATCH_URL naming the test cluster, unless `env`
// or this process sets it: tenantctl's scratch databases go where the
// tests' databases are, instead of a throwaway cluster per command. A test
// of the scratch rule sets it (to "" for none) itself.
std::vector<std::pair<std::string, std::string>> with_test_scratch(
    std::vector<std::pair<std::string, std::string>> env) {
  const bool given = std::any_of(env.begin(), env.end(), [](const auto& entry) {
    return entry.first == "TENANTCTL_SCRATCH_URL";
  });
  if (!given && std::getenv("TENANTCTL_SCRATCH_URL") == nullptr &&
      std::getenv("TENANTCTL_TEST_CLUSTER_ENV") != nullptr) {
    env.emplace_back("TENANTCTL_SCRATCH_URL", cluster().url("postgres"));
  }
  return env;
}

}  // namespace

CommandResult run_program(const std::vector<std::string>& argv,
                          const std::vector<std::pair<std::string, std::string>>& env,
                          const std::string& input) {
  std::vector<std::string> environment;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string text = *entry;
    const auto key = text.substr(0, text.find('='));
    bool overridden = false;
    for (const auto& [name, value] : env) {
      overridden = overridden || name == key;
    }
    if (!overridden) {
      environment.push_back(text);
    }
  }
  for (const auto& [name, value] : env) {
    environment.push_back(name + "=" + value);
  }
  std::vector<char*> env_pointers;
  for (auto& entry : environment) {
    env_pointers.push_back(entry.data());
  }
  env_pointers.push_back(nullptr);
  std::vector<std::string> args = argv;
  std::vector<char*> arg_pointers;
  for (auto& arg : args) {
    arg_pointers.push_back(arg.data());
  }
  arg_pointers.push_back(nullptr);

  const std::string out_path = temp_file();
  const std::string err_path = temp_file();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  std::string in_path = "/dev/null";
  if (!input.empty()) {
    in_path = temp_file();
    std::ofstream(in_path, std::ios::binary) << input;
  }
  posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_TRUNC, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_TRUNC, 0);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0].c_str(), &actions, nullptr, arg_pointers.data(),
                                   env_pointers.data());
  posix_spawn_file_actions_destroy(&actions);
  CommandResult result;
  if (spawned != 0) {
    if (!input.empty()) {
      std::remove(in_path.c_str());
    }
    result.err = "cannot start " + args[0];
    slurp_and_remove(out_path);
    slurp_and_remove(err_path);
    return result;
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = slurp_and_remove(out_path);
  result.err = slurp_and_remove(err_path);
  if (!input.empty()) {
    std::remove(in_path.c_str());
  }
  return result;
}

std::string tenantctl_binary() {
  const char* chosen = std::getenv("TENANTCTL_TEST_BINARY");
  return chosen != nullptr && *chosen != '\0' ? std::string(chosen) : std::string(TENANTCTL_BINARY);
}

CommandResult run_tenantctl(const std::vector<std::string>& args,
                            const std::vector<std::pair<std::string, std::string>>& env) {
  std::vector<std::string> argv{tenantctl_binary()};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_program(argv, with_test_scratch(env));
}

CommandResult run_tenantctl_on_terminal(const std::vector<std::string>& args,
                                        const std::vector<std::pair<std::string, std::string>>& env,
                                        const std::string& typed) {
  const auto environment = with_test_scratch(env);
  std::string command = "'" + tenantctl_binary() + "'";
  for (const auto& arg : args) {
    std::string quoted = "'";
    for (const char c : arg) {
      quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    command += " " + quoted + "'";
  }
  return run_program({"script", "-qec", command, "/dev/null"}, environment, typed);
}

}  // namespace test_support
