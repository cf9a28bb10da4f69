#pragma once

// The view kind: its model value. The rest of the kind lives beside this
// file (toml.cpp, catalog.cpp, diff.cpp, sql.cpp); docs/architecture.md,
// "Object kinds", says how a kind plugs into the list in model/kinds.hpp.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/names.hpp"
#include "model/storage_parameters.hpp"

namespace model {

struct View {
  QualifiedName name;
  std::string definition;  // pg_get_viewdef() text, a SELECT
  std::optional<std::string> comment;
  // WITH (...): security_barrier, security_invoker, check_option (local or
  // cascaded, which WITH ... CHECK OPTION sets) as pg_class.reloptions holds
  // them; changed in place with ALTER VIEW ... SET / RESET.
  StorageParameters options;
  // COMMENT ON COLUMN, by column name.
  std::map<std::string, std::string> column_comments;
  // Relations the view reads (tables and views), from pg_depend; filled in
  // when read from a database (the desired catalog gets them through the
  // normalising scratch database). Not compared.
  std::vector<QualifiedName> depends_on;
  // Functions the view calls, by routine identity (Routine::name), from
  // pg_depend like depends_on. Not compared.
  std::vector<QualifiedName> calls;
  // The columns of each relation in depends_on the view reads (sorted), from
  // pg_depend like depends_on. Not compared.
  std::map<QualifiedName, std::vector<std::string>> read_columns;
  SourceRef source;
  bool operator==(const View& other) const {
    return name == other.name && definition == other.definition && comment == other.comment &&
           options == other.options && column_comments == other.column_comments;
  }
};

}  // namespace model
