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
  view.read_columns[{"public", "t"}] = {"v"};
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

TEST(PlannerTest, AViewNotReadingTheRetypedColumnIsKept) {
  auto current = with_schema_public();
  add(current, table("t", {column("id", "integer", true), column("v", "integer")}));
  model::View view;
  view.name = {"public", "t_ids"};
  view.definition = " SELECT t.id\n   FROM t;";
  view.depends_on = {{"public", "t"}};
  view.read_columns[{"public", "t"}] = {"id"};
  current.views[view.name] = view;
  auto desired = current;
  desired.tables[{"public", "t"}].columns[1].type = "bigint";
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 1u);
  EXPECT_EQ(sql[0], "ALTER TABLE public.t ALTER COLUMN v TYPE bigint");
}

TEST(PlannerTest, EnumWithARemovedLabelIsRecreatedAndItsColumnsConverted) {
  auto current = with_schema_public();
  model::EnumType status;
  status.name = {"public", "status"};
  status.values = {"draft", "obsolete", "sent"};
  current.enums[status.name] = status;
  auto t = table("docs", {column("id", "integer", true), column("status", "status", true)});
  t.columns[1].default_expr = "'draft'::status";
  add(current, t);
  model::View view;
  view.name = {"public", "docs_view"};
  view.definition = " SELECT docs.status\n   FROM docs;";
  view.depends_on = {{"public", "docs"}};
  view.read_columns[{"public", "docs"}] = {"status"};
  current.views[view.name] = view;
  auto desired = current;
  desired.enums[status.name].values = {"draft", "sent"};
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 6u) << ::testing::PrintToString(sql);
  EXPECT_EQ(sql[0], "DROP VIEW public.docs_view");
  EXPECT_EQ(sql[1].substr(0, 44), "ALTER TYPE public.status RENAME TO tenantctl");
  EXPECT_EQ(sql[2], "CREATE TYPE public.status AS ENUM ('draft', 'sent')");
  EXPECT_EQ(sql[3],
            "ALTER TABLE public.docs ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE "
            "status USING status::text::status, ALTER COLUMN status SET DEFAULT 'draft'::status");
  EXPECT_EQ(sql[4].substr(0, 31), "DROP TYPE public.tenantctl_tmp_");
  EXPECT_EQ(sql[5], "CREATE VIEW public.docs_view AS\n SELECT docs.status\n   FROM docs");

  auto changes = diff::diff_catalogs(current, desired);
  ASSERT_TRUE(changes);
  const ddl::RenderContext context(current, desired, {true});
  const auto plan = plan::make_plan(*changes, context);
  ASSERT_TRUE(plan);
  EXPECT_EQ(plan->hazard_kinds(),
            (std::set<ddl::HazardKind>{ddl::HazardKind::data_loss, ddl::HazardKind::table_rewrite,
                                       ddl::HazardKind::access_exclusive_lock,
                                       ddl::HazardKind::may_fail_on_existing_data}));
}

TEST(PlannerTest, SwappedEnumLabelsGoThroughATemporaryLabel) {
  auto current = with_schema_public();
  model::EnumType side;
  side.name = {"public", "side"};
  side.values = {"left", "right"};
  current.enums[side.name] = side;
  auto desired = current;
  desired.enums[side.name].values = {"right", "left"};
  desired.enums[side.name].value_renames = {{"right", "left"}, {"left", "right"}};
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 3u) << ::testing::PrintToString(sql);
  EXPECT_EQ(sql[0].substr(0, 62), "ALTER TYPE public.side RENAME VALUE 'right' TO 'tenantctl_tmp_");
  EXPECT_EQ(sql[1], "ALTER TYPE public.side RENAME VALUE 'left' TO 'right'");
  EXPECT_EQ(sql[2].substr(0, 51), "ALTER TYPE public.side RENAME VALUE 'tenantctl_tmp_");
  EXPECT_TRUE(sql[2].ends_with("' TO 'left'"));
}

TEST(PlannerTest, ColumnMovingToAnotherEnumCastsThroughText) {
  auto current = with_schema_public();
  for (const auto* name : {"old_status", "new_status"}) {
    model::EnumType type;
    type.name = {"public", name};
    type.values = {"open"};
    current.enums[type.name] = type;
  }
  add(current, table("t", {column("id", "integer", true), column("status", "old_status")}));
  auto desired = current;
  desired.tables[{"public", "t"}].columns[1].type = "new_status";
  EXPECT_EQ(planned_sql(current, desired),
            std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN status TYPE new_status "
                                     "USING status::text::new_status"});
}

TEST(PlannerTest, NewExtensionWithoutACommentLosesItsDefaultOne) {
  const auto current = with_schema_public();
  auto desired = current;
  desired.extensions["hstore"] = model::Extension{.name = "hstore", .schema = "public"};
  EXPECT_EQ(planned_sql(current, desired),
            (std::vector<std::string>{"CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public",
                                      "COMMENT ON EXTENSION hstore IS NULL"}));
}

