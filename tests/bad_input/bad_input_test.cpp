// The bad-input catalogue (issue 15; docs/reliability.md, "Bad input"): each
// case gives the real tenantctl binary one malformed or hostile input and
// checks the exit code, that the message says what is wrong, where and what
// to do, that nothing was written where the input was refused (the project's
// files, the tenant's catalog and knex's ledger, the registry and the
// server's roles and databases), and that no output shows any password or key
// the case knows.

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "crypto/secrets.hpp"
#include "integration/provision_support.hpp"
#include "knex/migration_files.hpp"
#include "support/run_command.hpp"
#include "support/test_cluster.hpp"

namespace {

namespace fs = std::filesystem;
using test_support::CommandResult;
using Env = std::vector<std::pair<std::string, std::string>>;

// Secrets the cases use; every output is scanned for each.
const std::string k_url_password = "Url-Secret-Pw-4417";
const std::string k_tenant_password = "Tenant-Secret-Pw-9921";

std::vector<std::string> known_secrets() {
  return {k_url_password, k_tenant_password, test_support::k_provision_key,
          test_support::k_provision_other_key};
}

const char* const k_table = "[[table.public.t.column]]\nname = \"id\"\ntype = \"integer\"\n";
const char* const k_migration =
    "-- migrate:up\ncreate table m (id int);\n-- migrate:down\n"
    "drop table m;\n";

// Where one case runs: a project directory with tenantctl.toml, schema/ (one
// table) and migrations/ (one file and its companion); a tenant database and
// a central registry when the case asks for them.
class Scene {
 public:
  Scene()
      : m_dir(fs::temp_directory_path() /
              fmt::format("tenantctl-bad-{}-{}", ::getpid(), ++g_serial)) {
    fs::create_directories(m_dir / "schema");
    fs::create_directories(m_dir / "migrations");
    write("tenantctl.toml", "[paths]\nschema = \"schema\"\nmigrations = \"migrations\"\n");
    write("schema/t.toml", k_table);
    write("migrations/20250101000000_create_m.sql", k_migration);
    EXPECT_TRUE(knex::write_companion(m_dir / "migrations/20250101000000_create_m.sql"));
  }
  ~Scene() { fs::remove_all(m_dir); }
  Scene(const Scene&) = delete;
  Scene& operator=(const Scene&) = delete;

  [[nodiscard]] std::string path(const std::string& relative) const {
    return (m_dir / relative).string();
  }
  void write(const std::string& relative, const std::string& text) const {
    fs::create_directories((m_dir / relative).parent_path());
    std::ofstream(m_dir / relative, std::ios::binary) << text;
  }
  void remove(const std::string& relative) const { fs::remove_all(m_dir / relative); }

  test_support::TestDatabase& tenant() {
    if (!m_tenant) {
      m_tenant = std::make_unique<test_support::TestDatabase>("bad");
    }
    return *m_tenant;
  }
  test_support::Platform& platform() {
    if (!m_platform) {
      m_platform = std::make_unique<test_support::Platform>();
    }
    return *m_platform;
  }
  // A registry row for `slug` that reaches the tenant database over the
  // socket, its password encrypted with the platform's key; `columns` replace
  // the row's SQL values by column name.
  void add_tenant(const std::string& slug, const std::map<std::string, std::string>& columns = {}) {
    const auto key = crypto::EncryptionKey::from_text(test_support::k_provision_key, "key");
    const auto stored = crypto::encrypt(*key, k_tenant_password);
    std::map<std::string, std::string> row{
        {"id", quoted(slug + "-id")},
        {"name", quoted("Tenant " + slug)},
        {"slug", quoted(slug)},
        {"status", "'ACTIVE'"},
        {"\"dbHost\"", quoted(test_support::cluster().socket_dir)},
        {"\"dbPort\"", test_support::cluster().port},
        {"\"dbName\"", quoted(tenant().name())},
        {"\"dbUsername\"", quoted(test_support::cluster().superuser)},
        {"\"dbPassword\"", quoted(*stored)}};
    for (const auto& [column, value] : columns) {
      row[column] = value;
    }
    std::string names;
    std::string values;
    for (const auto& [column, value] : row) {
      names += (names.empty() ? "" : ", ") + column;
      values += (values.empty() ? "" : ", ") + value;
    }
    platform().central().exec(fmt::format("insert into tenants ({}) values ({})", names, values));
  }

