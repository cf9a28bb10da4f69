#include <gtest/gtest.h>

#include <string>

#include "integration/inspect_cases.hpp"

namespace {

using namespace inspect_cases;  // NOLINT(google-build-using-namespace): test helpers

TEST(InspectTest, WritesColumnsWithEveryOption) {
  test_support::TestDatabase db;
  db.exec(k_columns);
  EXPECT_EQ(inspect(db), R"toml([schema."Sales Dept"]

[schema.public]
comment = "standard public schema"

[collation."Sales Dept"."My Coll"]
provider = "libc"
locale = "C"

[enum.public.mood]
values = ["ok", "sad"]

[table."Sales Dept"."Ledger \"Ñ\""]
comment = "the ledger"

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "Id"
type = "bigint"
not_null = true
identity = "by_default"
identity_options = { increment = 10, min_value = 50, max_value = 100000, start = 100, cache = 5, cycle = true }

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "small"
type = "smallint"
not_null = true
identity = "always"

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "Ünïcödé name"
type = "text"
collation = "C"
not_null = true
default = "'it''s'::text"

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "code"
type = "character varying(20)"
collation = "POSIX"

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "own_coll"
type = "text"
collation = "Sales Dept.My Coll"

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "mood"
type = "mood"
default = "'ok'::mood"

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "amount"
type = "numeric(12,2)"
not_null = true
default = "0"
comment = "in cents, \"exact\""

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "doubled"
type = "numeric"
generated = "(amount * (2)::numeric)"

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "tags"
type = "text[]"
default = "'{}'::text[]"

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "at"
type = "timestamp with time zone"
default = "now()"

[[table."Sales Dept"."Ledger \"Ñ\"".column]]
name = "note"
type = "text"
default = '''
'multi
line'::text'''
comment = '''
two
lines'''

[table.public.dropped]

[[table.public.dropped.column]]
name = "a"
type = "integer"

[[table.public.dropped.column]]
name = "c"
type = "integer"
)toml");
}

TEST(InspectTest, WritesPrimaryKeysAndUniqueForeignKeyAndCheckConstraints) {
  test_support::TestDatabase db;
  db.exec(k_constraints);
  EXPECT_EQ(inspect(db), R"toml([schema.crm]

[schema.public]
comment = "standard public schema"

[table.crm.accounts]
primary_key = ["id"]

[[table.crm.accounts.column]]
name = "id"
type = "bigint"
not_null = true

[[table.crm.accounts.column]]
name = "code"
type = "text"
not_null = true

[[table.crm.accounts.column]]
name = "region"
type = "text"

[table.crm.accounts.unique.accounts_code_region_key]
columns = ["code", "region"]

[table.public."Line Items"]
primary_key = { name = "Invoice PK", columns = ["Line \"No\""], deferrable = true, initially_deferred = true, comment = "pk comment" }

[[table.public."Line Items".column]]
name = "Line \"No\""
type = "integer"
not_null = true

[[table.public."Line Items".column]]
name = "account_id"
type = "bigint"

[[table.public."Line Items".column]]
name = "account_code"
type = "text"

[[table.public."Line Items".column]]
name = "account_region"
type = "text"

[[table.public."Line Items".column]]
name = "amount"
type = "numeric"

[[table.public."Line Items".column]]
name = "note"
type = "text"

[table.public."Line Items".unique.uq_note]
columns = ["note", "amount"]
nulls_not_distinct = true
deferrable = true
comment = "unique comment"

[table.public."Line Items".check."Line Items_amount_check"]
expression = "(amount > (0)::numeric)"

[table.public."Line Items".check."ck \"nv\""]
expression = "((note <> ''::text) AND (note !~ '^,('::text))"
not_valid = true
comment = "check comment"

[table.public."Line Items".check.ck_ni]
expression = "(amount < (1000)::numeric)"
no_inherit = true

[table.public."Line Items".foreign_key."Line Items_account_id_fkey"]
columns = ["account_id"]
references = { schema = "crm", table = "accounts", columns = ["id"] }
on_delete = "restrict"
on_update = "set_default"

[table.public."Line Items".foreign_key.fk_account]
columns = ["account_code", "account_region"]
references = { schema = "crm", table = "accounts", columns = ["code", "region"] }
on_delete = "set_null"
on_update = "cascade"
match = "full"
deferrable = true
initially_deferred = true
not_valid = true
comment = "fk comment"

[table.public.long_pk_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]
primary_key = { name = "long_pk_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_pkey", columns = ["id"] }

[[table.public.long_pk_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.column]]
name = "id"
type = "integer"
not_null = true

[table.public.self_ref]
primary_key = ["id"]

[[table.public.self_ref.column]]
name = "id"
type = "integer"
not_null = true

[[table.public.self_ref.column]]
name = "parent"
type = "integer"

[table.public.self_ref.foreign_key.self_ref_parent_fkey]
columns = ["parent"]
references = { table = "self_ref", columns = ["id"] }
)toml");
}

TEST(InspectTest, WritesIndexesButNotTheOnesConstraintsOwn) {
  test_support::TestDatabase db;
  db.exec(k_indexes);
  const auto trgm = db.scalar("select extversion from pg_extension where extname = 'pg_trgm'");
  ASSERT_TRUE(trgm);
  std::string expected = R"toml([schema.Docs]

[schema.public]
comment = "standard public schema"

[extension.pg_trgm]
schema = "public"
version = "@pg_trgm@"
comment = "text similarity measurement and index searching based on trigrams"

[table.Docs.Pages]
primary_key = ["id"]

[[table.Docs.Pages.column]]
name = "id"
type = "bigint"
not_null = true

[[table.Docs.Pages.column]]
name = "Title"
type = "text"
not_null = true

[[table.Docs.Pages.column]]
name = "body"
type = "text"

[[table.Docs.Pages.column]]
name = "tags"
type = "text[]"

[[table.Docs.Pages.column]]
name = "weight"
type = "integer"

[[table.Docs.Pages.column]]
name = "Ünï \"q\""
type = "text"

[[table.Docs.Pages.column]]
name = "deleted_at"
type = "timestamp with time zone"

[[table.Docs.Pages.column]]
name = "period"
type = "tsrange"

[table.Docs.Pages.unique.Pages_Title_key]
columns = ["Title"]

[table.Docs.Pages.index."Pages, by (title)"]
keys = ["lower(\"Title\") DESC NULLS LAST", "\"Title\" COLLATE \"C\" text_pattern_ops", "((weight + 1))"]
include = ["body", "Ünï \"q\""]
where = "((deleted_at IS NULL) AND (body <> 'a,b(''c)'::text))"

[table.Docs.Pages.index.pages_body_trgm]
keys = ["body gin_trgm_ops"]
method = "gin"

[table.Docs.Pages.index.pages_brin]
keys = ["deleted_at"]
method = "brin"

[table.Docs.Pages.index.pages_gist]
keys = ["period"]
method = "gist"

[table.Docs.Pages.index.pages_hash]
keys = ["\"Ünï \"\"q\"\"\""]
method = "hash"
comment = "hash index"

[table.Docs.Pages.index.pages_tags_idx]
keys = ["tags"]
method = "gin"

[table.Docs.Pages.index.pages_weight_asc]
keys = ["weight NULLS FIRST", "id DESC"]

[table.Docs.Pages.index.pages_weight_key]
keys = ["weight"]
unique = true
nulls_not_distinct = true

[table.public.refd]

[[table.public.refd.column]]
name = "code"
type = "text"

[table.public.refd.index.refd_code_key]
keys = ["code"]
unique = true

[table.public.refs]

[[table.public.refs.column]]
name = "code"
type = "text"

[table.public.refs.foreign_key.refs_code_fkey]
columns = ["code"]
references = { table = "refd", columns = ["code"] }
)toml";
  expected.replace(expected.find("\"@pg_trgm@\""), 11, "\"" + *trgm + "\"");
  EXPECT_EQ(inspect(db), expected);
}

TEST(InspectTest, MarksInvalidIndexes) {
  test_support::TestDatabase db;
  db.exec(
      "create table t (a int, b int);"
      "create index t_a_idx on t (a);"
      "create index t_b_idx on t (b);"
      // What a failed CREATE INDEX CONCURRENTLY leaves behind.
      "update pg_index set indisvalid = false where indexrelid = 't_b_idx'::regclass");
  const auto catalog = read(db);
  const auto& indexes = catalog.tables.at({"public", "t"}).indexes;
  ASSERT_EQ(indexes.size(), 2u);
  EXPECT_FALSE(indexes.at("t_a_idx").invalid);
  EXPECT_TRUE(indexes.at("t_b_idx").invalid);
}

}  // namespace
