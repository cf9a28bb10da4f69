#pragma once

#include <string_view>

#include "base/result.hpp"
#include "pg/session.hpp"

namespace pg {

// Creates `role` NOLOGIN unless a role of that name exists; returns true
// when it was created. For the roles a schema names through placeholders
// ("{{tenant.db_user}}_ro"), which each tenant (and the gate's scratch
// server) needs of its own.
[[nodiscard]] base::Result<bool> ensure_nologin_role(Session& server, std::string_view role);

}  // namespace pg
