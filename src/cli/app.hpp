#pragma once

namespace cli {

// Runs tenantctl with the process's arguments and returns its exit code. This
// is the one place where an Error becomes a message on stderr and an exit
// code, and where an escaped exception is caught.
[[nodiscard]] int run(int argc, const char* const* argv);

}  // namespace cli
