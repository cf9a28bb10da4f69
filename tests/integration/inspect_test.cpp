#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "integration/inspect_cases.hpp"
#include "manifest/manifest.hpp"
#include "manifest/toml_library.hpp"

namespace {

using namespace inspect_cases;  // NOLINT(google-build-using-namespace): test helpers

// The TOML a database with nothing but its public schema gives.
constexpr const char* k_public_schema = R"toml([schema.public]
comment = "standard public schema"
)toml";

TEST(InspectTest, WritesGoldenTomlForTwoRelatedTables) {
  test_support::TestDatabase db;
  db.exec(k_two_related_tables);
  EXPECT_EQ(inspect(db), R"toml([schema.public]
comment = "standard public schema"

[sequence.public.accounts_id_seq]
type = "integer"
owned_by = { table = "accounts", column = "id" }

[table.public.accounts]
primary_key = ["id"]

[[table.public.accounts.column]]
name = "id"
type = "integer"
not_null = true
default = "nextval('accounts_id_seq'::regclass)"

[[table.public.accounts.column]]
name = "name"
type = "character varying(120)"
not_null = true

[[table.public.accounts.column]]
name = "annual_revenue"
type = "numeric(12,2)"
default = "0"

[[table.public.accounts.column]]
name = "created_at"
type = "timestamp with time zone"
not_null = true
default = "now()"

[table.public.contacts]
primary_key = ["id"]

[[table.public.contacts.column]]
name = "id"
type = "uuid"
not_null = true
default = "gen_random_uuid()"

[[table.public.contacts.column]]
name = "account_id"
type = "integer"

[[table.public.contacts.column]]
name = "email"
type = "text"
not_null = true

[[table.public.contacts.column]]
name = "tags"
type = "text[]"
default = "'{}'::text[]"

[[table.public.contacts.column]]
name = "score"
type = "double precision"

[table.public.contacts.unique.contacts_email_unique]
columns = ["email"]

[table.public.contacts.foreign_key.contacts_account_id_fkey]
columns = ["account_id"]
references = { table = "accounts", columns = ["id"] }
on_delete = "cascade"
)toml");
}

TEST(InspectTest, OutputIsTomlThatAParserReads) {
  test_support::TestDatabase db;
  db.exec(k_two_related_tables);
  const auto text = inspect(db);
  toml::table parsed;
  try {
    parsed = toml::parse(text);
  } catch (const toml::parse_error& error) {
    FAIL() << error.description() << "\n" << text;
  }
  const auto* accounts = parsed["table"]["public"]["accounts"]["column"].as_array();
  ASSERT_NE(accounts, nullptr);
  ASSERT_EQ(accounts->size(), 4u);
  EXPECT_EQ((*accounts)[1].as_table()->at("name").value<std::string>(), "name");
  EXPECT_EQ((*accounts)[1].as_table()->at("type").value<std::string>(), "character varying(120)");
  const auto* contacts = parsed["table"]["public"]["contacts"]["column"].as_array();
  ASSERT_NE(contacts, nullptr);
  EXPECT_EQ(contacts->size(), 5u);
}

TEST(InspectTest, IsDeterministicAndIgnoresKnexAndSystemObjects) {
  test_support::TestDatabase db;
  db.exec(R"sql(
    create table zeta (z int);
    create table alpha (a int);
    create table knex_migrations (id serial primary key, name varchar(255), batch integer,
                                  migration_time timestamptz);
    create table knex_migrations_lock (index serial primary key, is_locked integer);
    create schema tenantctl;
    create table tenantctl.audit (id int);
    create sequence tenantctl.audit_seq;
    create temp table scratch (x int);
  )sql");
  const auto first = inspect(db);
  EXPECT_EQ(first, inspect(db));
  EXPECT_EQ(first, R"toml([schema.public]
comment = "standard public schema"

[table.public.alpha]

[[table.public.alpha.column]]
name = "a"
type = "integer"

[table.public.zeta]

[[table.public.zeta.column]]
name = "z"
type = "integer"
)toml");
}

