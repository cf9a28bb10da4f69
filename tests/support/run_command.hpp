#pragma once

#include <string>
#include <utility>
#include <vector>

namespace test_support {

// What a finished process left behind.
struct CommandResult {
  int exit_code = -1;  // the exit status, or 128+signal when killed
  std::string out;
  std::string err;
};

// The tenantctl binary the tests run: TENANTCTL_TEST_BINARY when set (the
// sanitizer runs point it at build-asan/tenantctl), else this build's.
[[nodiscard]] std::string tenantctl_binary();

// Runs tenantctl_binary() with `args`, no standard
// input, and `env` added to (or overriding) this process's environment.
[[nodiscard]] CommandResult run_tenantctl(
    const std::vector<std::string>& args,
    const std::vector<std::pair<std::string, std::string>>& env = {});

// Runs the tenantctl binary the same way but on a pseudo-terminal (util-linux
// `script`), so that its standard input, output and error are a terminal;
// output and error both end up in `out`, with the terminal's line endings.
// `typed` is what is typed at the terminal (answers to questions).
[[nodiscard]] CommandResult run_tenantctl_on_terminal(
    const std::vector<std::string>& args,
    const std::vector<std::pair<std::string, std::string>>& env = {},
    const std::string& typed = "");

// Runs any program found on PATH the same way, with `input` as its standard
// input (none when empty).
[[nodiscard]] CommandResult run_program(
    const std::vector<std::string>& argv,
    const std::vector<std::pair<std::string, std::string>>& env = {},
    const std::string& input = "");

}  // namespace test_support
