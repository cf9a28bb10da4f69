// The fleet against a real registry: tenants with their own login roles and
// scram passwords, reached over 127.0.0.1 with passwords decrypted from the
// registry (docs/operations.md).

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "crypto/secrets.hpp"
#include "pg/session.hpp"
#include "support/run_command.hpp"
#include "support/test_cluster.hpp"

namespace fs = std::filesystem;

namespace {

const std::string k_key = "fleet-test-key-0123456789abcdefg";        // 32 characters
const std::string k_other_key = "another-key-0123456789abcdefghij";  // 32 characters

constexpr const char* k_tenant_schema = R"sql(
  create table accounts (id bigint primary key, name text not null, email text);
  create index accounts_name_idx on accounts (name);
  create table contacts (id bigint primary key, account_id bigint references accounts (id));
)sql";

std::string read_file(const fs::path& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

// How a tenant of the test fleet is set up.
enum class Kind { in_sync, missing_index, extra_column, unreachable, wrong_key, suspended };

struct FleetTenant {
  std::string slug;
  Kind kind;
  std::string password;
  std::unique_ptr<test_support::TestDatabase> db;
};

class Fleet {
 public:
  explicit Fleet(const std::vector<std::pair<std::string, Kind>>& layout)
      : m_central(std::make_unique<test_support::TestDatabase>("central")) {
    m_central->exec(read_file(fs::path(TENANTCTL_SOURCE_DIR) / "examples/central/registry.sql"));
    const auto key = crypto::EncryptionKey::from_text(k_key, "k");
    const auto other = crypto::EncryptionKey::from_text(k_other_key, "k");
    int n = 0;
    for (const auto& [slug, kind] : layout) {
      FleetTenant tenant{slug, kind, "", nullptr};
      const std::string role = fmt::format("fleet_{}_{}_{}", ::getpid(), m_serial++, n);
      tenant.password = fmt::format("Pw-{}-{}-secret", ::getpid(), n);
      test_support::exec_admin(
          fmt::format("create role {} login password '{}'", role, tenant.password));
      m_roles.push_back(role);
      tenant.db = std::make_unique<test_support::TestDatabase>(std::to_string(n));
      test_support::exec_admin(
          fmt::format("alter database {} owner to {}", tenant.db->name(), role));
      tenant.db->exec(fmt::format("set role {}; {}", role, k_tenant_schema));
      if (kind == Kind::missing_index) {
        tenant.db->exec(fmt::format("set role {}; drop index accounts_name_idx", role));
      } else if (kind == Kind::extra_column || kind == Kind::suspended) {
        tenant.db->exec(fmt::format("set role {}; alter table accounts add column fax text", role));
      }
      const auto stored = crypto::encrypt(kind == Kind::wrong_key ? *other : *key, tenant.password);
      const int port = kind == Kind::unreachable ? 1 : std::stoi(test_support::cluster().port);
      m_central->exec(fmt::format(
          "insert into tenants (id, name, slug, status, \"dbHost\", \"dbPort\", \"dbName\", "
          "\"dbUsername\", \"dbPassword\") values ('cmfleet{:02}{}', '{}', '{}', '{}', "
          "'127.0.0.1', {}, '{}', '{}', '{}')",
          n, ::getpid(), slug, slug, kind == Kind::suspended ? "SUSPENDED" : "ACTIVE", port,
          tenant.db->name(), role, *stored));
      m_tenants.push_back(std::move(tenant));
      ++n;
    }
    // The desired schema: what every tenant was built with.
    test_support::TestDatabase model("model");
    model.exec(k_tenant_schema);
    m_dir = fs::temp_directory_path() / ("tenantctl-fleet-" + m_central->name());
    fs::create_directories(m_dir);
    auto inspected = test_support::run_tenantctl({"inspect", "--url", model.url()});
    EXPECT_EQ(inspected.exit_code, 0) << inspected.err;
    std::ofstream(m_dir / "schema.toml") << inspected.out;
  }

  ~Fleet() {
    m_tenants.clear();
    fs::remove_all(m_dir);
    for (const auto& role : m_roles) {
      test_support::exec_admin(fmt::format("drop role if exists {}", role));
    }
  }

  test_support::CommandResult run(std::vector<std::string> args) const {
    args.push_back("--schema");
    args.push_back((m_dir / "schema.toml").string());
    return test_support::run_tenantctl(args, environment());
  }

  // Runs tenantctl like run(), on a pseudo-terminal.
  test_support::CommandResult run_on_terminal(std::vector<std::string> args,
                                              const std::string& typed = "") const {
    args.push_back("--schema");
    args.push_back((m_dir / "schema.toml").string());
    return test_support::run_tenantctl_on_terminal(args, environment(), typed);
  }

  // Runs tenantctl like run(), and sends it SIGINT (as Ctrl-C would) after
  // `seconds`.
  test_support::CommandResult run_interrupted(int seconds, std::vector<std::string> args) const {
    std::vector<std::string> argv{
        "timeout", "--preserve-status",     "-s",
        "INT",     std::to_string(seconds), test_support::tenantctl_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.push_back("--schema");
    argv.push_back((m_dir / "schema.toml").string());
    return test_support::run_program(argv, environment());
  }

  // Fails the test if any tenant's password or a key shows in `text`.
  void expect_no_secret(const std::string& text) const {
    EXPECT_EQ(text.find(k_key), std::string::npos);
    EXPECT_EQ(text.find(k_other_key), std::string::npos);
    for (const auto& tenant : m_tenants) {
      EXPECT_EQ(text.find(tenant.password), std::string::npos) << tenant.slug;
    }
  }

  const std::vector<FleetTenant>& tenants() const { return m_tenants; }
  // The desired schema every run() uses (inspected from the tenants' model).
  [[nodiscard]] fs::path schema_file() const { return m_dir / "schema.toml"; }
  // Runs tenantctl with the fleet's configuration but no --schema.
  test_support::CommandResult run_without_schema(const std::vector<std::string>& args) const {
    return test_support::run_tenantctl(args, environment());
  }
  // Runs tenantctl like run(), with `overrides` replacing or adding
  // environment variables.
  test_support::CommandResult run_with(
      std::vector<std::string> args,
      const std::vector<std::pair<std::string, std::string>>& overrides) const {
    args.push_back("--schema");
    args.push_back((m_dir / "schema.toml").string());
    auto env = environment();
    for (const auto& [name, value] : overrides) {
      std::erase_if(env, [&](const auto& entry) { return entry.first == name; });
      env.emplace_back(name, value);
    }
    return test_support::run_tenantctl(args, env);
  }
  // Adds `text` to the desired schema.
  void add_to_schema(const std::string& text) const {
    std::ofstream(m_dir / "schema.toml", std::ios::app) << "\n" << text;
  }
  test_support::TestDatabase& central() const { return *m_central; }

 private:
  std::vector<std::pair<std::string, std::string>> environment() const {
    return {{"TENANTCTL_CENTRAL_URL", m_central->url()},
            {"DB_ENCRYPTION_KEY", k_key},
            {"TENANTCTL_SCRATCH_URL", test_support::cluster().conninfo("postgres")}};
  }

  static inline int m_serial = 0;
  std::unique_ptr<test_support::TestDatabase> m_central;
  std::vector<FleetTenant> m_tenants;
  std::vector<std::string> m_roles;
  fs::path m_dir;
};

std::vector<std::pair<std::string, Kind>> standard_layout() {
  std::vector<std::pair<std::string, Kind>> layout;
  for (int i = 0; i < 10; ++i) layout.emplace_back(fmt::format("sync-{:02}", i), Kind::in_sync);
  for (int i = 0; i < 5; ++i)
    layout.emplace_back(fmt::format("index-{:02}", i), Kind::missing_index);
  for (int i = 0; i < 4; ++i)
    layout.emplace_back(fmt::format("column-{:02}", i), Kind::extra_column);
  layout.emplace_back("gone", Kind::unreachable);
  layout.emplace_back("wrong-key", Kind::wrong_key);
  layout.emplace_back("suspended", Kind::suspended);
  return layout;
}

std::map<std::string, std::string> statuses(const std::string& json_text) {
  std::map<std::string, std::string> out;
  const auto json = nlohmann::json::parse(json_text);
  for (const auto& tenant : json["tenants"]) {
    out[tenant["target"].get<std::string>()] = tenant["status"].get<std::string>();
  }
  return out;
}

TEST(FleetTest, PlanAllReportsExactlyTheDriftedAndBrokenTenants) {
  const Fleet fleet(standard_layout());
  const auto result = fleet.run({"plan", "--all", "--format", "json", "--exit-code"});
  EXPECT_EQ(result.exit_code, 1) << result.err;  // a failure outranks drift
  fleet.expect_no_secret(result.out + result.err);
  const auto status = statuses(result.out);
  ASSERT_EQ(status.size(), 21u) << result.out;  // SUSPENDED is not in --all
  EXPECT_FALSE(status.contains("suspended"));
  for (const auto& tenant : fleet.tenants()) {
    if (tenant.kind == Kind::suspended) continue;
    const auto expected = tenant.kind == Kind::in_sync ? "in_sync"
                          : tenant.kind == Kind::missing_index || tenant.kind == Kind::extra_column
                              ? "drift"
                              : "failed";
    EXPECT_EQ(status.at(tenant.slug), expected) << tenant.slug;
  }
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["summary"]["in_sync"], 10);
  EXPECT_EQ(json["summary"]["drift"], 9);
  EXPECT_EQ(json["summary"]["failed"], 2);
  // Identical catalogs are planned once: in sync, missing index, extra column.
  EXPECT_EQ(json["summary"]["distinct_plans"], 3);
  for (const auto& tenant : json["tenants"]) {
    if (tenant["target"] == "wrong-key") {
      EXPECT_NE(tenant["error"]["message"].get<std::string>().find("cannot be decrypted"),
                std::string::npos);
    }
  }
}

// Issue 14: the fleet's drift grouped by change, in text, JSON and Markdown
// (tenant lists folded in <details> for a pull-request comment).
TEST(FleetTest, TheDriftOverviewGroupsTenantsByChange) {
  const Fleet fleet(standard_layout());
  const auto text = fleet.run({"plan", "--all"});
  const std::string index_tenants =
      "5 of 21 tenants: index-00, index-01, index-02, index-03, index-04";
  const std::string column_tenants = "4 of 21 tenants: column-00, column-01, column-02, column-03";
  const auto overview = text.out.find("\nDrift by change:\n");
  ASSERT_NE(overview, std::string::npos) << text.out;
  const auto index_line = text.out.find(index_tenants, overview);
  const auto column_line = text.out.find(column_tenants, overview);
  EXPECT_NE(index_line, std::string::npos) << text.out;
  EXPECT_NE(column_line, std::string::npos) << text.out;
  EXPECT_NE(text.out.find("accounts_name_idx", text.out.rfind('\n', index_line)), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("  in sync: 10 of 21\n", overview), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find(" \n"), std::string::npos) << "a line ends in a blank:\n" << text.out;
  // The summary names only the outcomes some target had.
  EXPECT_NE(text.out.find("21 targets: 10 in sync, 9 drift, 2 failed in "), std::string::npos)
      << text.out;

  const auto json = nlohmann::json::parse(fleet.run({"plan", "--all", "--format", "json"}).out);
  ASSERT_EQ(json["changes"].size(), 2u) << json.dump(2);
  std::set<std::vector<std::string>> groups;
  for (const auto& change : json["changes"]) {
    groups.insert(change["tenants"].get<std::vector<std::string>>());
  }
  EXPECT_TRUE(groups.contains({"index-00", "index-01", "index-02", "index-03", "index-04"}));
  EXPECT_TRUE(groups.contains({"column-00", "column-01", "column-02", "column-03"}));

  const auto markdown = fleet.run({"plan", "--all", "--format", "markdown"}).out;
  EXPECT_NE(markdown.find("#### Drift by change"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("<details><summary>5 of 21</summary>index-00, index-01, index-02, "
                          "index-03, index-04</details>"),
            std::string::npos)
      << markdown;
  EXPECT_NE(markdown.find("| in sync | 10 of 21 |"), std::string::npos) << markdown;
}

// Issue 14: plan --out writes a reviewed plan; apply --plan applies exactly
// that to the tenants whose catalog has not changed since, reports the
// others without touching them, and refuses a plan of other inputs.
TEST(FleetTest, AReviewedPlanIsAppliedOnlyWhereItStillHolds) {
  const Fleet fleet({{"a", Kind::missing_index},
                     {"b", Kind::missing_index},
                     {"c", Kind::extra_column},
                     {"d", Kind::in_sync}});
  const auto file = fleet.schema_file().parent_path() / "reviewed.json";
  const auto planned = fleet.run({"plan", "--all", "--out", file.string()});
  ASSERT_EQ(planned.exit_code, 0) << planned.err;
  EXPECT_NE(planned.err.find("wrote the reviewed plan to"), std::string::npos) << planned.err;
  const auto text = read_file(file);
  fleet.expect_no_secret(text);
  const auto json = nlohmann::json::parse(text);
  EXPECT_EQ(json["format"], "tenantctl reviewed plan 1");
  ASSERT_EQ(json["groups"].size(), 3u) << text;  // missing index, extra column, in sync
  bool found = false;
  for (const auto& group : json["groups"]) {
    if (group["tenants"] == nlohmann::json::array({"a", "b"})) {
      found = true;
      EXPECT_EQ(group["hazards"], nlohmann::json::array({"index_build"})) << text;
      EXPECT_NE(group["statements"][0]["sql"].get<std::string>().find("accounts_name_idx"),
                std::string::npos);
    }
  }
  EXPECT_TRUE(found) << text;

  // b changes after the review: it is reported and left alone.
  auto& b = *fleet.tenants()[1].db;
  const auto owner = b.scalar(
      "select pg_get_userbyid(datdba) from pg_database where datname = current_database()");
  b.exec("set role " + owner.value_or("") + "; create table late (id integer)");
  const auto applied = fleet.run({"apply", "--all", "--yes", "--allow-hazards", "all", "--plan",
                                  file.string(), "--format", "json"});
  EXPECT_EQ(applied.exit_code, 1) << applied.out << applied.err;
  const auto status = statuses(applied.out);
  EXPECT_EQ(status.at("a"), "applied");
  EXPECT_EQ(status.at("b"), "skipped");
  EXPECT_EQ(status.at("c"), "applied");
  EXPECT_EQ(status.at("d"), "in_sync");
  EXPECT_NE(applied.out.find("changed since the reviewed plan was made"), std::string::npos)
      << applied.out;
  EXPECT_EQ(b.scalar("select to_regclass('public.accounts_name_idx') is null"), "t");
  EXPECT_EQ(fleet.tenants()[0].db->scalar("select to_regclass('public.accounts_name_idx') is null"),
            "f");

  // Other contents of schema/: refused before any tenant.
  fleet.add_to_schema("# reviewed after the plan was made\n");
  const auto other = fleet.run({"apply", "--all", "--yes", "--plan", file.string()});
  EXPECT_EQ(other.exit_code, 64) << other.err;
  EXPECT_NE(other.err.find("made from other contents of schema/ or migrations/"), std::string::npos)
      << other.err;
  // Not a reviewed plan.
  std::ofstream(file) << "{\"groups\": []}";
  const auto garbage = fleet.run({"apply", "--all", "--yes", "--plan", file.string()});
  EXPECT_EQ(garbage.exit_code, 78) << garbage.err;
  EXPECT_NE(garbage.err.find("not a reviewed plan"), std::string::npos) << garbage.err;
}

// Issue 14: inspect --all --group says how many distinct schemas the fleet
// really has, and which tenants hold each.
TEST(FleetTest, InspectAllGroupsTheFleetBySchema) {
  const Fleet fleet({{"a", Kind::in_sync},
                     {"b", Kind::in_sync},
                     {"c", Kind::missing_index},
                     {"d", Kind::unreachable}});
  const auto text = fleet.run_without_schema({"inspect", "--all", "--group"});
  EXPECT_EQ(text.exit_code, 1) << text.out << text.err;  // d could not be read
  EXPECT_NE(text.out.find("2 distinct schemas over 3 tenants\n"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("): 2 tenants: a, b\n"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("): 1 tenant: c\n"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("  not read: d: "), std::string::npos) << text.out;
  const auto json = nlohmann::json::parse(
      fleet.run_without_schema({"inspect", "--all", "--group", "--format", "json"}).out);
  ASSERT_EQ(json["schemas"].size(), 2u) << json.dump(2);
  EXPECT_EQ(json["schemas"][0]["tenants"], nlohmann::json::array({"a", "b"}));
  EXPECT_EQ(json["not_read"][0]["target"], "d");
  const auto alone = fleet.run_without_schema({"inspect", "--all"});
  EXPECT_EQ(alone.exit_code, 64) << alone.err;
}

TEST(FleetTest, ApplyBringsTheDriftedBackAndLeavesTheBrokenAlone) {
  const Fleet fleet(standard_layout());
  auto applied =
      fleet.run({"apply", "--all", "--yes", "--allow-hazards", "all", "--format", "json"});
  EXPECT_EQ(applied.exit_code, 1) << applied.err;
  fleet.expect_no_secret(applied.out + applied.err);
  auto status = statuses(applied.out);
  for (const auto& tenant : fleet.tenants()) {
    if (tenant.kind == Kind::missing_index || tenant.kind == Kind::extra_column) {
      EXPECT_EQ(status.at(tenant.slug), "applied") << tenant.slug;
    }
  }
  EXPECT_EQ(status.at("gone"), "failed");
  EXPECT_EQ(status.at("wrong-key"), "failed");
  const auto again = fleet.run({"plan", "--all", "--format", "json", "--exit-code"});
  status = statuses(again.out);
  for (const auto& tenant : fleet.tenants()) {
    if (tenant.kind != Kind::unreachable && tenant.kind != Kind::wrong_key &&
        tenant.kind != Kind::suspended) {
      EXPECT_EQ(status.at(tenant.slug), "in_sync") << tenant.slug;
    }
  }
  // The suspended tenant was never touched: it still has its extra column.
  const auto untouched =
      fleet.run({"plan", "--tenant", "suspended", "--format", "json", "--exit-code"});
  EXPECT_EQ(untouched.exit_code, 2) << untouched.err;
}

TEST(FleetTest, HazardsBlockWithExitThree) {
  const Fleet fleet({{"a", Kind::extra_column}, {"b", Kind::in_sync}});
  const auto result = fleet.run({"apply", "--all", "--yes"});
  EXPECT_EQ(result.exit_code, 3) << result.out << result.err;
  EXPECT_NE(result.out.find("blocked"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("data_loss"), std::string::npos) << result.out;
}

TEST(FleetTest, CanaryFailureStopsTheRollout) {
  const Fleet fleet({{"a-gone", Kind::unreachable},
                     {"b-index", Kind::missing_index},
                     {"c-index", Kind::missing_index},
                     {"d-index", Kind::missing_index}});
  const auto result = fleet.run(
      {"apply", "--all", "--yes", "--allow-hazards", "all", "--canary", "1", "--format", "json"});
  EXPECT_EQ(result.exit_code, 1);
  const auto status = statuses(result.out);
  EXPECT_EQ(status.at("a-gone"), "failed");
  for (const auto* slug : {"b-index", "c-index", "d-index"}) {
    EXPECT_EQ(status.at(slug), "skipped") << slug;
  }
}

TEST(FleetTest, MaxFailuresStopsStartingTenants) {
  const Fleet fleet({{"a-gone", Kind::unreachable},
                     {"b-key", Kind::wrong_key},
                     {"c-index", Kind::missing_index},
                     {"d-index", Kind::missing_index}});
  const auto result = fleet.run({"apply", "--all", "--yes", "--allow-hazards", "all",
                                 "--max-failures", "1", "--concurrency", "1", "--format", "json"});
  EXPECT_EQ(result.exit_code, 1);
  const auto status = statuses(result.out);
  EXPECT_EQ(status.at("a-gone"), "failed");
  EXPECT_EQ(status.at("b-key"), "skipped");
  EXPECT_EQ(status.at("c-index"), "skipped");
}

TEST(FleetTest, ShardsSplitTheFleetWithoutOverlap) {
  std::vector<std::pair<std::string, Kind>> layout;
  for (int i = 0; i < 12; ++i) layout.emplace_back(fmt::format("t-{:02}", i), Kind::in_sync);
  const Fleet fleet(layout);
  std::multiset<std::string> seen;
  for (int k = 1; k <= 3; ++k) {
    const auto result =
        fleet.run({"plan", "--all", "--shard", fmt::format("{}/3", k), "--format", "json"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const auto& [slug, status] : statuses(result.out)) {
      seen.insert(slug);
    }
  }
  EXPECT_EQ(seen.size(), 12u);
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 12u);
}

TEST(FleetTest, TextAndMarkdownReports) {
  const Fleet fleet({{"a", Kind::in_sync}, {"b", Kind::missing_index}, {"c", Kind::missing_index}});
  const auto text = fleet.run({"plan", "--all", "--verbose"});
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("in_sync"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("-- plan for b, c:"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("CREATE INDEX CONCURRENTLY accounts_name_idx"), std::string::npos);
  EXPECT_NE(text.out.find("3 targets: 1 in sync, 2 drift"), std::string::npos) << text.out;
  const auto markdown = fleet.run({"plan", "--all", "--format", "markdown"});
  EXPECT_NE(markdown.out.find("#### Plan 1 — 2 tenants"), std::string::npos) << markdown.out;
  EXPECT_NE(markdown.out.find("Tenants: b, c"), std::string::npos) << markdown.out;
  EXPECT_NE(markdown.out.find("```sql"), std::string::npos);
  fleet.expect_no_secret(text.out + text.err + markdown.out + markdown.err);
}

// A progress line on stderr when it is a terminal, redrawn in place and
// cleared at the end; none when it is not.
TEST(FleetTest, ProgressLineOnlyOnATerminal) {
  const Fleet fleet({{"a", Kind::in_sync}, {"b", Kind::missing_index}, {"c", Kind::in_sync}});
  const auto terminal = fleet.run_on_terminal({"plan", "--all"});
  EXPECT_EQ(terminal.exit_code, 0) << terminal.out;
  EXPECT_NE(terminal.out.find("\r\033[K"), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find("/3 done, "), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find(" drifted, "), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find(" failed, "), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find(" tenants/s"), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find("3 targets: 2 in sync, 1 drift"), std::string::npos) << terminal.out;
  const auto piped = fleet.run({"plan", "--all"});
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.err.find("tenants/s"), std::string::npos) << piped.err;
  EXPECT_EQ(piped.out.find("tenants/s"), std::string::npos) << piped.out;
  EXPECT_EQ(piped.err.find('\r'), std::string::npos) << piped.err;
  fleet.expect_no_secret(terminal.out + piped.out + piped.err);
}

TEST(FleetTest, ConfigurationErrorsComeBeforeAnyTenant) {
  const Fleet fleet({{"a", Kind::missing_index}});
  auto result = test_support::run_tenantctl(
      {"plan", "--all"}, {{"TENANTCTL_CENTRAL_URL", ""}, {"DB_ENCRYPTION_KEY", k_key}});
  EXPECT_EQ(result.exit_code, 78) << result.err;
  result = test_support::run_tenantctl({"plan", "--all"},
                                       {{"TENANTCTL_CENTRAL_URL", "postgresql://x@127.0.0.1:1/c"},
                                        {"DB_ENCRYPTION_KEY", "too-short-key"}});
  EXPECT_EQ(result.exit_code, 78) << result.err;
  EXPECT_EQ(result.err.find("too-short-key"), std::string::npos) << result.err;
  result = fleet.run({"plan", "--tenant", "nobody"});
  EXPECT_EQ(result.exit_code, 64) << result.err;
  EXPECT_NE(result.err.find("nobody"), std::string::npos) << result.err;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++count;
  }
  return count;
}

// Issue 14: a key that opens no tenant's password is said once, exit 78,
// before any tenant is touched.
TEST(FleetTest, AWrongKeyForTheWholeFleetIsSaidOnceBeforeAnyTenant) {
  const Fleet fleet({{"a", Kind::wrong_key}, {"b", Kind::wrong_key}, {"c", Kind::wrong_key}});
  const auto result = fleet.run({"apply", "--all", "--yes"});
  EXPECT_EQ(result.exit_code, 78) << result.out << result.err;
  EXPECT_EQ(occurrences(result.err,
                        "DB_ENCRYPTION_KEY decrypts none of the 3 selected tenants' "
                        "stored passwords"),
            1u)
      << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err.find(k_other_key), std::string::npos);
  EXPECT_EQ(result.err.find(k_key), std::string::npos);
  // The knex tables apply would have made first are not there: untouched.
  EXPECT_EQ(fleet.tenants()[0].db->scalar("select to_regclass('public.knex_migrations') is null"),
            "t");
}

// Issue 14: a scratch server that cannot be used is said once (exit 78),
// naming the ways out; without one, tenantctl starts a throwaway cluster.
TEST(FleetTest, TheScratchServerRuleIsOneAndItsFailureIsSaidOnce) {
  const Fleet fleet(
      {{"a", Kind::missing_index}, {"b", Kind::missing_index}, {"c", Kind::missing_index}});
  const std::string role = fmt::format("no_createdb_{}", ::getpid());
  test_support::exec_admin(fmt::format("create role {} login password 'Np-secret-1'", role));
  const auto url = test_support::cluster().tcp_url(role, "Np-secret-1", "postgres");
  const auto refused = fleet.run_with({"plan", "--all"}, {{"TENANTCTL_SCRATCH_URL", url}});
  test_support::exec_admin(fmt::format("drop role {}", role));
  EXPECT_EQ(refused.exit_code, 78) << refused.out << refused.err;
  EXPECT_EQ(occurrences(refused.err, "creating a scratch database"), 1u) << refused.err;
  EXPECT_NE(refused.err.find("permission denied to create database"), std::string::npos)
      << refused.err;
  for (const char* way : {"--scratch-url", "TENANTCTL_SCRATCH_URL", "throwaway local cluster"}) {
    EXPECT_NE(refused.err.find(way), std::string::npos) << way << "\n" << refused.err;
  }
  EXPECT_EQ(refused.err.find("Np-secret-1"), std::string::npos) << refused.err;

  // Neither --scratch-url nor TENANTCTL_SCRATCH_URL: a throwaway cluster,
  // never the central database, which a read-only role (the CI example's)
  // reaches here: it could not create a scratch database there.
  const std::string reader = fmt::format("central_reader_{}", ::getpid());
  test_support::exec_admin(fmt::format("create role {} login password 'Rd-secret-1'", reader));
  fleet.central().exec(fmt::format("grant select on tenants to {}", reader));
  const auto planned = fleet.run_with(
      {"plan", "--all", "--format", "json"},
      {{"TENANTCTL_SCRATCH_URL", ""},
       {"TENANTCTL_CENTRAL_URL",
        test_support::cluster().tcp_url(reader, "Rd-secret-1", fleet.central().name())}});
  fleet.central().exec(fmt::format("revoke select on tenants from {}", reader));
  test_support::exec_admin(fmt::format("drop role {}", reader));
  EXPECT_EQ(planned.exit_code, 0) << planned.err;
  const auto status = statuses(planned.out);
  EXPECT_EQ(status.at("a"), "drift");
  EXPECT_EQ(status.at("c"), "drift");
}

// Issue 14: a desired schema PostgreSQL rejects is said once, exit 78, with
// the file and line of the object at fault.
TEST(FleetTest, ADesiredSchemaPostgreSQLRejectsIsSaidOnce) {
  const Fleet fleet(
      {{"a", Kind::missing_index}, {"b", Kind::missing_index}, {"c", Kind::missing_index}});
  fleet.add_to_schema(
      "[table.public.notes]\n\n[[table.public.notes.column]]\nname = \"n\"\ntype = "
      "\"intger\"\n");
  const auto result = fleet.run({"apply", "--all", "--yes", "--allow-hazards", "all"});
  EXPECT_EQ(result.exit_code, 78) << result.out << result.err;
  EXPECT_EQ(occurrences(result.err, "does not build in PostgreSQL"), 1u) << result.err;
  EXPECT_NE(result.err.find("type \"intger\" does not exist"), std::string::npos) << result.err;
  // The column's own line: the table's header is two lines above it.
  const auto text = read_file(fleet.schema_file());
  const auto lines_before = [&](const std::string& what) {
    return std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(text.find(what)),
                      '\n');
  };
  const auto column_line = lines_before("name = \"n\"");
  EXPECT_NE(result.err.find(fmt::format("schema.toml:{}:", column_line)), std::string::npos)
      << result.err;
  EXPECT_EQ(result.out, "");
  // Nothing applied anywhere: the missing index is still missing.
  for (const auto& tenant : fleet.tenants()) {
    EXPECT_EQ(tenant.db->scalar("select to_regclass('public.accounts_name_idx') is null"), "t");
  }
}

// Issue 14: a run name remembers the command and the inputs it was started
// for; reusing it for something else is a usage error, never a silent no-op.
TEST(FleetTest, ARunNameBelongsToOneCommandAndOneSchema) {
  const Fleet fleet({{"a", Kind::missing_index}, {"b", Kind::in_sync}});
  const std::string run = fmt::format("r-{}", ::getpid());
  const auto planned = fleet.run({"plan", "--all", "--run", run});
  EXPECT_EQ(planned.exit_code, 0) << planned.err;
  const auto applied = fleet.run({"apply", "--all", "--yes", "--run", run});
  EXPECT_EQ(applied.exit_code, 64) << applied.out << applied.err;
  EXPECT_NE(applied.err.find("was started by plan, not apply"), std::string::npos) << applied.err;
  EXPECT_NE(applied.err.find(run + "-apply"), std::string::npos) << applied.err;
  EXPECT_EQ(fleet.tenants()[0].db->scalar("select to_regclass('public.accounts_name_idx') is null"),
            "t");
  // Its own name: applied.
  const auto own = fleet.run(
      {"apply", "--all", "--yes", "--allow-hazards", "index_build", "--run", run + "-apply"});
  EXPECT_EQ(own.exit_code, 0) << own.out << own.err;
  EXPECT_EQ(fleet.tenants()[0].db->scalar("select to_regclass('public.accounts_name_idx') is null"),
            "f");
  // The same command over another schema.
  fleet.add_to_schema("# a reviewed change\n");
  const auto changed = fleet.run(
      {"apply", "--all", "--yes", "--allow-hazards", "index_build", "--run", run + "-apply"});
  EXPECT_EQ(changed.exit_code, 64) << changed.err;
  EXPECT_NE(changed.err.find("other contents of schema/"), std::string::npos) << changed.err;
}

// Issue 14: apply decides hazards before it asks; its question and its
// refusal count the targets and name the --allow-hazards value needed.
TEST(FleetTest, ApplyDecidesHazardsBeforeItAsks) {
  const Fleet fleet({{"a", Kind::missing_index}, {"b", Kind::extra_column}, {"c", Kind::in_sync}});
  // Both drifted targets are blocked: nothing asked, exit 3, the value named.
  const auto none = fleet.run_on_terminal({"apply", "--all"}, "y\n");
  EXPECT_EQ(none.exit_code, 3) << none.out;
  EXPECT_NE(none.out.find("nothing to apply: 2 targets stay blocked by hazards (to include "
                          "them: --allow-hazards data_loss,index_build)"),
            std::string::npos)
      << none.out;
  EXPECT_EQ(none.out.find("[y/N]"), std::string::npos) << none.out;

  // A default allow list in tenantctl.toml: one target changes, one stays
  // blocked, and the question says so before anything runs.
  const auto config = fleet.schema_file().parent_path() / "tenantctl.toml";
  std::ofstream(config) << "[defaults]\nallow_hazards = [\"index_build\"]\n";
  const auto declined =
      fleet.run_on_terminal({"apply", "--all", "--config", config.string()}, "n\n");
  EXPECT_EQ(declined.exit_code, 1) << declined.out;
  EXPECT_NE(declined.out.find("Apply to 1 of 3 target(s)? 1 target stays blocked by hazards (to "
                              "include them: --allow-hazards data_loss)."),
            std::string::npos)
      << declined.out;
  EXPECT_EQ(fleet.tenants()[0].db->scalar("select to_regclass('public.accounts_name_idx') is null"),
            "t");

  // Without a terminal: the blocked target's error and one line after the
  // report name the value.
  const auto applied = fleet.run({"apply", "--all", "--yes", "--config", config.string()});
  EXPECT_EQ(applied.exit_code, 3) << applied.out << applied.err;
  EXPECT_NE(applied.out.find("to apply anyway: --allow-hazards data_loss"), std::string::npos)
      << applied.out;
  EXPECT_NE(applied.err.find("1 target blocked by hazards; to apply it: --allow-hazards "
                             "data_loss"),
            std::string::npos)
      << applied.err;
  EXPECT_EQ(fleet.tenants()[0].db->scalar("select to_regclass('public.accounts_name_idx') is null"),
            "f");

  // An unknown name in the configuration: a config error naming its line.
  std::ofstream(config) << "[defaults]\nallow_hazards = [\"index_bild\"]\n";
  const auto wrong = fleet.run({"apply", "--all", "--yes", "--config", config.string()});
  EXPECT_EQ(wrong.exit_code, 78) << wrong.err;
  EXPECT_NE(wrong.err.find("tenantctl.toml:2"), std::string::npos) << wrong.err;
  EXPECT_NE(wrong.err.find("did you mean 'index_build'?"), std::string::npos) << wrong.err;
}

// Issue 14: after a superuser's run, tenantctl's schema and tables belong
// to the tenant's role, so the next run as that role works.
TEST(FleetTest, RunsBySeveralRolesNeverBreakEachOther) {
  const Fleet fleet({{"a", Kind::missing_index}});
  auto& db = *fleet.tenants()[0].db;
  const auto superuser =
      fleet.run_without_schema({"apply", "--url", db.url(), "--yes", "--allow-hazards", "all",
                                "--schema", fleet.schema_file().string()});
  ASSERT_EQ(superuser.exit_code, 0) << superuser.out << superuser.err;
  const auto owner = db.scalar(
      "select pg_get_userbyid(datdba) from pg_database where datname = current_database()");
  EXPECT_EQ(db.scalar("select nspowner::regrole::text from pg_namespace where nspname = "
                      "'tenantctl'"),
            owner);
  EXPECT_EQ(db.scalar("select count(*) from pg_class c join pg_namespace n on n.oid = "
                      "c.relnamespace where n.nspname = 'tenantctl' and c.relkind = 'r' and "
                      "c.relowner::regrole::text <> '" +
                      owner.value_or("") + "'"),
            "0");
  // The tenant's own role: drift again, applied and recorded.
  db.exec("set role " + owner.value_or("") + "; drop index accounts_name_idx");
  const auto tenant = fleet.run({"apply", "--tenant", "a", "--yes", "--allow-hazards", "all"});
  EXPECT_EQ(tenant.exit_code, 0) << tenant.out << tenant.err;
  EXPECT_EQ(db.scalar("select count(*) from tenantctl.applied_changes"), "2");
  const auto again = fleet.run({"apply", "--tenant", "a", "--yes"});
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
}

// Ctrl-C: the tenant being applied finishes its work, no other tenant starts,
// the report says so, and nothing is half-applied anywhere.
TEST(FleetTest, InterruptFinishesTheRunningTenantAndStartsNoOther) {
  const Fleet fleet({{"a-index", Kind::missing_index},
                     {"b-index", Kind::missing_index},
                     {"c-index", Kind::missing_index}});
  // Hold a lock on the first tenant's table, so its apply waits in
  // CREATE INDEX CONCURRENTLY while SIGINT arrives; let go two seconds later.
  auto holder = pg::Session::open(fleet.tenants()[0].db->conninfo());
  ASSERT_TRUE(holder) << holder.error().message();
  ASSERT_TRUE(holder->execute("begin; lock table accounts in access exclusive mode"));
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::seconds(4));
    (void)holder->execute("commit");
  });
  const auto result =
      fleet.run_interrupted(2, {"apply", "--all", "--yes", "--allow-hazards", "all",
                                "--concurrency", "1", "--lock-timeout", "60s", "--format", "json"});
  release.join();
  // An interrupted run did not do all it was asked: exit 1.
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  fleet.expect_no_secret(result.out + result.err);
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["summary"]["interrupted"], true) << result.out;
  const auto status = statuses(result.out);
  EXPECT_EQ(status.at("a-index"), "applied") << result.out;
  for (const auto* slug : {"b-index", "c-index"}) {
    EXPECT_EQ(status.at(slug), "skipped") << slug;
  }
  EXPECT_NE(result.out.find("not started: interrupted"), std::string::npos) << result.out;
  // The finished tenant is in sync; the others were not touched at all.
  const auto after = fleet.run({"plan", "--all", "--format", "json"});
  const auto now = statuses(after.out);
  EXPECT_EQ(now.at("a-index"), "in_sync");
  EXPECT_EQ(now.at("b-index"), "drift");
  EXPECT_EQ(now.at("c-index"), "drift");
  for (const auto& tenant : fleet.tenants()) {
    // No invalid index left behind by a cut build.
    EXPECT_EQ(tenant.db->scalar("select count(*) from pg_index where not indisvalid"), "0")
        << tenant.slug;
  }
}

