// Members on renamed columns and tables: PostgreSQL keeps them through the
// rename, so the differ must too (kinds/table/members_diff.hpp, diff/plan_renames.hpp).

#include <gtest/gtest.h>

#include "diff/differ.hpp"
#include "kinds/table/members_diff.hpp"

namespace {

const model::QualifiedName k_t{"public", "t"};
const model::QualifiedName k_c{"public", "c"};

// public.t (id, mail, note) and public.c (id, t_id) with a primary key on t.
model::Catalog base_catalog() {
  model::Catalog catalog;
  catalog.schemas["public"] = model::Schema{"public", std::nullopt, false, {}};
  model::Table t;
  t.name = k_t;
  t.columns = {model::Column{.name = "id", .type = "integer", .not_null = true},
               model::Column{.name = "mail", .type = "text"},
               model::Column{.name = "note", .type = "text"}};
  t.primary_key = model::PrimaryKey{.name = "t_pkey", .columns = {"id"}};
  catalog.tables[t.name] = t;
  model::Table c;
  c.name = k_c;
  c.columns = {model::Column{.name = "id", .type = "integer"},
               model::Column{.name = "t_id", .type = "integer"}};
  catalog.tables[c.name] = c;
  return catalog;
}

// Renames column `from` of `table` to `to` in `catalog` (the desired side),
// with the hint.
void rename_column(model::Catalog& catalog, const model::QualifiedName& table,
                   const std::string& from, const std::string& to) {
  for (auto& column : catalog.tables[table].columns) {
    if (column.name == from) {
      column.name = to;
      column.renamed_from = from;
    }
  }
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

const std::vector<std::string> k_only_mail_renamed{"rename column public.t.mail → public.t.email"};

TEST(MemberDifferTest, IndexesOnARenamedColumnAreKept) {
  auto current = base_catalog();
  auto& t = current.tables[k_t];
  t.indexes["t_mail_idx"] = model::Index{.name = "t_mail_idx", .keys = {"mail"}};
  t.indexes["t_lower_idx"] =
      model::Index{.name = "t_lower_idx", .keys = {"lower(mail)", "mail DESC NULLS LAST"}};
  t.indexes["t_partial_idx"] =
      model::Index{.name = "t_partial_idx",
                   .keys = {"id"},
                   .include = {"mail"},
                   .where = "((mail IS NOT NULL) AND (note <> 'mail'::text))"};
  auto desired = current;
  rename_column(desired, k_t, "mail", "email");
  auto& wanted = desired.tables[k_t];
  wanted.indexes["t_mail_idx"].keys = {"email"};
  wanted.indexes["t_lower_idx"].keys = {"lower(email)", "email DESC NULLS LAST"};
  wanted.indexes["t_partial_idx"].include = {"email"};
  wanted.indexes["t_partial_idx"].where = "((email IS NOT NULL) AND (note <> 'mail'::text))";
  EXPECT_EQ(described(current, desired), k_only_mail_renamed);
  // Renamed too, the index is only renamed.
  auto index = wanted.indexes.extract("t_mail_idx");
  index.key() = "t_email_idx";
  index.mapped().name = "t_email_idx";
  index.mapped().renamed_from = "t_mail_idx";
  wanted.indexes.insert(std::move(index));
  const auto changes = diff::diff_catalogs(current, desired);
  ASSERT_TRUE(changes);
  ASSERT_EQ(changes->size(), 2u);
  const auto& renamed = std::get<diff::IndexChange>(changes->back());
  EXPECT_EQ(diff::describe(changes->back()),
            "rename index public.t.t_mail_idx → public.t.t_email_idx");
  EXPECT_EQ(renamed.before->keys, std::vector<std::string>{"email"});
}

TEST(MemberDifferTest, AnIndexWhoseKeysChangeBesidesTheRenameIsRebuilt) {
  auto current = base_catalog();
  current.tables[k_t].indexes["t_mail_idx"] =
      model::Index{.name = "t_mail_idx", .keys = {"lower(mail)"}};
  auto desired = current;
  rename_column(desired, k_t, "mail", "email");
  desired.tables[k_t].indexes["t_mail_idx"].keys = {"upper(email)"};
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"rename column public.t.mail → public.t.email",
                                      "alter index public.t.t_mail_idx"}));
}

