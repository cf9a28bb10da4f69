#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "model/catalog.hpp"

namespace pg {
class Session;
}

namespace fleet {

// What apply leaves in a tenant database (table tenantctl.catalog_state, one
// row) so that a later plan can tell by the catalog's stamp alone
// (introspect::catalog_stamp()) that the catalog is still the one apply read
// last, and skip reading it again when a tenant with the same fingerprint has
// already been planned in the run (docs/architecture.md, "Catalog stamps").
struct CatalogState {
  std::string stamp;        // introspect::catalog_stamp() in the snapshot that was read
  std::string fingerprint;  // the fingerprint of that catalog, ignore patterns applied
  std::string ignore_hash;  // ignore_hash() of those patterns
  std::vector<model::Unmanaged> unmanaged;  // what that read listed as unmanaged
};

inline constexpr std::string_view k_create_catalog_state =
    "create schema if not exists tenantctl;\n"
    "create table if not exists tenantctl.catalog_state (\n"
    "  id integer primary key default 1 check (id = 1),\n"
    "  recorded_at timestamptz not null default now(),\n"
    "  stamp text not null,\n"
    "  fingerprint text not null,\n"
    "  ignore_hash text not null,\n"
    "  unmanaged_kinds text[] not null,\n"
    "  unmanaged_names text[] not null\n"
    ")";

// Returns a hash of the ignore patterns a fingerprint was taken under.
[[nodiscard]] std::string ignore_hash(const std::vector<std::string>& patterns);

// Creates tenantctl's bookkeeping tables (the audit table and catalog_state)
// when missing. Call it before the read whose stamp is recorded: creating
// them changes the catalog, and so the stamp.
[[nodiscard]] base::Result<void> ensure_bookkeeping(pg::Session& session);

// Returns whether tenantctl's bookkeeping tables (ensure_bookkeeping()) are
// all there.
[[nodiscard]] base::Result<bool> bookkeeping_exists(pg::Session& session);

// Replaces the recorded state (autocommit; the table must exist).
[[nodiscard]] base::Result<void> record_catalog_state(pg::Session& session,
                                                      const CatalogState& state);

// The recorded state with the catalog's stamp as it is now.
struct RecordedState {
  CatalogState recorded;
  std::string current_stamp;  // introspect::catalog_stamp(), read with `recorded`
};

// Returns the recorded state and the current stamp, or nullopt when there is
// no state or it cannot be read (no table, no privilege): the caller then
// reads the catalog.
[[nodiscard]] std::optional<RecordedState> recorded_catalog_state(pg::Session& session);

}  // namespace fleet
