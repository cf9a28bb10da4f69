#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "integration/inspect_cases.hpp"

namespace {

using namespace inspect_cases;  // NOLINT(google-build-using-namespace): test helpers

TEST(InspectTest, WritesSchemasAndExtensions) {
  test_support::TestDatabase db;
  db.exec(k_schemas_and_extensions);
  // Versions differ between PostgreSQL releases; plpgsql (in pg_catalog) is
  // not the user's choice and never listed.
  const auto citext = db.scalar("select extversion from pg_extension where extname = 'citext'");
  const auto pgcrypto = db.scalar("select extversion from pg_extension where extname = 'pgcrypto'");
  ASSERT_TRUE(citext && pgcrypto);
  std::string expected = R"toml([schema.Billing]
comment = '''
Invoices
and payments'''

[schema.public]

[schema.zeta]
comment = "it's \"quoted\""

[schema."Ünïcode \"schema\""]

[extension.citext]
schema = "Billing"
version = "@citext@"
comment = "case-insensitive text"

[extension.pgcrypto]
schema = "public"
version = "@pgcrypto@"
comment = "cryptographic functions"
)toml";
  for (const auto& [placeholder, version] :
       {std::pair{"\"@citext@\"", *citext}, std::pair{"\"@pgcrypto@\"", *pgcrypto}}) {
    expected.replace(expected.find(placeholder), std::string(placeholder).size(),
                     "\"" + version + "\"");
  }
  EXPECT_EQ(inspect(db), expected);
}

TEST(InspectTest, WritesEnumsWithLabelsInSortOrder) {
  test_support::TestDatabase db;
  db.exec(k_enums);
  EXPECT_EQ(inspect(db), R"toml([schema.Billing]

[schema.public]
comment = "standard public schema"

[enum.Billing."Status \"x\""]
values = ["open", "it's closed", "Ünïcödé", "with space", "back\\slash"]
comment = "invoice state"

[enum.public.empty_enum]
values = []

[enum.public.tier]
values = ["aaa first", "free", "enterprise", "team"]
)toml");
}

TEST(InspectTest, WritesSequencesWithNonDefaultOptionsAndOwners) {
  test_support::TestDatabase db;
  db.exec(k_sequences);
  // The identity sequence of orders.id belongs to the column.
  EXPECT_EQ(inspect(db), R"toml([schema.public]
comment = "standard public schema"

[schema."Ünïcode \"schema\""]

[sequence.public.big_start]
start = 1000

[sequence.public.counter]
type = "integer"
increment = 5
min_value = 10
max_value = 1000
start = 20
cache = 3
cycle = true
comment = "a counter"

[sequence.public.explicit_defaults]

[sequence.public.orders_number_seq]
owned_by = { table = "orders", column = "number" }

[sequence.public.plain]

[sequence."Ünïcode \"schema\""."Desc Seq"]
type = "smallint"
increment = -2

[sequence."Ünïcode \"schema\"".desc_bounded]
increment = -1
min_value = -100
max_value = -10

[sequence."Ünïcode \"schema\"".items_id_seq]
type = "integer"
owned_by = { table = "items", column = "id" }

[table.public.orders]

[[table.public.orders.column]]
name = "number"
type = "bigint"

[[table.public.orders.column]]
name = "id"
type = "integer"
not_null = true
identity = "always"

[table."Ünïcode \"schema\"".items]

[[table."Ünïcode \"schema\"".items.column]]
name = "id"
type = "integer"
not_null = true
default = "nextval('\"Ünïcode \"\"schema\"\"\".items_id_seq'::regclass)"
)toml");
}

TEST(InspectTest, WritesViewsAsPostgresqlPrintsThem) {
  test_support::TestDatabase db;
  db.exec(k_views);
  // A definition with ''' in it cannot be a literal string.
  EXPECT_EQ(inspect(db), R"toml([schema."Report ing"]

[schema.public]
comment = "standard public schema"

[table."Report ing"."Big \"Deals\""]

[[table."Report ing"."Big \"Deals\"".column]]
name = "account_id"
type = "integer"

[[table."Report ing"."Big \"Deals\"".column]]
name = "amount"
type = "numeric"

[table.public.accounts]
primary_key = ["id"]

[[table.public.accounts.column]]
name = "id"
type = "integer"
not_null = true

[[table.public.accounts.column]]
name = "name"
type = "text"

[[table.public.accounts.column]]
name = "tier"
type = "text"

[view."Report ing"."Ünïcode view"]
definition = '''
 SELECT big_accounts.id,
    big_accounts.name
   FROM big_accounts
UNION ALL
 SELECT 1 AS id,
    'x'::text AS name;'''

[view.public.big_accounts]
definition = " SELECT a.id,\n    a.name,\n    d.amount\n   FROM accounts a\n     JOIN \"Report ing\".\"Big \"\"Deals\"\"\" d ON d.account_id = a.id\n  WHERE a.tier = 'it''s ''''''enterprise'::text;"
comment = "accounts with big deals"

[view.public.constant]
definition = " SELECT 1 AS one;"
)toml");
}