TEST(PlannerTest, ValidatedForeignKeyDeclaredNotValidIsDroppedAndAddedAgain) {
  auto current = with_schema_public();
  add(current, table("p", {column("id", "integer", true)}));
  auto c = table("c", {column("id", "integer", true), column("p_id", "integer")});
  c.foreign_keys["c_p_id_fkey"] = foreign_key("c_p_id_fkey", "p_id", "p");
  add(current, c);
  auto desired = current;
  desired.tables[{"public", "c"}].foreign_keys["c_p_id_fkey"].not_valid = true;
  EXPECT_EQ(planned_sql(current, desired),
            (std::vector<std::string>{"ALTER TABLE public.c DROP CONSTRAINT c_p_id_fkey",
                                      "ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN "
                                      "KEY (p_id) REFERENCES public.p (id) NOT VALID"}));
}

TEST(PlannerTest, ForeignKeyLeavesBeforeItsReferencedKeyMoves) {
  auto current = with_schema_public();
  add(current, table("p", {column("id", "integer", true), column("code", "text", true)}));
  auto c = table("c", {column("id", "integer", true), column("p_id", "integer")});
  c.foreign_keys["c_p_id_fkey"] = foreign_key("c_p_id_fkey", "p_id", "p");
  add(current, c);
  auto desired = current;
  auto& p = desired.tables[{"public", "p"}];
  p.primary_key->columns = {"code"};
  p.uniques["p_id_key"] = model::UniqueConstraint{.name = "p_id_key", .columns = {"id"}};
  const auto sql = planned_sql(current, desired, false);
  EXPECT_LT(position(sql, "ALTER TABLE public.c DROP CONSTRAINT c_p_id_fkey"),
            position(sql, "ALTER TABLE public.p DROP CONSTRAINT p_pkey"));
  EXPECT_LT(position(sql, "ALTER TABLE public.p ADD CONSTRAINT p_id_key"),
            position(sql, "ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey"));
}

TEST(PlannerTest, GeneratedColumnLeavesBeforeAColumnItReadsChangesType) {
  auto current = with_schema_public();
  auto t = table(
      "t", {column("id", "integer", true), column("a", "integer"), column("doubled", "integer")});
  t.columns[2].generated = "a * 2";
  add(current, t);
  auto desired = current;
  desired.tables[{"public", "t"}].columns[1].type = "bigint";
  desired.tables[{"public", "t"}].columns[2].type = "bigint";
  EXPECT_EQ(planned_sql(current, desired),
            (std::vector<std::string>{
                "ALTER TABLE public.t DROP COLUMN doubled",
                "ALTER TABLE public.t ALTER COLUMN a TYPE bigint",
                "ALTER TABLE public.t ADD COLUMN doubled bigint GENERATED ALWAYS AS (a * 2) "
                "STORED"}));
}

model::Column identity(const std::string& name, const std::string& type) {
  auto out = column(name, type, true);
  out.identity = model::Identity::always;
  out.identity_options.data_type = type;
  return out;
}

TEST(PlannerTest, IdentityOptionsLeaveTheTypeToTheColumn) {
  const auto current = with_schema_public();
  auto desired = current;
  auto codes = identity("id", "smallint");
  codes.identity_options.max_value = 1000;
  add(desired, table("codes", {codes}));
  EXPECT_EQ(planned_sql(current, desired),
            std::vector<std::string>{"CREATE TABLE public.codes (\n"
                                     "    id smallint GENERATED ALWAYS AS IDENTITY (MAXVALUE 1000) "
                                     "NOT NULL,\n"
                                     "    CONSTRAINT codes_pkey PRIMARY KEY (id)\n)"});
}

TEST(PlannerTest, IdentityTypeChangeTakesItsSequenceAlong) {
  auto current = with_schema_public();
  add(current, table("t", {identity("id", "integer")}));
  auto desired = with_schema_public();
  add(desired, table("t", {identity("id", "bigint")}));
  EXPECT_EQ(planned_sql(current, desired),
            std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN id TYPE bigint"});
}

TEST(PlannerTest, AddedIdentityHasNoTypeAndFollowsTheSerialSequencesDrop) {
  auto current = with_schema_public();
  auto serial = column("id", "integer", true);
  serial.default_expr = "nextval('t_id_seq'::regclass)";
  add(current, table("t", {serial}));
  auto& sequence = current.sequences[{"public", "t_id_seq"}];
  sequence.name = {"public", "t_id_seq"};
  sequence.options.data_type = "integer";
  sequence.owned_by = model::OwnedBy{.table = {"public", "t"}, .column = "id"};
  auto desired = with_schema_public();
  auto wanted = identity("id", "integer");
  wanted.identity = model::Identity::by_default;
  wanted.identity_options.start = 100;
  add(desired, table("t", {wanted}));
  EXPECT_EQ(planned_sql(current, desired),
            (std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT",
                                      "DROP SEQUENCE public.t_id_seq",
                                      "ALTER TABLE public.t ALTER COLUMN id ADD GENERATED BY "
                                      "DEFAULT AS IDENTITY (START WITH 100)"}));
}

