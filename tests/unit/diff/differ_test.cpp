#include "diff/differ.hpp"

#include <gtest/gtest.h>

namespace {

model::Catalog base_catalog() {
  model::Catalog catalog;
  catalog.schemas["public"] = model::Schema{"public", std::nullopt, false, {}};
  model::Table t;
  t.name = {"public", "t"};
  t.columns = {model::Column{.name = "id", .type = "integer", .not_null = true},
               model::Column{.name = "note", .type = "text"}};
  catalog.tables[t.name] = t;
  return catalog;
}

std::vector<std::string> described(const model::Catalog& current, const model::Catalog& desired) {
  auto changes = diff::diff_catalogs(current, desired);
  EXPECT_TRUE(changes) << changes.error().message();
  std::vector<std::string> out;
  for (const auto& change : *changes) {
    out.push_back(diff::describe(change));
  }
  return out;
}

TEST(DifferTest, IdenticalCatalogsHaveNoChanges) {
  EXPECT_TRUE(described(base_catalog(), base_catalog()).empty());
}

TEST(DifferTest, AddsMissingColumnAndDropsExtraOne) {
  auto current = base_catalog();
  auto desired = base_catalog();
  desired.tables[{"public", "t"}].columns[1].name = "body";
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"add column public.t.body", "drop column public.t.note"}));
}

TEST(DifferTest, NeverDropsPublicAndLeavesImplicitSchemaCommentsAlone) {
  auto current = base_catalog();
  current.schemas["public"].comment = "standard public schema";
  current.schemas["app"] = model::Schema{"app", "ours", false, {}};
  auto desired = base_catalog();
  desired.schemas.erase("public");
  desired.schemas["app"] = model::Schema{"app", std::nullopt, true, {}};
  EXPECT_TRUE(described(current, desired).empty());
  desired.schemas["app"].implicit = false;
  EXPECT_EQ(described(current, desired), std::vector<std::string>{"alter schema app"});
}

TEST(DifferTest, NotValidDiffersFromValidated) {
  auto current = base_catalog();
  model::CheckConstraint check{.name = "t_note_check", .expression = "(note <> ''::text)"};
  current.tables[{"public", "t"}].checks[check.name] = check;
  auto desired = current;
  desired.tables[{"public", "t"}].checks[check.name].not_valid = true;
  EXPECT_EQ(described(current, desired),
            std::vector<std::string>{"alter check constraint public.t.t_note_check"});
  EXPECT_EQ(described(desired, current),
            std::vector<std::string>{"alter check constraint public.t.t_note_check"});
}

TEST(DifferTest, RecreatesEnumWhenLabelsAreRemovedOrMoved) {
  auto current = base_catalog();
  model::EnumType status{.name = {"public", "status"}, .values = {"a", "b", "c"}};
  current.enums[status.name] = status;
  current.tables[{"public", "t"}].columns.push_back(
      model::Column{.name = "state", .type = "status", .default_expr = "'a'::status"});
  current.tables[{"public", "t"}].columns.push_back(
      model::Column{.name = "history", .type = "status[]"});
  for (const auto& values : {std::vector<std::string>{"a", "c"}, {"c", "b", "a"}}) {
    auto desired = current;
    desired.enums[status.name].values = values;
    const auto changes = diff::diff_catalogs(current, desired);
    ASSERT_TRUE(changes) << changes.error().message();
    ASSERT_EQ(changes->size(), 1u);
    const auto& change = std::get<diff::EnumChange>(changes->front());
    EXPECT_TRUE(change.recreate);
    EXPECT_EQ(diff::describe(changes->front()), "recreate enum public.status");
    ASSERT_EQ(change.columns.size(), 2u);
    EXPECT_EQ(change.columns[0].after.name, "state");
    EXPECT_EQ(change.columns[1].after.name, "history");
  }
  // Adding labels anywhere needs no recreation.
  auto desired = current;
  desired.enums[status.name].values = {"z", "a", "b", "y", "c"};
  const auto changes = diff::diff_catalogs(current, desired);
  ASSERT_TRUE(changes);
  ASSERT_EQ(changes->size(), 1u);
  EXPECT_FALSE(std::get<diff::EnumChange>(changes->front()).recreate);
}