TEST(InspectTest, ReadsWhatViewsDependOn) {
  test_support::TestDatabase db;
  db.exec(k_views);
  const auto catalog = read(db);
  using Names = std::vector<model::QualifiedName>;
  EXPECT_EQ(catalog.views.at({"public", "big_accounts"}).depends_on,
            (Names{{"Report ing", "Big \"Deals\""}, {"public", "accounts"}}));
  EXPECT_EQ(catalog.views.at({"Report ing", "Ünïcode view"}).depends_on,
            (Names{{"public", "big_accounts"}}));
  EXPECT_EQ(catalog.views.at({"public", "constant"}).depends_on, Names{});
  // The columns each view reads, of each relation it reads.
  using Columns = std::vector<std::string>;
  const auto& reads = catalog.views.at({"public", "big_accounts"}).read_columns;
  EXPECT_EQ(reads.at({"public", "accounts"}), (Columns{"id", "name", "tier"}));
  EXPECT_EQ(reads.at({"Report ing", "Big \"Deals\""}), (Columns{"account_id", "amount"}));
}

TEST(InspectTest, ListsObjectsItDoesNotManageButNotExtensionMembers) {
  test_support::TestDatabase db;
  db.exec(k_unmanaged);
  const auto catalog = read(db);
  // citext's functions and types are the extension's; the range type's
  // constructor functions are the range type's; knex's trigger is knex's.
  // Functions, procedures, aggregates, triggers, row level security and the
  // policies of managed tables are managed kinds.
  const std::vector<model::Unmanaged> expected = {
      {"foreign table", "public.remote"},
      {"rule", "r_notify on public.t"},
      {"table inheritance", "public.derived inherits public.base"},
  };
  EXPECT_EQ(catalog.unmanaged, expected);
  // Materialized views, domains, composite and range types are managed kinds.
  EXPECT_TRUE(catalog.materialized_views.contains({"public", "mv"}));
  EXPECT_TRUE(catalog.domains.contains({"public", "posint"}));
  EXPECT_TRUE(catalog.composite_types.contains({"public", "pair"}));
  EXPECT_TRUE(catalog.range_types.contains({"public", "floatrange"}));
  EXPECT_TRUE(catalog.statistics.contains({"public", "t_stats"}));
  EXPECT_TRUE(catalog.collations.contains({"public", "my_c"}));
  std::vector<std::string> routines;
  for (const auto& [name, routine] : catalog.routines) {
    routines.push_back(name.schema + "." + name.name);
  }
  EXPECT_EQ(routines, (std::vector<std::string>{"Odd \"S\".F n(text, integer)", "public.f(integer)",
                                                "public.p(integer)", "public.total(integer)",
                                                "public.touch()"}));
  // The partitioned table's trigger is read (its partitions' copies are not).
  std::vector<std::string> triggers;
  for (const auto& [name, trigger] : catalog.triggers) {
    triggers.push_back(name.table.name + "." + name.name);
  }
  EXPECT_EQ(triggers, (std::vector<std::string>{"events.events_touch", "t.Touch It"}));
  EXPECT_TRUE(catalog.tables.at({"public", "t"}).row_security);
  // The partitioned table's policy is managed with it.
  ASSERT_EQ(catalog.policies.size(), 2u);
  EXPECT_TRUE(catalog.policies.contains(model::MemberName{{"public", "t"}, "own_rows"}));
  EXPECT_TRUE(catalog.policies.contains(model::MemberName{{"public", "events"}, "events_own"}));
  // Partitioned tables and partitions are tables; materialized views,
  // foreign tables and composite types are not read as tables or views; the
  // exclusion constraint's index is the constraint's, not an index.
  std::vector<std::string> tables;
  for (const auto& [name, table] : catalog.tables) {
    tables.push_back(name.name);
  }
  EXPECT_EQ(tables, (std::vector<std::string>{"base", "derived", "events", "events_2024", "t"}));
  EXPECT_EQ(catalog.tables.at({"public", "events"}).partition_by, "RANGE (at)");
  EXPECT_EQ(catalog.tables.at({"public", "events_2024"}).partition_of->bound,
            "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
  EXPECT_TRUE(catalog.tables.at({"public", "t"}).indexes.empty());
  EXPECT_EQ(catalog.tables.at({"public", "t"}).exclusions.at("t_r_excl").elements,
            (std::vector<std::string>{"r WITH &&"}));
  EXPECT_EQ(catalog.views.size(), 1u);
  EXPECT_TRUE(catalog.enums.empty());
  // The serial column's sequence is the partitioned table's.
  EXPECT_TRUE(catalog.sequences.contains({"public", "events_id_seq"}));
}

TEST(InspectTest, LeavesOutEverythingThatBelongsToAnExtension) {
  test_support::TestDatabase db;
  db.exec("create extension citext; create extension pg_trgm; create extension \"uuid-ossp\"");
  const auto catalog = read(db);
  EXPECT_EQ(catalog.extensions.size(), 3u);
  EXPECT_TRUE(catalog.unmanaged.empty());
  EXPECT_TRUE(catalog.tables.empty());
  EXPECT_TRUE(catalog.enums.empty());
  EXPECT_EQ(catalog.schemas.size(), 1u);
}

}  // namespace