TEST(PlannerTest, IdentityWhoseBoundsNarrowRestartsWhenItsValueIsOutOfThem) {
  auto current = with_schema_public();
  add(current, table("t", {identity("id", "integer")}));
  auto desired = with_schema_public();
  auto wanted = identity("id", "integer");
  wanted.identity_options.min_value = 5;
  wanted.identity_options.start = 5;
  add(desired, table("t", {wanted}));
  const std::string set_options =
      "ALTER TABLE public.t ALTER COLUMN id SET INCREMENT BY 1 SET MINVALUE 5 SET MAXVALUE "
      "2147483647 SET START WITH 5 SET CACHE 1 SET NO CYCLE";
  // Where the sequence stands is for the database to say.
  EXPECT_EQ(planned_sql(current, desired),
            std::vector<std::string>{"DO $tenantctl$\nBEGIN\n  " + set_options +
                                     ";\nEXCEPTION WHEN invalid_parameter_value THEN\n"
                                     "  -- the current value is out of the new bounds: start "
                                     "again at START\n  " +
                                     set_options + " RESTART;\nEND\n$tenantctl$"});
  // Wider bounds hold every value the sequence can be at.
  wanted.identity_options.min_value.reset();
  wanted.identity_options.start.reset();
  wanted.identity_options.cache = 10;
  desired.tables[{"public", "t"}].columns[0] = wanted;
  EXPECT_EQ(planned_sql(current, desired),
            std::vector<std::string>{
                "ALTER TABLE public.t ALTER COLUMN id SET INCREMENT BY 1 SET MINVALUE 1 SET "
                "MAXVALUE 2147483647 SET START WITH 1 SET CACHE 10 SET NO CYCLE"});
}

TEST(PlannerTest, SequenceTurningDescendingMayRestart) {
  auto current = with_schema_public();
  current.sequences[{"public", "countdown"}].name = {"public", "countdown"};
  auto desired = current;
  desired.sequences[{"public", "countdown"}].options.increment = -1;
  auto changes = diff::diff_catalogs(current, desired);
  ASSERT_TRUE(changes);
  const ddl::RenderContext context(current, desired, ddl::RenderOptions{true});
  auto plan = plan::make_plan(*changes, context);
  ASSERT_TRUE(plan);
  ASSERT_EQ(plan->statements.size(), 1u);
  const std::string alter =
      "ALTER SEQUENCE public.countdown AS bigint INCREMENT BY -1 MINVALUE -9223372036854775808 "
      "MAXVALUE -1 START WITH -1 CACHE 1 NO CYCLE";
  EXPECT_NE(plan->statements[0].sql.find("\n  " + alter + ";\n"), std::string::npos);
  EXPECT_NE(plan->statements[0].sql.find("\n  " + alter + " RESTART;\n"), std::string::npos);
  EXPECT_EQ(plan->hazard_kinds(), std::set{ddl::HazardKind::may_fail_on_existing_data});
}

TEST(PlannerTest, DefaultMovesToAnotherSequenceBeforeTheOldOneIsDropped) {
  auto current = with_schema_public();
  auto t = table("t", {column("id", "bigint")});
  t.primary_key.reset();
  t.columns[0].default_expr = "nextval('old_seq'::regclass)";
  add(current, t);
  current.sequences[{"public", "old_seq"}].name = {"public", "old_seq"};
  auto desired = with_schema_public();
  t.columns[0].default_expr = "nextval('new_seq'::regclass)";
  add(desired, t);
  desired.sequences[{"public", "new_seq"}].name = {"public", "new_seq"};
  const auto sql = planned_sql(current, desired);
  EXPECT_LT(position(sql, "CREATE SEQUENCE public.new_seq"),
            position(sql, "ALTER TABLE public.t ALTER COLUMN id SET DEFAULT"));
  EXPECT_LT(position(sql, "ALTER TABLE public.t ALTER COLUMN id SET DEFAULT"),
            position(sql, "DROP SEQUENCE public.old_seq"));
}

// Found by tests/fuzz/fuzz_plan: a type modifier that is not a number (a
// schema as written, not yet checked by PostgreSQL) threw std::invalid_argument
// out of the renderer.
TEST(PlannerTest, ATypeModifierThatIsNotANumberDoesNotThrow) {
  auto current = with_schema_public();
  auto desired = with_schema_public();
  add(current, table("t", {column("id", "integer", true), column("v", "character varying(10)")}));
  add(desired, table("t", {column("id", "integer", true), column("v", "character varying(x)")}));
  const auto sql = planned_sql(current, desired);
  ASSERT_EQ(sql.size(), 1u);
  EXPECT_NE(sql[0].find("character varying(x)"), std::string::npos) << sql[0];
  add(current, table("n", {column("id", "integer", true), column("v", "numeric(10, 2)")}));
  add(desired, table("n", {column("id", "integer", true), column("v", "numeric(1e, 2)")}));
  EXPECT_EQ(planned_sql(current, desired).size(), 2u);
}

}  // namespace
