// The TOML round trip of the kinds in src/kinds/: what the writer writes, the
// reader reads back as the same catalog, and the reader's errors.
#include <gtest/gtest.h>

#include "manifest/manifest.hpp"
#include "manifest/writer.hpp"
#include "model/ignore.hpp"
#include "model/kinds.hpp"
#include "model/placeholders.hpp"

namespace {

model::Catalog read_back(const std::string& text) {
  auto result = manifest::parse_manifest(text, "m.toml");
  if (!result) {
    ADD_FAILURE() << result.error().message() << "\n" << text;
    return {};
  }
  return result->catalog;
}

model::Catalog routines() {
  model::Catalog catalog;
  const auto add = [&](model::RoutineKind kind, std::string schema, std::string bare,
                       std::string types, std::string definition) {
    model::Routine routine;
    routine.name = {std::move(schema), bare + "(" + types + ")"};
    routine.bare_name = std::move(bare);
    routine.kind = kind;
    routine.definition = std::move(definition);
    catalog.routines.emplace(routine.name, routine);
    return &catalog.routines.at(routine.name);
  };
  add(model::RoutineKind::function, "public", "add", "integer, integer",
      "CREATE OR REPLACE FUNCTION public.add(a integer, b integer)\n RETURNS integer\n LANGUAGE "
      "sql\n IMMUTABLE\nAS $function$select a + b$function$\n")
      ->comment = "adds\nthem";
  add(model::RoutineKind::function, "public", "add", "text",
      "CREATE OR REPLACE FUNCTION public.add(t text) RETURNS text LANGUAGE sql AS $$ select "
      "'$$' || t $$")
      ->renamed_from = "append";
  add(model::RoutineKind::procedure, "Odd \"S\"", "P n", "",
      "CREATE OR REPLACE PROCEDURE \"Odd \"\"S\"\"\".\"P n\"()\n LANGUAGE sql\nBEGIN ATOMIC\n "
      "SELECT 1;\nEND\n");
  add(model::RoutineKind::aggregate, "public", "total", "integer",
      "CREATE OR REPLACE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer, "
      "FINALFUNC_MODIFY = READ_ONLY, INITCOND = '0')");
  return catalog;
}

model::Catalog triggers() {
  model::Catalog catalog;
  model::Trigger plain;
  plain.name = {{"public", "users"}, "users_touch"};
  plain.definition =
      "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION "
      "touch()";
  catalog.triggers.emplace(plain.name, plain);
  model::Trigger odd;
  odd.name = {{"Sales Dept", "Orders"}, "Audit \"It\""};
  odd.definition =
      "CREATE CONSTRAINT TRIGGER \"Audit \"\"It\"\"\" AFTER INSERT ON \"Sales Dept\".\"Orders\" "
      "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit('a''b')";
  odd.firing = model::TriggerFiring::replica;
  odd.comment = "audits";
  odd.renamed_from = "audit";
  catalog.triggers.emplace(odd.name, odd);
  return catalog;
}

}  // namespace

TEST(RoutineTomlTest, RoundTripsEveryKindAndField) {
  const auto catalog = routines();
  const auto text = manifest::write_toml(catalog);
  const auto back = read_back(text);
  EXPECT_EQ(back, catalog) << text;
  ASSERT_EQ(back.routines.size(), 4u);
  for (const auto& [name, routine] : catalog.routines) {
    const auto& read = back.routines.at(name);
    EXPECT_EQ(read.bare_name, routine.bare_name);
    EXPECT_EQ(read.renamed_from, routine.renamed_from);
    EXPECT_EQ(read.kind, routine.kind);
  }
  EXPECT_NE(text.find("[procedure.\"Odd \\\"S\\\"\".\"P n()\"]"), std::string::npos) << text;
  EXPECT_NE(text.find("[aggregate.public.\"total(integer)\"]"), std::string::npos) << text;
  EXPECT_EQ(manifest::write_toml(back), text);
}

TEST(RoutineTomlTest, AKeyWithoutArgumentsIsAnErrorSayingWhatToWrite) {
  const auto result = manifest::parse_manifest(
      "[function.public.add]\ndefinition = \"CREATE FUNCTION add() RETURNS int RETURN 1\"\n",
      "m.toml");
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message().find("m.toml:1:1"), std::string::npos)
      << result.error().message();
  EXPECT_NE(result.error().message().find("not a signature"), std::string::npos)
      << result.error().message();
}

TEST(RoutineTomlTest, DefinitionIsRequired) {
  const auto result =
      manifest::parse_manifest("[function.public.\"f()\"]\ncomment = \"x\"\n", "m.toml");
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message().find("definition"), std::string::npos)
      << result.error().message();
}

TEST(TriggerTomlTest, RoundTripsNamesFiringCommentAndRename) {
  const auto catalog = triggers();
  const auto text = manifest::write_toml(catalog);
  const auto back = read_back(text);
  EXPECT_EQ(back, catalog) << text;
  const auto& odd = back.triggers.at({{"Sales Dept", "Orders"}, "Audit \"It\""});
  EXPECT_EQ(odd.firing, model::TriggerFiring::replica);
  EXPECT_EQ(odd.renamed_from, "audit");
  EXPECT_NE(text.find("firing = \"replica\""), std::string::npos) << text;
  EXPECT_EQ(text.find("firing = \"origin\""), std::string::npos) << text;
  EXPECT_EQ(manifest::write_toml(back), text);
}

TEST(TriggerTomlTest, AnUnknownFiringIsAnError) {
  const auto result = manifest::parse_manifest(
      "[trigger.public.t.x]\ndefinition = \"CREATE TRIGGER x\"\nfiring = \"sometimes\"\n",
      "m.toml");
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message().find("firing"), std::string::npos) << result.error().message();
}