  // Everything a refused input must leave as it was.
  [[nodiscard]] std::string state() {
    std::ostringstream out;
    for (const auto& entry : fs::recursive_directory_iterator(m_dir)) {
      if (entry.is_regular_file()) {
        std::ifstream in(entry.path(), std::ios::binary);
        out << entry.path().string() << '\n' << in.rdbuf() << '\n';
      }
    }
    if (m_tenant) {
      out << m_tenant
                 ->scalar(
                     "select string_agg(n.nspname || '.' || c.relname, ',' order by 1, 2) "
                     "from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                     "where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')")
                 .value_or("(none)")
          << '\n'
          << m_tenant->scalar("select count(*) from pg_namespace where nspname = 'tenantctl'")
                 .value_or("");
    }
    if (m_platform) {
      out << m_platform->central()
                 .scalar("select string_agg(t::text, ',' order by id) from tenants t")
                 .value_or("(none)")
          << '\n'
          << m_platform->server_objects();
    }
    return out.str();
  }

  static std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
      out += c == '\'' ? std::string("''") : std::string(1, c);
    }
    return out + "'";
  }

 private:
  static inline int g_serial = 0;
  fs::path m_dir;
  std::unique_ptr<test_support::TestDatabase> m_tenant;
  std::unique_ptr<test_support::Platform> m_platform;
};

// How a case runs tenantctl.
enum class Through {
  binary,    // the binary as it is, in the test's working directory
  platform,  // Platform::run: --config, central, server and scratch URLs, the key
};

struct Case {
  std::string name;
  std::function<void(Scene&)> setup;
  std::function<std::vector<std::string>(Scene&)> args;
  int exit_code = 0;
  // What the output must say (what, where, what to do).
  std::vector<std::string> says;
  Through through = Through::binary;
  Env env;
  // Words the output must not hold (a statement that must not be planned).
  std::vector<std::string> never_says;
};

std::string repeat(const std::string& text, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) {
    out += text;
  }
  return out;
}

// Shorthands for the cases.
auto no_setup = [](Scene&) {};
auto args_of(std::vector<std::string> words) {
  return [words = std::move(words)](Scene& scene) {
    std::vector<std::string> out;
    for (const auto& word : words) {
      // {dir}/x names a file of the scene; {tenant} the tenant's URL.
      std::string value = word;
      if (const auto at = value.find("{dir}"); at != std::string::npos) {
        value = value.substr(0, at) + scene.path("") + value.substr(at + 6);
      }
      if (value == "{tenant}") {
        value = scene.tenant().url();
      }
      out.push_back(value);
    }
    return out;
  };
}
auto schema_file(std::string text) {
  return [text = std::move(text)](Scene& scene) { scene.write("schema/t.toml", text); };
}
auto config_file(std::string text) {
  return [text = std::move(text)](Scene& scene) { scene.write("tenantctl.toml", text); };
}
auto migration_file(std::string name, std::string text) {
  return [name = std::move(name), text = std::move(text)](Scene& scene) {
    scene.write("migrations/" + name, text);
    if (name.ends_with(".sql")) {
      ASSERT_TRUE(knex::write_companion(scene.path("migrations/" + name)));
    }
  };
}
// plan of the tenant database against the scene's schema.
auto plan_tenant() {
  return args_of({"plan", "--url", "{tenant}", "--schema", "{dir}/schema", "--migrations",
                  "{dir}/migrations"});
}
auto apply_tenant() {
  return args_of({"apply", "--yes", "--url", "{tenant}", "--schema", "{dir}/schema", "--migrations",
                  "{dir}/migrations"});
}
auto diff_schema() { return args_of({"diff", "/dev/null", "{dir}/schema"}); }
auto plan_with_config() {
  return args_of({"plan", "--config", "{dir}/tenantctl.toml", "--url", "{tenant}"});
}
auto migrate_tenant() {
  return args_of({"migrate", "--yes", "--url", "{tenant}", "--migrations", "{dir}/migrations"});
}
auto with_row(std::string slug, std::map<std::string, std::string> columns = {}) {
  return [slug = std::move(slug), columns = std::move(columns)](Scene& scene) {
    scene.add_tenant(slug, columns);
  };
}
std::string url_with_password(const std::string& rest) {
  return fmt::format("postgresql://app:{}@{}", k_url_password, rest);
}

