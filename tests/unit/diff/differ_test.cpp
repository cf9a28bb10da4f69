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

TEST(DifferTest, DesiredNotValidAcceptsAValidatedConstraint) {
  auto current = base_catalog();
  model::CheckConstraint check{.name = "t_note_check", .expression = "(note <> ''::text)"};
  current.tables[{"public", "t"}].checks[check.name] = check;
  auto desired = current;
  desired.tables[{"public", "t"}].checks[check.name].not_valid = true;
  EXPECT_TRUE(described(current, desired).empty());
  EXPECT_EQ(described(desired, current),
            std::vector<std::string>{"alter check constraint public.t.t_note_check"});
}

TEST(DifferTest, RefusesToRemoveEnumLabels) {
  auto current = base_catalog();
  model::EnumType status{.name = {"public", "status"}, .values = {"a", "b"}};
  current.enums[status.name] = status;
  auto desired = current;
  desired.enums[status.name].values = {"a"};
  const auto changes = diff::diff_catalogs(current, desired);
  ASSERT_FALSE(changes);
  EXPECT_NE(changes.error().message().find("enum public.status"), std::string::npos);
  EXPECT_NE(changes.error().message().find("b"), std::string::npos);
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

}  // namespace