TEST(MemberDifferTest, AnIndexOnSwappedColumnsMovesToTheOtherColumn) {
  auto current = base_catalog();
  current.tables[k_t].indexes["t_mail_idx"] = model::Index{.name = "t_mail_idx", .keys = {"mail"}};
  // (Of other types, or the swap would look done already.)
  current.tables[k_t].columns[2].type = "character varying";
  auto desired = current;
  auto& columns = desired.tables[k_t].columns;
  columns[1].name = "note";
  columns[1].renamed_from = "mail";
  columns[2].name = "mail";
  columns[2].renamed_from = "note";
  // The same text, but the desired index is on the other column: dropped and
  // built, never left as it is.
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"rename column public.t.mail → public.t.note",
                                      "rename column public.t.note → public.t.mail",
                                      "drop index public.t.t_mail_idx",
                                      "add index public.t.t_mail_idx"}));
}

TEST(MemberDifferTest, AnIndexOnADroppedColumnWhoseNameARenameTakesIsRebuilt) {
  auto current = base_catalog();
  current.tables[k_t].indexes["t_note_idx"] = model::Index{.name = "t_note_idx", .keys = {"note"}};
  auto desired = current;
  auto& columns = desired.tables[k_t].columns;
  columns.erase(columns.begin() + 2);
  columns[1].name = "note";
  columns[1].renamed_from = "mail";
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"rename column public.t.mail → public.t.note",
                                      "drop column public.t.note", "drop index public.t.t_note_idx",
                                      "add index public.t.t_note_idx"}));
}

TEST(MemberDifferTest, UniqueConstraintOnARenamedColumnIsKept) {
  auto current = base_catalog();
  current.tables[k_t].uniques["t_mail_key"] =
      model::UniqueConstraint{.name = "t_mail_key", .columns = {"note", "mail"}};
  auto desired = current;
  rename_column(desired, k_t, "mail", "email");
  desired.tables[k_t].uniques["t_mail_key"].columns = {"note", "email"};
  EXPECT_EQ(described(current, desired), k_only_mail_renamed);
}

TEST(MemberDifferTest, CheckOnARenamedColumnIsKept) {
  auto current = base_catalog();
  current.tables[k_t].checks["t_mail_check"] = model::CheckConstraint{
      .name = "t_mail_check", .expression = "((id > 0) AND (mail <> 'mail'::text))"};
  auto desired = current;
  rename_column(desired, k_t, "mail", "email");
  desired.tables[k_t].checks["t_mail_check"].expression = "((id > 0) AND (email <> 'mail'::text))";
  EXPECT_EQ(described(current, desired), k_only_mail_renamed);
  // Validating it as well is done in place.
  current.tables[k_t].checks["t_mail_check"].not_valid = true;
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"rename column public.t.mail → public.t.email",
                                      "alter check constraint public.t.t_mail_check"}));
}

TEST(MemberDifferTest, ReferencedPrimaryKeyAndItsForeignKeyAreKept) {
  auto current = base_catalog();
  current.tables[k_c].foreign_keys["c_t_id_fkey"] = model::ForeignKey{
      .name = "c_t_id_fkey", .columns = {"t_id"}, .references = k_t, .referenced_columns = {"id"}};
  auto desired = current;
  rename_column(desired, k_t, "id", "ident");
  desired.tables[k_t].primary_key->columns = {"ident"};
  desired.tables[k_c].foreign_keys["c_t_id_fkey"].referenced_columns = {"ident"};
  EXPECT_EQ(described(current, desired),
            std::vector<std::string>{"rename column public.t.id → public.t.ident"});
  // Its local column renamed as well.
  rename_column(desired, k_c, "t_id", "parent_id");
  desired.tables[k_c].foreign_keys["c_t_id_fkey"].columns = {"parent_id"};
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"rename column public.c.t_id → public.c.parent_id",
                                      "rename column public.t.id → public.t.ident"}));
}