std::vector<Case> schema_cases() {
  return {
      {"SchemaSyntaxError",
       schema_file("[table.public.t\n"),
       diff_schema(),
       78,
       {"t.toml:1:", "TOML syntax error"}},
      {"SchemaDeepNesting",
       schema_file("a = " + repeat("[", 20000) + repeat("]", 20000) + "\n"),
       diff_schema(),
       78,
       {"t.toml:1:", "maximum nested value depth"}},
      {"SchemaInvalidUtf8",
       schema_file(std::string(k_table) + "comment = \"caf\xe9\"\n"),
       diff_schema(),
       78,
       {"t.toml:4:", "utf-8"}},
      {"SchemaDuplicateKey",
       schema_file(std::string(k_table) + "type = \"text\"\n"),
       diff_schema(),
       78,
       {"t.toml:4:", "type"}},
      {"SchemaTableInTwoFiles",
       [](Scene& scene) { scene.write("schema/u.toml", k_table); },
       diff_schema(),
       78,
       {"declared twice", "t.toml:1:", "u.toml:1:"}},
      {"SchemaUnknownKeyWithSuggestion",
       schema_file("[[table.public.t.columns]]\nname = \"id\"\ntype = \"integer\"\n"),
       diff_schema(),
       78,
       {"t.toml:1:", "did you mean 'column'"}},
      {"SchemaUnknownKind",
       schema_file("[tabel.public.t]\n"),
       diff_schema(),
       78,
       {"t.toml:1:", "did you mean 'table'"}},
      {"SchemaWrongValueType",
       schema_file("[[table.public.t.column]]\nname = 1\ntype = \"integer\"\n"),
       diff_schema(),
       78,
       {"t.toml:2:", "name", "string"}},
      {"SchemaMissingRequiredKey",
       schema_file("[[table.public.t.column]]\nname = \"id\"\n"),
       diff_schema(),
       78,
       {"t.toml:1:", "missing required key 'type'"}},
      {"SchemaIndexOnAMissingColumn",
       schema_file(std::string(k_table) + "[table.public.t.index.t_x]\nkeys = [\"nope\"]\n"),
       diff_schema(),
       78,
       {"t.toml:", "nope"}},
      {"SchemaNameOver63Bytes",
       schema_file("[[table.public." + repeat("x", 64) +
                   ".column]]\nname = \"id\"\ntype = \"integer\"\n"),
       diff_schema(),
       78,
       {"t.toml:1:", "longer than 63 bytes"}},
      {"SchemaMultibyteNameOver63Bytes",
       schema_file("[[table.public.\"" + repeat("\xc3\xa9", 32) +
                   "\".column]]\nname = \"id\"\ntype = \"integer\"\n"),
       diff_schema(),
       78,
       {"t.toml:1:", "longer than 63 bytes"}},
      {"SchemaNulInAString",
       schema_file(std::string(k_table) + "comment = \"a\\u0000b\"\n"),
       diff_schema(),
       78,
       {"t.toml:4:", "NUL character", "remove it"}},
      {"SchemaNulInAName",
       schema_file("[[table.public.\"a\\u0000b\".column]]\nname = \"id\"\ntype = \"integer\"\n"),
       diff_schema(),
       78,
       {"t.toml:1:", "NUL character"}},
      {"SchemaEmptyDirectory",
       [](Scene& scene) { scene.remove("schema/t.toml"); },
       plan_tenant(),
       78,
       {"holds no .toml files", "inspect"}},
      {"SchemaTypeTypoRejectedByPostgres",
       schema_file("[[table.public.t.column]]\nname = \"id\"\ntype = \"intger\"\n"),
       apply_tenant(),
       78,
       {"t.toml:1:", "intger", "does not build"}},
      // diff needs no database, but checks the schemas in PostgreSQL: on a
      // throwaway cluster it starts itself when no scratch server is named.
      {"SchemaTypeTypoInDiff",
       schema_file("[[table.public.t.column]]\nname = \"id\"\ntype = \"intger\"\n"),
       diff_schema(),
       78,
       {"t.toml:1:", "intger", "does not build"},
       Through::binary,
       {{"TENANTCTL_SCRATCH_URL", ""}}},
      // Hostile but valid: quoted everywhere, planned as written.
      {"SchemaSqlInANameIsQuoted",
       schema_file("[[table.public.\"t\\\"; drop table x; --\".column]]\nname = \"it's\"\n"
                   "type = \"integer\"\n"),
       diff_schema(),
       0,
       {"CREATE TABLE public.\"t\"\"; drop table x; --\"", "\"it's\""}},
      {"SchemaByteOrderMarkIsRead",
       schema_file("\xef\xbb\xbf" + std::string(k_table)),
       diff_schema(),
       0,
       {"CREATE TABLE public.t"}},
      {"SchemaCrlfIsRead",
       schema_file("[[table.public.t.column]]\r\nname = \"id\"\r\ntype = \"integer\"\r\n"),
       diff_schema(),
       0,
       {"CREATE TABLE public.t"}},
      {"SchemaHugeFileIsRead",
       schema_file(repeat("# " + repeat("filler ", 20) + "\n", 200000) + k_table),
       diff_schema(),
       0,
       {"CREATE TABLE public.t"}},
  };
}

