#pragma once

#include "base/result.hpp"
#include "provision/accounts.hpp"

namespace cli {

// Reads the person admin create and tenant user create make. On a terminal
// (standard input is one) it asks on stderr: email, the password twice
// without echo, first and last name, and the role (`default_role` when the
// answer is empty; for a tenant user the role may stay empty). Without a
// terminal it reads the environment: EMAIL, PASSWORD, FIRST_NAME, LAST_NAME
// and ROLE (ROLE may be unset: `default_role`); missing variables are one
// usage error naming them all. A password is never read from the command
// line, and never echoed.
[[nodiscard]] base::Result<provision::Account> read_account(std::string_view what,
                                                            std::string_view default_role,
                                                            bool role_required);

}  // namespace cli
