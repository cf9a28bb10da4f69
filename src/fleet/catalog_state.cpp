#include "fleet/catalog_state.hpp"

#include <fmt/format.h>

#include "crypto/secrets.hpp"
#include "fleet/audit.hpp"
#include "introspect/reader.hpp"
#include "pg/quote.hpp"
#include "pg/session.hpp"

namespace fleet {

std::string ignore_hash(const std::vector<std::string>& patterns) {
  std::string text;
  for (const auto& pattern : patterns) {
    text += pattern;
    text += '\n';
  }
  return crypto::sha256_hex(text);
}

// A superuser's run leaves tenantctl's schema and tables to the database's
// owner (the tenant's role), so that a later run as that role can write
// them; a run as that role makes them its own anyway.
constexpr std::string_view k_give_bookkeeping_to_owner =
    "do $tenantctl$\n"
    "declare\n"
    "  owner name := (select pg_catalog.pg_get_userbyid(datdba) from pg_catalog.pg_database\n"
    "                 where datname = pg_catalog.current_database());\n"
    "begin\n"
    "  if (select rolsuper from pg_catalog.pg_roles where rolname = current_user) then\n"
    "    execute pg_catalog.format('alter schema tenantctl owner to %I', owner);\n"
    "    execute pg_catalog.format('alter table tenantctl.applied_changes owner to %I', owner);\n"
    "    execute pg_catalog.format('alter table tenantctl.catalog_state owner to %I', owner);\n"
    "  end if;\n"
    "end\n"
    "$tenantctl$";

base::Result<void> ensure_bookkeeping(pg::Session& session) {
  // Serialised like any CREATE ... IF NOT EXISTS that two processes may run
  // at once (two applies on one tenant).
  if (auto made = session.execute(
          "begin;\n"
          "select "
          "pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('tenantctl.bookkeeping'));\n" +
          std::string(k_create_audit_table) + ";\n" + std::string(k_create_catalog_state) + ";\n" +
          std::string(k_give_bookkeeping_to_owner) + ";\ncommit");
      !made) {
    (void)session.execute("rollback");
    return made.error().with_context("creating tenantctl's bookkeeping tables");
  }
  return {};
}

base::Result<bool> bookkeeping_exists(pg::Session& session) {
  auto rows = session.query(
      "select pg_catalog.to_regclass('tenantctl.catalog_state') is not null"
      " and pg_catalog.to_regclass('tenantctl.applied_changes') is not null");
  if (!rows) {
    return rows.error();
  }
  return rows->boolean(0, 0);
}

base::Result<void> record_catalog_state(pg::Session& session, const CatalogState& state) {
  std::vector<std::string> kinds;
  std::vector<std::string> names;
  for (const auto& object : state.unmanaged) {
    kinds.push_back(object.kind);
    names.push_back(object.identity);
  }
  auto recorded = session.query(
      "insert into tenantctl.catalog_state (stamp, fingerprint, ignore_hash, unmanaged_kinds,"
      " unmanaged_names) values ($1, $2, $3, $4::text[], $5::text[])"
      " on conflict (id) do update set recorded_at = now(), stamp = excluded.stamp,"
      " fingerprint = excluded.fingerprint, ignore_hash = excluded.ignore_hash,"
      " unmanaged_kinds = excluded.unmanaged_kinds, unmanaged_names = excluded.unmanaged_names",
      {state.stamp, state.fingerprint, state.ignore_hash, pg::text_array_literal(kinds),
       pg::text_array_literal(names)});
  if (!recorded) {
    return recorded.error().with_context(
        "recording the catalog's stamp in tenantctl.catalog_state");
  }
  return {};
}

std::optional<RecordedState> recorded_catalog_state(pg::Session& session) {
  // One statement whether or not the table exists: a missing table is an
  // empty answer, not an error that would need a rollback.
  auto exists = session.query(
      "select pg_catalog.has_table_privilege(t, 'select')"
      " from pg_catalog.to_regclass('tenantctl.catalog_state') t where t is not null");
  if (!exists || exists->empty() || !exists->boolean(0, 0)) {
    return std::nullopt;
  }
  // The recorded state and the catalog's stamp now, in one statement: a new
  // backend pays for each statement it plans, and this is all that a plan of
  // an unchanged tenant asks of it.
  static const std::string k_read = fmt::format(
      "select stamp, fingerprint, ignore_hash, unmanaged_kinds, unmanaged_names, ({})"
      " from tenantctl.catalog_state",
      introspect::catalog_stamp_query());
  auto rows = session.query(k_read);
  if (!rows || rows->size() != 1) {
    return std::nullopt;
  }
  RecordedState state{.recorded = CatalogState{.stamp = std::string(rows->text(0, 0)),
                                               .fingerprint = std::string(rows->text(0, 1)),
                                               .ignore_hash = std::string(rows->text(0, 2))},
                      .current_stamp = std::string(rows->text(0, 5))};
  const auto kinds = rows->text_array(0, 3);
  const auto names = rows->text_array(0, 4);
  if (kinds.size() != names.size()) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    state.recorded.unmanaged.push_back(model::Unmanaged{kinds[i], names[i]});
  }
  return state;
}

}  // namespace fleet
