#pragma once

// The materialized view kind: its model value. The rest of the kind lives
// beside this file (toml.cpp, catalog.cpp, diff.cpp, sql.cpp);
// docs/architecture.md, "Object kinds", says how a kind plugs into the list
// in model/kinds.hpp.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kinds/table/table.hpp"
#include "model/names.hpp"
#include "model/storage_parameters.hpp"

namespace model {

struct MaterializedView {
  QualifiedName name;
  std::string definition;  // pg_get_viewdef() text, a SELECT
  // WITH NO DATA when false: created unscanned, to be filled by REFRESH.
  // Read from relispopulated, which a REFRESH changes at run time: only
  // used when the view is created, never compared.
  bool with_data = true;
  // WITH (...): the heap's storage parameters (fillfactor, autovacuum_*,
  // toast.*), changed in place with ALTER MATERIALIZED VIEW ... SET / RESET.
  StorageParameters storage;
  std::optional<std::string> comment;
  std::map<std::string, std::string> column_comments;  // COMMENT ON COLUMN, by column name
  // Indexes by name, as on tables (a unique one lets REFRESH ... CONCURRENTLY
  // run).
  std::map<std::string, Index> indexes;
  // Relations the view reads and functions it calls, from pg_depend as for
  // views (View::depends_on, View::calls). Not compared.
  std::vector<QualifiedName> depends_on;
  std::vector<QualifiedName> calls;
  std::map<QualifiedName, std::vector<std::string>> read_columns;  // as View's
  SourceRef source;
  bool operator==(const MaterializedView& other) const {
    return name == other.name && definition == other.definition && storage == other.storage &&
           comment == other.comment && column_comments == other.column_comments &&
           indexes == other.indexes;
  }
};

}  // namespace model
