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
