#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "base/strings.hpp"
#include "manifest/manifest.hpp"

// The expected messages are long literals split over lines, not lists with a
// missing comma.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)

namespace {

namespace fs = std::filesystem;

manifest::Manifest parse_ok(std::string_view text) {
  auto result = manifest::parse_manifest(text, "m.toml");
  if (!result) {
    ADD_FAILURE() << result.error().message();
    return {};
  }
  return std::move(result).value();
}

// Returns the error message of a manifest that must not parse.
std::string parse_error(std::string_view text) {
  auto result = manifest::parse_manifest(text, "m.toml");
  if (result) {
    ADD_FAILURE() << "parsed, but should have failed:\n" << text;
    return "";
  }
  EXPECT_EQ(result.error().kind(), base::ErrorKind::config);
  return result.error().message();
}

std::string lines(std::initializer_list<std::string> items) {
  return base::join(std::vector<std::string>(items), "\n");
}

// Returns "name:line:1" for the line of `text` that is exactly `header`.
std::string where_of(const std::string& text, const std::string& header, const std::string& name) {
  std::size_t line = 1;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    if (text.compare(start, end - start, header) == 0) {
      return name + ":" + std::to_string(line) + ":1";
    }
    start = end + 1;
    ++line;
  }
  ADD_FAILURE() << "no line " << header;
  return "";
}

// The TOML in the "## Example" section of docs/schema-format.md.
std::string doc_example() {
  const fs::path doc = fs::path(TENANTCTL_SOURCE_DIR) / "docs" / "schema-format.md";
  std::ifstream stream(doc);
  std::stringstream text;
  text << stream.rdbuf();
  const std::string content = text.str();
  const std::string marker = "## Example\n\n```toml\n";
  const std::size_t start = content.find(marker);
  if (start == std::string::npos) {
    ADD_FAILURE() << "no example in " << doc;
    return "";
  }
  const std::size_t end = content.find("```", start + marker.size());
  return content.substr(start + marker.size(), end - start - marker.size());
}

