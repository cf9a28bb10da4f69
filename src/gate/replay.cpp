#include "gate/replay.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "gate/sql_statements.hpp"
#include "pg/session.hpp"

namespace gate {
namespace {

// The line of `file_text` where `part` starts, or 1 when it cannot be told.
std::size_t part_start_line(std::string_view file_text, std::string_view part) {
  while (!part.empty() && (part.back() == '\n' || part.back() == '\r')) {
    part.remove_suffix(1);
  }
  if (part.empty() || file_text.empty()) {
    return 1;
  }
  const auto at = file_text.find(part);
  if (at == std::string_view::npos) {
    return 1;
  }
  std::size_t line = 1;
  for (std::size_t i = 0; i < at; ++i) {
    line += file_text[i] == '\n' ? 1 : 0;
  }
  return line;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs the statements of `sql` one by one in a transaction that is rolled
// back, and returns the first one that fails with its error, if any does.
std::optional<std::pair<ScriptStatement, base::Error>> failing_statement(pg::Session& session,
                                                                         std::string_view sql) {
  if (!session.execute("BEGIN")) {
    return std::nullopt;
  }
  std::optional<std::pair<ScriptStatement, base::Error>> found;
  for (const auto& statement : split_statements(sql)) {
    if (auto done = session.execute(statement.text); !done) {
      found.emplace(statement, done.error());
      break;
    }
  }
  (void)session.execute("ROLLBACK");
  return found;
}

}  // namespace

base::Result<void> require_managed(std::span<const knex::MigrationFile> files) {
  std::string listed;
  for (const auto& file : files) {
    if (!file.managed) {
      listed += fmt::format("\n  {}", file.js_path.string());
    }
  }
  if (listed.empty()) {
    return {};
  }
  return base::Error(fmt::format("hand-written knex migrations cannot be replayed by tenantctl "
                                 "(it runs SQL, not JavaScript):{}",
                                 listed),
                     base::ErrorKind::config)
      .with_hint(
          "check and generate compare the whole history, so every migration must be a .sql "
          "file with its .js companion; turn these into .sql migrations (tenantctl make NAME, "
          "then move their SQL into it)");
}

base::Result<void> run_part(pg::Session& session, std::string_view sql, const std::string& label,
                            std::string_view file_text) {
  if (auto begun = session.execute("BEGIN"); !begun) {
    return begun.error().with_context(label);
  }
  auto done = session.execute(sql);
  if (done) {
    done = session.execute("COMMIT");
    if (done) {
      return {};
    }
  }
  (void)session.execute("ROLLBACK");
  const auto failed = failing_statement(session, sql);
  if (!failed) {
    // Only the whole script fails (or the server went away): its own error.
    return done.error().with_context(label);
  }
  const auto& [statement, error] = *failed;
  const std::size_t line = part_start_line(file_text, sql) + statement.line - 1;
  return base::Error(fmt::format("{}:{}: {}", label, line, error.message()));
}

base::Result<void> replay(pg::Session& session, std::span<const knex::MigrationFile> files,
                          const std::atomic<bool>& stop) {
  for (const auto& file : files) {
    if (stop.load()) {
      return base::Error(fmt::format("interrupted before {}", file.name));
    }
    if (!file.managed) {
      return require_managed(files);
    }
    const std::string text = read_text(file.sql_path);
    if (auto done = run_part(session, file.up, file.sql_path.string(), text); !done) {
      return base::Error(fmt::format("replaying migrations: {}", done.error().message()))
          .with_hint(
              "fix that migration: every migration's up part must run on the database "
              "the migrations before it leave");
    }
  }
  return {};
}

}  // namespace gate