TEST(DifferTest, InvalidIndexIsRebuilt) {
  auto current = base_catalog();
  model::Index index{.name = "t_note_idx", .keys = {"note"}};
  auto desired = current;
  desired.tables[{"public", "t"}].indexes[index.name] = index;
  index.invalid = true;
  current.tables[{"public", "t"}].indexes[index.name] = index;
  EXPECT_EQ(described(current, desired),
            std::vector<std::string>{"alter index public.t.t_note_idx"});
}

TEST(DifferTest, GeneratedColumnReadingARetypedColumnIsRecreated) {
  auto current = base_catalog();
  auto& t = current.tables[{"public", "t"}];
  t.columns.push_back(model::Column{.name = "a", .type = "integer"});
  t.columns.push_back(model::Column{.name = "doubled", .type = "integer", .generated = "(a * 2)"});
  t.columns.push_back(
      model::Column{.name = "label", .type = "text", .generated = "('a'::text || note)"});
  auto desired = current;
  desired.tables[{"public", "t"}].columns[2].type = "bigint";
  const auto changes = diff::diff_catalogs(current, desired);
  ASSERT_TRUE(changes);
  ASSERT_EQ(changes->size(), 2u) << ::testing::PrintToString(described(current, desired));
  const auto& reader = std::get<diff::ColumnChange>(changes->back());
  EXPECT_EQ(reader.after->name, "doubled");
  EXPECT_TRUE(reader.recreate);
}

TEST(DifferTest, ForeignKeyIsRebuiltWhenItsReferencedKeyIsReplaced) {
  auto current = base_catalog();
  auto& p = current.tables[{"public", "t"}];
  p.primary_key = model::PrimaryKey{.name = "t_pkey", .columns = {"id"}};
  model::Table c;
  c.name = {"public", "c"};
  c.columns = {model::Column{.name = "t_id", .type = "integer"}};
  c.foreign_keys["c_t_id_fkey"] = model::ForeignKey{.name = "c_t_id_fkey",
                                                    .columns = {"t_id"},
                                                    .references = {"public", "t"},
                                                    .referenced_columns = {"id"}};
  current.tables[c.name] = c;
  auto desired = current;
  desired.tables[{"public", "t"}].primary_key->columns = {"note"};
  desired.tables[{"public", "t"}].uniques["t_id_key"] =
      model::UniqueConstraint{.name = "t_id_key", .columns = {"id"}};
  const auto changes = diff::diff_catalogs(current, desired);
  ASSERT_TRUE(changes);
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"alter primary key public.t.t_pkey",
                                      "add unique constraint public.t.t_id_key",
                                      "rebuild foreign key public.c.c_t_id_fkey"}));
  // A renamed key keeps its index: the foreign key stays.
  desired = current;
  desired.tables[{"public", "t"}].primary_key->name = "t_key";
  EXPECT_EQ(described(current, desired),
            std::vector<std::string>{"rename primary key public.t.t_pkey → public.t.t_key"});
}

TEST(DifferTest, SequenceOwnerRenamedInThePlanIsTheSameOwner) {
  auto current = base_catalog();
  auto& sequence = current.sequences[{"public", "t_id_seq"}];
  sequence.name = {"public", "t_id_seq"};
  sequence.options.data_type = "integer";
  sequence.owned_by = model::OwnedBy{.table = {"public", "t"}, .column = "id"};
  auto desired = current;
  auto& column = desired.tables[{"public", "t"}].columns[0];
  column.name = "ident";
  column.renamed_from = "id";
  desired.sequences[{"public", "t_id_seq"}].owned_by->column = "ident";
  EXPECT_EQ(described(current, desired),
            std::vector<std::string>{"rename column public.t.id → public.t.ident"});
  // Owned by another column, it changes owner.
  desired.sequences[{"public", "t_id_seq"}].owned_by->column = "note";
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"rename column public.t.id → public.t.ident",
                                      "alter sequence public.t_id_seq"}));
}

