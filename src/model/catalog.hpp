#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kinds/collation/collation.hpp"
#include "kinds/composite_type/composite_type.hpp"
#include "kinds/default_privilege/default_privilege.hpp"
#include "kinds/domain/domain.hpp"
#include "kinds/enum/enum.hpp"
#include "kinds/extension/extension.hpp"
#include "kinds/grant/grant.hpp"
#include "kinds/materialized_view/materialized_view.hpp"
#include "kinds/owner/owner.hpp"
#include "kinds/policy/policy.hpp"
#include "kinds/range_type/range_type.hpp"
#include "kinds/routine/routine.hpp"
#include "kinds/schema/schema.hpp"
#include "kinds/sequence/sequence.hpp"
#include "kinds/statistics/statistics.hpp"
#include "kinds/table/table.hpp"
#include "kinds/trigger/trigger.hpp"
#include "kinds/view/view.hpp"
#include "model/names.hpp"

namespace model {

// An object of a kind tenantctl does not manage yet, seen in a database; it is
// reported and never touched.
struct Unmanaged {
  std::string kind;      // "function", "trigger", "policy", ...
  std::string identity;  // "public.f(integer)", "trg on public.t"
  bool operator==(const Unmanaged&) const = default;
  auto operator<=>(const Unmanaged&) const = default;
};

// A database schema as plain values. Maps are keyed by name, so iteration is
// deterministic (sorted bytewise). Every map is one object kind of
// model/kinds.hpp's list, which drives equality, ignore patterns, the TOML
// reader and writer, the differ and the renderer: a map added here without
// its line in that list fails to compile (catalog.cpp counts the members).
struct Catalog {
  std::map<std::string, Schema> schemas;
  std::map<std::string, Extension> extensions;
  std::map<QualifiedName, Collation> collations;
  std::map<QualifiedName, EnumType> enums;
  std::map<QualifiedName, CompositeType> composite_types;
  std::map<QualifiedName, RangeType> range_types;
  std::map<QualifiedName, Domain> domains;
  std::map<QualifiedName, Table> tables;
  std::map<QualifiedName, Sequence> sequences;
  std::map<QualifiedName, Statistics> statistics;
  std::map<QualifiedName, View> views;
  std::map<QualifiedName, MaterializedView> materialized_views;
  std::map<QualifiedName, Routine> routines;  // keyed by Routine::name (with the signature)
  std::map<MemberName, Trigger> triggers;     // keyed by table and trigger name
  std::map<MemberName, Policy> policies;      // keyed by table and policy name
  std::map<GrantTarget, Grant> grants;        // only objects whose privileges are not the default
  std::map<GrantTarget, Owner> owners;        // current: every object; desired: those declared
  std::map<DefaultPrivilegeKey, DefaultPrivilege> default_privileges;  // only non-defaults
  std::vector<Unmanaged> unmanaged;                                    // sorted; not compared
  // The role that objects a plan creates belong to: the reading session's
  // current_user (default privileges FOR that role apply to them). Empty
  // for a desired catalog; not compared.
  std::string creator;
  bool operator==(const Catalog& other) const;
};

// The schema that holds tenantctl's own tables in a tenant database.
inline constexpr const char* k_own_schema = "tenantctl";

// Returns true for objects tenantctl never manages, whatever the user's
// settings: knex's bookkeeping tables and everything in tenantctl's own schema.
[[nodiscard]] bool is_always_ignored(const QualifiedName& table_name);

// Returns "schema.name" with each part quoted only where it has to be for a
// reader to tell the parts apart (for messages, not SQL).
[[nodiscard]] std::string display_name(const QualifiedName& name);

// Returns one name as display_name() shows each part.
[[nodiscard]] std::string display_part(const std::string& name);

}  // namespace model