// After apply records each tenant's catalog stamp, plan reads one catalog per
// distinct fingerprint and trusts the stamps for the rest, until a tenant's
// catalog changes.
TEST(FleetTest, PlanTrustsTheStampApplyRecordedUntilTheCatalogChanges) {
  const Fleet fleet({{"a-index", Kind::missing_index},
                     {"b-index", Kind::missing_index},
                     {"c-sync", Kind::in_sync},
                     {"d-sync", Kind::in_sync},
                     {"e-sync", Kind::in_sync}});
  const auto applied = fleet.run({"apply", "--all", "--yes", "--allow-hazards", "all",
                                  "--concurrency", "1", "--format", "json"});
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;
  const auto plan = [&] {
    const auto result = fleet.run({"plan", "--all", "--concurrency", "1", "--format", "json"});
    EXPECT_NE(result.exit_code, 1) << result.out << result.err;
    std::map<std::string, std::pair<std::string, std::string>> found;
    const auto json = nlohmann::json::parse(result.out);
    for (const auto& tenant : json["tenants"]) {
      found[tenant["target"].get<std::string>()] = {tenant["status"].get<std::string>(),
                                                    tenant["catalog"].get<std::string>()};
    }
    EXPECT_EQ(found.size(), 5u) << result.out;
    return found;
  };
  using Seen = std::pair<std::string, std::string>;
  auto seen = plan();
  EXPECT_EQ(seen.at("a-index"), (Seen{"in_sync", "read"}));
  for (const auto* slug : {"b-index", "c-sync", "d-sync", "e-sync"}) {
    EXPECT_EQ(seen.at(slug), (Seen{"in_sync", "unchanged"})) << slug;
  }
  const auto& tenants = fleet.tenants();
  // A managed change, an unmanaged one, and data that changes nothing.
  tenants[1].db->exec("alter table accounts add column fax text");
  tenants[2].db->exec(
      "create rule accounts_notify as on insert to accounts do also notify accounts_changed");
  tenants[3].db->exec("insert into accounts values (1, 'n', 'e')");
  tenants[3].db->exec("vacuum analyze accounts");
  seen = plan();
  EXPECT_EQ(seen.at("b-index"), (Seen{"drift", "read"}));
  EXPECT_EQ(seen.at("c-sync"), (Seen{"in_sync", "read"}));
  EXPECT_EQ(seen.at("d-sync"), (Seen{"in_sync", "unchanged"}));
  EXPECT_EQ(seen.at("e-sync"), (Seen{"in_sync", "unchanged"}));
  // apply again: b is applied, c (in sync, its stamp changed) is recorded
  // anew with the read apply makes anyway; then nothing needs reading.
  const auto again = fleet.run({"apply", "--all", "--yes", "--allow-hazards", "all",
                                "--concurrency", "1", "--format", "json"});
  ASSERT_EQ(again.exit_code, 0) << again.out << again.err;
  seen = plan();
  EXPECT_EQ(seen.at("a-index"), (Seen{"in_sync", "read"}));
  for (const auto* slug : {"b-index", "c-sync", "d-sync", "e-sync"}) {
    EXPECT_EQ(seen.at(slug), (Seen{"in_sync", "unchanged"})) << slug;
  }
}

