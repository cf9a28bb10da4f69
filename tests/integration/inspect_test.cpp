#include <gtest/gtest.h>
#include <toml++/toml.h>

#include "introspect/reader.hpp"
#include "manifest/writer.hpp"
#include "pg/session.hpp"
#include "support/test_cluster.hpp"

namespace {

std::string inspect(const test_support::TestDatabase& db) {
  auto session = pg::Session::open(db.conninfo());
  EXPECT_TRUE(session) << session.error().message();
  auto catalog = introspect::read_catalog(*session);
  EXPECT_TRUE(catalog) << catalog.error().message();
  return catalog ? manifest::write_toml(*catalog) : std::string();
}

constexpr const char* k_two_related_tables = R"sql(
  create table accounts (
    id serial primary key,
    name varchar(120) not null,
    annual_revenue numeric(12,2) default 0,
    created_at timestamptz not null default now()
  );
  create table contacts (
    id uuid primary key default gen_random_uuid(),
    account_id integer references accounts(id) on delete cascade,
    email text not null,
    tags text[] default '{}'::text[],
    score double precision,
    constraint contacts_email_unique unique (email)
  );
)sql";

TEST(InspectTest, WritesGoldenTomlForTwoRelatedTables) {
  test_support::TestDatabase db;
  db.exec(k_two_related_tables);
  EXPECT_EQ(inspect(db), R"toml([table.public.accounts]
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
    create temp table scratch (x int);
  )sql");
  const auto first = inspect(db);
  EXPECT_EQ(first, inspect(db));
  EXPECT_EQ(first, R"toml([table.public.alpha]

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
  EXPECT_EQ(inspect(db), R"toml([table.Billing."Invoice Lines"]
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

}  // namespace
