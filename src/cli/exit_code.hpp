#pragma once

#include "base/error.hpp"

namespace cli {

// The exit codes of every command (SPEC.md), in one place.
enum class ExitCode : int {
  ok = 0,       // success, and in sync
  failed = 1,   // a target failed
  drift = 2,    // drift found (plan --exit-code)
  blocked = 3,  // refused because of a hazard the user did not allow
  usage = 64,   // usage error (EX_USAGE)
  config = 78,  // configuration error (EX_CONFIG)
};

// Returns the exit code for an error of `kind`.
[[nodiscard]] constexpr ExitCode exit_code_for(base::ErrorKind kind) {
  switch (kind) {
    case base::ErrorKind::usage:
      return ExitCode::usage;
    case base::ErrorKind::config:
      return ExitCode::config;
    case base::ErrorKind::blocked:
      return ExitCode::blocked;
    case base::ErrorKind::failure:
    case base::ErrorKind::connection:
      break;
  }
  return ExitCode::failed;
}

}  // namespace cli
