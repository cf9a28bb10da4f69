#include "support/knex_support.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "base/strings.hpp"
#include "support/test_cluster.hpp"

namespace fs = std::filesystem;

namespace test_support {
namespace {

const fs::path k_node_dir = fs::path(TENANTCTL_SOURCE_DIR) / "tests/support/node";

std::vector<std::string> strings(const nlohmann::json& value) {
  std::vector<std::string> out;
  if (value.is_array()) {
    for (const auto& item : value) {
      out.push_back(item.get<std::string>());
    }
  }
  return out;
}

}  // namespace

KnexResult run_knex(const std::string& command, const std::string& url, const fs::path& dir,
                    const std::vector<std::pair<std::string, std::string>>& env) {
  KnexResult result;
  if (!fs::exists(k_node_dir / "node_modules/knex")) {
    ADD_FAILURE() << "knex is not installed in " << k_node_dir
                  << ": run tests/support/install-deps.sh";
    return result;
  }
  const auto ran = run_program(
      {"node", (k_node_dir / "knex_tool.js").string(), command, url, dir.string()}, env);
  result.exit_code = ran.exit_code;
  result.raw = ran.out + ran.err;
  // knex logs its warnings on stdout too: the JSON is the last line.
  std::string line;
  for (const auto& each : base::split(ran.out, '\n')) {
    if (!base::trim(each).empty()) {
      line = each;
    }
  }
  const auto json = nlohmann::json::parse(line, nullptr, false);
  if (json.is_discarded()) {
    ADD_FAILURE() << "knex_tool.js printed no JSON: " << result.raw;
    return result;
  }
  if (json.contains("error")) {
    result.error = json["error"].get<std::string>();
  }
  result.completed = strings(json.value("completed", nlohmann::json()));
  result.pending = strings(json.value("pending", nlohmann::json()));
  result.log = strings(json.value("log", nlohmann::json()));
  return result;
}

MigrationsDir::MigrationsDir(std::string_view tag, bool with_repository_files) {
  static int serial = 0;
  m_path =
      fs::temp_directory_path() / ("tenantctl-migrations-" + std::string(tag) + "-" +
                                   std::to_string(::getpid()) + "-" + std::to_string(serial++));
  fs::remove_all(m_path);
  fs::create_directories(m_path);
  if (with_repository_files) {
    for (const auto& entry :
         fs::directory_iterator(fs::path(TENANTCTL_SOURCE_DIR) / "migrations")) {
      fs::copy_file(entry.path(), m_path / entry.path().filename());
    }
  }
}

MigrationsDir::~MigrationsDir() { fs::remove_all(m_path); }

std::string MigrationsDir::make(const std::string& name, const std::string& up,
                                const std::string& down) const {
  const auto made = run_tenantctl({"make", name, "--migrations", m_path.string()});
  EXPECT_EQ(made.exit_code, 0) << made.err;
  const fs::path sql = std::string(base::trim(made.out));
  EXPECT_TRUE(fs::exists(sql)) << made.out;
  std::ofstream(sql) << "-- migrate:up\n"
                     << up << "\n"
                     << (down.empty() ? "" : "-- migrate:down\n" + down + "\n");
  return sql.stem().string() + ".js";
}

std::vector<std::string> MigrationsDir::repository_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(fs::path(TENANTCTL_SOURCE_DIR) / "migrations")) {
    if (entry.path().extension() == ".sql") {
      names.push_back(entry.path().stem().string() + ".js");
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string wait_for_statement(const std::string& dbname, const std::string& text) {
  auto session = pg::Session::open(cluster().conninfo("postgres"));
  if (!session) {
    ADD_FAILURE() << session.error().message();
    return "";
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    auto rows = session->query(
        "select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and "
        "state = 'active' and strpos(query, $2) > 0",
        {dbname, text});
    if (rows && !rows->empty()) {
      return std::string(rows->text(0, 0));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ADD_FAILURE() << "no backend of " << dbname << " ran " << text;
  return "";
}

std::string wait_for_sleeper(const std::string& dbname) {
  return wait_for_statement(dbname, "pg_sleep");
}

}  // namespace test_support