TEST(InspectTest, ReadsOtherSchemasOddNamesAndEmptyTables) {
  test_support::TestDatabase db;
  db.exec(R"sql(
    create schema "Billing";
    create type "Billing".status as enum ('open', 'closed');
    create table "Billing"."Invoice Lines" (
      "Line ""No""" integer not null,
      status "Billing".status not null default 'open',
      constraint "Invoice PK" primary key ("Line ""No""")
    );
    create table public.empty ();
  )sql");
  EXPECT_EQ(inspect(db), R"toml([schema.Billing]

[schema.public]
comment = "standard public schema"

[enum.Billing.status]
values = ["open", "closed"]

[table.Billing."Invoice Lines"]
primary_key = { name = "Invoice PK", columns = ["Line \"No\""] }

[[table.Billing."Invoice Lines".column]]
name = "Line \"No\""
type = "integer"
not_null = true

[[table.Billing."Invoice Lines".column]]
name = "status"
type = "\"Billing\".status"
not_null = true
default = "'open'::\"Billing\".status"

[table.public.empty]
)toml");
}

TEST(InspectTest, AnEmptyDatabaseHasItsPublicSchema) {
  test_support::TestDatabase db;
  EXPECT_EQ(inspect(db), k_public_schema);
}

TEST(InspectTest, EveryKindIsTomlThatAParserReads) {
  int number = 0;
  for (const char* sql : {k_schemas_and_extensions, k_enums, k_sequences, k_columns, k_constraints,
                          k_indexes, k_views, k_unmanaged}) {
    test_support::TestDatabase db(std::to_string(++number));
    db.exec(sql);
    const auto text = inspect(db);
    try {
      (void)toml::parse(text);
    } catch (const toml::parse_error& error) {
      ADD_FAILURE() << error.description() << " at line " << error.source().begin.line << "\n"
                    << text;
    }
  }
}

// The writer and the manifest reader agree on docs/schema-format.md: what
// inspect writes reads back as the catalog it was written from.
TEST(InspectTest, WhatItWritesReadsBackAsTheSameCatalog) {
  int number = 0;
  for (const char* sql : {k_two_related_tables, k_schemas_and_extensions, k_enums, k_sequences,
                          k_columns, k_constraints, k_indexes, k_views, k_unmanaged}) {
    test_support::TestDatabase db(std::to_string(++number));
    db.exec(sql);
    const auto catalog = read(db);
    const auto text = manifest::write_toml(catalog);
    const auto parsed = manifest::parse_manifest(text, "inspect.toml");
    ASSERT_TRUE(parsed) << parsed.error().message() << "\n" << text;
    EXPECT_TRUE(parsed->catalog == catalog) << "written:\n"
                                            << text << "\nread back and written again:\n"
                                            << manifest::write_toml(parsed->catalog);
  }
}

TEST(InspectTest, MultiLineStringsReadBackExactly) {
  test_support::TestDatabase db;
  db.exec(k_schemas_and_extensions);
  db.exec(k_views);
  const auto text = inspect(db);
  try {
    const auto parsed = toml::parse(text);
    for (const char* view : {"big_accounts", "constant"}) {
      EXPECT_EQ(
          parsed["view"]["public"][view]["definition"].value<std::string>(),
          db.scalar(std::string("select pg_get_viewdef('public.") + view + "'::regclass, true)"));
    }
    EXPECT_EQ(
        parsed["view"]["Report ing"]["Ünïcode view"]["definition"].value<std::string>(),
        db.scalar("select pg_get_viewdef('\"Report ing\".\"Ünïcode view\"'::regclass, true)"));
    EXPECT_EQ(parsed["schema"]["Billing"]["comment"].value<std::string>(),
              "Invoices\nand payments");
  } catch (const toml::parse_error& error) {
    FAIL() << error.description() << "\n" << text;
  }
}