TEST(TriggerTomlTest, APartitionsCloneRoundTripsWithItsFiringOnly) {
  model::Catalog catalog;
  model::Trigger clone;
  clone.name = {{"public", "Events 2024"}, "events_touch"};
  clone.clone = true;  // fires as CREATE TRIGGER makes it, its parent being disabled
  catalog.triggers.emplace(clone.name, clone);
  const auto text = manifest::write_toml(catalog);
  EXPECT_NE(text.find("clone = true\nfiring = \"origin\""), std::string::npos) << text;
  EXPECT_EQ(text.find("definition"), std::string::npos) << text;
  EXPECT_EQ(read_back(text), catalog) << text;
}

TEST(TriggerTomlTest, ACloneWithADefinitionIsAnError) {
  const auto result = manifest::parse_manifest(
      "[trigger.public.t_2024.x]\nclone = true\ndefinition = \"CREATE TRIGGER x\"\n"
      "firing = \"disabled\"\n",
      "m.toml");
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message().find("m.toml:3"), std::string::npos)
      << result.error().message();
  EXPECT_NE(result.error().message().find("remove `definition`"), std::string::npos)
      << result.error().message();
}

model::Catalog policies() {
  model::Catalog catalog;
  catalog.schemas.emplace("public", model::Schema{.name = "public"});
  model::Table table{.name = {"public", "documents"}};
  table.columns.push_back(model::Column{.name = "owner_id", .type = "uuid"});
  table.row_security = true;
  table.force_row_security = true;
  catalog.tables.emplace(table.name, table);
  model::Policy plain;
  plain.name = {table.name, "owner_only"};
  plain.using_expression = "(owner_id = (current_setting('app.user_id'::text))::uuid)";
  catalog.policies.emplace(plain.name, plain);
  model::Policy odd;
  odd.name = {{"Sales Dept", "Orders"}, "Only \"Mine\""};
  odd.permissive = false;
  odd.command = model::PolicyCommand::update;
  odd.roles = {"Report Reader", "app_user", "odd \"quoted\" role"};
  odd.using_expression = "true";
  odd.check_expression = "(amount >= (0)::numeric)";
  odd.comment = "keeps\nthem";
  odd.renamed_from = "mine";
  catalog.policies.emplace(odd.name, odd);
  return catalog;
}

TEST(PolicyTomlTest, RoundTripsEveryField) {
  const auto catalog = policies();
  const auto text = manifest::write_toml(catalog);
  const auto back = read_back(text);
  EXPECT_EQ(back, catalog) << text;
  const auto& odd = back.policies.at({{"Sales Dept", "Orders"}, "Only \"Mine\""});
  EXPECT_FALSE(odd.permissive);
  EXPECT_EQ(odd.command, model::PolicyCommand::update);
  EXPECT_EQ(odd.renamed_from, "mine");
  const auto& table = back.tables.at({"public", "documents"});
  EXPECT_TRUE(table.row_security);
  EXPECT_TRUE(table.force_row_security);
  // Defaults are left out: PERMISSIVE, FOR ALL, TO PUBLIC.
  const auto plain_at = text.find("[policy.public.documents.owner_only]");
  ASSERT_NE(plain_at, std::string::npos) << text;
  const auto plain_end = text.find("\n\n", plain_at);
  const auto plain = text.substr(plain_at, plain_end - plain_at);
  EXPECT_EQ(plain.find("as ="), std::string::npos) << plain;
  EXPECT_EQ(plain.find("for ="), std::string::npos) << plain;
  EXPECT_EQ(plain.find("to ="), std::string::npos) << plain;
  EXPECT_EQ(manifest::write_toml(back), text);
}

TEST(PolicyTomlTest, ClausesPostgreSqlRefusesAreErrors) {
  const auto refused = [](const std::string& body) {
    const auto result = manifest::parse_manifest("[policy.public.t.p]\n" + body, "m.toml");
    return result ? std::string() : result.error().message();
  };
  EXPECT_NE(refused("for = \"insert\"\nusing = \"true\"\n").find("INSERT"), std::string::npos);
  EXPECT_NE(refused("for = \"select\"\nwith_check = \"true\"\n").find("SELECT"), std::string::npos);
  EXPECT_NE(refused("to = [\"public\", \"a\"]\n").find("alone"), std::string::npos);
  EXPECT_NE(refused("to = [\"a\", \"a\"]\n").find("twice"), std::string::npos);
  EXPECT_NE(refused("to = []\n").find("at least one"), std::string::npos);
  EXPECT_NE(refused("as = \"sideways\"\n").find("as"), std::string::npos);
}

model::Catalog grants() {
  model::Catalog catalog;
  const auto add = [&](model::GrantTarget target,
                       std::map<std::string, std::vector<std::string>> privileges) {
    catalog.grants.emplace(target, model::Grant{.name = target, .privileges = privileges});
  };
  add({model::GrantOn::database}, {{"public", {"connect"}}});
  add({model::GrantOn::schema, {"", "Sales Dept"}}, {{"app_user", {"usage"}}});
  add({model::GrantOn::table, {"public", "accounts"}},
      {{"app_user", {"delete", "insert", "select", "update"}},
       {"odd \"quoted\" role", {"select with grant option"}}});
  add({model::GrantOn::column, {"public", "accounts"}, "E Mail"}, {{"Report Reader", {"select"}}});
  add({model::GrantOn::sequence, {"public", "accounts_seq"}}, {{"app_user", {"usage"}}});
  // PUBLIC's default EXECUTE revoked: written as public = [].
  add({model::GrantOn::routine, {"public", "add(integer, integer)"}}, {{"app_user", {"execute"}}});
  add({model::GrantOn::type, {"public", "status"}}, {});
  return catalog;
}