std::vector<Case> config_cases() {
  return {
      {"ConfigSyntaxError",
       config_file("[defaults\n"),
       plan_with_config(),
       78,
       {"tenantctl.toml:1:", "TOML syntax error"}},
      {"ConfigUnknownKeyWithSuggestion",
       config_file("[defaults]\nconcurency = 4\n"),
       plan_with_config(),
       78,
       {"tenantctl.toml:2:", "did you mean 'concurrency'"}},
      {"ConfigUnknownTable",
       config_file("[defualts]\nconcurrency = 4\n"),
       plan_with_config(),
       78,
       {"tenantctl.toml:1:", "did you mean 'defaults'"}},
      {"ConfigConcurrencyZero",
       config_file("[defaults]\nconcurrency = 0\n"),
       plan_with_config(),
       78,
       {"tenantctl.toml:2:", "concurrency"}},
      {"ConfigConcurrencyAsString",
       config_file("[defaults]\nconcurrency = \"8\"\n"),
       plan_with_config(),
       78,
       {"tenantctl.toml:2:", "concurrency"}},
      {"ConfigLockTimeoutNotADuration",
       config_file("[defaults]\nlock_timeout = \"5parsecs\"\n"),
       plan_with_config(),
       78,
       {"tenantctl.toml:2:", "5parsecs"}},
      {"ConfigPortOutOfRange",
       config_file("[provisioning]\ndb_port = 70000\n"),
       plan_with_config(),
       78,
       {"tenantctl.toml:2:", "db_port"}},
      {"ConfigBcryptCostTooLow",
       config_file("[provisioning]\nbcrypt_cost = 5\n"),
       plan_with_config(),
       78,
       {"tenantctl.toml:2:", "bcrypt_cost"}},
      {"ConfigCentralUrlUnparseableHidesItsPassword",
       config_file("[central]\nurl = \"" + url_with_password("[::1/central") + "\"\n"),
       args_of({"tenant", "list", "--config", "{dir}/tenantctl.toml"}),
       78,
       {"invalid connection string"},
       Through::binary,
       {{"TENANTCTL_CENTRAL_URL", ""}}},
      {"ConfigFileMissing",
       no_setup,
       args_of({"plan", "--config", "{dir}/nowhere.toml", "--url", "{tenant}"}),
       78,
       {"nowhere.toml"}},
      {"ConfigSchemaPathMissing",
       config_file("[paths]\nschema = \"nowhere\"\n"),
       plan_with_config(),
       78,
       {"no desired schema", "nowhere"}},
      {"ConfigRegistryQueryInvalid",
       [](Scene& scene) {
         std::ofstream(scene.platform().config_path(), std::ios::app)
             << "\n[registry]\nquery = \"select nope\"\n";
       },
       args_of({"plan", "--all"}),
       78,
       {"[registry] query", "nope"},
       Through::platform},
  };
}

