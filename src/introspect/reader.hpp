#pragma once

#include "base/result.hpp"
#include "model/catalog.hpp"

namespace pg {
class Session;
}

namespace introspect {

// Reads the managed part of a database's catalog: schemas, extensions, enums,
// sequences, tables (columns, primary keys, unique, foreign key and check
// constraints, indexes) and views in every non-system schema, except objects
// that belong to an extension and objects model::is_always_ignored() names.
// Objects of kinds tenantctl does not manage yet (functions, triggers,
// partitioned tables, ...) are listed in Catalog::unmanaged, sorted. All
// queries run in one read-only REPEATABLE READ transaction, so the catalog is
// one consistent snapshot, with search_path set to `public` (types and
// defaults in public print unqualified, everything else schema-qualified).
// The catalog comes normalised as model/catalog.hpp describes (sequence
// options through model::normalized(), collations only where they are not
// the type's). The session is left in autocommit mode.
[[nodiscard]] base::Result<model::Catalog> read_catalog(pg::Session& session);

}  // namespace introspect