TEST(MemberDifferTest, ForeignKeyIsRebuiltWhenARenamedKeyIsReplaced) {
  auto current = base_catalog();
  current.tables[k_c].foreign_keys["c_t_id_fkey"] = model::ForeignKey{
      .name = "c_t_id_fkey", .columns = {"t_id"}, .references = k_t, .referenced_columns = {"id"}};
  auto desired = current;
  rename_column(desired, k_t, "id", "ident");
  desired.tables[k_t].primary_key->columns = {"ident"};
  desired.tables[k_t].primary_key->deferral.deferrable = true;
  desired.tables[k_c].foreign_keys["c_t_id_fkey"].referenced_columns = {"ident"};
  const auto changes = diff::diff_catalogs(current, desired);
  ASSERT_TRUE(changes);
  ASSERT_EQ(changes->size(), 3u);
  const auto& key = std::get<diff::ForeignKeyChange>(changes->back());
  EXPECT_TRUE(key.rebuild);
  // Dropped as it is now.
  EXPECT_EQ(key.before->referenced_columns, std::vector<std::string>{"id"});
}

TEST(MemberDifferTest, ForeignKeyToARenamedTableIsKept) {
  auto current = base_catalog();
  current.tables[k_c].foreign_keys["c_t_id_fkey"] = model::ForeignKey{
      .name = "c_t_id_fkey", .columns = {"t_id"}, .references = k_t, .referenced_columns = {"id"}};
  auto desired = current;
  auto table = desired.tables.extract(k_t);
  table.key() = {"public", "things"};
  table.mapped().name = table.key();
  table.mapped().renamed_from = "t";
  desired.tables.insert(std::move(table));
  desired.tables[k_c].foreign_keys["c_t_id_fkey"].references = {"public", "things"};
  EXPECT_EQ(described(current, desired),
            std::vector<std::string>{"rename table public.t → public.things"});
}

TEST(MemberDifferTest, GeneratedColumnReadingARenamedColumnIsKept) {
  auto current = base_catalog();
  current.tables[k_t].columns.push_back(
      model::Column{.name = "loud", .type = "text", .generated = "upper(mail)"});
  auto desired = current;
  rename_column(desired, k_t, "mail", "email");
  desired.tables[k_t].columns.back().generated = "upper(email)";
  EXPECT_EQ(described(current, desired), k_only_mail_renamed);
}

TEST(MemberDifferTest, ViewReadingARenamedColumnIsKept) {
  auto current = base_catalog();
  current.views[{"public", "v"}] =
      model::View{.name = {"public", "v"},
                  .definition = " SELECT t.id,\n    t.mail\n   FROM t;",
                  .depends_on = {k_t}};
  auto desired = current;
  rename_column(desired, k_t, "mail", "email");
  desired.views[{"public", "v"}].definition = " SELECT t.id,\n    t.email AS mail\n   FROM t;";
  EXPECT_EQ(described(current, desired), k_only_mail_renamed);
  // Its output column renamed too: PostgreSQL cannot do that under it.
  desired.views[{"public", "v"}].definition = " SELECT t.id,\n    t.email\n   FROM t;";
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"rename column public.t.mail → public.t.email",
                                      "alter view public.v"}));
  // The same text over swapped columns is another view.
  current.tables[k_t].columns[2].type = "character varying";
  desired = current;
  auto& columns = desired.tables[k_t].columns;
  columns[1].name = "note";
  columns[1].renamed_from = "mail";
  columns[2].name = "mail";
  columns[2].renamed_from = "note";
  EXPECT_EQ(described(current, desired),
            (std::vector<std::string>{"rename column public.t.mail → public.t.note",
                                      "rename column public.t.note → public.t.mail",
                                      "alter view public.v"}));
}

}  // namespace