std::vector<Case> option_cases() {
  const auto plan = [](std::vector<std::string> extra) {
    std::vector<std::string> words{"plan", "--url", "{tenant}", "--schema", "{dir}/schema"};
    words.insert(words.end(), extra.begin(), extra.end());
    return args_of(words);
  };
  return {
      {"OptionConcurrencyZero",
       no_setup,
       plan({"--concurrency", "0"}),
       64,
       {"--concurrency '0'", "at least 1"}},
      {"OptionConcurrencyNegative", no_setup, plan({"--concurrency", "-3"}), 64, {"--concurrency"}},
      {"OptionConcurrencyNotANumber",
       no_setup,
       plan({"--concurrency", "abc"}),
       64,
       {"--concurrency 'abc'"}},
      {"OptionMaxFailuresZero", no_setup, plan({"--max-failures", "0"}), 64, {"--max-failures"}},
      {"OptionLeaseWithoutRun",
       no_setup,
       args_of(
           {"apply", "--yes", "--url", "{tenant}", "--schema", "{dir}/schema", "--lease", "60"}),
       64,
       {"--lease", "--run"}},
      {"OptionLockTimeoutNotADuration",
       no_setup,
       plan({"--lock-timeout", "5parsecs"}),
       64,
       {"--lock-timeout '5parsecs'", "500ms"}},
      {"OptionStatementTimeoutNegative",
       no_setup,
       plan({"--statement-timeout", "-1"}),
       64,
       {"--statement-timeout '-1'"}},
      {"OptionUnknownFormat", no_setup, plan({"--format", "xml"}), 64, {"--format 'xml'", "json"}},
      {"OptionUnknownHazard",
       no_setup,
       args_of({"apply", "--yes", "--url", "{tenant}", "--schema", "{dir}/schema",
                "--allow-hazards", "everything"}),
       64,
       {"everything", "data_loss"}},
      {"OptionUnknown",
       no_setup,
       plan({"--frobnicate"}),
       64,
       {"unknown option '--frobnicate'", "tenantctl help plan"}},
      {"OptionUnknownCommand",
       no_setup,
       args_of({"frobnicate"}),
       64,
       {"unknown command 'frobnicate'"}},
      {"OptionHelpOfUnknownCommand",
       no_setup,
       args_of({"help", "frobnicate"}),
       64,
       {"unknown command 'frobnicate'"}},
      {"OptionShardOutOfRange",
       no_setup,
       args_of({"plan", "--all", "--shard", "3/2"}),
       64,
       {"--shard '3/2'"}},
      {"OptionUrlUnparseableHidesItsPassword",
       no_setup,
       args_of({"plan", "--url", url_with_password("[::1:5432/db"), "--schema", "{dir}/schema"}),
       64,
       {"--url", "invalid connection string"}},
      // Found by tests/fuzz/fuzz_conninfo: short passwords scrubbed one after
      // another out of the connect error made it grow without end.
      {"OptionUrlShortPasswordsFailPromptly",
       no_setup,
       args_of({"plan", "--url",
                "host=127.0.0.1 port=1 dbname=db password=o" + repeat(" password=*", 20),
                "--schema", "{dir}/schema"}),
       1,
       {"127.0.0.1:1", "failed"}},
      {"OptionUrlPortOutOfRange",
       no_setup,
       args_of({"plan", "--url", "host=/tmp port=99999 password=" + k_url_password, "--schema",
                "{dir}/schema"}),
       64,
       {"port '99999'", "1 to 65535"}},
      {"OptionMigrationNameInvalid",
       no_setup,
       args_of({"make", "Bad Name", "--migrations", "{dir}/migrations"}),
       64,
       {"'Bad Name' is not a valid migration name", "lowercase"}},
      {"OptionTenantSlugWithSql",
       no_setup,
       args_of({"plan", "--tenant=x'; drop table tenants; --"}),
       64,
       {"x'; drop table tenants"},
       Through::platform},
  };
}

