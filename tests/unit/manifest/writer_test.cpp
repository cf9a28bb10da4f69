#include "manifest/writer.hpp"

#include <gtest/gtest.h>

namespace {

model::Catalog two_tables() {
  model::Catalog catalog;
  model::Table users{.name = {"public", "users"}};
  users.columns = {{.name = "id",
                    .type = "integer",
                    .not_null = true,
                    .default_expr = "nextval('users_id_seq'::regclass)"},
                   {.name = "email", .type = "character varying(255)", .not_null = true}};
  users.primary_key = model::PrimaryKey{"users_pkey", {"id"}};
  model::Table odd{.name = {"Sales Data", "line.items"}};
  odd.columns = {{.name = "say \"hi\"", .type = "numeric(12,2)"}};
  odd.primary_key = model::PrimaryKey{"custom_pk", {"say \"hi\""}};
  // Inserted out of order: the writer sorts.
  catalog.tables.emplace(users.name, users);
  catalog.tables.emplace(odd.name, odd);
  return catalog;
}

TEST(WriterTest, WritesCanonicalToml) {
  EXPECT_EQ(manifest::write_toml(two_tables()),
            R"toml([table."Sales Data"."line.items"]
primary_key = { name = "custom_pk", columns = ["say \"hi\""] }

[[table."Sales Data"."line.items".column]]
name = "say \"hi\""
type = "numeric(12,2)"

[table.public.users]
primary_key = ["id"]

[[table.public.users.column]]
name = "id"
type = "integer"
not_null = true
default = "nextval('users_id_seq'::regclass)"

[[table.public.users.column]]
name = "email"
type = "character varying(255)"
not_null = true
)toml");
}

TEST(WriterTest, IsDeterministic) {
  EXPECT_EQ(manifest::write_toml(two_tables()), manifest::write_toml(two_tables()));
}

TEST(WriterTest, EscapesControlCharacters) {
  model::Catalog catalog;
  model::Table table{.name = {"public", "t"}};
  table.columns = {{.name = "a\tb\nc\x01", .type = "text"}};
  catalog.tables.emplace(table.name, table);
  EXPECT_NE(manifest::write_toml(catalog).find(R"(name = "a\tb\nc\u0001")"), std::string::npos);
}

TEST(WriterTest, EmptyCatalogIsEmptyText) { EXPECT_EQ(manifest::write_toml({}), ""); }

}  // namespace

