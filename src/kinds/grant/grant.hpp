#pragma once

// The grant kind (privileges: GRANT and REVOKE): its model value. The rest
// of the kind lives beside this file: toml.cpp ([grant.<on>...]),
// catalog.cpp (its catalog query and rows), diff.cpp (comparison into
// changes), sql.cpp (statements, hazards and dependency keys).

#include <compare>
#include <map>
#include <string>
#include <vector>

#include "model/names.hpp"

namespace model {

// What a privilege is on.
enum class GrantOn { database, schema, table, sequence, column, routine, type };

// The object of a set of privileges: `name` is the object's qualified name
// (a schema's is {"", schema}; the database's {"", ""}; a routine's is its
// identity, Routine::name); `column` names a column of table `name`.
struct GrantTarget {
  GrantOn on = GrantOn::table;
  QualifiedName name;
  std::string column;
  bool operator==(const GrantTarget&) const = default;
  auto operator<=>(const GrantTarget&) const = default;
};

// The privileges roles other than the object's owner hold on one object, as
// its ACL says: grantee ("public" for PUBLIC) -> privileges, each a lowercase
// keyword ("select", "execute", ...) or that followed by " with grant
// option", sorted. A catalog holds a Grant only for an object whose ACL
// differs from what PostgreSQL gives a new object of its kind
// (default_grants()); an object without one has exactly that. The owner's
// own privileges are not compared, nor who granted what.
struct Grant {
  GrantTarget name;
  std::map<std::string, std::vector<std::string>> privileges;
  SourceRef source;
  bool operator==(const Grant& other) const {
    return name == other.name && privileges == other.privileges;
  }
};

// Privileges by grantee, as Grant::privileges holds them.
using Privileges = std::map<std::string, std::vector<std::string>>;

// What it takes to bring one grantee from what it holds to what it should:
// privileges to GRANT, to GRANT ... WITH GRANT OPTION, to REVOKE GRANT
// OPTION FOR, and to REVOKE; each sorted.
struct GranteeDelta {
  std::string grantee;
  std::vector<std::string> grant;
  std::vector<std::string> grant_option;
  std::vector<std::string> revoke_option;
  std::vector<std::string> revoke;
  [[nodiscard]] bool empty() const {
    return grant.empty() && grant_option.empty() && revoke_option.empty() && revoke.empty();
  }
};

// The deltas, by grantee, that take `held` to `wanted` (grantees with none
// left out).
[[nodiscard]] std::vector<GranteeDelta> privilege_delta(const Privileges& held,
                                                        const Privileges& wanted);

// What roles other than the owner hold on a new object of kind `on`
// PostgreSQL 15 made: EXECUTE for PUBLIC on routines, USAGE on types,
// CONNECT and TEMPORARY on a database, USAGE on the schema `public`;
// nothing on the rest.
[[nodiscard]] std::map<std::string, std::vector<std::string>> default_grants(
    const GrantTarget& target);

struct Catalog;

// True when `catalog` holds the object `target` names (the database always;
// a view's column whenever the view is there: its columns are not modelled).
[[nodiscard]] bool has_object(const Catalog& catalog, const GrantTarget& target);

// "table", "column", ... as the TOML spells `on`.
[[nodiscard]] const char* grant_on_name(GrantOn on);

// How messages show a target: "table public.t", "column public.t.c", "the
// database".
[[nodiscard]] std::string display_target(const GrantTarget& target);

}  // namespace model