TEST(GrantTomlTest, RoundTripsEveryObjectKindAndRevokedDefaults) {
  const auto catalog = grants();
  const auto text = manifest::write_toml(catalog);
  const auto back = read_back(text);
  EXPECT_EQ(back.grants, catalog.grants) << text;
  EXPECT_NE(text.find("[grant.routine.public.\"add(integer, integer)\"]\napp_user = "
                      "[\"execute\"]\npublic = []"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("[grant.column.public.accounts.\"E Mail\"]"), std::string::npos) << text;
  EXPECT_EQ(manifest::write_toml(back), text);
}

TEST(GrantTomlTest, DefaultsAreNoGrantButTheDatabaseStaysDeclared) {
  const auto back = read_back(
      "[grant.routine.public.\"f()\"]\npublic = [\"execute\"]\n"
      "[grant.database]\npublic = [\"connect\", \"temporary\"]\n"
      "[grant.table.public.t]\napp_user = [\"all\"]\n");
  EXPECT_FALSE(back.grants.contains({model::GrantOn::routine, {"public", "f()"}}));
  EXPECT_TRUE(back.grants.contains({model::GrantOn::database}));
  EXPECT_EQ(
      back.grants.at({model::GrantOn::table, {"public", "t"}}).privileges.at("app_user").size(),
      7u);
}

TEST(GrantTomlTest, UnknownPrivilegesAndRepeatsAreErrors) {
  const auto refused = [](const std::string& body) {
    const auto result = manifest::parse_manifest(body, "m.toml");
    return result ? std::string() : result.error().message();
  };
  EXPECT_NE(refused("[grant.table.public.t]\na = [\"execute\"]\n").find("not a privilege"),
            std::string::npos);
  EXPECT_NE(refused("[grant.table.public.t]\na = [\"select\", \"select with grant option\"]\n")
                .find("twice"),
            std::string::npos);
  EXPECT_NE(refused("[grant.view.public.t]\na = []\n").find("expected one of"), std::string::npos);
}

TEST(GrantTomlTest, IgnoredRolesLeaveTheGrantsOfOthers) {
  auto catalog = grants();
  catalog.grants.emplace(model::GrantTarget{model::GrantOn::table, {"public", "watched"}},
                         model::Grant{.name = {model::GrantOn::table, {"public", "watched"}},
                                      .privileges = {{"monitoring_ro", {"select"}}}});
  catalog.grants.at({model::GrantOn::table, {"public", "accounts"}})
      .privileges.emplace("monitoring_rw", std::vector<std::string>{"select"});
  const std::vector<std::string> patterns{"role:monitoring_*"};
  const auto kept = model::without_ignored(catalog, patterns);
  // A grant of ignored roles only is no grant; the others lose those roles.
  EXPECT_FALSE(kept.grants.contains({model::GrantOn::table, {"public", "watched"}}));
  EXPECT_EQ(kept.grants, grants().grants);
  // A role pattern ignores no object.
  EXPECT_EQ(kept.tables, catalog.tables);
}

TEST(PlaceholderTest, ResolvesEachPlaceholderAndRefusesAnUnknownValue) {
  const model::TenantNames acme{"acme_user", "acme"};
  EXPECT_EQ(model::resolve_role("{{tenant.db_user}}", acme), "acme_user");
  EXPECT_EQ(model::resolve_role("{{tenant.db_user}}_readonly", acme), "acme_user_readonly");
  EXPECT_EQ(model::resolve_role("report_{{tenant.slug}}_{{tenant.slug}}", acme),
            "report_acme_acme");
  EXPECT_EQ(model::resolve_role("app_user", acme), "app_user");
  EXPECT_FALSE(model::has_placeholder("app_user"));
  EXPECT_TRUE(model::has_placeholder("x{{tenant.slug}}"));
  EXPECT_EQ(model::resolve_role("{{tenant.slug}}_ro", model::TenantNames{"u", ""}), std::nullopt);
}

TEST(PlaceholderTest, RenamingRolesReachesPoliciesAndGrantees) {
  auto catalog = policies();
  for (const auto& [target, grant] : grants().grants) {
    catalog.grants.emplace(target, grant);
  }
  const std::map<std::string, std::string> renames{{"app_user", "{{tenant.db_user}}"}};
  model::rename_roles(catalog, renames);
  const auto& odd = catalog.policies.at({{"Sales Dept", "Orders"}, "Only \"Mine\""});
  EXPECT_EQ(odd.roles, (std::vector<std::string>{"Report Reader", "odd \"quoted\" role",
                                                 "{{tenant.db_user}}"}));
  EXPECT_TRUE(catalog.grants.at({model::GrantOn::table, {"public", "accounts"}})
                  .privileges.contains("{{tenant.db_user}}"));
  EXPECT_EQ(
      model::named_roles(catalog),
      (std::vector<std::string>{"Report Reader", "odd \"quoted\" role", "{{tenant.db_user}}"}));
}

TEST(KindListTest, EveryKindIsVisitedOnceInWriterOrder) {
  std::vector<std::string_view> names;
  model::for_each_kind(
      [&](auto kind) { names.push_back(model::Kind<typename decltype(kind)::type>::name); });
  EXPECT_EQ(names, (std::vector<std::string_view>{
                       "schema", "extension", "collation", "enum", "composite type", "range type",
                       "domain", "sequence", "table", "statistics", "view", "materialized view",
                       "routine", "trigger", "policy", "grant", "owner", "default privileges"}));
}

namespace {

model::Catalog owners_and_defaults() {
  auto catalog = read_back(
      "[schema.\"Sales Dept\"]\nowner = \"Sales Admin\"\n"
      "[table.public.accounts]\nowner = \"{{tenant.db_user}}\"\n"
      "[[table.public.accounts.column]]\nname = \"id\"\ntype = \"integer\"\n"
      "[view.public.v]\ndefinition = \"SELECT 1\"\nowner = \"report \\\"x\\\"\"\n"
      "[sequence.public.s]\nowner = \"app_user\"\n"
      "[function.public.\"f()\"]\ndefinition = \"CREATE OR REPLACE FUNCTION public.f() RETURNS "
      "integer LANGUAGE sql AS 'SELECT 1'\"\nowner = \"app_user\"\n"
      "[enum.public.mood]\nvalues = [\"a\"]\nowner = \"app_user\"\n"
      "[default_privileges.\"{{tenant.db_user}}\".tables]\n"
      "\"{{tenant.db_user}}_readonly\" = [\"select\"]\n"
      "[default_privileges.\"{{tenant.db_user}}\".functions]\npublic = []\n"
      "[default_privileges.app_user.in_schema.\"Sales Dept\".sequences]\n"
      "reader = [\"usage with grant option\", \"select\"]\n"
      "[default_privileges.app_user.schemas]\nreader = [\"all\"]\n");
  return catalog;
}

}  // namespace

TEST(OwnerTomlTest, EveryOwnedKindReadsAndWritesItsOwner) {
  const auto catalog = owners_and_defaults();
  using model::GrantOn;
  EXPECT_EQ(catalog.owners.size(), 6u);
  EXPECT_EQ(catalog.owners.at({GrantOn::schema, {"", "Sales Dept"}}).role, "Sales Admin");
  EXPECT_EQ(catalog.owners.at({GrantOn::table, {"public", "v"}}).role, "report \"x\"");
  EXPECT_EQ(catalog.owners.at({GrantOn::routine, {"public", "f()"}}).role, "app_user");
  const auto text = manifest::write_toml(catalog);
  EXPECT_NE(text.find("[table.public.accounts]\nowner = \"{{tenant.db_user}}\""), std::string::npos)
      << text;
  const auto back = read_back(text);
  EXPECT_EQ(back.owners, catalog.owners);
  EXPECT_EQ(manifest::write_toml(back), text);
}

TEST(OwnerTomlTest, PublicAndAnOwnedSequenceCannotBeGivenAnOwner) {
  const auto refused = [](const std::string& body) {
    const auto result = manifest::parse_manifest(body, "m.toml");
    return result ? std::string() : result.error().message();
  };
  EXPECT_NE(refused("[table.public.t]\nowner = \"public\"\n"
                    "[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\n")
                .find("PUBLIC cannot own"),
            std::string::npos);
  EXPECT_NE(refused("[table.public.t]\n[[table.public.t.column]]\nname = \"id\"\ntype = "
                    "\"integer\"\n[sequence.public.s]\nowner = \"a\"\n"
                    "owned_by = { table = \"t\", column = \"id\" }\n")
                .find("has its table's owner"),
            std::string::npos);
}

TEST(DefaultPrivilegeTomlTest, GlobalAndInSchemaEntriesRoundTrip) {
  const auto catalog = owners_and_defaults();
  using model::DefaultObjects;
  ASSERT_EQ(catalog.default_privileges.size(), 4u);
  const auto& revoked =
      catalog.default_privileges.at({"{{tenant.db_user}}", "", DefaultObjects::functions});
  EXPECT_TRUE(revoked.privileges.empty());
  EXPECT_EQ(catalog.default_privileges.at({"app_user", "Sales Dept", DefaultObjects::sequences})
                .privileges.at("reader"),
            (std::vector<std::string>{"select", "usage with grant option"}));
  EXPECT_EQ(catalog.default_privileges.at({"app_user", "", DefaultObjects::schemas})
                .privileges.at("reader"),
            (std::vector<std::string>{"create", "usage"}));
  const auto text = manifest::write_toml(catalog);
  EXPECT_NE(text.find("[default_privileges.\"{{tenant.db_user}}\".functions]\npublic = []"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("[default_privileges.app_user.in_schema.\"Sales Dept\".sequences]"),
            std::string::npos)
      << text;
  const auto back = read_back(text);
  EXPECT_EQ(back.default_privileges, catalog.default_privileges);
}

TEST(DefaultPrivilegeTomlTest, DefaultsAreNoEntryAndMistakesAreErrors) {
  const auto back = read_back("[default_privileges.a.functions]\npublic = [\"execute\"]\n");
  EXPECT_TRUE(back.default_privileges.empty());
  const auto refused = [](const std::string& body) {
    const auto result = manifest::parse_manifest(body, "m.toml");
    return result ? std::string() : result.error().message();
  };
  EXPECT_NE(refused("[default_privileges.a.in_schema.s.schemas]\nb = [\"usage\"]\n")
                .find("schemas only for every schema"),
            std::string::npos);
  EXPECT_NE(refused("[default_privileges.a.views]\nb = [\"select\"]\n").find("one of tables"),
            std::string::npos);
  EXPECT_NE(refused("[default_privileges.a.tables]\nb = [\"execute\"]\n").find("not a privilege"),
            std::string::npos);
}

TEST(PlaceholderTest, RenamingRolesReachesOwnersDefaultPrivilegesAndTheCreator) {
  auto catalog = owners_and_defaults();
  catalog.creator = "{{tenant.db_user}}";
  model::rename_roles(catalog, {{"{{tenant.db_user}}", "acme_user"},
                                {"{{tenant.db_user}}_readonly", "acme_user_readonly"}});
  EXPECT_EQ(catalog.creator, "acme_user");
  EXPECT_EQ(catalog.owners.at({model::GrantOn::table, {"public", "accounts"}}).role, "acme_user");
  const auto& tables =
      catalog.default_privileges.at({"acme_user", "", model::DefaultObjects::tables});
  EXPECT_EQ(tables.name.role, "acme_user");
  EXPECT_TRUE(tables.privileges.contains("acme_user_readonly"));
  const auto roles = model::named_roles(catalog);
  EXPECT_NE(std::find(roles.begin(), roles.end(), "Sales Admin"), roles.end());
  EXPECT_NE(std::find(roles.begin(), roles.end(), "acme_user_readonly"), roles.end());
}

TEST(OwnerModelTest, OnlyDeclaredOwnersAndACreatorThatMattersAreKept) {
  const auto desired = owners_and_defaults();
  model::Catalog current;
  const model::GrantTarget accounts{model::GrantOn::table, {"public", "accounts"}, ""};
  const model::GrantTarget other{model::GrantOn::table, {"public", "other"}, ""};
  current.owners.emplace(accounts, model::Owner{.name = accounts, .role = "acme_user"});
  current.owners.emplace(other, model::Owner{.name = other, .role = "acme_user"});
  current.creator = "acme_user";
  auto kept = current;
  model::keep_managed_owners(kept, desired);
  EXPECT_TRUE(kept.owners.contains(accounts));
  EXPECT_FALSE(kept.owners.contains(other));
  EXPECT_EQ(kept.creator, "acme_user");
  // A schema that declares no owner: neither owners nor the creator count.
  kept = current;
  model::keep_managed_owners(kept, model::Catalog{});
  EXPECT_TRUE(kept.owners.empty());
  EXPECT_TRUE(kept.creator.empty());
}

TEST(TableOptionsTomlTest, UnloggedStorageAndReplicaIdentityRoundTrip) {
  const auto catalog = read_back(
      "[table.public.\"Audit Log\"]\nunlogged = true\n"
      "storage = [\"fillfactor=70\", \"autovacuum_enabled=off\", "
      "\"toast.autovacuum_enabled=false\"]\n"
      "replica_identity = \"index\"\nreplica_identity_index = \"Audit Log Key\"\n"
      "[[table.public.\"Audit Log\".column]]\nname = \"id\"\ntype = \"integer\"\nnot_null = true\n"
      "[table.public.plain]\nreplica_identity = \"full\"\n"
      "[[table.public.plain.column]]\nname = \"id\"\ntype = \"integer\"\n");
  const auto& audit = catalog.tables.at({"public", "Audit Log"});
  EXPECT_TRUE(audit.unlogged);
  EXPECT_EQ(audit.storage.list, (std::vector<std::string>{"fillfactor=70", "autovacuum_enabled=off",
                                                          "toast.autovacuum_enabled=false"}));
  EXPECT_EQ(audit.replica_identity, model::ReplicaIdentity::index);
  EXPECT_EQ(audit.replica_index, "Audit Log Key");
  EXPECT_EQ(catalog.tables.at({"public", "plain"}).replica_identity, model::ReplicaIdentity::full);
  const auto text = manifest::write_toml(catalog);
  const auto back = read_back(text);
  EXPECT_EQ(back.tables, catalog.tables) << text;
  // The order is kept in the TOML, but does not make a difference.
  EXPECT_NE(text.find("storage = [\"fillfactor=70\", \"autovacuum_enabled=off\""),
            std::string::npos)
      << text;
  auto reordered = audit;
  std::reverse(reordered.storage.list.begin(), reordered.storage.list.end());
  EXPECT_EQ(reordered, audit);
  reordered.storage.list.back() = "fillfactor=80";
  EXPECT_NE(reordered, audit);
}

TEST(TableOptionsTomlTest, MalformedOptionsAreErrors) {
  const auto refused = [](const std::string& keys) {
    const auto result = manifest::parse_manifest(
        "[table.public.t]\n" + keys +
            "[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\n",
        "m.toml");
    return result ? std::string() : result.error().message();
  };
  EXPECT_NE(refused("storage = [\"fillfactor\"]\n").find("is not name=value"), std::string::npos);
  EXPECT_NE(refused("storage = [\"fillfactor=70\", \"fillfactor=80\"]\n").find("set twice"),
            std::string::npos);
  EXPECT_NE(refused("replica_identity = \"index\"\n").find("go together"), std::string::npos);
  EXPECT_NE(refused("replica_identity_index = \"k\"\n").find("go together"), std::string::npos);
  EXPECT_NE(refused("replica_identity = \"all\"\n").find("replica_identity"), std::string::npos);
}

TEST(TableOptionsTomlTest, IndexKeyAndViewParametersRoundTrip) {
  const auto catalog = read_back(
      "[table.public.t]\n"
      "primary_key = { name = \"t_pkey\", columns = [\"id\"], storage = [\"fillfactor=80\"] }\n"
      "[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\nnot_null = true\n"
      "[[table.public.t.column]]\nname = \"tags\"\ntype = \"text[]\"\n"
      "[table.public.t.unique.t_id_key]\ncolumns = [\"id\"]\nstorage = [\"fillfactor=90\"]\n"
      "[table.public.t.index.t_tags_idx]\nkeys = [\"tags\"]\nmethod = \"gin\"\n"
      "storage = [\"fastupdate=off\", \"gin_pending_list_limit=256\"]\n"
      "[view.public.v]\ndefinition = \"SELECT 1\"\n"
      "options = [\"security_barrier=true\", \"check_option=local\"]\n");
  const auto& t = catalog.tables.at({"public", "t"});
  EXPECT_EQ(t.primary_key->storage.list, (std::vector<std::string>{"fillfactor=80"}));
  EXPECT_EQ(t.uniques.at("t_id_key").storage.list, (std::vector<std::string>{"fillfactor=90"}));
  EXPECT_EQ(t.indexes.at("t_tags_idx").storage.list,
            (std::vector<std::string>{"fastupdate=off", "gin_pending_list_limit=256"}));
  EXPECT_EQ(catalog.views.at({"public", "v"}).options.list,
            (std::vector<std::string>{"security_barrier=true", "check_option=local"}));
  const auto text = manifest::write_toml(catalog);
  const auto back = read_back(text);
  EXPECT_EQ(back.tables, catalog.tables) << text;
  EXPECT_EQ(back.views, catalog.views) << text;
  // An index that differs only in its parameters is the same index (changed
  // in place, not built again).
  auto other = t.indexes.at("t_tags_idx");
  other.storage.list.pop_back();
  EXPECT_TRUE(model::same_index_body(other, t.indexes.at("t_tags_idx")));
  EXPECT_NE(other, t.indexes.at("t_tags_idx"));
}

TEST(PartitionTomlTest, PartitionedTablesAndPartitionsRoundTrip) {
  const auto catalog = read_back(
      "[table.public.\"Audit Log\"]\npartition_by = \"RANGE (at)\"\n"
      "external_partitions = [\"Audit Log y*\"]\n"
      "[[table.public.\"Audit Log\".column]]\nname = \"at\"\ntype = \"date\"\n"
      "[table.public.\"Audit Log 2026\"]\npartition_of = \"Audit Log\"\n"
      "bound = \"FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')\"\n"
      "partition_by = \"HASH (at)\"\n"
      "[table.\"Old \\\"S\\\"\".rest]\npartition_of = { schema = \"public\", table = \"Audit Log\" "
      "}\n"
      "bound = \"DEFAULT\"\n");
  const auto text = manifest::write_toml(catalog);
  EXPECT_EQ(read_back(text).tables, catalog.tables) << text;
  EXPECT_NE(text.find("partition_of = { schema = \"public\", table = \"Audit Log\" }"),
            std::string::npos)
      << text;
}

TEST(PartitionModelTest, PartitionsMadeAtRunTimeAreLeftOutWithWhatHangsOnThem) {
  const auto desired = read_back(
      "[table.public.audit]\npartition_by = \"RANGE (at)\"\n"
      "external_partitions = [\"audit_y*\"]\n"
      "[[table.public.audit.column]]\nname = \"at\"\ntype = \"date\"\n"
      "[table.public.audit_y2026m12]\npartition_of = \"audit\"\n"
      "bound = \"FROM ('2026-12-01') TO ('2027-01-01')\"\n"
      "[table.public.other]\npartition_by = \"LIST (at)\"\n"
      "[[table.public.other.column]]\nname = \"at\"\ntype = \"date\"\n");
  model::Catalog current = desired;
  const auto partition = [&](const std::string& name, const std::string& parent) {
    model::Table table{.name = {"public", name}};
    table.partition_of = model::PartitionOf{{"public", parent}, "FOR VALUES IN ('x')"};
    current.tables.emplace(table.name, table);
  };
  partition("audit_y2027m01", "audit");             // made by the application
  partition("audit_y2027m01_a", "audit_y2027m01");  // under it
  partition("audit_stray", "audit");                // not matching: drift
  partition("audit_y2099", "other");                // matching another table's glob only: drift
  current.grants.emplace(
      model::GrantTarget{model::GrantOn::table, {"public", "audit_y2027m01"}, ""},
      model::Grant{.name = {model::GrantOn::table, {"public", "audit_y2027m01"}},
                   .privileges = {{"reader", {"select"}}}});
  model::Trigger trigger;
  trigger.name = {{"public", "audit_y2027m01_a"}, "t"};
  current.triggers.emplace(trigger.name, trigger);
  model::without_external_partitions(current, desired);
  EXPECT_FALSE(current.tables.contains({"public", "audit_y2027m01"}));
  EXPECT_FALSE(current.tables.contains({"public", "audit_y2027m01_a"}));
  EXPECT_TRUE(current.grants.empty());
  EXPECT_TRUE(current.triggers.empty());
  // Declared partitions stay, matching or not, and so do those of no glob.
  EXPECT_TRUE(current.tables.contains({"public", "audit_y2026m12"}));
  EXPECT_TRUE(current.tables.contains({"public", "audit_stray"}));
  EXPECT_TRUE(current.tables.contains({"public", "audit_y2099"}));
}

TEST(ExclusionTomlTest, EveryKeyRoundTripsAndMalformedElementsAreErrors) {
  const auto catalog = read_back(
      "[table.\"Room S\".\"Bookings\"]\n"
      "[[table.\"Room S\".\"Bookings\".column]]\nname = \"room id\"\ntype = \"integer\"\n"
      "[[table.\"Room S\".\"Bookings\".column]]\nname = \"during\"\ntype = \"tstzrange\"\n"
      "[[table.\"Room S\".\"Bookings\".column]]\nname = \"note\"\ntype = \"text\"\n"
      "[table.\"Room S\".\"Bookings\".exclusion.\"No \\\"Overlap\\\"\"]\n"
      "method = \"gist\"\nelements = [\"\\\"room id\\\" with =\", \"during WITH &&\"]\n"
      "include = [\"note\"]\nwhere = \"note IS NOT NULL\"\ndeferrable = true\n"
      "initially_deferred = true\nstorage = [\"fillfactor=70\"]\ncomment = \"one room\"\n");
  const auto& table = catalog.tables.at({"Room S", "Bookings"});
  const auto& exclusion = table.exclusions.at("No \"Overlap\"");
  EXPECT_EQ(exclusion.method, "gist");
  // The keyword as PostgreSQL prints it.
  EXPECT_EQ(exclusion.elements, (std::vector<std::string>{"\"room id\" WITH =", "during WITH &&"}));
  EXPECT_EQ(exclusion.include, (std::vector<std::string>{"note"}));
  EXPECT_EQ(exclusion.where, "note IS NOT NULL");
  EXPECT_TRUE(exclusion.deferral.initially_deferred);
  const auto text = manifest::write_toml(catalog);
  EXPECT_EQ(read_back(text).tables, catalog.tables) << text;

  const auto bad = manifest::parse_manifest(
      "[table.public.t]\n[[table.public.t.column]]\nname = \"a\"\ntype = \"int\"\n"
      "[table.public.t.exclusion.x]\nelements = [\"a =\", \"WITH &&\"]\ninclude = [\"b\"]\n",
      "m.toml");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message().find(
                "elements: \"a =\" is not \"<column or expression> WITH <operator>\""),
            std::string::npos)
      << bad.error().message();
  EXPECT_NE(bad.error().message().find("elements: \"WITH &&\" is not"), std::string::npos)
      << bad.error().message();
  EXPECT_NE(bad.error().message().find("include: no column \"b\""), std::string::npos)
      << bad.error().message();
}

TEST(ColumnStorageTomlTest, StorageAndCompressionRoundTripAndAreChecked) {
  const auto catalog = read_back(
      "[table.public.docs]\n[[table.public.docs.column]]\nname = \"body\"\ntype = \"text\"\n"
      "storage = \"external\"\ncompression = \"lz4\"\n");
  const auto& column = catalog.tables.at({"public", "docs"}).columns.at(0);
  EXPECT_EQ(column.storage, "external");
  EXPECT_EQ(column.compression, "lz4");
  const auto text = manifest::write_toml(catalog);
  EXPECT_EQ(read_back(text).tables, catalog.tables) << text;
  const auto bad = manifest::parse_manifest(
      "[table.public.docs]\n[[table.public.docs.column]]\nname = \"body\"\ntype = \"text\"\n"
      "storage = \"toasty\"\ncompression = \"zstd\"\n",
      "m.toml");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message().find("storage"), std::string::npos) << bad.error().message();
  EXPECT_NE(bad.error().message().find("compression"), std::string::npos) << bad.error().message();
}

