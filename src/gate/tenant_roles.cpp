#include "gate/tenant_roles.hpp"

#include <fmt/format.h>

#include "kinds/owner/owner.hpp"
#include "model/ignore.hpp"
#include "model/placeholders.hpp"
#include "pg/quote.hpp"
#include "pg/roles.hpp"

namespace gate {

base::Result<ScratchRoles> prepare_scratch_roles(pg::Session& session,
                                                 const model::Catalog& desired) {
  ScratchRoles out;
  std::vector<std::string> named;
  for (const auto& role : model::named_roles(desired)) {
    if (model::has_placeholder(role)) {
      named.push_back(role);
    }
  }
  if (named.empty()) {
    return out;
  }
  auto user = session.query("select session_user::text");
  if (!user) {
    return user.error().with_context("reading the scratch session's login role");
  }
  const model::TenantNames names{.db_user = std::string(user->text(0, 0)), .slug = ""};
  for (const auto& role : named) {
    auto concrete = model::resolve_role(role, names);
    if (!concrete) {
      return base::Error(fmt::format("the schema names the role {} through {}, which a migration "
                                     "cannot compute (one file serves every tenant)",
                                     pg::quote_ident(role), model::k_slug_placeholder),
                         base::ErrorKind::config)
          .with_hint(
              "name per-tenant roles through {{tenant.db_user}} only, or manage that "
              "grant outside migrations/");
    }
    if (auto made = pg::ensure_nologin_role(session, *concrete); !made) {
      return made.error().with_context("making the schema's roles on the scratch server");
    }
    out.to_concrete[role] = *concrete;
    out.to_placeholder[*concrete] = role;
  }
  return out;
}

model::Catalog neutral(model::Catalog catalog, const model::Catalog& desired,
                       const ScratchRoles& roles) {
  model::without_external_partitions(catalog, desired);
  model::keep_managed_owners(catalog, desired);
  // Compared with a desired schema, or taken as one (a down part): a
  // partition counts only what is its own.
  for (auto& entry : catalog.tables) {
    entry.second = model::own_members(std::move(entry.second));
  }
  model::rename_roles(catalog, roles.to_placeholder);
  return catalog;
}

namespace {

// The end of the double-quoted identifier that starts at `open` (a '"'), or
// npos.
std::size_t identifier_end(const std::string& sql, std::size_t open) {
  for (std::size_t at = open + 1; at < sql.size(); ++at) {
    if (sql[at] != '"') {
      continue;
    }
    if (at + 1 < sql.size() && sql[at + 1] == '"') {
      ++at;  // a doubled quote inside the name
      continue;
    }
    return at;
  }
  return std::string::npos;
}

std::string unquoted(std::string_view quoted) {
  std::string out;
  for (std::size_t at = 1; at + 1 < quoted.size(); ++at) {
    out += quoted[at];
    if (quoted[at] == '"') {
      ++at;
    }
  }
  return out;
}

}  // namespace

base::Result<std::string> portable_statement(const std::string& sql) {
  if (sql.find("{{tenant.") == std::string::npos) {
    return sql;
  }
  if (sql.starts_with("DO ")) {
    return base::Error(
               "a privilege on the database for a role named through a placeholder "
               "cannot be written into a migration",
               base::ErrorKind::config)
        .with_hint("grant it in tenant provisioning, or name the role without a placeholder");
  }
  // The renderer quotes every role name that holds a placeholder (its
  // braces need it); each such name becomes a %I of format().
  std::string format;
  std::vector<std::string> arguments;
  std::size_t from = 0;
  while (from < sql.size()) {
    const auto open = sql.find('"', from);
    const auto end = open == std::string::npos ? std::string::npos : identifier_end(sql, open);
    const std::string_view before(sql.data() + from,
                                  (open == std::string::npos ? sql.size() : open) - from);
    for (const char c : before) {
      format += c;
      if (c == '%') {
        format += '%';
      }
    }
    if (open == std::string::npos || end == std::string::npos) {
      break;
    }
    const std::string name = unquoted(std::string_view(sql).substr(open, end - open + 1));
    if (name.find(model::k_slug_placeholder) != std::string::npos) {
      return base::Error(fmt::format("the role {} cannot be computed in a migration: {} is not "
                                     "known to the database",
                                     pg::quote_ident(name), model::k_slug_placeholder),
                         base::ErrorKind::config)
          .with_hint("name per-tenant roles through {{tenant.db_user}} only");
    }
    if (model::has_placeholder(name)) {
      format += "%I";
      arguments.push_back(fmt::format("pg_catalog.replace({}, {}, session_user)",
                                      pg::quote_literal(name),
                                      pg::quote_literal(model::k_db_user_placeholder)));
    } else {
      for (std::size_t at = open; at <= end; ++at) {
        format += sql[at];
        if (sql[at] == '%') {
          format += '%';
        }
      }
    }
    from = end + 1;
  }
  std::string call = "pg_catalog.format(" + pg::quote_literal(format);
  for (const auto& argument : arguments) {
    call += ", " + argument;
  }
  return fmt::format("DO $tenantctl$ BEGIN EXECUTE {}); END $tenantctl$", call);
}

}  // namespace gate
