#include "provision/server.hpp"

#include <fmt/format.h>

#include "crypto/scram.hpp"
#include "pg/quote.hpp"
#include "pg/session.hpp"

namespace provision {
namespace {

// The server's message without the statement Session appends (" in: ..."):
// the statement holds a password verifier.
base::Error without_statement(const base::Error& error, std::string_view what) {
  std::string message = error.message();
  if (const auto at = message.find(" in: "); at != std::string::npos) {
    message.resize(at);
  }
  return base::Error(fmt::format("{}: {}", what, message)).with_hint(error.hint());
}

base::Result<void> run_secret_statement(pg::Session& session, const std::string& sql,
                                        std::string_view what) {
  auto done = session.execute(sql);
  if (!done) {
    return without_statement(done.error(), what);
  }
  return {};
}

}  // namespace

base::Result<void> check_privileges(pg::Session& server) {
  auto rows = server.query(
      "select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user");
  if (!rows) {
    return rows.error().with_context("checking the provisioning role's privileges");
  }
  if (rows->empty()) {
    return base::Error("the provisioning role is not in pg_roles");
  }
  if (rows->boolean(0, 0) || (rows->boolean(0, 1) && rows->boolean(0, 2))) {
    return {};
  }
  std::string missing;
  if (!rows->boolean(0, 1)) {
    missing = "CREATEROLE";
  }
  if (!rows->boolean(0, 2)) {
    missing += missing.empty() ? "CREATEDB" : " and CREATEDB";
  }
  return base::Error(fmt::format("the provisioning server's role ({}) lacks {}",
                                 server.display_name(), missing),
                     base::ErrorKind::config)
      .with_hint(
          "[provisioning] server_url (or TENANTCTL_SERVER_URL) must log in as a role "
          "with CREATEROLE and CREATEDB");
}

base::Result<ServerObjects> find_objects(pg::Session& server, std::string_view role,
                                         std::string_view database) {
  auto rows = server.query(
      "select exists (select 1 from pg_roles where rolname = $1), "
      "(select pg_get_userbyid(datdba) from pg_database where datname = $2)",
      {std::string(role), std::string(database)});
  if (!rows) {
    return rows.error().with_context("looking for the tenant's role and database");
  }
  ServerObjects objects;
  objects.role_exists = rows->boolean(0, 0);
  objects.database_owner = rows->optional_text(0, 1);
  return objects;
}

base::Result<bool> ensure_role(pg::Session& server, std::string_view role,
                               const crypto::Secret& password) {
  auto objects = find_objects(server, role, "");
  if (!objects) {
    return objects.error();
  }
  auto verifier = crypto::scram_sha256_verifier(password.view());
  if (!verifier) {
    return verifier.error();
  }
  const std::string verb = objects->role_exists ? "alter" : "create";
  auto done = run_secret_statement(
      server,
      fmt::format("{} role {} with login password {}", verb, pg::quote_ident(role),
                  pg::quote_literal(*verifier)),
      fmt::format("{} role {}", objects->role_exists ? "altering" : "creating", role));
  if (!done) {
    return done.error();
  }
  return !objects->role_exists;
}

base::Result<bool> ensure_database(pg::Session& server, std::string_view database,
                                   std::string_view owner) {
  auto objects = find_objects(server, owner, database);
  if (!objects) {
    return objects.error();
  }
  // A role that is not superuser must be a member of the owner to give it a
  // database (PostgreSQL 15).
  auto super = server.query("select rolsuper from pg_roles where rolname = current_user");
  if (!super) {
    return super.error();
  }
  if (super->empty() || !super->boolean(0, 0)) {
    auto member =
        server.query("select pg_has_role(current_user, $1, 'member')", {std::string(owner)});
    if (!member) {
      return member.error();
    }
    if (!member->boolean(0, 0)) {
      if (auto granted =
              server.execute(fmt::format("grant {} to current_user", pg::quote_ident(owner)));
          !granted) {
        return granted.error().with_context("making the provisioning role a member of the owner");
      }
    }
  }
  const bool create = !objects->database_owner.has_value();
  if (create) {
    if (auto made = server.execute(fmt::format("create database {} owner {}",
                                               pg::quote_ident(database), pg::quote_ident(owner)));
        !made) {
      return made.error().with_context(fmt::format("creating database {}", database));
    }
  } else if (*objects->database_owner != owner) {
    if (auto moved = server.execute(fmt::format("alter database {} owner to {}",
                                                pg::quote_ident(database), pg::quote_ident(owner)));
        !moved) {
      return moved.error().with_context(fmt::format("giving database {} to {}", database, owner));
    }
  }
  if (auto revoked = server.execute(fmt::format(
          "revoke connect, temporary on database {} from public", pg::quote_ident(database)));
      !revoked) {
    return revoked.error().with_context(fmt::format("revoking PUBLIC's access to {}", database));
  }
  return create;
}

base::Result<void> set_own_password(pg::Session& session, const crypto::Secret& password) {
  auto verifier = crypto::scram_sha256_verifier(password.view());
  if (!verifier) {
    return verifier.error();
  }
  return run_secret_statement(
      session, fmt::format("alter role current_user password {}", pg::quote_literal(*verifier)),
      "changing the role's password");
}

}  // namespace provision
