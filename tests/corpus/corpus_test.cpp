// The acceptance corpus harness: one test per tests/cases/<kind>/<case>/
// (tests/cases/README.md). For each case it builds old.sql and new.sql in two
// databases, inspects new into TOML, plans and applies old -> that TOML with
// the tenantctl binary, and requires pg_dump --schema-only of both to match
// and a second plan to be empty; the TOML of new.sql must also round-trip
// through an empty database byte for byte.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "base/strings.hpp"
#include "manifest/toml_text.hpp"
#include "pg/quote.hpp"
#include "support/run_command.hpp"
#include "support/test_cluster.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path k_cases = fs::path(TENANTCTL_SOURCE_DIR) / "tests" / "cases";

std::string read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << text;
}

std::string pg_bindir() {
  static const std::string bindir = [] {
    auto result = test_support::run_program({"pg_config", "--bindir"});
    return std::string(base::trim(result.out));
  }();
  return bindir;
}

// What a case's dumps compare beyond the schema itself.
struct DumpWith {
  bool privileges = false;  // GRANT, REVOKE, ALTER DEFAULT PRIVILEGES
  bool owners = false;      // ALTER ... OWNER TO
};

// Per case kind: privileges for the cases about privileges and default
// privileges; owners (and privileges, which change with them) for the
// cases about ownership.
DumpWith dump_with(const std::string& kind) {
  return {.privileges = kind == "privilege" || kind == "default_privilege" || kind == "owner",
          .owners = kind == "owner"};
}

