#pragma once

#include "base/result.hpp"
#include "model/catalog.hpp"

namespace pg {
class Session;
}

namespace introspect {

// Reads the managed part of a database's catalog: every table in every
// non-system schema, except objects belonging to extensions and objects that
// model::is_always_ignored() names. All queries run in one read-only
// REPEATABLE READ transaction, so the catalog is one consistent snapshot, with
// search_path set to `public` (types and defaults in public print unqualified,
// everything else schema-qualified). The session is left in autocommit mode.
[[nodiscard]] base::Result<model::Catalog> read_catalog(pg::Session& session);

}  // namespace introspect