TEST(DifferTest, SwappedEnumLabelsAreRenamedOnce) {
  auto current = base_catalog();
  model::EnumType side{.name = {"public", "side"}, .values = {"left", "right"}};
  current.enums[side.name] = side;
  auto desired = current;
  desired.enums[side.name].values = {"right", "left"};
  desired.enums[side.name].value_renames = {{"right", "left"}, {"left", "right"}};
  const auto changes = diff::diff_catalogs(current, desired);
  ASSERT_TRUE(changes);
  ASSERT_EQ(changes->size(), 1u);
  const auto& change = std::get<diff::EnumChange>(changes->front());
  EXPECT_FALSE(change.recreate);
  EXPECT_EQ(change.after->value_renames.size(), 2u);
  // Once swapped, the labels are where they should be: nothing is renamed again.
  auto swapped = current;
  swapped.enums[side.name].values = {"right", "left"};
  EXPECT_TRUE(described(swapped, desired).empty());
}

}  // namespace

namespace {

model::Table table_of(const std::string& name, const std::vector<std::string>& columns) {
  model::Table t;
  t.name = {"public", name};
  for (const auto& column : columns) {
    t.columns.push_back(model::Column{.name = column, .type = "text"});
  }
  return t;
}

}  // namespace

TEST(ColumnOrderTest, OnlyAnOrderThePlanCannotGiveIsANote) {
  model::Catalog current;
  current.tables[{"public", "t"}] = table_of("t", {"id", "a", "b"});
  model::Catalog desired = current;
  EXPECT_TRUE(diff::column_order_notes(current, desired).empty());
  // Swapped: a note naming both orders.
  desired.tables[{"public", "t"}] = table_of("t", {"id", "b", "a"});
  const auto swapped = diff::column_order_notes(current, desired);
  ASSERT_EQ(swapped.size(), 1u);
  EXPECT_EQ(
      swapped[0],
      "column order of table public.t: the schema lists (id, b, a), the table has (id, a, b); "
      "PostgreSQL cannot reorder columns, so it stays as it is");
  // A new column last is what the plan gives: no note; in the middle: a note.
  desired.tables[{"public", "t"}] = table_of("t", {"id", "a", "b", "c"});
  EXPECT_TRUE(diff::column_order_notes(current, desired).empty());
  desired.tables[{"public", "t"}] = table_of("t", {"id", "c", "a", "b"});
  EXPECT_EQ(diff::column_order_notes(current, desired).size(), 1u);
  // A dropped column leaves the others' order alone.
  desired.tables[{"public", "t"}] = table_of("t", {"id", "b"});
  EXPECT_TRUE(diff::column_order_notes(current, desired).empty());
}

TEST(ColumnOrderTest, RenamedTablesAndColumnsAreFollowed) {
  model::Catalog current;
  current.tables[{"public", "old"}] = table_of("old", {"id", "mail", "name"});
  model::Catalog desired;
  auto renamed = table_of("people", {"id", "email", "name"});
  renamed.renamed_from = "old";
  renamed.columns[1].renamed_from = "mail";
  desired.tables[renamed.name] = renamed;
  EXPECT_TRUE(diff::column_order_notes(current, desired).empty());
  std::swap(renamed.columns[1], renamed.columns[2]);
  desired.tables[renamed.name] = renamed;
  const auto notes = diff::column_order_notes(current, desired);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("the schema lists (id, name, email), the table has (id, email, name)"),
            std::string::npos)
      << notes[0];
  // A new table has the schema's order.
  desired.tables[{"public", "fresh"}] = table_of("fresh", {"z", "a"});
  EXPECT_EQ(diff::column_order_notes(current, desired).size(), 1u);
}