// A directory removed again at the end of the test.
class TempDir {
 public:
  TempDir() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    m_path = fs::temp_directory_path() /
             ("tenantctl-reader-" + std::string(test->name()) + "-" + std::to_string(::getpid()));
    fs::remove_all(m_path);
    fs::create_directories(m_path);
  }
  ~TempDir() { fs::remove_all(m_path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  void write(const std::string& relative, const std::string& text) const {
    const fs::path file = m_path / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
  }
  [[nodiscard]] const fs::path& path() const { return m_path; }
  [[nodiscard]] std::string name(const std::string& relative) const {
    return (m_path / relative).generic_string();
  }

 private:
  fs::path m_path;
};

model::QualifiedName qn(const std::string& schema, const std::string& name) {
  return {schema, name};
}

TEST(ReaderTest, ParsesTheDocExampleToTheExpectedCatalog) {
  const std::string text = doc_example();
  const manifest::Manifest result = parse_ok(text);
  const model::Catalog& catalog = result.catalog;

  EXPECT_EQ(result.ignore, std::vector<std::string>{"public.legacy_*"});
  ASSERT_EQ(catalog.schemas.size(), 2u);
  EXPECT_EQ(catalog.schemas.at("billing"),
            (model::Schema{.name = "billing", .comment = "Invoices and payments"}));
  EXPECT_FALSE(catalog.schemas.at("billing").implicit);
  EXPECT_TRUE(catalog.schemas.at("public").implicit);
  EXPECT_EQ(catalog.extensions.at("citext"),
            (model::Extension{.name = "citext", .schema = "public"}));
  EXPECT_EQ(catalog.enums.at(qn("public", "account_tier")),
            (model::EnumType{.name = qn("public", "account_tier"),
                             .values = {"free", "team", "enterprise"}}));
  EXPECT_TRUE(catalog.sequences.empty());

  model::Table accounts{.name = qn("public", "accounts")};
  accounts.columns = {
      {.name = "id", .type = "bigint", .not_null = true, .identity = model::Identity::always},
      {.name = "name", .type = "character varying(120)", .not_null = true},
      {.name = "tier",
       .type = "account_tier",
       .not_null = true,
       .default_expr = "'free'::account_tier"}};
  accounts.primary_key = model::PrimaryKey{.name = "accounts_pkey", .columns = {"id"}};
  accounts.uniques["accounts_name_key"] = {.name = "accounts_name_key", .columns = {"name"}};
  accounts.indexes["accounts_lower_name_idx"] = {.name = "accounts_lower_name_idx",
                                                 .keys = {"lower((name)::text)"}};
  accounts.comment = "Customer accounts";
  model::Table contacts{.name = qn("public", "contacts")};
  contacts.columns = {
      {.name = "id", .type = "bigint", .not_null = true, .identity = model::Identity::by_default},
      {.name = "account_id", .type = "bigint"}};
  contacts.primary_key = model::PrimaryKey{.name = "contacts_pkey", .columns = {"id"}};
  contacts.foreign_keys["contacts_account_id_fkey"] = {
      .name = "contacts_account_id_fkey",
      .columns = {"account_id"},
      .references = qn("public", "accounts"),
      .referenced_columns = {"id"},
      .on_delete = model::ReferentialAction::cascade};
  ASSERT_EQ(catalog.tables.size(), 2u);
  EXPECT_EQ(catalog.tables.at(accounts.name), accounts);
  EXPECT_EQ(catalog.tables.at(contacts.name), contacts);
  EXPECT_EQ(catalog.views.at(qn("public", "big_accounts")).definition,
            " SELECT accounts.id,\n    accounts.name\n   FROM accounts\n"
            "  WHERE accounts.tier = 'enterprise'::account_tier;");

  EXPECT_EQ(catalog.schemas.at("billing").source.where,
            where_of(text, "[schema.billing]", "m.toml"));
  EXPECT_EQ(catalog.extensions.at("citext").source.where,
            where_of(text, "[extension.citext]", "m.toml"));
  EXPECT_EQ(catalog.enums.at(qn("public", "account_tier")).source.where,
            where_of(text, "[enum.public.account_tier]", "m.toml"));
  EXPECT_EQ(catalog.tables.at(accounts.name).source.where,
            where_of(text, "[table.public.accounts]", "m.toml"));
  EXPECT_EQ(catalog.views.at(qn("public", "big_accounts")).source.where,
            where_of(text, "[view.public.big_accounts]", "m.toml"));
}

// Found by tests/fuzz/fuzz_schema_toml: toml++ 3.3 asserted (and, built
// with NDEBUG by clang, assumed) that a table header's key starts with a key
// character; these are syntax errors with a position.
TEST(ReaderTest, MalformedTableHeadersAreSyntaxErrors) {
  for (const std::string_view text : {"[\n", "[[[1]]]\n", "[[[]]\n", "[[=\n"}) {
    const auto message = parse_error(text);
    EXPECT_NE(message.find("m.toml:1:"), std::string::npos) << message;
    EXPECT_NE(message.find("TOML syntax error"), std::string::npos) << message;
  }
}

// Found by tests/fuzz/fuzz_config_toml and fuzz_plan: toml++ 3.3 reached
// __builtin_unreachable() asking whether a non-ASCII character is white space
// (manifest/toml_library.hpp). A byte-order mark alone is an empty document;
// "é" after a bare key is a syntax error at its place.
TEST(ReaderTest, NonAsciiCharactersNextToKeysAreReadSafely) {
  const auto empty = parse_ok("\xEF\xBB\xBF");
  EXPECT_TRUE(empty.catalog.tables.empty());
  for (const std::string_view text : {"[tabl\xC3\xA9]\n",
                                      "[a\xC2\xA1"
                                      "b]\n",
                                      "[a]\nx\xC3\xA9 = 1\n"}) {
    const auto message = parse_error(text);
    EXPECT_NE(message.find("TOML syntax error"), std::string::npos) << message;
  }
}

TEST(ReaderTest, ReadsSchemasAndExtensions) {
  const auto catalog = parse_ok(R"toml([schema.app]
comment = "Application data"

[extension.pgcrypto]
schema = "crypto"
version = "1.3"
comment = "hashes"

[extension.citext]
)toml")
                           .catalog;
  EXPECT_EQ(catalog.schemas.at("app"),
            (model::Schema{.name = "app", .comment = "Application data"}));
  EXPECT_FALSE(catalog.schemas.at("app").implicit);
  EXPECT_EQ(catalog.schemas.at("app").source.where, "m.toml:1:1");
  EXPECT_EQ(catalog.extensions.at("pgcrypto"),
            (model::Extension{
                .name = "pgcrypto", .schema = "crypto", .version = "1.3", .comment = "hashes"}));
  EXPECT_EQ(catalog.extensions.at("pgcrypto").source.where, "m.toml:4:1");
  // Defaults: schema public, any version.
  EXPECT_EQ(catalog.extensions.at("citext"),
            (model::Extension{.name = "citext", .schema = "public"}));
  // The extensions' schemas are implicit.
  EXPECT_TRUE(catalog.schemas.at("crypto").implicit);
  EXPECT_EQ(catalog.schemas.at("crypto").source.where, "m.toml:4:1");
  EXPECT_TRUE(catalog.schemas.at("public").implicit);
  EXPECT_EQ(catalog.schemas.size(), 3u);
}

TEST(ReaderTest, ReadsEnums) {
  const auto catalog = parse_ok(R"toml([enum.billing.status]
values = ["draft", "sent", "paid"]
value_renames = { sent = "issued" }
comment = "Invoice states"
)toml")
                           .catalog;
  EXPECT_EQ(catalog.enums.at(qn("billing", "status")),
            (model::EnumType{.name = qn("billing", "status"),
                             .values = {"draft", "sent", "paid"},
                             .value_renames = {{"sent", "issued"}},
                             .comment = "Invoice states"}));
  EXPECT_EQ(catalog.enums.at(qn("billing", "status")).source.where, "m.toml:1:1");
}

TEST(ReaderTest, ReadsSequencesWithDefaults) {
  const auto catalog = parse_ok(R"toml([sequence.public.order_number]
type = "integer"
increment = -2
min_value = -1000
max_value = 10
start = 5
cache = 20
cycle = true
owned_by = { table = "orders", column = "number" }
comment = "Order numbers"

[sequence.app.plain]

[sequence.app.elsewhere]
owned_by = { schema = "public", table = "orders", column = "number" }
)toml")
                           .catalog;
  model::Sequence numbers;
  numbers.name = qn("public", "order_number");
  numbers.options = {.data_type = "integer",
                     .increment = -2,
                     .min_value = -1000,
                     .max_value = 10,
                     .start = 5,
                     .cache = 20,
                     .cycle = true};
  numbers.owned_by = model::OwnedBy{qn("public", "orders"), "number"};
  numbers.comment = "Order numbers";
  EXPECT_EQ(catalog.sequences.at(numbers.name), numbers);
  // Nothing written: bigint, PostgreSQL's defaults, no owner.
  model::Sequence plain;
  plain.name = qn("app", "plain");
  EXPECT_EQ(catalog.sequences.at(plain.name), plain);
  EXPECT_EQ(catalog.sequences.at(qn("app", "elsewhere")).owned_by,
            (model::OwnedBy{qn("public", "orders"), "number"}));
  EXPECT_EQ(catalog.sequences.at(qn("app", "plain")).source.where, "m.toml:12:1");
}

TEST(ReaderTest, ReadsTablesAndEveryColumnKey) {
  const auto catalog = parse_ok(R"toml([table.public.users]
primary_key = { name = "users_pk", columns = ["id", "tenant"], deferrable = true, initially_deferred = true, comment = "pk", renamed_from = "old_pk" }
comment = "People"
renamed_from = "members"

[[table.public.users.column]]
name = "id"
type = "int"
not_null = true
identity = "by_default"
identity_options = { start = 100, increment = 5, min_value = 1, max_value = 100000, cache = 10, cycle = true }
comment = "key"
renamed_from = "user_id"

[[table.public.users.column]]
name = "tenant"
type = "text"
collation = "C"
default = "current_setting('app.tenant'::text)"

[[table.public.users.column]]
name = "search"
type = "tsvector"
generated = "to_tsvector('simple'::regconfig, tenant)"

[table.public.plain]
primary_key = ["a"]

[[table.public.plain.column]]
name = "a"
type = "smallint"
identity = "always"
)toml")
                           .catalog;
  model::Table users{.name = qn("public", "users")};
  users.columns = {{.name = "id",
                    .type = "int",
                    .not_null = true,
                    .identity = model::Identity::by_default,
                    .identity_options = {.data_type = "integer",
                                         .increment = 5,
                                         .min_value = 1,
                                         .max_value = 100000,
                                         .start = 100,
                                         .cache = 10,
                                         .cycle = true},
                    .comment = "key",
                    .renamed_from = "user_id"},
                   {.name = "tenant",
                    .type = "text",
                    .default_expr = "current_setting('app.tenant'::text)",
                    .collation = "C"},
                   {.name = "search",
                    .type = "tsvector",
                    .generated = "to_tsvector('simple'::regconfig, tenant)"}};
  users.primary_key = model::PrimaryKey{.name = "users_pk",
                                        .columns = {"id", "tenant"},
                                        .deferral = {true, true},
                                        .comment = "pk",
                                        .renamed_from = "old_pk"};
  users.comment = "People";
  users.renamed_from = "members";
  EXPECT_EQ(catalog.tables.at(users.name), users);

  // The short form of the key gets PostgreSQL's default name; an identity
  // sequence takes the column's integer type.
  const model::Table& plain = catalog.tables.at(qn("public", "plain"));
  EXPECT_EQ(plain.primary_key, (model::PrimaryKey{.name = "plain_pkey", .columns = {"a"}}));
  EXPECT_EQ(plain.columns.at(0).identity, model::Identity::always);
  EXPECT_EQ(plain.columns.at(0).identity_options,
            (model::SequenceOptions{.data_type = "smallint"}));
  EXPECT_EQ(plain.source.where, "m.toml:26:1");
}

TEST(ReaderTest, PrimaryKeyTableFormDefaultsItsName) {
  const auto catalog = parse_ok(R"toml([table.public.t]
primary_key = { columns = ["a"], deferrable = true }
[[table.public.t.column]]
name = "a"
type = "int"
)toml")
                           .catalog;
  EXPECT_EQ(catalog.tables.at(qn("public", "t")).primary_key,
            (model::PrimaryKey{.name = "t_pkey", .columns = {"a"}, .deferral = {true, false}}));
}

TEST(ReaderTest, ReadsConstraintsAndIndexes) {
  const auto catalog = parse_ok(R"toml([[table.app.orders.column]]
name = "id"
type = "bigint"

[[table.app.orders.column]]
name = "customer"
type = "bigint"

[[table.app.orders.column]]
name = "code"
type = "text"

[table.app.orders.unique.orders_code_key]
columns = ["code", "customer"]
nulls_not_distinct = true
deferrable = true
initially_deferred = true
comment = "one code per customer"
renamed_from = "orders_code_uq"

[table.app.orders.foreign_key.orders_customer_fkey]
columns = ["customer"]
references = { schema = "crm", table = "customers", columns = ["id"] }
on_delete = "set_null"
on_update = "restrict"
match = "full"
deferrable = true
not_valid = true
comment = "owner"
renamed_from = "fk_old"

[table.app.orders.foreign_key.orders_self_fkey]
columns = ["customer"]
references = { table = "orders", columns = ["id"] }
on_delete = "set_default"
on_update = "cascade"

[table.app.orders.check.orders_code_check]
expression = "(length(code) > 2)"
not_valid = true
no_inherit = true
comment = "short codes"
renamed_from = "code_len"

[table.app.orders.index.orders_code_idx]
keys = ["lower(code)", "customer DESC NULLS LAST"]
unique = true
nulls_not_distinct = true
method = "hash"
include = ["id"]
where = "(code IS NOT NULL)"
comment = "lookup"
renamed_from = "orders_lookup"

[table.app.orders.index.orders_plain_idx]
keys = ["code"]
)toml")
                           .catalog;
  const model::Table& orders = catalog.tables.at(qn("app", "orders"));
  EXPECT_EQ(orders.source.where, "m.toml:1:1");  // no [table.app.orders]: the first header
  EXPECT_FALSE(orders.primary_key);
  EXPECT_EQ(orders.uniques.at("orders_code_key"),
            (model::UniqueConstraint{.name = "orders_code_key",
                                     .columns = {"code", "customer"},
                                     .nulls_not_distinct = true,
                                     .deferral = {true, true},
                                     .comment = "one code per customer",
                                     .renamed_from = "orders_code_uq"}));
  EXPECT_EQ(orders.foreign_keys.at("orders_customer_fkey"),
            (model::ForeignKey{.name = "orders_customer_fkey",
                               .columns = {"customer"},
                               .references = qn("crm", "customers"),
                               .referenced_columns = {"id"},
                               .on_delete = model::ReferentialAction::set_null,
                               .on_update = model::ReferentialAction::restrict,
                               .match = model::MatchType::full,
                               .deferral = {true, false},
                               .not_valid = true,
                               .comment = "owner",
                               .renamed_from = "fk_old"}));
  // references.schema defaults to the table's own schema.
  EXPECT_EQ(orders.foreign_keys.at("orders_self_fkey"),
            (model::ForeignKey{.name = "orders_self_fkey",
                               .columns = {"customer"},
                               .references = qn("app", "orders"),
                               .referenced_columns = {"id"},
                               .on_delete = model::ReferentialAction::set_default,
                               .on_update = model::ReferentialAction::cascade}));
  EXPECT_EQ(orders.checks.at("orders_code_check"),
            (model::CheckConstraint{.name = "orders_code_check",
                                    .expression = "(length(code) > 2)",
                                    .not_valid = true,
                                    .no_inherit = true,
                                    .comment = "short codes",
                                    .renamed_from = "code_len"}));
  EXPECT_EQ(orders.indexes.at("orders_code_idx"),
            (model::Index{.name = "orders_code_idx",
                          .unique = true,
                          .nulls_not_distinct = true,
                          .method = "hash",
                          .keys = {"lower(code)", "customer DESC NULLS LAST"},
                          .include = {"id"},
                          .where = "(code IS NOT NULL)",
                          .comment = "lookup",
                          .renamed_from = "orders_lookup"}));
  EXPECT_EQ(orders.indexes.at("orders_plain_idx"),
            (model::Index{.name = "orders_plain_idx", .method = "btree", .keys = {"code"}}));
  // crm.customers is not declared here (it may be ignored): not checked, and
  // its schema is not made implicit.
  EXPECT_FALSE(catalog.schemas.contains("crm"));
  EXPECT_TRUE(catalog.schemas.at("app").implicit);
}

TEST(ReaderTest, ReadsViewsAndKeepsStringsAsWritten) {
  const auto catalog = parse_ok(R"toml([view.reporting.totals]
definition = """
SELECT  1 AS one"""
comment = "Totals"

[table.Billing."Invoice Lines"]
[[table.Billing."Invoice Lines".column]]
name = "Line \"No\""
type = "INT4"
default = "  nextval( 'x' )"
)toml")
                           .catalog;
  EXPECT_EQ(catalog.views.at(qn("reporting", "totals")),
            (model::View{.name = qn("reporting", "totals"),
                         .definition = "SELECT  1 AS one",
                         .comment = "Totals"}));
  const model::Table& lines_table = catalog.tables.at(qn("Billing", "Invoice Lines"));
  ASSERT_EQ(lines_table.columns.size(), 1u);
  EXPECT_EQ(lines_table.columns[0].name, "Line \"No\"");
  EXPECT_EQ(lines_table.columns[0].type, "INT4");
  EXPECT_EQ(lines_table.columns[0].default_expr, "  nextval( 'x' )");
  EXPECT_TRUE(catalog.schemas.at("Billing").implicit);
  EXPECT_TRUE(catalog.schemas.at("reporting").implicit);
}

TEST(ReaderTest, DeclaredSchemasAreNotImplicit) {
  const auto catalog = parse_ok(R"toml([schema.app]

[table.app.t]

[enum.other.e]
values = []
)toml")
                           .catalog;
  EXPECT_FALSE(catalog.schemas.at("app").implicit);
  EXPECT_TRUE(catalog.schemas.at("other").implicit);
  EXPECT_EQ(catalog.schemas.at("other").source.where, "m.toml:5:1");
  EXPECT_FALSE(catalog.schemas.contains("public"));
}

TEST(ReaderTest, ReportsTomlSyntaxErrors) {
  EXPECT_EQ(parse_error("[table.public.users]\ncomment = \"open\n"),
            "m.toml:2:16: TOML syntax error: Error while parsing string: unescaped control "
            "characters other than TAB (U+0009) are explicitly prohibited");
  const std::string overflow = parse_error("[sequence.public.s]\nstart = 99999999999999999999\n");
  EXPECT_TRUE(overflow.starts_with("m.toml:2:")) << overflow;
  EXPECT_NE(overflow.find("not representable in 64 bits"), std::string::npos) << overflow;
}

// A NUL reaches a parsed string only through an escape; both escape forms,
// in a string and in a quoted key, are refused.
TEST(ReaderTest, ReportsNulCharactersInEitherEscapeForm) {
  const char* const texts[] = {
      "[table.public.t]\ncomment = \"a\\u0000b\"\n[[table.public.t.column]]\nname = \"id\"\n"
      "type = \"integer\"\n",
      "[table.public.t]\ncomment = \"a\\U00000000b\"\n[[table.public.t.column]]\nname = "
      "\"id\"\ntype = \"integer\"\n",
      "[[table.public.\"a\\U00000000b\".column]]\nname = \"id\"\ntype = \"integer\"\n",
  };
  for (const char* text : texts) {
    EXPECT_NE(parse_error(text).find("NUL character"), std::string::npos) << text;
  }
  // An escaped backslash before "u0000" is no NUL.
  const auto manifest = parse_ok(
      "[table.public.t]\ncomment = \"a\\\\u0000b\"\n[[table.public.t.column]]\nname = "
      "\"id\"\ntype = \"integer\"\n");
  EXPECT_EQ(manifest.catalog.tables.at(model::QualifiedName{"public", "t"}).comment, "a\\u0000b");
}

TEST(ReaderTest, ReportsUnknownKeysWithDidYouMean) {
  EXPECT_EQ(parse_error(R"toml(tables = 1
[table.public.users]
primary_keys = ["id"]
zzz = 1
[[table.public.users.column]]
name = "id"
type = "int"
not_nul = true
[table.public.users.foreign_key.fk]
columns = ["id"]
references = { tables = "users", table = "users", columns = ["id"] }
[table.public.users.index.i]
keys = ["id"]
methd = "hash"
[extension.x]
shema = "s"
[table.public.p]
primary_key = { columns = ["a"], nme = "p" }
[[table.public.p.column]]
name = "a"
type = "int"
identity = "always"
identity_options = { type = "bigint" }
)toml"),
            lines({
                "m.toml:1:1: unknown key 'tables' (did you mean 'table'?)",
                "m.toml:3:1: table public.users: unknown key 'primary_keys' (did you mean "
                "'primary_key'?)",
                "m.toml:4:1: table public.users: unknown key 'zzz'",
                "m.toml:8:1: table public.users, column \"id\": unknown key 'not_nul' (did you "
                "mean 'not_null'?)",
                "m.toml:11:16: foreign key fk of table public.users, references: unknown key "
                "'tables' (did you mean 'table'?)",
                "m.toml:14:1: index i of table public.users: unknown key 'methd' (did you mean "
                "'method'?)",
                "m.toml:16:1: extension x: unknown key 'shema' (did you mean 'schema'?)",
                "m.toml:18:34: table public.p, primary key: unknown key 'nme' (did you mean "
                "'name'?)",
                "m.toml:23:22: table public.p, column \"a\", identity_options: unknown key "
                "'type'",
            }));
}

TEST(ReaderTest, ReportsWrongValueTypes) {
  EXPECT_EQ(parse_error(R"toml(ignore = "public.x"
[enum.public.e]
values = ["a", 1]
[sequence.public.s]
increment = 1.5
cycle = "no"
[table.public]
comment = "x"
[table.public.t]
primary_key = "id"
[[table.public.t.column]]
name = "id"
type = 5
not_null = "yes"
[table.public.t.index]
i = 1
)toml"),
            lines({
                "m.toml:1:10: ignore: expected an array of strings, found a string",
                "m.toml:3:16: enum public.e: values: expected an array of strings, but element 2 "
                "is an integer",
                "m.toml:5:13: sequence public.s: increment: expected an integer, found a float",
                "m.toml:6:9: sequence public.s: cycle: expected a boolean (true or false), found "
                "a string",
                "m.toml:8:11: table.public.comment: expected a table ([table.<schema>.<name>]), "
                "found a string",
                "m.toml:10:15: table public.t: primary_key: expected an array of column names or "
                "a table, found a string",
                "m.toml:13:8: table public.t, column \"id\": type: expected a string, found an "
                "integer",
                "m.toml:14:12: table public.t, column \"id\": not_null: expected a boolean (true "
                "or false), found a string",
                "m.toml:16:5: table public.t: index.i: expected a table, found an integer",
            }));
  EXPECT_EQ(parse_error("[table.public.t.column]\nname = \"a\"\n"),
            "m.toml:1:1: table public.t: column: expected an array of tables "
            "([[table.public.t.column]]), found a table");
  EXPECT_EQ(parse_error("table = [1]\n"), "m.toml:1:9: table: expected a table, found an array");
}

TEST(ReaderTest, ReportsMissingRequiredKeys) {
  EXPECT_EQ(parse_error(R"toml([enum.public.e]
[view.public.v]
[sequence.public.s]
owned_by = { schema = "public" }
[table.public.t]
[[table.public.t.column]]
type = "int"
[[table.public.t.column]]
name = "b"
[table.public.t.unique.u]
[table.public.t.foreign_key.f]
[table.public.t.foreign_key.g]
columns = ["b"]
references = { schema = "public" }
[table.public.t.check.c]
[table.public.t.index.i]
)toml"),
            lines({
                "m.toml:1:1: enum public.e: missing required key 'values'",
                "m.toml:2:1: view public.v: missing required key 'definition'",
                "m.toml:4:12: sequence public.s, owned_by: missing required key 'table'",
                "m.toml:4:12: sequence public.s, owned_by: missing required key 'column'",
                "m.toml:6:1: table public.t, column #1: missing required key 'name'",
                "m.toml:8:1: table public.t, column \"b\": missing required key 'type'",
                "m.toml:10:1: unique constraint u of table public.t: missing required key "
                "'columns'",
                "m.toml:11:1: foreign key f of table public.t: missing required key 'columns'",
                "m.toml:11:1: foreign key f of table public.t: missing required key 'references'",
                "m.toml:14:14: foreign key g of table public.t, references: missing required key "
                "'table'",
                "m.toml:14:14: foreign key g of table public.t, references: missing required key "
                "'columns'",
                "m.toml:15:1: check constraint c of table public.t: missing required key "
                "'expression'",
                "m.toml:16:1: index i of table public.t: missing required key 'keys'",
            }));
}

TEST(ReaderTest, ReportsInvalidChoices) {
  EXPECT_EQ(parse_error(R"toml([sequence.public.s]
type = "int"
[table.public.t]
[[table.public.t.column]]
name = "id"
type = "bigint"
identity = "alwys"
[table.public.t.foreign_key.f]
columns = ["id"]
references = { table = "t", columns = ["id"] }
on_delete = "cascad"
match = "partial"
)toml"),
            lines({
                "m.toml:2:8: sequence public.s: type: expected \"smallint\", \"integer\" or "
                "\"bigint\", found \"int\"",
                "m.toml:7:12: table public.t, column \"id\": identity: expected \"always\" or "
                "\"by_default\", found \"alwys\" (did you mean \"always\"?)",
                "m.toml:11:13: foreign key f of table public.t: on_delete: expected "
                "\"no_action\", \"restrict\", \"cascade\", \"set_null\" or \"set_default\", found "
                "\"cascad\" (did you mean \"cascade\"?)",
                "m.toml:12:9: foreign key f of table public.t: match: expected \"simple\" or "
                "\"full\", found \"partial\"",
            }));
}

TEST(ReaderTest, ReportsObjectsDeclaredTwiceInOneFile) {
  EXPECT_EQ(parse_error("[table.public.users]\ncomment = \"a\"\n\n[table.public.users]\n"),
            "m.toml:4:1: table public.users is declared twice: m.toml:1:1 and m.toml:4:1");
  EXPECT_EQ(parse_error("[table.public.t.index.i]\nkeys = [\"a\"]\n[table.public.t.index.i]\n"),
            "m.toml:3:1: index i of table public.t is declared twice: m.toml:1:1 and m.toml:3:1");
}

TEST(ReaderTest, ReportsColumnsDeclaredTwice) {
  EXPECT_EQ(parse_error(R"toml([[table.public.t.column]]
name = "id"
type = "int"
[[table.public.t.column]]
name = "id"
type = "bigint"
)toml"),
            "m.toml:4:1: table public.t: column \"id\" is declared twice: m.toml:1:1 and "
            "m.toml:4:1");
}

TEST(ReaderTest, ReportsColumnsATableDoesNotHave) {
  EXPECT_EQ(parse_error(R"toml([table.public.users]
primary_key = ["idd"]
[[table.public.users.column]]
name = "id"
type = "bigint"
[[table.public.users.column]]
name = "email"
type = "text"
[table.public.users.unique.u]
columns = ["email", "emal", "email"]
[table.public.users.index.i]
keys = ["lower(email)"]
include = ["nope"]
[table.public.orders]
[[table.public.orders.column]]
name = "user_id"
type = "bigint"
[table.public.orders.foreign_key.f]
columns = ["user"]
references = { table = "users", columns = ["ids"] }
[sequence.public.s]
owned_by = { table = "users", column = "idx" }
)toml"),
            lines({
                "m.toml:2:16: table public.users: primary_key: no column \"idd\" (did you mean "
                "\"id\"?)",
                "m.toml:10:21: unique constraint u of table public.users: columns: no column "
                "\"emal\" (did you mean \"email\"?)",
                "m.toml:10:29: unique constraint u of table public.users: columns: column "
                "\"email\" is listed twice",
                "m.toml:13:12: index i of table public.users: include: no column \"nope\"",
                "m.toml:19:12: foreign key f of table public.orders: columns: no column \"user\"",
                "m.toml:20:43: foreign key f of table public.orders, references: table "
                "public.users has no column \"ids\" (did you mean \"id\"?)",
                "m.toml:22:40: sequence public.s, owned_by: table public.users has no column "
                "\"idx\" (did you mean \"id\"?)",
            }));
}

TEST(ReaderTest, ReadsPartitionedTablesAndPartitions) {
  const auto manifest = parse_ok(R"toml([table.public.audit]
partition_by = "RANGE (at)"
external_partitions = ["audit_y*", "audit_old_?"]
primary_key = ["id", "at"]
[[table.public.audit.column]]
name = "id"
type = "bigint"
[[table.public.audit.column]]
name = "at"
type = "date"
[table.public.audit_2026]
partition_of = "audit"
bound = "from ('2026-01-01') to ('2027-01-01')"
partition_by = "LIST (id)"
[table.public.audit_2026.check.small]
expression = "id < 10"
[table.public.audit_2026.index.by_id]
keys = ["id"]
[table."Other".audit_rest]
partition_of = { schema = "public", table = "audit" }
bound = "DEFAULT"
[table.public.audit_2026_a]
partition_of = "audit_2026"
bound = "FOR VALUES IN (1, 2)"
[[table.public.audit_2026_a.column]]
name = "at"
not_null = true
default = "CURRENT_DATE"
)toml");
  const auto& tables = manifest.catalog.tables;
  const auto& parent = tables.at({"public", "audit"});
  EXPECT_EQ(parent.partition_by, "RANGE (at)");
  EXPECT_EQ(parent.external_partitions, (std::vector<std::string>{"audit_y*", "audit_old_?"}));
  EXPECT_FALSE(parent.partition_of);
  const auto& year = tables.at({"public", "audit_2026"});
  ASSERT_TRUE(year.partition_of);
  EXPECT_EQ(year.partition_of->parent, (model::QualifiedName{"public", "audit"}));
  // "FOR VALUES" is added where it is left out; the bound is otherwise as written.
  EXPECT_EQ(year.partition_of->bound, "FOR VALUES from ('2026-01-01') to ('2027-01-01')");
  EXPECT_EQ(year.partition_by, "LIST (id)");
  // A partition has its parent's columns with their defaults and NOT NULL
  // (types are the parent's, left empty).
  ASSERT_EQ(year.columns.size(), 2u);
  EXPECT_EQ(year.columns[0].name, "id");
  EXPECT_TRUE(year.columns[0].type.empty());
  EXPECT_TRUE(year.checks.contains("small"));
  EXPECT_TRUE(year.indexes.contains("by_id"));
  const auto& rest = tables.at({"Other", "audit_rest"});
  EXPECT_EQ(rest.partition_of->parent, (model::QualifiedName{"public", "audit"}));
  EXPECT_EQ(rest.partition_of->bound, "DEFAULT");
  const auto& leaf = tables.at({"public", "audit_2026_a"});
  EXPECT_EQ(leaf.partition_of->bound, "FOR VALUES IN (1, 2)");
  // Its own default and NOT NULL for "at"; "id" as its parents have it.
  ASSERT_EQ(leaf.columns.size(), 2u);
  EXPECT_EQ(leaf.columns[1].name, "at");
  EXPECT_TRUE(leaf.columns[1].not_null);
  EXPECT_EQ(leaf.columns[1].default_expr, "CURRENT_DATE");
  EXPECT_FALSE(leaf.columns[0].not_null);
}

TEST(ReaderTest, ReportsPartitionsThatCannotBe) {
  EXPECT_EQ(parse_error(R"toml([table.public.plain]
external_partitions = ["x*"]
[[table.public.plain.column]]
name = "id"
type = "int"
[table.public.p]
partition_by = "HASH (id)"
[[table.public.p.column]]
name = "id"
type = "int"
[table.public.no_bound]
partition_of = "p"
[table.public.with_columns]
partition_of = "p"
bound = "WITH (modulus 2, remainder 0)"
[[table.public.with_columns.column]]
name = "id"
type = "int"
[table.public.of_plain]
partition_of = "plain"
bound = "DEFAULT"
[table.public.of_missing]
partition_of = { table = "nowhere" }
bound = "DEFAULT"
[table.public.bad_key]
partition_of = "p"
bound = "WITH (modulus 2, remainder 1)"
primary_key = ["idd"]
[table.public.loop_a]
partition_by = "LIST (id)"
partition_of = "loop_b"
bound = "DEFAULT"
[table.public.loop_b]
partition_by = "LIST (id)"
partition_of = "loop_a"
bound = "DEFAULT"
[table.public.stray]
bound = "DEFAULT"
[[table.public.stray.column]]
name = "id"
type = "int"
)toml"),
            lines({
                "m.toml:2:23: table public.plain: external_partitions: only a partitioned table "
                "(partition_by) has partitions",
                "m.toml:12:16: table public.no_bound: partition_of: needs bound (as in bound = "
                "\"FROM ('2026-01-01') TO ('2026-02-01')\", \"IN ('eu')\", \"WITH (modulus 4, "
                "remainder 0)\" or \"DEFAULT\")",
                "m.toml:18:8: table public.with_columns, column #1: type: a partition's columns "
                "have their parent's types; a partition lists a column only for its own default "
                "or not_null",
                "m.toml:19:1: table public.of_plain: partition_of: table public.plain is not "
                "partitioned (give it partition_by, as in partition_by = \"RANGE (created_at)\")",
                "m.toml:22:1: table public.of_missing: partition_of: table public.nowhere is not "
                "declared (a partition needs its partitioned table in the schema)",
                "m.toml:28:15: table public.bad_key, primary_key: table public.bad_key has no "
                "column \"idd\" (did you mean \"id\"?)",
                "m.toml:29:1: table public.loop_a: partition_of: the partitions' parents form a "
                "loop",
                "m.toml:33:1: table public.loop_b: partition_of: the partitions' parents form a "
                "loop",
                "m.toml:38:9: table public.stray: bound: needs partition_of",
            }));
}

TEST(ReaderTest, ReportsDuplicateAndInvalidEnumLabels) {
  EXPECT_EQ(parse_error(R"toml([enum.public.e]
values = ["a", "b", "a", "", "0123456789012345678901234567890123456789012345678901234567890123"]
value_renames = { c = "", b = "x", a = "x" }
)toml"),
            lines({
                "m.toml:2:21: enum public.e: label \"a\" is listed twice",
                "m.toml:2:30: enum public.e: label "
                "\"0123456789012345678901234567890123456789012345678901234567890123\" must be 0 "
                "to 63 bytes long",
                "m.toml:3:19: enum public.e: value_renames: \"c\" is not one of the values",
                "m.toml:3:23: enum public.e: value_renames: the old label \"\" is still one of "
                "the values",
                "m.toml:3:31: enum public.e: value_renames: \"x\" is renamed to both \"a\" and "
                "\"b\"",
            }));
}

TEST(ReaderTest, ReportsIntegersOutOfRange) {
  EXPECT_EQ(parse_error(R"toml([sequence.public.s]
type = "smallint"
max_value = 100000
[sequence.public.z]
increment = 0
cache = 0
[sequence.public.m]
min_value = 10
max_value = 5
[sequence.public.b]
start = 0
[table.public.t]
[[table.public.t.column]]
name = "id"
type = "integer"
identity = "always"
identity_options = { start = 3000000000 }
)toml"),
            lines({
                "m.toml:3:13: sequence public.s: max_value: 100000 is out of range for smallint "
                "(-32768 to 32767)",
                "m.toml:5:13: sequence public.z: increment: must not be zero",
                "m.toml:6:9: sequence public.z: cache: must be at least 1, found 0",
                "m.toml:8:13: sequence public.m: min_value (10) must be less than max_value (5)",
                "m.toml:11:9: sequence public.b: start (0) must be between min_value (1) and "
                "max_value (9223372036854775807)",
                "m.toml:17:30: table public.t, column \"id\", identity_options: start: 3000000000 "
                "is out of range for integer (-2147483648 to 2147483647)",
            }));
}

TEST(ReaderTest, ReportsConflictingKeys) {
  EXPECT_EQ(parse_error(R"toml([[table.public.t.column]]
name = "a"
type = "int"
identity = "always"
default = "1"
[[table.public.t.column]]
name = "b"
type = "int"
generated = "a * 2"
default = "1"
[[table.public.t.column]]
name = "c"
type = "int"
identity_options = { start = 5 }
[table.public.t.unique.u]
columns = ["a"]
initially_deferred = true
[table.public.t.foreign_key.f]
columns = ["a", "b"]
references = { table = "t", columns = ["a"] }
[table.public.t.index.i]
keys = ["a"]
nulls_not_distinct = true
)toml"),
            lines({
                "m.toml:1:1: table public.t, column \"a\": default and identity cannot both be set",
                "m.toml:6:1: table public.t, column \"b\": a generated column cannot also have a "
                "default or identity",
                "m.toml:14:20: table public.t, column \"c\": identity_options: needs identity = "
                "\"always\" or \"by_default\"",
                "m.toml:17:22: unique constraint u of table public.t: initially_deferred: needs "
                "deferrable = true",
                "m.toml:20:39: foreign key f of table public.t, references: columns: names 1 "
                "columns, but the foreign key has 2",
                "m.toml:23:22: index i of table public.t: nulls_not_distinct: needs unique = true",
            }));
}

TEST(ReaderTest, ReportsNamesPostgreSqlWouldRefuseOrShare) {
  const std::string long_name(64, 'x');
  EXPECT_EQ(parse_error(R"toml([table.pg_catalog.t]
[table.tenantctl.t]
[table.public.knex_migrations]
[table.public.)toml" + long_name +
                        R"toml(]
[table.public.users]
primary_key = ["id"]
[[table.public.users.column]]
name = "id"
type = "int"
[table.public.users.unique.users_pkey]
columns = ["id"]
[table.public.users.index.accounts]
keys = ["id"]
[view.public.accounts]
definition = "SELECT 1"
)toml"),
            lines({
                "m.toml:1:8: schema pg_catalog belongs to PostgreSQL; tenantctl never manages it",
                "m.toml:2:8: schema tenantctl is tenantctl's own; it cannot hold objects",
                "m.toml:3:1: table public.knex_migrations is knex's bookkeeping table; tenantctl "
                "never manages it",
                "m.toml:4:15: table name " + long_name +
                    " is longer than 63 bytes (PostgreSQL would cut it)",
                "m.toml:10:1: unique constraint users_pkey of table public.users has the same "
                "name as primary key users_pkey of table public.users (m.toml:6:15): tables, "
                "views, sequences and indexes share one namespace per schema",
                "m.toml:14:1: view public.accounts has the same name as index accounts of table "
                "public.users (m.toml:12:1): tables, views, sequences and indexes share one "
                "namespace per schema",
            }));
}

TEST(ReaderTest, ReportsDeclaredObjectsThatIgnorePatternsCover) {
  EXPECT_EQ(parse_error(R"toml(ignore = ["public.legacy_*", "audit.*"]
[schema.audit]
[table.public.legacy_users]
[enum.audit.kind]
values = ["a"]
[table.public.users]
[schema.public]
)toml"),
            lines({
                "m.toml:2:1: schema audit is declared, but the ignore pattern \"audit.*\" leaves "
                "it alone in every database; remove one or the other",
                "m.toml:3:1: table public.legacy_users is declared, but the ignore pattern "
                "\"public.legacy_*\" leaves it alone in every database; remove one or the other",
                "m.toml:4:1: enum audit.kind is declared, but the ignore pattern \"audit.*\" "
                "leaves it alone in every database; remove one or the other",
            }));
}

TEST(ReaderTest, ReportsEveryProblemInPositionOrder) {
  const std::string message = parse_error(R"toml([view.public.v]
definition = 1
[[table.public.t.column]]
name = "a"
[enum.public.e]
values = ["x", "x"]
)toml");
  EXPECT_EQ(message, lines({
                         "m.toml:2:14: view public.v: definition: expected a string, found an "
                         "integer",
                         "m.toml:3:1: table public.t, column \"a\": missing required key 'type'",
                         "m.toml:6:16: enum public.e: label \"x\" is listed twice",
                     }));
}

TEST(ReaderTest, LoadsADirectoryRecursivelyInNameOrder) {
  TempDir dir;
  dir.write("b.toml", R"toml(ignore = ["audit.*", "tmp.*"]

[table.public.orders]
[[table.public.orders.column]]
name = "user_id"
type = "bigint"
[table.public.orders.foreign_key.orders_user_id_fkey]
columns = ["user_id"]
references = { table = "users", columns = ["id"] }
)toml");
  dir.write("a.toml", R"toml(ignore = ["public.legacy_*", "audit.*"]

[table.public.users]
primary_key = ["id"]
[[table.public.users.column]]
name = "id"
type = "bigint"
)toml");
  dir.write("sub/c.toml", "[view.reporting.v]\ndefinition = \"SELECT 1\"\n");
  dir.write("notes.txt", "not toml at all [");
  dir.write("sub/deeper/README.md", "[");

  auto result = manifest::load_manifest(dir.path());
  ASSERT_TRUE(result) << result.error().message();
  EXPECT_EQ(result->ignore, (std::vector<std::string>{"public.legacy_*", "audit.*", "tmp.*"}));
  const model::Catalog& catalog = result->catalog;
  EXPECT_EQ(catalog.tables.size(), 2u);
  EXPECT_EQ(catalog.tables.at(qn("public", "users")).source.where, dir.name("a.toml") + ":3:1");
  EXPECT_EQ(catalog.tables.at(qn("public", "orders")).source.where, dir.name("b.toml") + ":3:1");
  EXPECT_EQ(catalog.views.at(qn("reporting", "v")).source.where, dir.name("sub/c.toml") + ":1:1");
  EXPECT_EQ(
      catalog.tables.at(qn("public", "orders")).foreign_keys.at("orders_user_id_fkey").references,
      qn("public", "users"));
  EXPECT_TRUE(catalog.schemas.at("reporting").implicit);
}

TEST(ReaderTest, ReportsObjectsDeclaredInTwoFilesNamingBoth) {
  TempDir dir;
  dir.write("a.toml", "ignore = []\n\n[table.public.users]\ncomment = \"a\"\n");
  dir.write("b.toml", "[schema.app]\n\n\n\n\n\n[table.public.users]\n\n[schema.x]\n");
  dir.write("c/d.toml", "[schema.app]\n");
  dir.write("e.toml", "[schema.x]\n[schema.broken\n");
  dir.write("f.toml", "[[table.public.orders.column]]\nname = \"a\"\ntype = \"int\"\n");
  dir.write("g.toml", "[table.public.orders.foreign_key.fk]\ncolumns = [\"a\"]\n");

  auto result = manifest::load_manifest(dir.path());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind(), base::ErrorKind::config);
  EXPECT_EQ(result.error().message(),
            lines({
                dir.name("b.toml") + ":7:1: table public.users is declared twice: " +
                    dir.name("a.toml") + ":3:1 and " + dir.name("b.toml") + ":7:1",
                dir.name("c/d.toml") + ":1:1: schema app is declared twice: " + dir.name("b.toml") +
                    ":1:1 and " + dir.name("c/d.toml") + ":1:1",
                dir.name("e.toml") + ":2:15: TOML syntax error: Error while parsing table "
                                     "header: expected ']', saw '\\n'",
                dir.name("g.toml") + ":1:1: foreign key fk of table public.orders: missing "
                                     "required key 'references'",
                dir.name("g.toml") + ":1:1: table public.orders is declared twice: " +
                    dir.name("f.toml") + ":1:1 and " + dir.name("g.toml") + ":1:1",
                dir.name("g.toml") + ":2:12: foreign key fk of table public.orders: columns: no "
                                     "column \"a\"",
            }));
}