TEST(MaterializedViewTomlTest, EveryKeyAndIndexRoundTrips) {
  const auto catalog = read_back(
      "[materialized_view.\"Sales Dept\".\"Q1 \\\"Totals\\\"\"]\n"
      "definition = \"SELECT 1 AS x\"\nwith_data = false\nstorage = [\"fillfactor=70\", "
      "\"toast.autovacuum_enabled=false\"]\ncomment = \"per quarter\"\nowner = \"report\"\n"
      "column_comments = { x = \"the \\\"x\\\"\", \"Odd Col\" = \"two\\nlines\" }\n"
      "[materialized_view.\"Sales Dept\".\"Q1 \\\"Totals\\\"\".index.\"Q1 key\"]\n"
      "keys = [\"x\"]\nunique = true\nnulls_not_distinct = true\nwhere = \"(x > 0)\"\n"
      "storage = [\"fillfactor=80\"]\ncomment = \"for REFRESH CONCURRENTLY\"\n");
  const auto& view = catalog.materialized_views.at({"Sales Dept", "Q1 \"Totals\""});
  EXPECT_FALSE(view.with_data);
  EXPECT_EQ(view.column_comments.at("Odd Col"), "two\nlines");
  EXPECT_EQ(view.storage.list.size(), 2U);
  const auto& index = view.indexes.at("Q1 key");
  EXPECT_TRUE(index.unique);
  EXPECT_TRUE(index.nulls_not_distinct);
  EXPECT_EQ(index.where, "(x > 0)");
  const auto text = manifest::write_toml(catalog);
  const auto back = read_back(text);
  EXPECT_EQ(back.materialized_views, catalog.materialized_views) << text;
  EXPECT_FALSE(back.materialized_views.at({"Sales Dept", "Q1 \"Totals\""}).with_data) << text;
  EXPECT_EQ(back.owners, catalog.owners) << text;
  const auto bad = manifest::parse_manifest(
      "[materialized_view.public.m]\nwith_data = 1\n[materialized_view.public.m.index.i]\n"
      "keys = []\nnulls_not_distinct = true\n",
      "m.toml");
  ASSERT_FALSE(bad);
  for (const char* expected : {"definition", "with_data", "keys", "nulls_not_distinct"}) {
    EXPECT_NE(bad.error().message().find(expected), std::string::npos) << bad.error().message();
  }
}