std::vector<Case> registry_cases() {
  const auto plan_all = args_of({"plan", "--all", "--schema", "{dir}/schema"});
  return {
      {"RegistryNullHost",
       with_row("nullhost", {{"\"dbHost\"", "''"}}),
       plan_all,
       1,
       {"nullhost", "no database host", "fix the tenant's row"},
       Through::platform},
      {"RegistryPortOutOfRange",
       with_row("badport", {{"\"dbPort\"", "70000"}}),
       plan_all,
       1,
       {"badport", "port '70000' is not a number from 1 to 65535"},
       Through::platform},
      {"RegistryPortOutOfRangeListed",
       with_row("badport", {{"\"dbPort\"", "70000"}}),
       args_of({"tenant", "list"}),
       0,
       {"badport", ":70000 (not a port)/"},
       Through::platform},
      {"RegistryPasswordNotHex",
       with_row("nothex", {{"\"dbPassword\"", "'zz:zz'"}}),
       plan_all,
       1,
       {"nothex", "cannot be decrypted", "hex(iv):hex(ciphertext)"},
       Through::platform},
      {"RegistryPasswordIvOfWrongLength",
       with_row("shortiv", {{"\"dbPassword\"", "'4092:e2da7e4fe859714874e76fb47c69301b'"}}),
       plan_all,
       1,
       {"shortiv", "IV is not 32 hex digits"},
       Through::platform},
      {"RegistrySlugWithSql",
       with_row("x'; drop table tenants; --"),
       args_of({"plan", "--tenant=x'; drop table tenants; --", "--schema", "{dir}/schema"}),
       0,
       {"x'; drop table tenants; --"},
       Through::platform},
      {"RegistryUnknownStatus",
       [](Scene& scene) {
         scene.platform().central().exec("alter type \"TenantStatus\" add value 'ARCHIVED'");
         scene.add_tenant("archived", {{"status", "'ARCHIVED'"}});
       },
       args_of({"plan", "--all", "--schema", "{dir}/schema"}),
       64,
       {"--all selects no tenant", "none of them ACTIVE", "--tenant SLUG"},
       Through::platform},
      {"KeyWrong",
       with_row("acme"),
       plan_all,
       78,
       {"decrypts none of the 1 selected tenant's stored password", "no tenant was touched"},
       Through::platform,
       {{"DB_ENCRYPTION_KEY", test_support::k_provision_other_key}}},
      {"KeyOfWrongLength",
       with_row("acme"),
       plan_all,
       78,
       {"DB_ENCRYPTION_KEY has 5 characters", "32 characters"},
       Through::platform,
       {{"DB_ENCRYPTION_KEY", "short"}}},
      {"KeyMissing",
       with_row("acme"),
       plan_all,
       78,
       {"DB_ENCRYPTION_KEY is not set"},
       Through::platform,
       {{"DB_ENCRYPTION_KEY", ""}}},
      {"IdentifierSlugOver63Characters",
       no_setup,
       args_of({"tenant", "create", "--slug", repeat("a", 64), "--name", "x"}),
       64,
       {"64 characters, not 3 to 63"},
       Through::platform},
      {"IdentifierSlugWithSqlAndCapitals",
       no_setup,
       args_of({"tenant", "create", "--slug", "Acme'; drop", "--name", "x"}),
       64,
       {"only lowercase letters a-z, digits and hyphens"},
       Through::platform},
      {"IdentifierSlugUnicode",
       no_setup,
       args_of({"tenant", "create", "--slug", "caf\xc3\xa9", "--name", "x"}),
       64,
       {"only lowercase letters a-z"},
       Through::platform},
  };
}

