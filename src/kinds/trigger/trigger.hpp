#pragma once

// The trigger kind: its model value. The rest of the kind lives beside this
// file: toml.cpp ([trigger.<schema>.<table>.<name>]), catalog.cpp (its
// catalog query and rows), diff.cpp (comparison into changes), sql.cpp
// (statements, hazards and dependency keys).

#include <optional>
#include <string>
#include <vector>

#include "model/names.hpp"

namespace model {

// ALTER TABLE ... ENABLE/DISABLE TRIGGER: when the trigger fires
// (pg_trigger.tgenabled). `origin` is what CREATE TRIGGER makes.
enum class TriggerFiring { origin, disabled, replica, always };

// A trigger on a table or view (event triggers are cluster-wide and need a
// superuser: they are reported, not managed). Its identity is its table and
// name.
struct Trigger {
  MemberName name;
  // CREATE [CONSTRAINT] TRIGGER as pg_get_triggerdef() prints it: timing,
  // events (UPDATE OF columns), REFERENCING, FOR EACH, WHEN, deferrability,
  // the function and its arguments.
  std::string definition;
  TriggerFiring firing = TriggerFiring::origin;
  std::optional<std::string> comment;
  std::optional<std::string> renamed_from;  // desired only: the old name on the same table
  // The function it executes, as a routine identity (Routine::name). Set
  // when read from a database; part of `definition`, so not compared.
  QualifiedName function;
  // Columns named in UPDATE OF, in order (part of `definition`; not compared).
  std::vector<std::string> columns;
  // The copy of its partitioned table's trigger of the same name that a
  // partition holds, listed only where it fires otherwise than that trigger
  // (ALTER TABLE partition DISABLE TRIGGER ...): only `firing` is managed,
  // and `definition` is empty.
  bool clone = false;
  SourceRef source;
  bool operator==(const Trigger& other) const {
    return name == other.name && definition == other.definition && firing == other.firing &&
           comment == other.comment && clone == other.clone;
  }
};

}  // namespace model