TEST(TypeTomlTest, DomainsCompositeAndRangeTypesRoundTrip) {
  const auto catalog = read_back(
      "[domain.public.\"Positive Amount\"]\ntype = \"numeric(12,2)\"\ncollation = \"C\"\n"
      "default = \"0\"\nnot_null = true\ncomment = \"money\"\n"
      "[domain.public.\"Positive Amount\".check.\"Is Positive\"]\nexpression = \"(VALUE >= "
      "(0)::numeric)\"\nnot_valid = true\n"
      "[composite_type.public.address]\ncomment = \"postal\"\n"
      "[[composite_type.public.address.attribute]]\nname = \"street\"\ntype = \"text\"\n"
      "collation = \"C\"\n[[composite_type.public.address.attribute]]\nname = \"zip\"\n"
      "type = \"character varying(10)\"\n"
      "[range_type.public.price_range]\nsubtype = \"numeric\"\nsubtype_diff = \"float8mi\"\n"
      "[range_type.public.span]\nsubtype = \"text\"\ncollation = \"C\"\n"
      "multirange_type_name = \"spans\"\n");
  const auto& domain = catalog.domains.at({"public", "Positive Amount"});
  EXPECT_TRUE(domain.not_null);
  EXPECT_TRUE(domain.checks.at("Is Positive").not_valid);
  EXPECT_EQ(catalog.composite_types.at({"public", "address"}).attributes.size(), 2U);
  EXPECT_EQ(catalog.range_types.at({"public", "price_range"}).multirange, "price_multirange");
  EXPECT_EQ(catalog.range_types.at({"public", "span"}).multirange, "spans");
  const auto text = manifest::write_toml(catalog);
  EXPECT_EQ(text.find("price_multirange"), std::string::npos) << "the default is not written";
  const auto back = read_back(text);
  EXPECT_EQ(back.domains, catalog.domains) << text;
  EXPECT_EQ(back.composite_types, catalog.composite_types) << text;
  EXPECT_EQ(back.range_types, catalog.range_types) << text;
  const auto bad = manifest::parse_manifest(
      "[domain.public.d]\n[domain.public.d.check.c]\nnot_valid = true\n"
      "[composite_type.public.c]\n[range_type.public.r]\nsubtype_diff = \"f\"\n",
      "m.toml");
  ASSERT_FALSE(bad);
  for (const char* expected : {"type", "expression", "attribute", "subtype"}) {
    EXPECT_NE(bad.error().message().find(expected), std::string::npos) << bad.error().message();
  }
}

