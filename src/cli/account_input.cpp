#include "cli/account_input.hpp"

#include <fmt/format.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "base/strings.hpp"
#include "cli/schema_support.hpp"

namespace cli {
namespace {

std::string ask(const std::string& question) {
  std::cerr << question << ": " << std::flush;
  std::string answer;
  std::getline(std::cin, answer);
  return std::string(base::trim(answer));
}

// Reads a line with the terminal's echo off, restoring it afterwards.
crypto::Secret ask_hidden(const std::string& question) {
  std::cerr << question << ": " << std::flush;
  termios saved{};
  const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
  if (terminal) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    (void)::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string answer;
  std::getline(std::cin, answer);
  if (terminal) {
    (void)::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
  }
  std::cerr << '\n';
  crypto::Secret secret(std::move(answer));
  return secret;
}

base::Result<provision::Account> from_terminal(std::string_view what, std::string_view default_role,
                                               bool role_required) {
  provision::Account account;
  std::cerr << fmt::format("Creating {} (Ctrl-C to stop)\n", what);
  account.email = ask("Email");
  account.password = ask_hidden("Password");
  const crypto::Secret again = ask_hidden("Password again");
  if (account.password.view() != again.view()) {
    return base::Error("the two passwords differ; nothing was created", base::ErrorKind::usage);
  }
  account.first_name = ask("First name");
  account.last_name = ask("Last name");
  const std::string question = role_required
                                   ? fmt::format("Role (admin or superadmin) [{}]", default_role)
                                   : "Role (a name in the tenant's roles table, empty for none)";
  account.role = ask(question);
  if (account.role.empty()) {
    account.role = std::string(default_role);
  }
  return account;
}

base::Result<provision::Account> from_environment(std::string_view default_role) {
  std::vector<std::string> missing;
  const auto variable = [&](const char* name) -> std::string {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
      missing.emplace_back(name);
      return {};
    }
    return value;
  };
  provision::Account account;
  account.email = std::string(base::trim(variable("EMAIL")));
  account.password = crypto::Secret(variable("PASSWORD"));
  account.first_name = std::string(base::trim(variable("FIRST_NAME")));
  account.last_name = std::string(base::trim(variable("LAST_NAME")));
  const char* role = std::getenv("ROLE");
  account.role =
      role != nullptr && *role != '\0' ? std::string(base::trim(role)) : std::string(default_role);
  if (!missing.empty()) {
    return base::Error(fmt::format("standard input is not a terminal, and {} {} not set",
                                   base::join(missing, ", "), missing.size() == 1 ? "is" : "are"),
                       base::ErrorKind::usage)
        .with_hint(
            "without a terminal, set EMAIL, PASSWORD, FIRST_NAME, LAST_NAME (and ROLE) in "
            "the environment; passwords are never taken from the command line");
  }
  return account;
}

}  // namespace

base::Result<provision::Account> read_account(std::string_view what, std::string_view default_role,
                                              bool role_required) {
  if (stdin_is_terminal()) {
    return from_terminal(what, default_role, role_required);
  }
  return from_environment(default_role);
}

}  // namespace cli