std::vector<Case> migration_cases() {
  const auto status = args_of({"status", "--url", "{tenant}", "--migrations", "{dir}/migrations"});
  return {
      {"MigrationInvalidSql",
       [](Scene& scene) {
         scene.remove("migrations");
         migration_file("20250102000000_broken.sql",
                        "-- migrate:up\ncreate tabel x (id int);\n")(scene);
       },
       migrate_tenant(),
       1,
       {"20250102000000_broken", "syntax error"}},
      {"MigrationByteOrderMark",
       migration_file("20250102000000_bom.sql", "\xef\xbb\xbf-- migrate:up\nselect 1;\n"),
       migrate_tenant(),
       78,
       {"20250102000000_bom.sql:1:", "byte-order mark", "without one"}},
      {"MigrationNotUtf8",
       migration_file("20250102000000_latin.sql", "-- migrate:up\nselect 'caf\xe9';\n"),
       migrate_tenant(),
       78,
       {"20250102000000_latin.sql:2:", "0xe9", "not UTF-8"}},
      {"MigrationUnknownMarker",
       migration_file("20250102000000_typo.sql", "-- migrate:upp\nselect 1;\n"),
       status,
       78,
       {"20250102000000_typo.sql:1:", "unknown marker", "-- migrate:up"}},
      {"MigrationSqlBeforeTheUpMarker",
       migration_file("20250102000000_early.sql", "select 1;\n-- migrate:up\nselect 2;\n"),
       status,
       78,
       {"20250102000000_early.sql:1:", "before '-- migrate:up'"}},
      {"MigrationTwoUpMarkers",
       migration_file("20250102000000_twice.sql",
                      "-- migrate:up\nselect 1;\n-- migrate:up\nselect 2;\n"),
       status,
       78,
       {"20250102000000_twice.sql:3:", "a second '-- migrate:up'"}},
      {"MigrationWithoutCompanion",
       [](Scene& scene) {
         scene.write("migrations/20250102000000_alone.sql", "-- migrate:up\nselect 1;\n");
       },
       status,
       78,
       {"20250102000000_alone.sql:1:", "companion", "make --companions"}},
      {"MigrationEditedCompanion",
       [](Scene& scene) {
         scene.write("migrations/20250101000000_create_m.js", "exports.up = () => {};\n");
       },
       status,
       78,
       {"20250101000000_create_m.js:1:", "is not the companion"}},
      {"MigrationNameWithoutTimestamp",
       migration_file("create_x.sql", "-- migrate:up\nselect 1;\n"),
       status,
       78,
       {"create_x.sql:1:", "<timestamp>_<name>.sql"}},
      {"MigrationBackslashBeforeQuestionMark",
       migration_file("20250102000000_regex.sql", "-- migrate:up\nselect 'a' ~ 'b\\?';\n"),
       status,
       78,
       {"20250102000000_regex.sql:2:", "backslash right before '?'"}},
      {"MigrationNameNotUtf8",
       [](Scene& scene) {
         scene.write("migrations/20250102000000_caf\xe9.js", "exports.up = 1;\n");
       },
       status,
       78,
       {"not valid UTF-8", "rename it"}},
      {"MigrationPendingHandWritten",
       [](Scene& scene) {
         scene.write("migrations/20250102000000_by_hand.js",
                     "exports.up = (knex) => knex.raw('select 1');\n"
                     "exports.down = () => {};\n");
       },
       migrate_tenant(),
       1,
       {"20250102000000_by_hand.js"}},
      // Accepted: CRLF line endings, and names knex orders by UTF-16 code
      // units (U+FF21 after U+1F600, unlike their UTF-8 bytes).
      {"MigrationCrlfIsRead",
       migration_file("20250102000000_crlf.sql",
                      "-- migrate:up\r\ncreate table c (id int);\r\n-- migrate:down\r\n"
                      "drop table c;\r\n"),
       migrate_tenant(),
       0,
       {"20250102000000_crlf.js"}},
      {"MigrationNamesInKnexOrder",
       [](Scene& scene) {
         scene.write("migrations/20250102000000_\xef\xbc\xa1.sql", "-- migrate:up\nselect 1;\n");
         scene.write("migrations/20250102000000_\xf0\x9f\x98\x80.sql",
                     "-- migrate:up\nselect 2;\n");
         ASSERT_TRUE(
             knex::write_companion(scene.path("migrations/20250102000000_\xef\xbc\xa1.sql")));
         ASSERT_TRUE(
             knex::write_companion(scene.path("migrations/20250102000000_\xf0\x9f\x98\x80.sql")));
       },
       args_of({"migrate", "--dry-run", "--yes", "--url", "{tenant}", "--migrations",
                "{dir}/migrations"}),
       0,
       {"20250101000000_create_m.js, 20250102000000_\xf0\x9f\x98\x80.js, "
        "20250102000000_\xef\xbc\xa1.js"}},
  };
}

