#pragma once

// The owner kind (ALTER ... OWNER TO): its model value. An owner is an
// attribute of a schema, table, view, sequence, routine or type, written as
// `owner = "role"` in that object's TOML table (toml.cpp, with helpers the
// other kinds' readers and writers call). The rest of the kind lives beside
// this file: catalog.cpp (its catalog query), diff.cpp (comparison),
// sql.cpp (statements).

#include <string>

#include "kinds/grant/grant.hpp"
#include "model/names.hpp"

namespace model {

// Who owns one object. `name` says which: `on` is schema, table (tables and
// views), sequence (one no column owns), routine or type. A current catalog
// holds an Owner for every such object; a desired one only for those whose
// owner the schema declares (the others' owners are not managed).
struct Owner {
  GrantTarget name;
  std::string role;
  SourceRef source;
  bool operator==(const Owner& other) const { return name == other.name && role == other.role; }
};

}  // namespace model

namespace model {

struct Catalog;

// Leaves in `current` (a catalog read from a database) only what of its
// owners and creator a plan towards `desired` depends on: the owners of
// objects whose owner `desired` declares (a renamed table's under its old
// name too), and the creator only where it owns what the plan creates or
// has default privileges. Tenants whose objects belong to their own login
// role then share a fingerprint while owners are not managed.
void keep_managed_owners(Catalog& current, const Catalog& desired);

}  // namespace model
