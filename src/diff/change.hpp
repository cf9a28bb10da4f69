#pragma once

#include <optional>
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

struct EnumChange {
  std::optional<model::EnumType> before;
  std::optional<model::EnumType> after;
};

struct SequenceChange {
  std::optional<model::Sequence> before;
  std::optional<model::Sequence> after;
};

// A table created, dropped, renamed or re-commented. Its members change
// through the member changes below.
struct TableChange {
  std::optional<model::Table> before;
  std::optional<model::Table> after;
};

// Where a member change happens: the table's name for SQL (its desired name,
// or its current name when it is dropped) and whether the table is created in
// the same plan (then its contents need no online care).
struct MemberOf {
  model::QualifiedName table;
  bool table_is_new = false;
};

struct ColumnChange {
  MemberOf of;
  std::optional<model::Column> before;
  std::optional<model::Column> after;
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

struct ForeignKeyChange {
  MemberOf of;
  std::optional<model::ForeignKey> before;
  std::optional<model::ForeignKey> after;
};

struct CheckChange {
  MemberOf of;
  std::optional<model::CheckConstraint> before;
  std::optional<model::CheckConstraint> after;
};

struct IndexChange {
  MemberOf of;
  std::optional<model::Index> before;
  std::optional<model::Index> after;
};

// A view created, dropped, or dropped and created again. `rebuild` is set when
// the view itself is unchanged but something it reads changes in a way
// PostgreSQL refuses under a view.
struct ViewChange {
  std::optional<model::View> before;
  std::optional<model::View> after;
  bool rebuild = false;
};

using Change = std::variant<SchemaChange, ExtensionChange, EnumChange, SequenceChange, TableChange,
                            ColumnChange, PrimaryKeyChange, UniqueChange, ForeignKeyChange,
                            CheckChange, IndexChange, ViewChange>;

// Returns a short description of the change for people and for
// Statement::source: "add column public.users.email", "drop table public.t".
[[nodiscard]] std::string describe(const Change& change);

}  // namespace diff