TEST(InspectTest, ReadsTwoThousandTables) {
  test_support::TestDatabase db;
  db.exec(R"sql(
    do $$ begin
      execute (select string_agg(format(
        'create table %I (id bigint generated always as identity primary key,'
        ' name text not null unique, ref bigint references %I (id), check (id > 0));'
        ' create index on %I (name, ref);',
        't' || i, 't' || greatest(i - 1, 1), 't' || i), ' ')
      from generate_series(1, 2000) i);
    end $$
  )sql");
  const auto catalog = read(db);
  ASSERT_EQ(catalog.tables.size(), 2000u);
  const auto& table = catalog.tables.at({"public", "t1234"});
  EXPECT_EQ(table.columns.size(), 3u);
  EXPECT_EQ(table.uniques.size(), 1u);
  EXPECT_EQ(table.foreign_keys.at("t1234_ref_fkey").references,
            (model::QualifiedName{"public", "t1233"}));
  EXPECT_EQ(table.checks.size(), 1u);
  EXPECT_EQ(table.indexes.size(), 1u);
  EXPECT_TRUE(catalog.sequences.empty());

  // A catalog this large is read over three connections in one snapshot, and
  // gives the same catalog.
  auto session = pg::Session::open(db.conninfo());
  ASSERT_TRUE(session) << session.error().message();
  int used = 0;
  const auto conninfo = db.conninfo();
  auto parallel = introspect::read_catalog(
      *session, introspect::ReadOptions{
                    .extra_connections = 2, .conninfo = conninfo, .connections_used = &used});
  ASSERT_TRUE(parallel) << parallel.error().message();
  EXPECT_EQ(used, 3);
  EXPECT_TRUE(*parallel == catalog);
}

namespace parallel {

model::Catalog read_with(const test_support::TestDatabase& db, const std::string& helper_conninfo) {
  auto session = pg::Session::open(db.conninfo());
  EXPECT_TRUE(session) << session.error().message();
  if (!session) {
    return {};
  }
  auto catalog =
      introspect::read_catalog(*session, introspect::ReadOptions{.extra_connections = 2,
                                                                 .parallel_min_relations = 0,
                                                                 .conninfo = helper_conninfo});
  EXPECT_TRUE(catalog) << catalog.error().message();
  return catalog ? *catalog : model::Catalog{};
}

}  // namespace parallel

// Three connections in one exported snapshot read what one connection reads,
// for every kind; a helper that cannot connect leaves its share to the others.
TEST(InspectTest, ReadingOverSeveralConnectionsGivesTheSameCatalog) {
  int number = 0;
  for (const char* sql : {k_two_related_tables, k_schemas_and_extensions, k_enums, k_sequences,
                          k_columns, k_constraints, k_indexes, k_views, k_unmanaged}) {
    test_support::TestDatabase db(std::to_string(++number));
    db.exec(sql);
    const auto alone = read(db);
    EXPECT_TRUE(parallel::read_with(db, db.conninfo()) == alone)
        << manifest::write_toml(parallel::read_with(db, db.conninfo()));
    EXPECT_TRUE(parallel::read_with(db, "host=/nonexistent dbname=nowhere connect_timeout=1") ==
                alone);
  }
}

// Equal defaults are deparsed once and shared; each column still gets its
// own default, wherever it stood in its CREATE TABLE.
TEST(InspectTest, EqualDefaultsAreSharedAndEachColumnKeepsItsOwn) {
  test_support::TestDatabase db;
  db.exec(R"sql(
    create type mood as enum ('ok', 'sad');
    create table a (x integer default 1, y text default 'same', z integer default 1 + 1,
                    w timestamptz default now(), m mood default 'ok');
    create table b (w timestamptz default now(), padding_to_move_positions integer,
                    y text default 'same', x integer default 2, v text default 'Same',
                    m mood default 'sad', g integer generated always as (x * 2) stored);
  )sql");
  const auto catalog = read(db);
  const auto defaults = [&](const char* table) {
    std::map<std::string, std::string> found;
    for (const auto& column : catalog.tables.at({"public", table}).columns) {
      found[column.name] = column.default_expr.value_or("(none)");
    }
    return found;
  };
  EXPECT_EQ(defaults("a"), (std::map<std::string, std::string>{{"x", "1"},
                                                               {"y", "'same'::text"},
                                                               {"z", "(1 + 1)"},
                                                               {"w", "now()"},
                                                               {"m", "'ok'::mood"}}));
  EXPECT_EQ(defaults("b"),
            (std::map<std::string, std::string>{{"w", "now()"},
                                                {"padding_to_move_positions", "(none)"},
                                                {"y", "'same'::text"},
                                                {"x", "2"},
                                                {"v", "'Same'::text"},
                                                {"m", "'sad'::mood"},
                                                {"g", "(none)"}}));
  EXPECT_EQ(catalog.tables.at({"public", "b"}).columns.back().generated, "(x * 2)");
}