TEST(ReaderTest, IgnorePatternsOfALaterFileCoverEarlierFiles) {
  TempDir dir;
  dir.write("a.toml", "[table.public.legacy_x]\n");
  dir.write("z.toml", "ignore = [\"public.legacy_*\"]\n");
  auto result = manifest::load_manifest(dir.path());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().message(),
            dir.name("a.toml") +
                ":1:1: table public.legacy_x is declared, but the ignore pattern "
                "\"public.legacy_*\" leaves it alone in every database; remove one or the other");
}

TEST(ReaderTest, LoadsASingleFileAndRejectsMissingOrEmptyPaths) {
  TempDir dir;
  dir.write("one.toml", "[schema.app]\n");
  auto single = manifest::load_manifest(dir.path() / "one.toml");
  ASSERT_TRUE(single) << single.error().message();
  EXPECT_EQ(single->catalog.schemas.at("app").source.where, dir.name("one.toml") + ":1:1");

  auto missing = manifest::load_manifest(dir.path() / "nope");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind(), base::ErrorKind::config);
  EXPECT_NE(missing.error().message().find("nope"), std::string::npos);

  fs::create_directories(dir.path() / "empty");
  dir.write("empty/readme.txt", "");
  auto empty = manifest::load_manifest(dir.path() / "empty");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().kind(), base::ErrorKind::config);
  EXPECT_NE(empty.error().message().find("no .toml files"), std::string::npos);
}

