#pragma once

// The one list of object kinds. Everything that loops over kinds loops over
// ObjectKinds: catalog equality, ignore patterns (model/ignore.cpp), the TOML
// reader's dispatch and the writer (manifest/), the differ (diff/differ.cpp)
// and the renderer (ddl/render.cpp, through diff::Change). Each of those
// calls a function overloaded per kind (`Kind<T>` here, `read_kind`,
// `write_kind`, `diff_kind`, `render`), so a kind in this list that lacks
// one of them does not compile, and a Catalog map that is not in the list
// does not either (catalog.cpp unpacks the Catalog into exactly as many
// members as the list has kinds, plus `unmanaged`).
//
// Adding a kind: its model value and the rest of it in src/kinds/<kind>/,
// a map in Catalog, a line here, and the overloads the compiler then asks for
// (docs/architecture.md, "Object kinds").

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "model/catalog.hpp"

namespace model {

template <class... Kinds>
struct KindList {
  static constexpr std::size_t size = sizeof...(Kinds);
};

// The order is the TOML writer's and reader's. The differ has an order of its
// own (diff/differ.cpp), checked to hold the same kinds.
using ObjectKinds = KindList<Schema, Extension, Collation, EnumType, CompositeType, RangeType,
                             Domain, Sequence, Table, Statistics, View, MaterializedView, Routine,
                             Trigger, Policy, Grant, Owner, DefaultPrivilege>;

// Per kind: `name` (for messages), `objects(catalog)` (its map). There is no
// general definition: a kind without its specialisation does not compile.
template <class T>
struct Kind;

#define TENANTCTL_KIND(Type, label, member)                                       \
  template <>                                                                     \
  struct Kind<Type> {                                                             \
    static constexpr std::string_view name = label;                               \
    static auto& objects(Catalog& catalog) { return catalog.member; }             \
    static const auto& objects(const Catalog& catalog) { return catalog.member; } \
  }

TENANTCTL_KIND(Schema, "schema", schemas);
TENANTCTL_KIND(Extension, "extension", extensions);
TENANTCTL_KIND(Collation, "collation", collations);
TENANTCTL_KIND(EnumType, "enum", enums);
TENANTCTL_KIND(CompositeType, "composite type", composite_types);
TENANTCTL_KIND(RangeType, "range type", range_types);
TENANTCTL_KIND(Domain, "domain", domains);
TENANTCTL_KIND(Table, "table", tables);
TENANTCTL_KIND(Sequence, "sequence", sequences);
TENANTCTL_KIND(Statistics, "statistics", statistics);
TENANTCTL_KIND(View, "view", views);
TENANTCTL_KIND(MaterializedView, "materialized view", materialized_views);
TENANTCTL_KIND(Routine, "routine", routines);
TENANTCTL_KIND(Trigger, "trigger", triggers);
TENANTCTL_KIND(Policy, "policy", policies);
TENANTCTL_KIND(Grant, "grant", grants);
TENANTCTL_KIND(Owner, "owner", owners);
TENANTCTL_KIND(DefaultPrivilege, "default privileges", default_privileges);

#undef TENANTCTL_KIND

// A kind as a value, for overloading per kind: write_kind(KindTag<View>{}, ...).
template <class T>
struct KindTag {
  using type = T;
};

// True when `Order` (a KindList) holds every kind of ObjectKinds exactly once:
// for a pass that must visit kinds in an order of its own.
template <class T, class... Ts>
inline constexpr int k_count_of = (0 + ... + (std::is_same_v<T, Ts> ? 1 : 0));
template <class Order, class All = ObjectKinds>
inline constexpr bool k_is_kind_order = false;
template <class... Order, class... All>
inline constexpr bool k_is_kind_order<KindList<Order...>, KindList<All...>> =
    sizeof...(Order) == sizeof...(All) && ((k_count_of<All, Order...> == 1) && ...);

// Calls `visit(KindTag<K>{})` for every kind K, in ObjectKinds order.
template <class Visit>
void for_each_kind(Visit&& visit) {
  [&]<class... Kinds>(KindList<Kinds...>) { (visit(KindTag<Kinds>{}), ...); }(ObjectKinds{});
}

}  // namespace model
