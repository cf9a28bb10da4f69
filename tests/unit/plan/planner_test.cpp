#include "plan/planner.hpp"

#include <gtest/gtest.h>

#include "diff/differ.hpp"

namespace {

using model::QualifiedName;

model::Table table(const std::string& name, std::vector<model::Column> columns) {
  model::Table out;
  out.name = {"public", name};
  out.columns = std::move(columns);
  out.primary_key = model::PrimaryKey{name + "_pkey", {columns.empty() ? "id" : "id"}, {}, {}, {}};
  return out;
}

model::Column column(const std::string& name, const std::string& type, bool not_null = false) {
  model::Column out;
  out.name = name;
  out.type = type;
  out.not_null = not_null;
  return out;
}

model::ForeignKey foreign_key(const std::string& name, const std::string& column,
                              const std::string& references) {
  model::ForeignKey out;
  out.name = name;
  out.columns = {column};
  out.references = {"public", references};
  out.referenced_columns = {"id"};
  return out;
}

model::Catalog with_schema_public() {
  model::Catalog catalog;
  catalog.schemas["public"] = model::Schema{"public", "standard public schema", false, {}};
  return catalog;
}

void add(model::Catalog& catalog, model::Table value) {
  catalog.tables[value.name] = std::move(value);
}

std::vector<std::string> planned_sql(const model::Catalog& current, const model::Catalog& desired,
                                     bool online = true) {
  auto changes = diff::diff_catalogs(current, desired);
  EXPECT_TRUE(changes) << changes.error().message();
  const ddl::RenderContext context(current, desired, ddl::RenderOptions{online});
  auto plan = plan::make_plan(*changes, context);
  EXPECT_TRUE(plan) << plan.error().message();
  std::vector<std::string> out;
  for (const auto& statement : plan->statements) {
    out.push_back(statement.sql);
  }
  return out;
}

std::size_t position(const std::vector<std::string>& sql, const std::string& starts) {
  for (std::size_t i = 0; i < sql.size(); ++i) {
    if (sql[i].starts_with(starts)) {
      return i;
    }
  }
  ADD_FAILURE() << "no statement starts with: " << starts;
  return sql.size();
}

TEST(PlannerTest, ForeignKeyCycleIsCreatedTablesFirstThenKeys) {
  const auto current = with_schema_public();
  auto desired = current;
  auto a = table("a", {column("id", "integer", true), column("b_id", "integer")});
  a.foreign_keys["a_b_fkey"] = foreign_key("a_b_fkey", "b_id", "b");
  auto b = table("b", {column("id", "integer", true), column("a_id", "integer")});
  b.foreign_keys["b_a_fkey"] = foreign_key("b_a_fkey", "a_id", "a");
  add(desired, a);
  add(desired, b);
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 4u);
  EXPECT_LT(position(sql, "CREATE TABLE public.a"), position(sql, "ALTER TABLE public.a ADD"));
  EXPECT_LT(position(sql, "CREATE TABLE public.b"), position(sql, "ALTER TABLE public.a ADD"));
  EXPECT_LT(position(sql, "CREATE TABLE public.a"), position(sql, "ALTER TABLE public.b ADD"));
  // New tables need no NOT VALID / VALIDATE dance.
  EXPECT_EQ(sql[3].find("NOT VALID"), std::string::npos);
}

TEST(PlannerTest, DroppingTablesThatReferenceEachOtherDropsKeysFirst) {
  auto current = with_schema_public();
  auto a = table("a", {column("id", "integer", true), column("b_id", "integer")});
  a.foreign_keys["a_b_fkey"] = foreign_key("a_b_fkey", "b_id", "b");
  auto b = table("b", {column("id", "integer", true), column("a_id", "integer")});
  b.foreign_keys["b_a_fkey"] = foreign_key("b_a_fkey", "a_id", "a");
  add(current, a);
  add(current, b);
  const auto sql = planned_sql(current, with_schema_public());
  ASSERT_EQ(sql.size(), 4u);
  EXPECT_LT(position(sql, "ALTER TABLE public.a DROP CONSTRAINT"),
            position(sql, "DROP TABLE public.b"));
  EXPECT_LT(position(sql, "ALTER TABLE public.b DROP CONSTRAINT"),
            position(sql, "DROP TABLE public.a"));
}

TEST(PlannerTest, TypeChangeUnderAViewDropsAndRecreatesTheView) {
  auto current = with_schema_public();
  add(current, table("t", {column("id", "integer", true), column("v", "integer")}));
  model::View view;
  view.name = {"public", "t_view"};
  view.definition = " SELECT t.v\n   FROM t;";
  view.depends_on = {{"public", "t"}};
  current.views[view.name] = view;
  auto desired = current;
  desired.tables[{"public", "t"}].columns[1].type = "bigint";
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 3u) << ::testing::PrintToString(sql);
  EXPECT_EQ(sql[0], "DROP VIEW public.t_view");
  EXPECT_EQ(sql[1], "ALTER TABLE public.t ALTER COLUMN v TYPE bigint");
  EXPECT_EQ(sql[2], "CREATE VIEW public.t_view AS\n SELECT t.v\n   FROM t");
}

TEST(PlannerTest, DefaultIsDroppedBeforeTypeChangeAndSetAfter) {
  auto current = with_schema_public();
  auto t = table("t", {column("id", "integer", true), column("code", "text")});
  t.columns[1].default_expr = "'0'::text";
  add(current, t);
  auto desired = current;
  auto& wanted = desired.tables[{"public", "t"}].columns[1];
  wanted.type = "integer";
  wanted.default_expr = "0";
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 3u) << ::testing::PrintToString(sql);
  EXPECT_EQ(sql[0], "ALTER TABLE public.t ALTER COLUMN code DROP DEFAULT");
  EXPECT_EQ(sql[1], "ALTER TABLE public.t ALTER COLUMN code TYPE integer USING code::integer");
  EXPECT_EQ(sql[2], "ALTER TABLE public.t ALTER COLUMN code SET DEFAULT 0");
}