std::string schema_dump(const test_support::TestDatabase& db, DumpWith with) {
  // Schema tenantctl is tenantctl's own bookkeeping (apply's audit table),
  // outside what a case compares.
  std::vector<std::string> args{pg_bindir() + "/pg_dump", "--schema-only",
                                "--exclude-schema=tenantctl", "--dbname", db.url()};
  if (!with.owners) {
    args.emplace_back("--no-owner");
  }
  if (!with.privileges) {
    args.emplace_back("--no-privileges");
  }
  auto result = test_support::run_program(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  // pg_dump 15.14 and later frame the dump with \restrict KEY lines, KEY random.
  std::string kept;
  for (const auto& line : base::split(result.out, '\n')) {
    if (!line.starts_with("\\restrict ") && !line.starts_with("\\unrestrict ")) {
      kept += line + "\n";
    }
  }
  return kept;
}

// Inserts a line after the first line equal to `after`; fails the test if absent.
void insert_after_line(std::string& text, const std::string& after, const std::string& line) {
  const auto at = text.find(after + "\n");
  ASSERT_NE(at, std::string::npos) << "renames: no line " << after << " in:\n" << text;
  text.insert(at + after.size() + 1, line + "\n");
}

std::string table_path(const std::string& schema, const std::string& table) {
  return "table." + manifest::toml_key(schema) + "." + manifest::toml_key(table);
}

// Adds the rename hints of a case's `renames` file to the inspected TOML.
void add_renames(const fs::path& file, std::string& toml) {
  std::istringstream lines(read_file(file));
  std::string line;
  while (std::getline(lines, line)) {
    if (base::trim(line).empty()) {
      continue;
    }
    const auto parts = base::split(line, '\t');
    const auto& kind = parts[0];
    const auto hint = [&](const std::string& old_name) {
      return "renamed_from = " + manifest::toml_string(old_name);
    };
    if (kind == "table" && parts.size() == 4) {
      insert_after_line(toml, "[" + table_path(parts[1], parts[2]) + "]", hint(parts[3]));
    } else if (kind == "column" && parts.size() == 5) {
      const std::string header = "[[" + table_path(parts[1], parts[2]) + ".column]]";
      const std::string name_line = "name = " + manifest::toml_string(parts[3]);
      const auto at = toml.find(header + "\n" + name_line + "\n");
      ASSERT_NE(at, std::string::npos) << "renames: no column " << parts[3];
      toml.insert(at + header.size() + name_line.size() + 2, hint(parts[4]) + "\n");
    } else if ((kind == "index" || kind == "constraint") && parts.size() == 5) {
      bool done = false;
      for (const char* member : {"index", "unique", "check", "exclusion", "foreign_key"}) {
        const std::string header = "[" + table_path(parts[1], parts[2]) + "." + member + "." +
                                   manifest::toml_key(parts[3]) + "]";
        if (toml.find(header + "\n") != std::string::npos) {
          insert_after_line(toml, header, hint(parts[4]));
          done = true;
          break;
        }
      }
      // An index of a materialized view.
      const std::string view_index = "[materialized_view." + manifest::toml_key(parts[1]) + "." +
                                     manifest::toml_key(parts[2]) + ".index." +
                                     manifest::toml_key(parts[3]) + "]";
      if (!done && toml.find(view_index + "\n") != std::string::npos) {
        insert_after_line(toml, view_index, hint(parts[4]));
        done = true;
      }
      if (!done) {
        // A primary key: its inline form carries the hint; the short form
        // (default name) becomes the inline form.
        const std::string named = "primary_key = { name = " + manifest::toml_string(parts[3]);
        const std::string header = "[" + table_path(parts[1], parts[2]) + "]\n";
        if (const auto at = toml.find(named); at != std::string::npos) {
          toml.insert(at + named.size(), ", " + hint(parts[4]));
        } else if (const auto table_at = toml.find(header); table_at != std::string::npos) {
          const auto key_at = toml.find("primary_key = [", table_at);
          ASSERT_NE(key_at, std::string::npos) << "renames: no primary key " << parts[3];
          const auto end = toml.find('\n', key_at);
          const auto columns = toml.substr(key_at + 14, end - key_at - 14);
          toml.replace(key_at, end - key_at,
                       "primary_key = { columns = " + columns + ", " + hint(parts[4]) + " }");
        } else {
          FAIL() << "renames: no constraint or index " << parts[3];
        }
      }
    } else if (kind == "function" && parts.size() == 4) {
      // Every overload of the new name whose old-name twin is not declared.
      bool done = false;
      for (const char* keyword : {"function", "procedure", "aggregate"}) {
        const std::string prefix =
            "[" + std::string(keyword) + "." + manifest::toml_key(parts[1]) + ".";
        std::string new_key = manifest::toml_key(parts[2] + "(");
        new_key.pop_back();  // the closing quote: the argument types follow
        for (auto at = toml.find(prefix + new_key); at != std::string::npos;
             at = toml.find(prefix + new_key, at + 1)) {
          const auto end = toml.find("]\n", at);
          const std::string header = toml.substr(at, end + 1 - at);
          const std::string key = header.substr(prefix.size(), header.size() - prefix.size() - 1);
          std::string old_key = manifest::toml_key(parts[3] + "(");
          old_key.pop_back();
          const std::string twin = prefix + old_key + key.substr(new_key.size()) + "]";
          if (toml.find(twin + "\n") == std::string::npos) {
            insert_after_line(toml, header, hint(parts[3]));
            done = true;
          }
        }
      }
      ASSERT_TRUE(done) << "renames: no routine " << parts[2] << " in:\n" << toml;
    } else if (kind == "trigger" && parts.size() == 5) {
      insert_after_line(toml,
                        "[trigger." + manifest::toml_key(parts[1]) + "." +
                            manifest::toml_key(parts[2]) + "." + manifest::toml_key(parts[3]) + "]",
                        hint(parts[4]));
    } else if (kind == "policy" && parts.size() == 5) {
      insert_after_line(toml,
                        "[policy." + manifest::toml_key(parts[1]) + "." +
                            manifest::toml_key(parts[2]) + "." + manifest::toml_key(parts[3]) + "]",
                        hint(parts[4]));
    } else if (kind == "enum_value" && parts.size() == 5) {
      // Every label's rename goes into one inline table (a key may appear once).
      const std::string header =
          "[enum." + manifest::toml_key(parts[1]) + "." + manifest::toml_key(parts[2]) + "]\n";
      const std::string entry =
          manifest::toml_key(parts[3]) + " = " + manifest::toml_string(parts[4]);
      const std::string opening = "value_renames = { ";
      const auto at = toml.find(header);
      ASSERT_NE(at, std::string::npos) << "renames: no enum " << parts[2] << " in:\n" << toml;
      const auto next = at + header.size();
      if (toml.compare(next, opening.size(), opening) == 0) {
        toml.insert(toml.find(" }\n", next), ", " + entry);
      } else {
        toml.insert(next, opening + entry + " }\n");
      }
    } else {
      FAIL() << "renames: cannot read line: " << line;
    }
  }
}

// The cases about ownership manage owners: their TOML says them.
std::string inspect(const test_support::TestDatabase& db, bool owners) {
  std::vector<std::string> args{"inspect", "--url", db.url()};
  if (owners) {
    args.emplace_back("--owners");
  }
  auto result = test_support::run_tenantctl(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return result.out;
}

// Every hazard kind any statement of a `plan --format json` report carries.
std::set<std::string> planned_hazards(const std::string& text) {
  std::set<std::string> kinds;
  const auto json = nlohmann::json::parse(text);
  for (const auto& tenant : json["tenants"]) {
    for (const auto& statement : tenant["statements"]) {
      for (const auto& hazard : statement["hazards"]) {
        kinds.insert(hazard["kind"].get<std::string>());
      }
    }
  }
  return kinds;
}

// The statements of a `plan --format json` report, each followed by ";\n",
// in plan order: the form of a case's `statements` file.
std::string planned_statements(const std::string& text) {
  std::string out;
  const auto json = nlohmann::json::parse(text);
  for (const auto& tenant : json["tenants"]) {
    for (const auto& statement : tenant["statements"]) {
      out += statement["sql"].get<std::string>() + ";\n";
    }
  }
  return out;
}

// Creates the roles a case names (one per line), NOLOGIN, unless they exist:
// roles belong to the cluster, so cases share them and never drop them.
void create_roles(test_support::TestDatabase& db, const std::string& lines) {
  for (const auto& line : base::split(lines, '\n')) {
    if (line.empty()) {
      continue;
    }
    db.exec("DO $do$ BEGIN CREATE ROLE " + pg::quote_ident(line) +
            " NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $do$");
  }
}

class CaseTest : public ::testing::Test {
 public:
  explicit CaseTest(fs::path dir) : m_dir(std::move(dir)) {}

  void TestBody() override {
    test_support::TestDatabase old_db("old");
    test_support::TestDatabase new_db("new");
    if (fs::exists(m_dir / "roles")) {
      create_roles(old_db, read_file(m_dir / "roles"));
    }
    old_db.exec(read_file(m_dir / "old.sql"));
    new_db.exec(read_file(m_dir / "new.sql"));
    const std::string new_toml = inspect(new_db, dump_with(kind()).owners);
    ASSERT_FALSE(new_toml.empty());

    const fs::path work = fs::temp_directory_path() / ("tenantctl-case-" + old_db.name());
    fs::create_directories(work);
    struct Cleanup {
      fs::path dir;
      ~Cleanup() { fs::remove_all(dir); }
    } cleanup{work};

    // Round trip: the new TOML applied to an empty database reads back the same.
    {
      test_support::TestDatabase empty_db("rt");
      write_file(work / "roundtrip.toml", new_toml);
      auto applied = test_support::run_tenantctl({"apply", "--url", empty_db.url(), "--schema",
                                                  (work / "roundtrip.toml").string(), "--yes",
                                                  "--allow-hazards", "all"});
      ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;
      EXPECT_EQ(inspect(empty_db, dump_with(kind()).owners), new_toml)
          << "round trip of new.sql's TOML differs";
    }

    std::string desired = new_toml;
    if (fs::exists(m_dir / "renames")) {
      add_renames(m_dir / "renames", desired);
      if (HasFatalFailure()) {
        return;
      }
    }
    const auto schema_file = (work / "desired.toml").string();
    write_file(schema_file, desired);

    auto planned = test_support::run_tenantctl(
        {"plan", "--url", old_db.url(), "--schema", schema_file, "--format", "json"});
    ASSERT_EQ(planned.exit_code, 0) << planned.err;
    if (fs::exists(m_dir / "hazards")) {
      std::set<std::string> expected;
      for (const auto& line : base::split(read_file(m_dir / "hazards"), '\n')) {
        if (!base::trim(line).empty()) {
          expected.insert(std::string(base::trim(line)));
        }
      }
      EXPECT_EQ(planned_hazards(planned.out), expected) << planned.out;
    }
    if (fs::exists(m_dir / "statements")) {
      EXPECT_EQ(planned_statements(planned.out), read_file(m_dir / "statements")) << planned.out;
    }

    auto applied = test_support::run_tenantctl({"apply", "--url", old_db.url(), "--schema",
                                                schema_file, "--yes", "--allow-hazards", "all"});
    ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;

    if (fs::exists(m_dir / "check.sql")) {
      EXPECT_EQ(old_db.scalar(read_file(m_dir / "check.sql")), "t") << "check.sql failed";
    }
    const auto with = dump_with(kind());
    EXPECT_EQ(schema_dump(old_db, with), schema_dump(new_db, with)) << applied.out;

    auto again = test_support::run_tenantctl(
        {"plan", "--url", old_db.url(), "--schema", schema_file, "--exit-code"});
    EXPECT_EQ(again.exit_code, 0) << "second plan is not empty:\n" << again.out << again.err;
  }

 private:
  [[nodiscard]] std::string kind() const { return m_dir.parent_path().filename().string(); }

  fs::path m_dir;
};

std::vector<fs::path> case_directories() {
  std::vector<fs::path> out;
  if (!fs::exists(k_cases)) {
    return out;
  }
  for (const auto& kind : fs::directory_iterator(k_cases)) {
    if (!kind.is_directory()) {
      continue;
    }
    for (const auto& each : fs::directory_iterator(kind.path())) {
      if (each.is_directory() && fs::exists(each.path() / "old.sql") &&
          fs::exists(each.path() / "new.sql")) {
        out.push_back(each.path());
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  const auto cases = case_directories();
  if (argc > 1 && std::string(argv[1]) == "--summary") {
    std::map<std::string, int> by_kind;
    for (const auto& dir : cases) {
      ++by_kind[dir.parent_path().filename().string()];
    }
    std::cout << "Acceptance corpus: " << cases.size() << " cases\n";
    for (const auto& [kind, count] : by_kind) {
      std::cout << "  " << kind << ": " << count << "\n";
    }
    return 0;
  }
  for (const auto& dir : cases) {
    const std::string kind = dir.parent_path().filename().string();
    const std::string name = dir.filename().string();
    ::testing::RegisterTest(("Corpus_" + kind).c_str(), name.c_str(), nullptr, nullptr, __FILE__,
                            __LINE__, [dir]() -> ::testing::Test* { return new CaseTest(dir); });
  }
  return RUN_ALL_TESTS();
}
