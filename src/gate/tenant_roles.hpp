#pragma once

// Private to gate/: role placeholders ({{tenant.db_user}}) in migrations.
// One migration file serves every tenant, so a statement that names a role
// through a placeholder computes the name when it runs, from the login role
// of the session that runs it; the scratch database the gate replays in
// stands for a tenant whose login role is the scratch session's.

#include <map>
#include <string>

#include "base/result.hpp"
#include "manifest/manifest.hpp"
#include "model/catalog.hpp"
#include "pg/session.hpp"

namespace gate {

// The scratch session's names for the roles `desired` names through
// placeholders: placeholder form -> concrete name.
struct ScratchRoles {
  std::map<std::string, std::string> to_concrete;
  std::map<std::string, std::string> to_placeholder;
};

// Resolves the roles `desired` names through placeholders for the login role
// of `session` and creates each that does not exist (NOLOGIN) on its server,
// as `tenant create` does for a tenant. A placeholder other than
// {{tenant.db_user}} cannot be computed in a migration: an error.
[[nodiscard]] base::Result<ScratchRoles> prepare_scratch_roles(pg::Session& session,
                                                               const model::Catalog& desired);

// `catalog` (read from the scratch database) as a tenant's catalog is
// compared: the scratch names of placeholder roles put back as
// placeholders, owners `desired` does not declare left out.
[[nodiscard]] model::Catalog neutral(model::Catalog catalog, const model::Catalog& desired,
                                     const ScratchRoles& roles);

// `sql` (one statement) with each quoted role name that holds
// {{tenant.db_user}} computed when it runs: a DO block that EXECUTEs the
// statement through format('%I', replace(name, '{{tenant.db_user}}',
// session_user)). A statement without placeholders is returned as it is.
[[nodiscard]] base::Result<std::string> portable_statement(const std::string& sql);

}  // namespace gate