TEST(PlannerTest, EnumLabelsAddedInTheMiddleKeepDesiredOrder) {
  auto current = with_schema_public();
  model::EnumType status;
  status.name = {"public", "status"};
  status.values = {"a", "d"};
  current.enums[status.name] = status;
  auto desired = current;
  desired.enums[status.name].values = {"a", "b", "c", "d", "e"};
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 3u) << ::testing::PrintToString(sql);
  EXPECT_EQ(sql[0], "ALTER TYPE public.status ADD VALUE IF NOT EXISTS 'b' AFTER 'a'");
  EXPECT_EQ(sql[1], "ALTER TYPE public.status ADD VALUE IF NOT EXISTS 'c' BEFORE 'd'");
  EXPECT_EQ(sql[2], "ALTER TYPE public.status ADD VALUE IF NOT EXISTS 'e' AFTER 'd'");
}

TEST(PlannerTest, OnlineIndexIsConcurrentAndOutsideTheTransaction) {
  auto current = with_schema_public();
  add(current, table("t", {column("id", "integer", true), column("email", "text")}));
  auto desired = current;
  model::Index index;
  index.name = "t_lower_email_idx";
  index.keys = {"lower(email)"};
  index.where = "(email IS NOT NULL)";
  desired.tables[{"public", "t"}].indexes[index.name] = index;
  auto changes = diff::diff_catalogs(current, desired);
  ASSERT_TRUE(changes);
  const ddl::RenderContext online(current, desired, {true});
  auto plan = plan::make_plan(*changes, online);
  ASSERT_TRUE(plan);
  ASSERT_EQ(plan->statements.size(), 1u);
  EXPECT_EQ(plan->statements[0].sql,
            "CREATE INDEX CONCURRENTLY t_lower_email_idx ON public.t (lower(email)) WHERE (email "
            "IS NOT NULL)");
  EXPECT_FALSE(plan->statements[0].transactional);
  EXPECT_EQ(plan->hazard_kinds(), std::set<ddl::HazardKind>{ddl::HazardKind::index_build});
  const ddl::RenderContext offline(current, desired, {false});
  plan = plan::make_plan(*changes, offline);
  ASSERT_TRUE(plan);
  EXPECT_TRUE(plan->statements[0].transactional);
  EXPECT_EQ(plan->statements[0].sql.find("CONCURRENTLY"), std::string::npos);
}

TEST(PlannerTest, NotNullGoesThroughAValidatedCheckOnline) {
  auto current = with_schema_public();
  add(current, table("t", {column("id", "integer", true), column("name", "text")}));
  auto desired = current;
  desired.tables[{"public", "t"}].columns[1].not_null = true;
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 4u) << ::testing::PrintToString(sql);
  EXPECT_NE(sql[0].find("CHECK (name IS NOT NULL) NOT VALID"), std::string::npos);
  EXPECT_NE(sql[1].find("VALIDATE CONSTRAINT"), std::string::npos);
  EXPECT_EQ(sql[2], "ALTER TABLE public.t ALTER COLUMN name SET NOT NULL");
  EXPECT_NE(sql[3].find("DROP CONSTRAINT"), std::string::npos);
  EXPECT_EQ(planned_sql(current, desired, false),
            std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN name SET NOT NULL"});
}

TEST(PlannerTest, RenamesNeverBecomeDropAndAdd) {
  auto current = with_schema_public();
  add(current, table("old_name", {column("id", "integer", true), column("before", "text")}));
  auto desired = with_schema_public();
  auto renamed = table("new_name", {column("id", "integer", true), column("after", "text")});
  renamed.renamed_from = "old_name";
  renamed.columns[1].renamed_from = "before";
  renamed.primary_key->name = "old_name_pkey";
  add(desired, renamed);
  const auto sql = planned_sql(current, desired);
  EXPECT_EQ(
      sql, (std::vector<std::string>{"ALTER TABLE public.old_name RENAME TO new_name",
                                     "ALTER TABLE public.new_name RENAME COLUMN before TO after"}));
}

TEST(PlannerTest, QuotesUglyNames) {
  const auto current = with_schema_public();
  auto desired = current;
  auto t = table("Robert'); DROP TABLE \"x", {column("id", "integer", true)});
  t.comment = "it's";
  add(desired, t);
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 2u);
  EXPECT_EQ(sql[0],
            "CREATE TABLE public.\"Robert'); DROP TABLE \"\"x\" (\n    id integer NOT NULL,\n"
            "    CONSTRAINT \"Robert'); DROP TABLE \"\"x_pkey\" PRIMARY KEY (id)\n)");
  EXPECT_EQ(sql[1], "COMMENT ON TABLE public.\"Robert'); DROP TABLE \"\"x\" IS 'it''s'");
}

TEST(PlannerTest, SamePlanEveryTime) {
  auto current = with_schema_public();
  auto desired = current;
  for (const auto* name : {"c", "a", "b"}) {
    auto t = table(name, {column("id", "integer", true), column("other_id", "integer")});
    t.foreign_keys["fk"] = foreign_key("fk", "other_id", name[0] == 'a' ? "b" : "a");
    add(desired, t);
  }
  const auto first = planned_sql(current, desired);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(planned_sql(current, desired), first);
  }
  EXPECT_TRUE(planned_sql(desired, desired).empty());
}

}  // namespace