// Two processes share one run: every tenant is handled by exactly one of
// them; a claim whose lease ran out is taken over, a live one is waited for
// (not taken) until its lease runs out, and a finished run hands out nothing
// more.
TEST(FleetTest, SharedRunSplitsTheFleetAndTakesOverExpiredClaims) {
  std::vector<std::pair<std::string, Kind>> layout;
  for (int i = 0; i < 8; ++i) {
    layout.emplace_back(fmt::format("t-{}", i), i % 2 == 0 ? Kind::in_sync : Kind::missing_index);
  }
  const Fleet fleet(layout);
  const auto handled = [](const std::string& json_text) {
    std::set<std::string> slugs;
    const auto json = nlohmann::json::parse(json_text);
    for (const auto& tenant : json["tenants"]) {
      if (tenant["status"] != "skipped") {
        slugs.insert(tenant["target"].get<std::string>());
      }
    }
    return slugs;
  };
  test_support::CommandResult first;
  test_support::CommandResult second;
  std::thread other([&] {
    second = fleet.run({"plan", "--all", "--run", "r1", "--concurrency", "2", "--format", "json"});
  });
  first = fleet.run({"plan", "--all", "--run", "r1", "--concurrency", "2", "--format", "json"});
  other.join();
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  ASSERT_EQ(second.exit_code, 0) << second.out << second.err;
  fleet.expect_no_secret(first.out + first.err + second.out + second.err);
  const auto a = handled(first.out);
  const auto b = handled(second.out);
  std::set<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(both, both.begin()));
  EXPECT_TRUE(both.empty()) << "handled twice: " << *both.begin();
  EXPECT_EQ(a.size() + b.size(), 8u) << first.out << second.out;
  EXPECT_EQ(fleet.central().scalar(
                "select count(*) from tenantctl.run_claims where run = 'r1' and status = 'done'"),
            "8");
  // A finished run hands out nothing more.
  const auto again = fleet.run({"plan", "--all", "--run", "r1", "--format", "json"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(handled(again.out).empty()) << again.out;

  // Run r2: t-0 was claimed by a process that died (lease over), t-1 by one
  // that held it until a moment ago (its lease runs out in 3 s, and no
  // heartbeat renews it): this process takes t-0 at once, waits for t-1's
  // lease instead of leaving, then takes it over too.
  fleet.central().exec(fmt::format(
      "insert into tenantctl.run_claims (run, target, status, worker, lease_until) values"
      " ('r2', 'cmfleet00{0}', 'claimed', 'gone:1', now() - interval '1 minute'),"
      " ('r2', 'cmfleet01{0}', 'claimed', 'busy:2', now() + interval '3 seconds')",
      ::getpid()));
  const auto started = std::chrono::steady_clock::now();
  const auto taken = fleet.run({"plan", "--all", "--run", "r2", "--format", "json"});
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ASSERT_EQ(taken.exit_code, 0) << taken.out << taken.err;
  const auto c = handled(taken.out);
  EXPECT_TRUE(c.contains("t-0")) << taken.out;
  EXPECT_TRUE(c.contains("t-1")) << taken.out;
  EXPECT_EQ(c.size(), 8u) << taken.out;
  // Not before its lease ran out.
  EXPECT_GE(seconds, 2.0) << taken.out;
  for (const auto* target : {"cmfleet00", "cmfleet01"}) {
    EXPECT_EQ(fleet.central().scalar(fmt::format(
                  "select status || ' ' || (worker not in ('gone:1', 'busy:2'))::text from "
                  "tenantctl.run_claims where run = 'r2' and target = '{}{}'",
                  target, ::getpid())),
              "done true")
        << target;
  }
}

// Privileges across the fleet: every tenant grants SELECT on accounts to a
// reporting role; one tenant loses it, plan --all names that tenant alone
// with the grant that restores it, and apply restores it.
TEST(FleetTest, AGrantRevokedOnOneTenantIsDriftThatApplyRestores) {
  const Fleet fleet(
      {{"a-grant", Kind::in_sync}, {"b-grant", Kind::in_sync}, {"c-grant", Kind::in_sync}});
  const std::string reporting = fmt::format("fleet_reporting_{}", ::getpid());
  test_support::exec_admin(
      fmt::format("do $$ begin if not exists (select from pg_roles where rolname = '{0}') then "
                  "create role {0} nologin; end if; end $$",
                  reporting));
  for (const auto& tenant : fleet.tenants()) {
    const auto owner = tenant.db->scalar(
        "select datdba::regrole::text from pg_database where datname = current_database()");
    ASSERT_TRUE(owner.has_value());
    tenant.db->exec(fmt::format("set role {}; grant select on accounts to {}", *owner, reporting));
  }
  fleet.add_to_schema(fmt::format("[grant.table.public.accounts]\n{} = [\"select\"]\n", reporting));
  const auto before = fleet.run({"plan", "--all", "--format", "json"});
  ASSERT_EQ(before.exit_code, 0) << before.out << before.err;
  for (const auto& [slug, status] : statuses(before.out)) {
    EXPECT_EQ(status, "in_sync") << slug;
  }
  const auto& techstart = fleet.tenants()[1];
  techstart.db->exec(fmt::format("revoke select on accounts from {}", reporting));
  const auto drift = fleet.run({"plan", "--all", "--format", "json"});
  const auto now = statuses(drift.out);
  EXPECT_EQ(now.at("a-grant"), "in_sync");
  EXPECT_EQ(now.at("b-grant"), "drift");
  EXPECT_EQ(now.at("c-grant"), "in_sync");
  EXPECT_NE(drift.out.find(fmt::format("GRANT SELECT ON TABLE public.accounts TO {}", reporting)),
            std::string::npos)
      << drift.out;
  // The grant is an access change: apply refuses it unless allowed.
  const auto refused = fleet.run({"apply", "--all", "--yes", "--format", "json"});
  EXPECT_EQ(statuses(refused.out).at("b-grant"), "blocked") << refused.out;
  const auto applied = fleet.run(
      {"apply", "--all", "--yes", "--allow-hazards", "access_change", "--format", "json"});
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;
  EXPECT_EQ(techstart.db->scalar(fmt::format(
                "select has_table_privilege('{}', 'public.accounts', 'select')::text", reporting)),
            "true");
  const auto after = fleet.run({"plan", "--all", "--format", "json", "--exit-code"});
  EXPECT_EQ(after.exit_code, 0) << after.out;
}

// One schema, a role per tenant: the schema grants to and makes a policy for
// "{{tenant.db_user}}_ro", which every tenant has under its own name. The
// tenants share one fingerprint and one plan; a grant revoked on one is drift
// there, naming that tenant's role, and apply restores it; a tenant without
// the role fails alone, naming it.
void run_placeholder_fleet(std::map<std::string, std::string>& readonly) {
  const Fleet fleet({{"a-ph", Kind::in_sync},
                     {"b-ph", Kind::in_sync},
                     {"c-ph", Kind::in_sync},
                     {"d-ph", Kind::in_sync}});
  for (const auto& tenant : fleet.tenants()) {
    const auto owner = tenant.db->scalar(
        "select datdba::regrole::text from pg_database where datname = current_database()");
    ASSERT_TRUE(owner.has_value());
    const std::string role = *owner + "_ro";
    readonly[tenant.slug] = role;
    if (tenant.slug == "d-ph") {
      continue;  // this tenant's server lacks the role
    }
    test_support::exec_admin(fmt::format("create role {} nologin", role));
    tenant.db->exec(
        fmt::format("set role {0}; grant select on accounts to {1};"
                    "create policy ro_reads on contacts for select to {1} using (true)",
                    *owner, role));
  }
  fleet.add_to_schema(
      "[grant.table.public.accounts]\n\"{{tenant.db_user}}_ro\" = [\"select\"]\n\n"
      "[policy.public.contacts.ro_reads]\nfor = \"select\"\nto = [\"{{tenant.db_user}}_ro\"]\n"
      "using = \"true\"\n");
  const auto plan = [&] {
    const auto result = fleet.run({"plan", "--all", "--concurrency", "1", "--format", "json"});
    return nlohmann::json::parse(result.out);
  };
  auto json = plan();
  std::map<std::string, nlohmann::json> by_slug;
  for (const auto& tenant : json["tenants"]) {
    by_slug[tenant["target"].get<std::string>()] = tenant;
  }
  for (const auto* slug : {"a-ph", "b-ph", "c-ph"}) {
    EXPECT_EQ(by_slug.at(slug)["status"], "in_sync") << json.dump(2);
  }
  EXPECT_EQ(by_slug.at("a-ph")["fingerprint"], by_slug.at("b-ph")["fingerprint"]);
  EXPECT_EQ(by_slug.at("a-ph")["fingerprint"], by_slug.at("c-ph")["fingerprint"]);
  EXPECT_EQ(json["summary"]["distinct_plans"], 1) << json.dump(2);
  // inspect --tenant writes each tenant's own roles back as placeholders:
  // any tenant gives the same TOML.
  const auto inspect_a = fleet.run_without_schema({"inspect", "--tenant", "a-ph"});
  const auto inspect_c = fleet.run_without_schema({"inspect", "--tenant", "c-ph"});
  ASSERT_EQ(inspect_a.exit_code, 0) << inspect_a.err;
  EXPECT_EQ(inspect_a.out, inspect_c.out);
  EXPECT_NE(inspect_a.out.find("\"{{tenant.db_user}}_ro\" = [\"select\"]"), std::string::npos)
      << inspect_a.out;
  EXPECT_NE(inspect_a.out.find("to = [\"{{tenant.db_user}}_ro\"]"), std::string::npos)
      << inspect_a.out;
  EXPECT_EQ(inspect_a.out.find(readonly.at("a-ph")), std::string::npos) << inspect_a.out;
  EXPECT_EQ(by_slug.at("d-ph")["status"], "failed");
  EXPECT_NE(by_slug.at("d-ph")["error"]["message"].get<std::string>().find(readonly.at("d-ph")),
            std::string::npos)
      << json.dump(2);

  const auto& b = fleet.tenants()[1];
  b.db->exec(fmt::format("revoke select on accounts from {}", readonly.at("b-ph")));
  json = plan();
  by_slug.clear();
  for (const auto& tenant : json["tenants"]) {
    by_slug[tenant["target"].get<std::string>()] = tenant;
  }
  EXPECT_EQ(by_slug.at("a-ph")["status"], "in_sync");
  ASSERT_EQ(by_slug.at("b-ph")["status"], "drift") << json.dump(2);
  EXPECT_EQ(by_slug.at("b-ph")["statements"][0]["sql"],
            fmt::format("GRANT SELECT ON TABLE public.accounts TO {}", readonly.at("b-ph")));
  // The text report names b's own role in the hazard too, never the placeholder.
  const auto text = fleet.run({"plan", "--tenant", "b-ph"});
  EXPECT_NE(
      text.out.find(fmt::format("access_change: gives privileges to {} on table public.accounts",
                                readonly.at("b-ph"))),
      std::string::npos)
      << text.out;
  EXPECT_EQ(text.out.find("{{tenant."), std::string::npos) << text.out;
  const auto applied = fleet.run({"apply", "--tenant", "b-ph", "--yes", "--allow-hazards",
                                  "access_change", "--format", "json"});
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;
  EXPECT_EQ(b.db->scalar(
                fmt::format("select has_table_privilege('{}', 'public.accounts', 'select')::text",
                            readonly.at("b-ph"))),
            "true");
}

TEST(FleetTest, RolePlaceholdersGiveEveryTenantItsOwnRolesInOnePlan) {
  std::map<std::string, std::string> readonly;
  run_placeholder_fleet(readonly);
  // The tenants' databases are gone with the fleet: the roles can go.
  for (const auto& [slug, role] : readonly) {
    test_support::exec_admin(fmt::format("drop role if exists {}", role));
  }
}

// A schema that lists a table's columns in another order than every tenant
// has them: the fleet is in sync, and the note is said once, with how many
// tenants it concerns.
TEST(FleetTest, AColumnOrderNoteIsSaidOnceForTheFleet) {
  const Fleet fleet({{"one", Kind::in_sync}, {"two", Kind::in_sync}, {"three", Kind::in_sync}});
  std::string schema = read_file(fleet.schema_file());
  const std::string email = "[[table.public.accounts.column]]\nname = \"email\"\ntype = \"text\"\n";
  const auto at = schema.find(email);
  ASSERT_NE(at, std::string::npos) << schema;
  schema.erase(at, email.size());
  const std::string name = "[[table.public.accounts.column]]\nname = \"name\"";
  ASSERT_NE(schema.find(name), std::string::npos) << schema;
  schema.insert(schema.find(name), email + "\n");
  std::ofstream(fleet.schema_file()) << schema;
  const auto result = fleet.run({"plan", "--all", "--exit-code"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  const std::string note =
      "note: column order of table public.accounts: the schema lists (id, email, name), the "
      "table has (id, name, email); PostgreSQL cannot reorder columns, so it stays as it is (on 3 "
      "of 3 targets)\n";
  const auto first = result.out.find(note);
  EXPECT_NE(first, std::string::npos) << result.out;
  EXPECT_EQ(result.out.find(note, first + 1), std::string::npos) << result.out;
}

TEST(FleetTest, PartitionsTheApplicationMadeAreNoDriftAndSurviveApply) {
  const Fleet fleet(
      {{"one-part", Kind::in_sync}, {"two-part", Kind::in_sync}, {"three-part", Kind::in_sync}});
  const auto as_owner = [](const FleetTenant& tenant, const std::string& sql) {
    const auto owner = tenant.db->scalar(
        "select datdba::regrole::text from pg_database where datname = current_database()");
    ASSERT_TRUE(owner.has_value());
    tenant.db->exec(fmt::format("set role {}; {}", *owner, sql));
  };
  for (const auto& tenant : fleet.tenants()) {
    as_owner(tenant,
             "create table events (id bigint not null, at timestamptz not null, body text)"
             " partition by range (at);"
             "create index events_at on events (at);"
             "create table events_y2026m11 partition of events"
             " for values from ('2026-11-01 00:00+00') to ('2026-12-01 00:00+00');"
             "insert into events values (1, '2026-11-15 00:00+00', 'kept')");
  }
  // The application made later months on two tenants, with rows; the second
  // also gave one an index and a trigger of its own. The first has a
  // partition made by hand whose name is not the application's.
  for (std::size_t i = 1; i < 3; ++i) {
    as_owner(fleet.tenants()[i],
             "create table events_y2027m01 partition of events"
             " for values from ('2027-01-01 00:00+00') to ('2027-02-01 00:00+00');"
             "create table events_y2027m02 partition of events"
             " for values from ('2027-02-01 00:00+00') to ('2027-03-01 00:00+00');"
             "insert into events values (2, '2027-01-10 00:00+00', 'app'),"
             " (3, '2027-02-10 00:00+00', 'app')");
  }
  as_owner(fleet.tenants()[2], "create index events_y2027m01_body on events_y2027m01 (body)");
  as_owner(fleet.tenants()[0],
           "create table events_manual partition of events"
           " for values from ('2030-01-01 00:00+00') to ('2030-02-01 00:00+00')");
  fleet.add_to_schema(R"toml(
[table.public.events]
partition_by = "RANGE (at)"
external_partitions = ["events_y*"]

[[table.public.events.column]]
name = "id"
type = "bigint"
not_null = true

[[table.public.events.column]]
name = "at"
type = "timestamp with time zone"
not_null = true

[[table.public.events.column]]
name = "body"
type = "text"

[table.public.events.index.events_at]
keys = ["at"]

[table.public.events_y2026m11]
partition_of = "events"
bound = "FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00')"

[table.public.events_y2026m12]
partition_of = "events"
bound = "FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00')"
)toml");
  const auto plan = fleet.run({"plan", "--all", "--format", "json"});
  ASSERT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  const auto json = nlohmann::json::parse(plan.out);
  for (const auto& tenant : json["tenants"]) {
    const auto slug = tenant["target"].get<std::string>();
    EXPECT_EQ(tenant["status"], "drift") << slug;
    std::vector<std::string> sql;
    for (const auto& statement : tenant["statements"]) {
      sql.push_back(statement["sql"].get<std::string>());
    }
    // The declared month is made; the application's are not drift.
    std::vector<std::string> expected{
        "CREATE TABLE public.events_y2026m12 PARTITION OF public.events FOR VALUES FROM "
        "('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00')"};
    if (slug == "one-part") {
      // Not the application's name: drift, detached (concurrently: no DEFAULT
      // partition) and dropped.
      expected.insert(
          expected.begin(),
          {"ALTER TABLE public.events DETACH PARTITION public.events_manual CONCURRENTLY",
           "DROP TABLE public.events_manual"});
    }
    EXPECT_EQ(sql, expected) << slug << "\n" << plan.out;
  }
  // The two tenants with the application's partitions share one plan.
  const auto applied = fleet.run({"apply", "--all", "--yes", "--format", "json"});
  const auto outcome = statuses(applied.out);
  EXPECT_EQ(outcome.at("one-part"), "blocked") << applied.out;  // data_loss
  EXPECT_EQ(outcome.at("two-part"), "applied") << applied.out;
  EXPECT_EQ(outcome.at("three-part"), "applied") << applied.out;
  for (std::size_t i = 1; i < 3; ++i) {
    auto& tenant = *fleet.tenants()[i].db;
    EXPECT_EQ(tenant.scalar("select count(*)::text from events_y2027m01"), "1");
    EXPECT_EQ(tenant.scalar("select count(*)::text from events_y2027m02"), "1");
    EXPECT_EQ(tenant.scalar("select count(*)::text from events"), "3");
    EXPECT_EQ(tenant.scalar("select count(*)::text from pg_inherits"
                            " where inhparent = 'events'::regclass"),
              "4");
  }
  EXPECT_EQ(fleet.tenants()[2].db->scalar(
                "select count(*)::text from pg_indexes where indexname = 'events_y2027m01_body'"),
            "1");
  const auto after = fleet.run({"plan", "--all", "--format", "json"});
  const auto now = statuses(after.out);
  EXPECT_EQ(now.at("one-part"), "drift") << after.out;
  EXPECT_EQ(now.at("two-part"), "in_sync") << after.out;
  EXPECT_EQ(now.at("three-part"), "in_sync") << after.out;
}

}  // namespace