TEST(ReaderTest, LoadsTwoThousandTables) {
  constexpr int k_tables = 2000;
  std::string text;
  auto out = std::back_inserter(text);
  for (int t = 0; t < k_tables; ++t) {
    fmt::format_to(out, "[table.public.t{}]\nprimary_key = [\"id\"]\n", t);
    for (int c = 0; c < 10; ++c) {
      fmt::format_to(out, "[[table.public.t{}.column]]\nname = \"c{}\"\ntype = \"bigint\"\n", t, c);
    }
    fmt::format_to(out, "[[table.public.t{}.column]]\nname = \"id\"\ntype = \"bigint\"\n", t);
    fmt::format_to(out, "[table.public.t{0}.index.t{0}_c1_idx]\nkeys = [\"c1\"]\n", t);
    if (t > 0) {
      fmt::format_to(out,
                     "[table.public.t{}.foreign_key.fk]\ncolumns = [\"c0\"]\n"
                     "references = {{ table = \"t{}\", columns = [\"id\"] }}\n",
                     t, t - 1);
    }
  }
  const auto started = std::chrono::steady_clock::now();
  const auto catalog = parse_ok(text).catalog;
  const auto elapsed = std::chrono::steady_clock::now() - started;
  ASSERT_EQ(catalog.tables.size(), static_cast<std::size_t>(k_tables));
  const model::Table& last = catalog.tables.at(qn("public", "t1999"));
  EXPECT_EQ(last.columns.size(), 11u);
  EXPECT_EQ(last.foreign_keys.at("fk").references, qn("public", "t1998"));
  EXPECT_EQ(last.source.where, where_of(text, "[table.public.t1999]", "m.toml"));
  // A generous bound against gross regressions: a release build takes about
  // 0.2 s, most of it in toml++.
  EXPECT_LT(elapsed, std::chrono::seconds(10));
}

}  // namespace

// NOLINTEND(bugprone-suspicious-missing-comma)