TEST(StatisticsTomlTest, EveryKeyRoundTripsAndMistakesAreErrors) {
  const auto catalog = read_back(
      "[statistics.public.orders_stats]\ntable = \"orders\"\non = \"customer_id, region\"\n"
      "kinds = [\"mcv\", \"ndistinct\"]\ntarget = 500\ncomment = \"skew\"\n"
      "[statistics.\"Stats S\".all_kinds]\ntable = { schema = \"Sales\", table = \"T t\" }\n"
      "on = \"lower(a), b\"\nkinds = [\"dependencies\", \"mcv\", \"ndistinct\"]\n");
  const auto& some = catalog.statistics.at({"public", "orders_stats"});
  EXPECT_EQ(some.table, (model::QualifiedName{"public", "orders"}));
  EXPECT_EQ(some.kinds, (std::vector<std::string>{"ndistinct", "mcv"}));
  EXPECT_EQ(some.target, 500);
  const auto& all = catalog.statistics.at({"Stats S", "all_kinds"});
  EXPECT_EQ(all.table, (model::QualifiedName{"Sales", "T t"}));
  EXPECT_TRUE(all.kinds.empty()) << "all three is the default";
  const auto text = manifest::write_toml(catalog);
  EXPECT_EQ(read_back(text).statistics, catalog.statistics) << text;
  const auto bad = manifest::parse_manifest(
      "[statistics.public.s]\nkinds = [\"histogram\"]\ntarget = 20000\n", "m.toml");
  ASSERT_FALSE(bad);
  for (const char* expected : {"table", "on", "histogram", "target"}) {
    EXPECT_NE(bad.error().message().find(expected), std::string::npos) << bad.error().message();
  }
}