std::vector<Case> all_cases() {
  std::vector<Case> out;
  for (auto part :
       {schema_cases(), config_cases(), option_cases(), registry_cases(), migration_cases()}) {
    for (auto& one : part) {
      out.push_back(std::move(one));
    }
  }
  return out;
}

// Names a case in gtest's messages (the name gtest looks for).
// NOLINTNEXTLINE(readability-identifier-naming)
void PrintTo(const Case& c, std::ostream* out) { *out << c.name; }

class BadInputTest : public testing::TestWithParam<Case> {};

TEST_P(BadInputTest, IsRefusedClearlyAndChangesNothing) {
  const Case& c = GetParam();
  Scene scene;
  if (c.through == Through::platform) {
    (void)scene.platform();
  }
  c.setup(scene);
  if (HasFatalFailure()) {
    return;
  }
  const auto args = c.args(scene);
  const auto before = scene.state();
  const CommandResult result = c.through == Through::platform
                                   ? scene.platform().run(args, c.env)
                                   : test_support::run_tenantctl(args, c.env);
  const std::string output = result.out + result.err;
  EXPECT_EQ(result.exit_code, c.exit_code) << output;
  for (const auto& words : c.says) {
    EXPECT_NE(output.find(words), std::string::npos) << "missing: " << words << "\n" << output;
  }
  for (const auto& words : c.never_says) {
    EXPECT_EQ(output.find(words), std::string::npos) << "unexpected: " << words << "\n" << output;
  }
  if (c.exit_code != 0) {
    EXPECT_EQ(scene.state(), before) << "a refused input changed something\n" << output;
  }
  test_support::expect_no_secret(result, known_secrets());
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInputTest, testing::ValuesIn(all_cases()),
                         [](const testing::TestParamInfo<Case>& one) { return one.param.name; });

}  // namespace