namespace {

// One object of every kind, every optional key set to something other than
// its default, plus desired-only fields the writer must leave out.
model::Catalog every_kind() {
  model::Catalog catalog;
  catalog.schemas["public"] = {.name = "public", .comment = "standard public schema"};
  catalog.schemas["Billing Dept"] = {
      .name = "Billing Dept", .comment = "two\nlines", .implicit = true};
  catalog.extensions["citext"] = {.name = "citext", .schema = "public", .version = "1.6"};
  catalog.extensions["pg_trgm"] = {
      .name = "pg_trgm", .schema = "Billing Dept", .comment = "trigrams"};
  model::EnumType status{.name = {"Billing Dept", "status"},
                         .values = {"open", "it's \"closed\""},
                         .value_renames = {{"open", "opened"}},
                         .comment = "state"};
  catalog.enums.emplace(status.name, status);
  // (Fields assigned one by one: g++ 12 warns falsely about designated
  // initializers of SequenceOptions' defaulted string.)
  model::Sequence counter;
  counter.name = {"public", "counter"};
  counter.options.data_type = "integer";
  counter.options.increment = 5;
  counter.options.min_value = 10;
  counter.options.max_value = 1000;
  counter.options.start = 20;
  counter.options.cache = 3;
  counter.options.cycle = true;
  counter.comment = "a counter";
  catalog.sequences.emplace(counter.name, counter);
  // Explicit defaults are left out just like unset ones.
  model::Sequence plain;
  plain.name = {"public", "plain"};
  plain.options.increment = 1;
  plain.options.min_value = 1;
  plain.options.cache = 1;
  plain.owned_by = model::OwnedBy{{"public", "orders"}, "number"};
  catalog.sequences.emplace(plain.name, plain);
  model::Sequence elsewhere;
  elsewhere.name = {"public", "elsewhere"};
  elsewhere.owned_by = model::OwnedBy{{"Billing Dept", "lines"}, "no"};
  catalog.sequences.emplace(elsewhere.name, elsewhere);

  model::Table lines{.name = {"Billing Dept", "lines"}, .comment = "invoice lines"};
  lines.renamed_from = "old_lines";
  auto& no = lines.columns.emplace_back();
  no.name = "no";
  no.type = "bigint";
  no.not_null = true;
  no.identity = model::Identity::always;
  no.identity_options.increment = 10;
  no.identity_options.start = 100;
  no.renamed_from = "number";
  auto& small = lines.columns.emplace_back();
  small.name = "small";
  small.type = "smallint";
  small.not_null = true;
  small.identity = model::Identity::by_default;
  small.identity_options.data_type = "smallint";
  auto& name = lines.columns.emplace_back();
  name.name = "Name \"x\"";
  name.type = "text";
  name.not_null = true;
  name.default_expr = "'a'::text";
  name.collation = "C";
  name.comment = "the name";
  auto& total = lines.columns.emplace_back();
  total.name = "total";
  total.type = "numeric";
  total.generated = "(amount * (2)::numeric)";
  auto& note = lines.columns.emplace_back();
  note.name = "note";
  note.type = "text";
  note.default_expr = "'multi\nline'::text";
  lines.primary_key = model::PrimaryKey{.name = "lines_pk",
                                        .columns = {"no"},
                                        .deferral = {true, true},
                                        .comment = "pk",
                                        .renamed_from = "old_pk"};
  lines.uniques["lines_name_key"] = {.name = "lines_name_key",
                                     .columns = {"Name \"x\"", "small"},
                                     .nulls_not_distinct = true,
                                     .deferral = {true, false},
                                     .comment = "unique",
                                     .renamed_from = "old_unique"};
  lines.checks["positive"] = {.name = "positive",
                              .expression = "(total > (0)::numeric)",
                              .not_valid = true,
                              .no_inherit = true,
                              .comment = "check"};
  lines.checks["a_multi_line"] = {.name = "a_multi_line", .expression = "(note <> 'a\nb'::text)"};
  lines.foreign_keys["lines_order_fkey"] = {.name = "lines_order_fkey",
                                            .columns = {"no"},
                                            .references = {"public", "orders"},
                                            .referenced_columns = {"id"},
                                            .on_delete = model::ReferentialAction::cascade,
                                            .on_update = model::ReferentialAction::set_null,
                                            .match = model::MatchType::full,
                                            .deferral = {true, true},
                                            .not_valid = true,
                                            .comment = "fk"};
  lines.foreign_keys["lines_self_fkey"] = {.name = "lines_self_fkey",
                                           .columns = {"small"},
                                           .references = {"Billing Dept", "lines"},
                                           .referenced_columns = {"small"},
                                           .on_delete = model::ReferentialAction::restrict,
                                           .on_update = model::ReferentialAction::set_default};
  lines.indexes["lines_lower_idx"] = {.name = "lines_lower_idx",
                                      .unique = true,
                                      .nulls_not_distinct = true,
                                      .method = "btree",
                                      .keys = {"lower(\"Name \"\"x\"\"\") DESC", "(no + 1)"},
                                      .include = {"note"},
                                      .where = "(note IS NOT NULL)",
                                      .comment = "index",
                                      .renamed_from = "old_idx",
                                      .invalid = true};
  lines.indexes["lines_note_gin"] = {.name = "lines_note_gin", .method = "gin", .keys = {"note"}};
  catalog.tables.emplace(lines.name, lines);

  model::Table orders{.name = {"public", "orders"}};
  orders.columns = {{.name = "id", .type = "integer", .not_null = true}};
  orders.primary_key = model::PrimaryKey{"orders_pkey", {"id"}};
  catalog.tables.emplace(orders.name, orders);

  model::View view{.name = {"public", "v"},
                   .definition = " SELECT orders.id\n   FROM orders;",
                   .comment = "a view",
                   .depends_on = {{"public", "orders"}}};
  catalog.views.emplace(view.name, view);
  catalog.unmanaged = {{"function", "public.f(integer)"}};
  return catalog;
}

TEST(WriterTest, WritesEveryKindCanonically) {
  EXPECT_EQ(manifest::write_toml(every_kind()), R"toml([schema."Billing Dept"]
comment = '''
two
lines'''

[schema.public]
comment = "standard public schema"

[extension.citext]
schema = "public"
version = "1.6"

[extension.pg_trgm]
schema = "Billing Dept"
comment = "trigrams"

[enum."Billing Dept".status]
values = ["open", "it's \"closed\""]
comment = "state"

[sequence.public.counter]
type = "integer"
increment = 5
min_value = 10
max_value = 1000
start = 20
cache = 3
cycle = true
comment = "a counter"

[sequence.public.elsewhere]
owned_by = { schema = "Billing Dept", table = "lines", column = "no" }

[sequence.public.plain]
owned_by = { table = "orders", column = "number" }

[table."Billing Dept".lines]
primary_key = { name = "lines_pk", columns = ["no"], deferrable = true, initially_deferred = true, comment = "pk" }
comment = "invoice lines"

[[table."Billing Dept".lines.column]]
name = "no"
type = "bigint"
not_null = true
identity = "always"
identity_options = { increment = 10, start = 100 }

[[table."Billing Dept".lines.column]]
name = "small"
type = "smallint"
not_null = true
identity = "by_default"

[[table."Billing Dept".lines.column]]
name = "Name \"x\""
type = "text"
collation = "C"
not_null = true
default = "'a'::text"
comment = "the name"

[[table."Billing Dept".lines.column]]
name = "total"
type = "numeric"
generated = "(amount * (2)::numeric)"

[[table."Billing Dept".lines.column]]
name = "note"
type = "text"
default = '''
'multi
line'::text'''

[table."Billing Dept".lines.unique.lines_name_key]
columns = ["Name \"x\"", "small"]
nulls_not_distinct = true
deferrable = true
comment = "unique"

[table."Billing Dept".lines.check.a_multi_line]
expression = '''
(note <> 'a
b'::text)'''

[table."Billing Dept".lines.check.positive]
expression = "(total > (0)::numeric)"
not_valid = true
no_inherit = true
comment = "check"

[table."Billing Dept".lines.foreign_key.lines_order_fkey]
columns = ["no"]
references = { schema = "public", table = "orders", columns = ["id"] }
on_delete = "cascade"
on_update = "set_null"
match = "full"
deferrable = true
initially_deferred = true
not_valid = true
comment = "fk"

[table."Billing Dept".lines.foreign_key.lines_self_fkey]
columns = ["small"]
references = { table = "lines", columns = ["small"] }
on_delete = "restrict"
on_update = "set_default"

[table."Billing Dept".lines.index.lines_lower_idx]
keys = ["lower(\"Name \"\"x\"\"\") DESC", "(no + 1)"]
unique = true
nulls_not_distinct = true
include = ["note"]
where = "(note IS NOT NULL)"
comment = "index"

[table."Billing Dept".lines.index.lines_note_gin]
keys = ["note"]
method = "gin"

[table.public.orders]
primary_key = ["id"]

[[table.public.orders.column]]
name = "id"
type = "integer"
not_null = true

[view.public.v]
definition = '''
 SELECT orders.id
   FROM orders;'''
comment = "a view"
)toml");
}

TEST(WriterTest, NeverWritesDesiredOnlyFields) {
  const auto text = manifest::write_toml(every_kind());
  for (const char* word : {"renamed_from", "value_renames", "implicit", "opened", "old_", "invalid",
                           "depends_on", "public.f(integer)"}) {
    EXPECT_EQ(text.find(word), std::string::npos) << word;
  }
}

TEST(WriterTest, PrimaryKeyWithDefaultNameButACommentIsAnInlineTable) {
  model::Catalog catalog;
  model::Table table{.name = {"public", "t"}};
  table.columns = {{.name = "id", .type = "integer", .not_null = true}};
  table.primary_key = model::PrimaryKey{.name = "t_pkey", .columns = {"id"}, .comment = "key"};
  catalog.tables.emplace(table.name, table);
  EXPECT_NE(manifest::write_toml(catalog).find(
                "primary_key = { name = \"t_pkey\", columns = [\"id\"], comment = \"key\" }\n"),
            std::string::npos);
}

TEST(WriterTest, MultiLineTextFallsBackToBasicStringsWhenALiteralCannotHoldIt) {
  const auto view_text = [](const std::string& definition) {
    model::Catalog catalog;
    model::View view{.name = {"public", "v"}, .definition = definition};
    catalog.views.emplace(view.name, view);
    const auto text = manifest::write_toml(catalog);
    return text.substr(text.find("definition = "));
  };
  EXPECT_EQ(view_text(" SELECT 1\n;"), "definition = '''\n SELECT 1\n;'''\n");
  EXPECT_EQ(view_text("\n SELECT 1;"), "definition = '''\n\n SELECT 1;'''\n");
  EXPECT_EQ(view_text(" SELECT 'a'''''' b'\n;"), "definition = \" SELECT 'a'''''' b'\\n;\"\n");
  EXPECT_EQ(view_text(" SELECT\n'a'"), "definition = \" SELECT\\n'a'\"\n");
  EXPECT_EQ(view_text(" SELECT\r\n1"), "definition = \" SELECT\\r\\n1\"\n");
  EXPECT_EQ(view_text(" SELECT\n\x7f"), "definition = \" SELECT\\n\\u007F\"\n");
  EXPECT_EQ(view_text(" SELECT\t1;"), "definition = \" SELECT\\t1;\"\n");
  EXPECT_EQ(view_text("a\\b\n\tc"), "definition = '''\na\\b\n\tc'''\n");
}

}  // namespace