TEST(CollationTomlTest, IcuAndLibcRoundTripAndMistakesAreErrors) {
  const auto catalog = read_back(
      "[collation.public.\"Case Insensitive\"]\nprovider = \"icu\"\nlocale = "
      "\"und-u-ks-level2\"\ndeterministic = false\ncomment = \"for emails\"\n"
      "[collation.public.posix]\nlocale = \"C\"\n"
      "[collation.public.mixed]\nlc_collate = \"C\"\nlc_ctype = \"POSIX\"\n");
  const auto& icu = catalog.collations.at({"public", "Case Insensitive"});
  EXPECT_EQ(icu.provider, "icu");
  EXPECT_FALSE(icu.deterministic);
  const auto& posix = catalog.collations.at({"public", "posix"});
  EXPECT_EQ(posix.lc_collate, "C");
  EXPECT_EQ(posix.lc_ctype, "C");
  const auto text = manifest::write_toml(catalog);
  EXPECT_EQ(read_back(text).collations, catalog.collations) << text;
  const auto bad = manifest::parse_manifest(
      "[collation.public.a]\nprovider = \"icu\"\n[collation.public.b]\nprovider = \"glibc\"\n"
      "locale = \"C\"\n[collation.public.c]\n",
      "m.toml");
  ASSERT_FALSE(bad);
  for (const char* expected : {"ICU collation needs", "glibc", "libc collation needs"}) {
    EXPECT_NE(bad.error().message().find(expected), std::string::npos) << bad.error().message();
  }
}

TEST(TypeModelTest, MultirangeNamesFollowPostgreSql) {
  EXPECT_EQ(model::default_multirange_name("floatrange"), "floatmultirange");
  EXPECT_EQ(model::default_multirange_name("price_range"), "price_multirange");
  EXPECT_EQ(model::default_multirange_name("span"), "span_multirange");
  EXPECT_EQ(model::default_multirange_name("rangerange"), "multirangerange");
}
