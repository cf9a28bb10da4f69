#include "pg/roles.hpp"

#include <string>

#include "pg/quote.hpp"

namespace pg {

base::Result<bool> ensure_nologin_role(Session& server, std::string_view role) {
  auto exists =
      server.query("select 1 from pg_catalog.pg_roles where rolname = $1", {std::string(role)});
  if (!exists) {
    return exists.error().with_context("looking for role " + quote_ident(role));
  }
  if (exists->size() > 0) {
    return false;
  }
  if (auto made = server.execute("create role " + quote_ident(role) + " nologin"); !made) {
    return made.error().with_context("creating role " + quote_ident(role));
  }
  return true;
}

}  // namespace pg