// Key columns are named from the columns read; a foreign key to a table
// tenantctl does not read (a partitioned table) still names its columns.
TEST(InspectTest, NamesKeyColumnsOfTablesItDoesNotRead) {
  test_support::TestDatabase db;
  db.exec(R"sql(
    create table p (id integer, "Region" text, primary key (id, "Region"))
      partition by list ("Region");
    create table r (a integer, dropped integer, pid integer, preg text, note text,
                    foreign key (pid, preg) references p (id, "Region"));
    alter table r drop column dropped;
    create unique index r_note_idx on r (note) include (pid, a);
  )sql");
  const auto catalog = read(db);
  const auto& table = catalog.tables.at({"public", "r"});
  ASSERT_EQ(table.foreign_keys.size(), 1u);
  const auto& key = table.foreign_keys.begin()->second;
  EXPECT_EQ(key.columns, (std::vector<std::string>{"pid", "preg"}));
  EXPECT_EQ(key.referenced_columns, (std::vector<std::string>{"id", "Region"}));
  EXPECT_EQ(table.indexes.at("r_note_idx").include, (std::vector<std::string>{"pid", "a"}));
}

}  // namespace

namespace {

std::string stamp_of(const test_support::TestDatabase& db) {
  auto session = pg::Session::open(db.conninfo());
  EXPECT_TRUE(session) << session.error().message();
  if (!session) {
    return "";
  }
  auto stamp = introspect::catalog_stamp(*session);
  EXPECT_TRUE(stamp) << stamp.error().message();
  return stamp ? *stamp : "";
}

// The stamp plan trusts instead of reading a catalog: any DDL changes it;
// data, VACUUM, ANALYZE and sequences do not.
TEST(InspectTest, TheStampChangesWithEveryDdlAndNothingElse) {
  test_support::TestDatabase db;
  db.exec(R"sql(
    create type mood as enum ('ok', 'sad');
    create table t (id serial primary key, name text, m mood default 'ok');
    create index t_name_idx on t (name);
  )sql");
  auto before = stamp_of(db);
  EXPECT_EQ(stamp_of(db), before);
  db.exec("insert into t (name) select 'n' || i from generate_series(1, 1000) i");
  db.exec("vacuum analyze t");
  db.exec("select nextval('t_id_seq')");
  EXPECT_EQ(stamp_of(db), before) << "data, VACUUM, ANALYZE and nextval changed the stamp";
  for (const char* ddl : {
           "comment on column t.name is 'the name'",
           "alter type mood add value 'meh'",
           "alter table t alter column name set default 'x'",
           "alter index t_name_idx rename to t_name_index",
           "alter table t add constraint t_name_check check (name <> '')",
           "create function f() returns int language sql as 'select 1'",
           "alter function f() rename to g",
           "create view v as select id from t",
           "alter sequence t_id_seq increment by 2",
           "create schema other",
           "alter table t rename column name to title",
           "create text search configuration app_english (copy = english)",
           "create index t_title_fts on t using gin (to_tsvector('app_english', title))",
           "alter text search configuration app_english rename to app_en",
           // Each of these writes one catalog alone.
           "alter table t rename constraint t_name_check to t_title_check",
           "alter table t alter column title set not null",
           "alter table t alter column title type varchar(200)",
           "comment on constraint t_title_check on t is 'not empty'",
           "comment on extension plpgsql is 'procedures'",
           "alter table t drop column m",
           "comment on schema public is 'the tenant''s tables'",
           "alter schema public rename to app",
           // Privileges: of a table, a column, a routine, a schema, a type and
           // the database itself; a policy and row level security.
           "grant select on app.t to public",
           "grant update (title) on app.t to public",
           "revoke execute on function app.g() from public",
           "grant create on schema other to public",
           "revoke usage on type app.mood from public",
           "alter table app.t enable row level security",
           "create policy p on app.t using (true)",
       }) {
    db.exec(ddl);
    const auto after = stamp_of(db);
    EXPECT_NE(after, before) << ddl;
    before = after;
  }
  // The database's own row (its ACL), by name, whatever the database is called.
  db.exec(
      "do $$ begin execute format('revoke temporary on database %I from public', "
      "current_database()); end $$");
  EXPECT_NE(stamp_of(db), before) << "GRANT/REVOKE on the database";
}

}  // namespace
