#pragma once

#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "model/catalog.hpp"

namespace diff {

// The differ's output: typed changes, one per object that differs, never SQL.
// Every change holds the object as it is (`before`, absent when it is to be
// created) and as it should be (`after`, absent when it is to be dropped). A
// rename is a change whose before and after names differ. Members of a table
// name the table by its desired name (or its current name when it is dropped).

struct SchemaChange {
  std::optional<model::Schema> before;
  std::optional<model::Schema> after;
};

struct ExtensionChange {
  std::optional<model::Extension> before;
  std::optional<model::Extension> after;
};

// A column that holds an enum being recreated, before and after: it is
// converted to the new type through its text (`USING col::text::type`).
// `current_table` is the table's name now, `table` its desired name.
// A column that holds a type (an enum, a domain) the plan recreates, and is to
// hold the recreated one.
struct TypeColumnUse {
  model::QualifiedName current_table;
  model::QualifiedName table;
  model::Column before;
  model::Column after;
};

// An enum created, dropped, or changed. `recreate` is set when labels are
// removed or reordered, which PostgreSQL cannot do in place: the type is
// renamed away, created again with the desired labels, every column in
// `columns` is converted to it, and the old type is dropped. Label renames
// (value_renames) run on the old type first, so rows keep their meaning.
struct EnumChange {
  std::optional<model::EnumType> before;
  std::optional<model::EnumType> after;
  bool recreate = false;
  std::vector<TypeColumnUse> columns;
};

// A domain created, dropped, or changed in place (ALTER DOMAIN: default, NOT
// NULL, checks, comment). `recreate` is set when its base type or collation
// changes, which PostgreSQL cannot do in place: as for an enum, the old
// domain is renamed away, the new one created, every column in `columns`
// converted to it, and the old one dropped.
struct DomainChange {
  std::optional<model::Domain> before;
  std::optional<model::Domain> after;
  bool recreate = false;
  std::vector<TypeColumnUse> columns;
};

// A composite type created, dropped, changed in place (ALTER TYPE: attributes
// added, dropped, retyped; comment), or, with `recreate`, made again: its
// attributes reordered, which ALTER TYPE cannot do, or an attribute retyped
// while a table column holds the type, which PostgreSQL refuses. Unheld, it
// is dropped and created; held, it is renamed away, created, every column in
// `columns` converted attribute by attribute, and the old one dropped.
// `retype` names the attributes whose type is recreated by this plan: set to
// the new type again (ALTER ATTRIBUTE ... TYPE) though their text is the same.
struct CompositeTypeChange {
  std::optional<model::CompositeType> before;
  std::optional<model::CompositeType> after;
  bool recreate = false;
  std::set<std::string> retype;
  std::vector<TypeColumnUse> columns;
  bool held = false;  // a current table column holds it: a dropped attribute loses data
};

// A range type created, dropped, re-commented, or, with `recreate`, made
// again (any other change): dropped and created when no column holds it.
struct RangeTypeChange {
  std::optional<model::RangeType> before;
  std::optional<model::RangeType> after;
  bool recreate = false;
  // With `recreate`, the columns that hold the range (or an array of it) and
  // its multirange: the old type, its multirange and their constructor
  // functions are renamed away, the new one created, these columns
  // converted through text, and the old one dropped.
  std::vector<TypeColumnUse> columns;
};

// Extended statistics created, dropped, changed in place (target, comment),
// or, with `recreate`, dropped and created again.
struct StatisticsChange {
  std::optional<model::Statistics> before;
  std::optional<model::Statistics> after;
  bool recreate = false;
};

// A collation created, dropped, re-commented, or, with `recreate`, dropped
// and created again (any other change).
struct CollationChange {
  std::optional<model::Collation> before;
  std::optional<model::Collation> after;
  bool recreate = false;
};

struct SequenceChange {
  std::optional<model::Sequence> before;
  std::optional<model::Sequence> after;
};

// A table created, dropped, renamed or re-commented. Its members change
// through the member changes below.
// `recreate` is set on the drop of a table that is created again.
struct TableChange {
  std::optional<model::Table> before;
  std::optional<model::Table> after;
  bool recreate = false;
};

// Where a member change happens: the table's name for SQL (its desired name,
// or its current name when it is dropped) and whether the table is created in
// the same plan (then its contents need no online care).
struct MemberOf {
  model::QualifiedName table;
  bool table_is_new = false;
};

// `recreate` is set on a generated column that is dropped and added again
// although its own definition may not change: a column its expression reads
// changes type, which PostgreSQL refuses while the generated column exists.
// `reset_default` is set when the default is unchanged but calls a routine
// this plan drops and creates again: it is dropped before and set after.
struct ColumnChange {
  MemberOf of;
  std::optional<model::Column> before;
  std::optional<model::Column> after;
  bool recreate = false;
  bool reset_default = false;
};

struct PrimaryKeyChange {
  MemberOf of;
  std::optional<model::PrimaryKey> before;
  std::optional<model::PrimaryKey> after;
};

struct UniqueChange {
  MemberOf of;
  std::optional<model::UniqueConstraint> before;
  std::optional<model::UniqueConstraint> after;
};

// `rebuild` is set when the key itself is unchanged but the unique index it
// uses on the referenced table is dropped or replaced: PostgreSQL refuses to
// drop that index under it, so the key is dropped first and added again.
struct ForeignKeyChange {
  MemberOf of;
  std::optional<model::ForeignKey> before;
  std::optional<model::ForeignKey> after;
  bool rebuild = false;
};

// `rebuild` is set when the check is unchanged but calls a routine this plan
// drops and creates again: it is dropped before and added after.
struct CheckChange {
  MemberOf of;
  std::optional<model::CheckConstraint> before;
  std::optional<model::CheckConstraint> after;
  bool rebuild = false;
};

// `rebuild`: as for CheckChange, for an exclusion constraint whose
// expressions call it.
struct ExclusionChange {
  MemberOf of;
  std::optional<model::ExclusionConstraint> before;
  std::optional<model::ExclusionConstraint> after;
  bool rebuild = false;
};

// `rebuild`: as for CheckChange, for an index whose expressions call it.
struct IndexChange {
  MemberOf of;
  std::optional<model::Index> before;
  std::optional<model::Index> after;
  bool rebuild = false;
};

// A view created, dropped, or dropped and created again. `rebuild` is set when
// the view itself is unchanged but something it reads changes in a way
// PostgreSQL refuses under a view.
struct ViewChange {
  std::optional<model::View> before;
  std::optional<model::View> after;
  bool rebuild = false;
};

// A materialized view created, dropped, changed in place (storage
// parameters, comment), or, with `recreate`, dropped and created again (its
// query changes, or something it reads changes under it). Its indexes come as
// IndexChanges of their own, except on a recreate, where the drop takes the
// current ones and the desired ones come as new.
struct MaterializedViewChange {
  std::optional<model::MaterializedView> before;
  std::optional<model::MaterializedView> after;
  bool recreate = false;
};

// A function, procedure or aggregate created, dropped, renamed, re-commented
// or changed. A changed one is replaced in place (CREATE OR REPLACE) when
// PostgreSQL allows it (same arguments, names, defaults and result), and
// otherwise dropped and created (`recreate`), with what depends on it
// rebuilt around it. `rebuild` is set when it is unchanged itself but is
// dropped and created because a routine its SQL-standard body calls is.
struct RoutineChange {
  std::optional<model::Routine> before;
  std::optional<model::Routine> after;
  bool recreate = false;
  bool rebuild = false;
};

// A trigger created, dropped, renamed, changed (dropped and created), or
// enabled or disabled. `rebuild` is set when it is unchanged itself but is
// dropped and created because its function or its view is.
struct TriggerChange {
  std::optional<model::Trigger> before;
  std::optional<model::Trigger> after;
  bool recreate = false;  // dropped and created (a changed definition, or `rebuild`)
  bool rebuild = false;
};

// A policy created, dropped, renamed, re-commented, altered in place (ALTER
// POLICY: the `alter_*` parts), or dropped and created (`recreate`: what
// ALTER POLICY cannot change; `rebuild`: unchanged itself, around something
// it reads or calls that changes). `on_new_table`: created with its table.
struct PolicyChange {
  std::optional<model::Policy> before;
  std::optional<model::Policy> after;
  bool recreate = false;
  bool rebuild = false;
  bool on_new_table = false;
  bool alter_roles = false;
  bool alter_using = false;
  bool alter_check = false;
};

// The privileges of roles other than the owner on one object, as they are
// (`before`, under the object's current name; PostgreSQL's defaults for an
// object this plan creates or creates again) and as they should be
// (`after`); both are always set. `on_new_object`: the object is created (or
// created again) by this plan.
// On a new object, `before` is what the current database's default
// privileges for the catalog's creator give it.
struct GrantChange {
  std::optional<model::Grant> before;
  std::optional<model::Grant> after;
  bool on_new_object = false;
};

// A new owner for an object: `before` unset for an object this plan creates
// (or creates again), which its creator owns.
struct OwnerChange {
  std::optional<model::Owner> before;
  std::optional<model::Owner> after;
};

// Default privileges as they are and should be (both always set; what
// PostgreSQL does without an entry where there is none).
struct DefaultPrivilegeChange {
  std::optional<model::DefaultPrivilege> before;
  std::optional<model::DefaultPrivilege> after;
};

using Change =
    std::variant<SchemaChange, ExtensionChange, CollationChange, EnumChange, CompositeTypeChange,
                 RangeTypeChange, DomainChange, SequenceChange, TableChange, ColumnChange,
                 PrimaryKeyChange, UniqueChange, ForeignKeyChange, CheckChange, ExclusionChange,
                 IndexChange, StatisticsChange, ViewChange, MaterializedViewChange, RoutineChange,
                 TriggerChange, PolicyChange, GrantChange, OwnerChange, DefaultPrivilegeChange>;

// Returns the routine's definition without its "CREATE OR REPLACE <KIND>
// <schema>.<name>" head: what stays the same when only its name changes.
[[nodiscard]] std::string routine_body(const model::Routine& routine);

// Returns a short description of the change for people and for
// Statement::source: "add column public.users.email", "drop table public.t".
[[nodiscard]] std::string describe(const Change& change);

}  // namespace diff
