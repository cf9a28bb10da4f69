#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"
#include "model/catalog.hpp"

namespace pg {
class Session;
}

namespace introspect {

// How read_catalog() reads.
struct ReadOptions {
  // Up to this many more connections may read in parallel with `session`,
  // each importing the same snapshot (pg_export_snapshot()), so a large
  // catalog is read by several server processes at once. They are opened only
  // when the database holds enough relations for it to pay off, and a helper
  // that cannot connect is simply not used. 0 (the default, and what a fleet
  // run uses: one connection per tenant) reads everything over `session`.
  int extra_connections = 0;
  // The extra connections are used only when pg_class holds at least this
  // many rows (an empty database has about 420): below it, opening a
  // connection costs more than the queries it would take over.
  long long parallel_min_relations = 2000;
  // The connection string for the extra connections (the one `session` was
  // opened with); must outlive the call. Unused when extra_connections is 0.
  std::string_view conninfo;
  // When set, receives how many connections ran at least one query.
  int* connections_used = nullptr;
  // When set, receives the catalog's stamp (catalog_stamp()) taken in the
  // same snapshot as the catalog.
  std::string* stamp = nullptr;
};

// How many extra connections read one large catalog from the server
// `conninfo` names: 2, or when that server runs on this machine (a socket
// directory, localhost, an address of loopback) one fewer than this
// machine's cores, at most 2, since its server processes and tenantctl then
// share those cores and every extra connection warms its own catalog caches
// (on 2 cores, 1 extra reads a 2,000-table catalog faster than 2).
[[nodiscard]] int extra_connections_for(std::string_view conninfo);

// Reads the managed part of a database's catalog: schemas, extensions, enums,
// sequences, tables (columns, primary keys, unique, foreign key and check
// constraints, indexes) and views in every non-system schema, except objects
// that belong to an extension and objects model::is_always_ignored() names.
// Objects of kinds tenantctl does not manage yet (functions, triggers,
// partitioned tables, ...) are listed in Catalog::unmanaged, sorted. All
// queries run in one read-only REPEATABLE READ snapshot, so the catalog is
// one consistent picture, with search_path set to `public` (types and
// defaults in public print unqualified, everything else schema-qualified).
// The catalog comes normalised as model/catalog.hpp describes (sequence
// options through model::normalized(), collations only where they are not
// the type's). The session is left in autocommit mode.
[[nodiscard]] base::Result<model::Catalog> read_catalog(pg::Session& session,
                                                        const ReadOptions& options = {});

// Returns the catalog's stamp (queries::k_catalog_stamp): a hash that any DDL
// changes and nothing else does, so an unchanged stamp means the catalog
// read_catalog() would read is unchanged too. Runs in its own statement.
[[nodiscard]] base::Result<std::string> catalog_stamp(pg::Session& session);

// The query catalog_stamp() runs (one row, one column), for a caller that
// reads the stamp as a subquery of its own statement.
[[nodiscard]] std::string_view catalog_stamp_query();

}  // namespace introspect
