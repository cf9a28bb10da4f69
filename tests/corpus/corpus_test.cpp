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
#include <set>
#include <sstream>

#include "base/strings.hpp"
#include "manifest/toml_text.hpp"
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

std::string schema_dump(const test_support::TestDatabase& db) {
  auto result = test_support::run_program({pg_bindir() + "/pg_dump", "--schema-only", "--no-owner",
                                           "--no-privileges", "--dbname", db.url()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return result.out;
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
      for (const char* member : {"index", "unique", "check", "foreign_key"}) {
        const std::string header = "[" + table_path(parts[1], parts[2]) + "." + member + "." +
                                   manifest::toml_key(parts[3]) + "]";
        if (toml.find(header + "\n") != std::string::npos) {
          insert_after_line(toml, header, hint(parts[4]));
          done = true;
          break;
        }
      }
      if (!done) {
        // A primary key: its inline form carries the hint.
        const std::string named = "primary_key = { name = " + manifest::toml_string(parts[3]);
        const auto at = toml.find(named);
        ASSERT_NE(at, std::string::npos) << "renames: no constraint or index " << parts[3];
        toml.insert(at + named.size(), ", " + hint(parts[4]));
      }
    } else if (kind == "enum_value" && parts.size() == 5) {
      insert_after_line(
          toml, "[enum." + manifest::toml_key(parts[1]) + "." + manifest::toml_key(parts[2]) + "]",
          "value_renames = { " + manifest::toml_key(parts[3]) + " = " +
              manifest::toml_string(parts[4]) + " }");
    } else {
      FAIL() << "renames: cannot read line: " << line;
    }
  }
}

std::string inspect(const test_support::TestDatabase& db) {
  auto result = test_support::run_tenantctl({"inspect", "--url", db.url()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return result.out;
}

std::set<std::string> planned_hazards(const std::string& json) {
  std::set<std::string> kinds;
  const auto at = json.rfind("\"hazards\": [");
  if (at == std::string::npos) {
    return kinds;
  }
  const auto end = json.find(']', at);
  const auto list = json.substr(at + 12, end - at - 12);
  for (const auto& part : base::split(list, ',')) {
    auto word = std::string(base::trim(part));
    if (word.size() >= 2) {
      kinds.insert(word.substr(1, word.size() - 2));
    }
  }
  return kinds;
}

class CaseTest : public ::testing::Test {
 public:
  explicit CaseTest(fs::path dir) : m_dir(std::move(dir)) {}

  void TestBody() override {
    test_support::TestDatabase old_db("old");
    test_support::TestDatabase new_db("new");
    old_db.exec(read_file(m_dir / "old.sql"));
    new_db.exec(read_file(m_dir / "new.sql"));
    const std::string new_toml = inspect(new_db);
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
      EXPECT_EQ(inspect(empty_db), new_toml) << "round trip of new.sql's TOML differs";
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

    auto applied = test_support::run_tenantctl({"apply", "--url", old_db.url(), "--schema",
                                                schema_file, "--yes", "--allow-hazards", "all"});
    ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;

    if (fs::exists(m_dir / "check.sql")) {
      EXPECT_EQ(old_db.scalar(read_file(m_dir / "check.sql")), "t") << "check.sql failed";
    }
    EXPECT_EQ(schema_dump(old_db), schema_dump(new_db)) << applied.out;

    auto again = test_support::run_tenantctl(
        {"plan", "--url", old_db.url(), "--schema", schema_file, "--exit-code"});
    EXPECT_EQ(again.exit_code, 0) << "second plan is not empty:\n" << again.out << again.err;
  }

 private:
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
