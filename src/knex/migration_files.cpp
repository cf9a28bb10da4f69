#include "knex/migration_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>

#include "base/strings.hpp"

namespace knex {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 9> k_knex_extensions = {
    ".co", ".coffee", ".eg", ".iced", ".js", ".cjs", ".litcoffee", ".ls", ".ts"};

// Where the marker parser and the companion agree on white space: spaces,
// tabs and a carriage return (a CRLF file), nothing else.
bool is_marker_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim_marker_space(std::string_view text) {
  while (!text.empty() && is_marker_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_marker_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return out;
}

enum class LineKind { text, up, down };

// Classifies one line: a marker (`-- migrate:up`, `-- migrate:down`), or text.
// A comment that starts with "migrate:" in any case but is not exactly one of
// the two markers is an error, so a mistyped marker never silently becomes a
// comment (and a file without a down part).
base::Result<LineKind> classify(std::string_view line) {
  const std::string_view trimmed = trim_marker_space(line);
  if (!trimmed.starts_with("--")) {
    return LineKind::text;
  }
  std::string_view rest = trimmed.substr(2);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) {
    rest.remove_prefix(1);
  }
  if (!lower(rest.substr(0, 8)).starts_with("migrate:")) {
    return LineKind::text;
  }
  const std::string_view word = rest.substr(8);
  const bool letters_only = !word.empty() && std::all_of(word.begin(), word.end(),
                                                         [](char c) { return is_ascii_letter(c); });
  if (letters_only && word == "up") {
    return LineKind::up;
  }
  if (letters_only && word == "down") {
    return LineKind::down;
  }
  return base::Error(fmt::format("unknown marker '{}'; the markers are '-- migrate:up' and "
                                 "'-- migrate:down', alone on their line",
                                 trimmed),
                     base::ErrorKind::config);
}

// A part without the blank lines and the marker white space around it.
// Nothing else is taken off: a line the marker parser read as SQL (one that
// starts with a form feed, say) must not become a marker in the part.
std::string_view trim_part(std::string_view text) {
  while (!text.empty() && (is_marker_space(text.front()) || text.front() == '\n')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (is_marker_space(text.back()) || text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

std::string finish_part(std::string_view text) {
  const std::string_view trimmed = trim_part(text);
  if (trimmed.empty() || is_blank_sql(trimmed)) {
    return "";
  }
  return std::string(trimmed) + "\n";
}

// What PostgreSQL or knex would read otherwise than tenantctl in a .sql
// file's bytes: a UTF-8 byte-order mark (PostgreSQL takes it for part of the
// first statement, the companion for part of the first line, so the up marker
// would not be one), or bytes that are not UTF-8.
std::optional<std::string> encoding_problem(std::string_view text, const std::string& shown) {
  if (text.starts_with("\xEF\xBB\xBF")) {
    return fmt::format(
        "{}:1: starts with a UTF-8 byte-order mark, which PostgreSQL and knex "
        "would read as part of the SQL; save the file as UTF-8 without one",
        shown);
  }
  if (const auto at = base::invalid_utf8_at(text)) {
    const auto line =
        1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*at), '\n');
    return fmt::format(
        "{}:{}: byte 0x{:02x} is not UTF-8, which PostgreSQL refuses; save the file "
        "as UTF-8",
        shown, line, static_cast<unsigned char>(text[*at]));
  }
  return std::nullopt;
}

base::Result<std::string> read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return base::Error(fmt::format("{}: cannot be read", path.string()), base::ErrorKind::config);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

base::Result<void> write_new_file(const fs::path& path, std::string_view text) {
  std::error_code exists_error;
  if (fs::exists(path, exists_error)) {
    return base::Error(fmt::format("{}: already exists; nothing was written", path.string()),
                       base::ErrorKind::config);
  }
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    return base::Error(fmt::format("{}: cannot be written", path.string()),
                       base::ErrorKind::config);
  }
  return {};
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Returns the length of the run of digits `stem` starts with.
std::size_t digit_prefix(std::string_view stem) {
  std::size_t length = 0;
  while (length < stem.size() && is_digit(stem[length])) {
    ++length;
  }
  return length;
}

std::string utc_stamp(std::chrono::system_clock::time_point when) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
  std::tm parts{};
  gmtime_r(&seconds, &parts);
  return fmt::format("{:04}{:02}{:02}{:02}{:02}{:02}", parts.tm_year + 1900, parts.tm_mon + 1,
                     parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec);
}

// Parses a 14-digit YYYYMMDDHHMMSS stamp as UTC; nullopt when it is not one.
std::optional<std::chrono::system_clock::time_point> parse_stamp(std::string_view stamp) {
  if (stamp.size() != 14 || !std::all_of(stamp.begin(), stamp.end(), is_digit)) {
    return std::nullopt;
  }
  const auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
      value = value * 10 + (stamp[i] - '0');
    }
    return value;
  };
  std::tm parts{};
  parts.tm_year = number(0, 4) - 1900;
  parts.tm_mon = number(4, 2) - 1;
  parts.tm_mday = number(6, 2);
  parts.tm_hour = number(8, 2);
  parts.tm_min = number(10, 2);
  parts.tm_sec = number(12, 2);
  return std::chrono::system_clock::from_time_t(timegm(&parts));
}

// Returns the first line (1-based) with a backslash right before a '?', or 0.
std::size_t knex_unsafe_line(std::string_view text) {
  const std::size_t at = text.find("\\?");
  if (at == std::string_view::npos) {
    return 0;
  }
  return static_cast<std::size_t>(
             std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) +
         1;
}

bool is_knex_extension(std::string_view extension) {
  return std::find(k_knex_extensions.begin(), k_knex_extensions.end(), extension) !=
         k_knex_extensions.end();
}

}  // namespace

std::span<const std::string_view> knex_extensions() { return k_knex_extensions; }

bool is_blank_sql(std::string_view sql) {
  for (const auto& line : base::split(sql, '\n')) {
    const std::string_view trimmed = trim_marker_space(line);
    if (!trimmed.empty() && !trimmed.starts_with("--")) {
      return false;
    }
  }
  return true;
}

base::Result<std::pair<std::string, std::optional<std::string>>> split_sql(
    std::string_view text, std::string_view file_name) {
  const auto lines = base::split(text, '\n');
  std::size_t up_line = 0;    // 1-based; 0: none
  std::size_t down_line = 0;  // 1-based; 0: none
  std::size_t first_sql_line = 0;
  std::string before;
  std::string up;
  std::string down;
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t number = i + 1;
    auto kind = classify(lines[i]);
    if (!kind) {
      problems.push_back(fmt::format("{}:{}: {}", file_name, number, kind.error().message()));
      continue;
    }
    if (*kind == LineKind::up) {
      if (up_line != 0) {
        problems.push_back(fmt::format("{}:{}: a second '-- migrate:up' (the first is on line {})",
                                       file_name, number, up_line));
      } else if (down_line != 0) {
        problems.push_back(fmt::format(
            "{}:{}: '-- migrate:up' after '-- migrate:down' (line {}); the up part comes first",
            file_name, number, down_line));
      } else {
        up_line = number;
        if (first_sql_line != 0) {
          problems.push_back(
              fmt::format("{}:{}: SQL before '-- migrate:up' (line {}); put it after the marker",
                          file_name, first_sql_line, number));
        }
      }
      continue;
    }
    if (*kind == LineKind::down) {
      if (down_line != 0) {
        problems.push_back(
            fmt::format("{}:{}: a second '-- migrate:down' (the first is on line {})", file_name,
                        number, down_line));
      } else {
        down_line = number;
      }
      continue;
    }
    std::string& part = down_line != 0 ? down : (up_line != 0 ? up : before);
    part += lines[i];
    part += '\n';
    if (up_line == 0 && down_line == 0 && first_sql_line == 0 && !is_blank_sql(lines[i])) {
      first_sql_line = number;
    }
  }
  if (!problems.empty()) {
    return base::Error(base::join(problems, "\n"), base::ErrorKind::config);
  }
  // Without an up marker, everything before the down marker is the up part.
  std::string up_part = finish_part(up_line != 0 ? up : before);
  std::string down_part = finish_part(down);
  std::optional<std::string> down_result;
  if (!down_part.empty()) {
    down_result = std::move(down_part);
  }
  return std::pair{std::move(up_part), std::move(down_result)};
}

std::string_view companion_source() {
  // Every ? is escaped as \? because knex's PostgreSQL client turns each bare
  // ? of a query into a $n placeholder, even in knex.raw without bindings; the
  // .sql must reach the server unchanged.
  static constexpr std::string_view k_source =
      R"js(// Written by tenantctl (docs/migrations.md); the same text beside every .sql
// migration. knex loads this file: it runs the part of the .sql file of the
// same name after "-- migrate:up" (up) or "-- migrate:down" (down). Edit the
// .sql, never this file.
'use strict';

const fs = require('fs');
const path = require('path');

const sqlFile = path.join(__dirname, path.basename(__filename, path.extname(__filename)) + '.sql');

function part(direction) {
  const parts = { up: [], down: null };
  let current = parts.up;
  for (const line of fs.readFileSync(sqlFile, 'utf8').split('\n')) {
    const marker = /^[ \t\r]*--[ \t]*migrate:([A-Za-z]+)[ \t\r]*$/.exec(line);
    if (marker && marker[1] === 'up') {
      parts.up = [];
      current = parts.up;
    } else if (marker && marker[1] === 'down') {
      parts.down = [];
      current = parts.down;
    } else {
      current.push(line);
    }
  }
  const lines = parts[direction];
  if (lines === null || lines.every((line) => /^[ \t\r]*(--[^\n]*)?$/.test(line))) {
    return null;
  }
  return lines.join('\n');
}

function run(knex, direction) {
  const sql = part(direction);
  if (sql === null) {
    if (direction === 'up') {
      return Promise.resolve();
    }
    return Promise.reject(new Error(path.basename(sqlFile) +
      ': has no down part (SQL after "-- migrate:down"), so it cannot be rolled back'));
  }
  // knex turns every bare ? into a $n placeholder; \? reaches the server as ?.
  return knex.raw(sql.replace(/\?/g, '\\?'));
}

exports.up = (knex) => run(knex, 'up');
exports.down = (knex) => run(knex, 'down');
)js";
  return k_source;
}

base::Result<bool> write_companion(const fs::path& sql_path) {
  fs::path js_path = sql_path;
  js_path.replace_extension(".js");
  std::error_code error;
  if (fs::exists(js_path, error)) {
    auto text = read_text(js_path);
    if (text && *text == companion_source()) {
      return false;
    }
  }
  std::ofstream out(js_path, std::ios::binary | std::ios::trunc);
  out << companion_source();
  out.close();
  if (!out) {
    return base::Error(fmt::format("{}: cannot be written", js_path.string()),
                       base::ErrorKind::config);
  }
  return true;
}

bool valid_migration_name(std::string_view name) {
  return !name.empty() && name.size() <= 200 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || is_digit(c) || c == '_';
  });
}

std::string migration_text(std::string_view up, std::string_view down) {
  const auto section = [](std::string_view part) {
    const std::string_view trimmed = trim_part(part);
    return trimmed.empty() ? std::string("\n") : fmt::format("\n{}\n\n", trimmed);
  };
  return "-- migrate:up\n" + section(up) + "-- migrate:down\n" + section(down);
}

base::Result<std::vector<MigrationFile>> read_migrations(const fs::path& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    return base::Error(fmt::format("migrations directory {}: not found", dir.string()),
                       base::ErrorKind::config)
        .with_hint("pass --migrations DIR or set [paths] migrations in tenantctl.toml");
  }
  std::vector<std::string> name_problems;
  std::map<std::string, fs::path> sql_files;                // stem -> path
  std::map<std::string, std::vector<fs::path>> knex_files;  // stem -> paths
  fs::directory_iterator entries(dir, error);
  if (error) {
    return base::Error(fmt::format("migrations directory {}: {}", dir.string(), error.message()),
                       base::ErrorKind::config);
  }
  for (const auto& entry : entries) {
    const fs::path& path = entry.path();
    const std::string file = path.filename().string();
    std::error_code type_error;
    if (file.starts_with(".") || !entry.is_regular_file(type_error)) {
      continue;
    }
    const std::string extension = path.extension().string();
    if ((extension == ".sql" || is_knex_extension(extension)) &&
        base::invalid_utf8_at(file).has_value()) {
      name_problems.push_back(fmt::format(
          "{}:1: the file name is not valid UTF-8, so knex and tenantctl could not agree on "
          "its place in the order; rename it",
          path.string()));
      continue;
    }
    if (extension == ".sql") {
      sql_files.emplace(path.stem().string(), path);
    } else if (is_knex_extension(extension)) {
      knex_files[path.stem().string()].push_back(path);
    }
  }
  std::vector<std::string> problems = std::move(name_problems);
  std::vector<MigrationFile> files;
  for (const auto& [stem, sql_path] : sql_files) {
    const std::string shown = sql_path.string();
    MigrationFile file{.name = stem + ".js", .stem = stem, .sql_path = sql_path, .managed = true};
    if (digit_prefix(stem) == 0 || digit_prefix(stem) >= stem.size() ||
        stem[digit_prefix(stem)] != '_') {
      problems.push_back(fmt::format(
          "{}:1: the name is not <timestamp>_<name>.sql; 'tenantctl make NAME' names new files",
          shown));
    }
    auto found = knex_files.find(stem);
    const fs::path js_path = fs::path(sql_path).replace_extension(".js");
    if (found == knex_files.end() ||
        std::find(found->second.begin(), found->second.end(), js_path) == found->second.end()) {
      problems.push_back(
          fmt::format("{}:1: its .js companion {} is missing, so knex cannot run it; write it with "
                      "'tenantctl make --companions --migrations {}'",
                      shown, js_path.filename().string(), dir.string()));
    } else {
      if (found->second.size() > 1) {
        problems.push_back(
            fmt::format("{}:1: more than one knex file has the stem '{}'", shown, stem));
      }
      file.js_path = js_path;
      auto js_text = read_text(js_path);
      if (!js_text) {
        problems.push_back(js_text.error().message());
      } else if (*js_text != companion_source()) {
        problems.push_back(fmt::format(
            "{}:1: is not the companion tenantctl writes for {}, so knex would not run the same "
            "SQL; rewrite it with 'tenantctl make --companions --migrations {}'",
            js_path.string(), sql_path.filename().string(), dir.string()));
      }
      knex_files.erase(found);
    }
    auto text = read_text(sql_path);
    if (!text) {
      problems.push_back(text.error().message());
    } else if (auto encoding = encoding_problem(*text, shown)) {
      problems.push_back(std::move(*encoding));
    } else if (auto parts = split_sql(*text, shown); !parts) {
      problems.push_back(parts.error().message());
    } else if (auto line = knex_unsafe_line(*text); line != 0) {
      problems.push_back(fmt::format(
          "{}:{}: a backslash right before '?': knex's PostgreSQL client drops backslashes "
          "before a '?' in every query, so knex would run other SQL than tenantctl; write it "
          "another way ([?] in a regular expression, chr(63) in a string)",
          shown, line));
    } else {
      file.up = std::move(parts->first);
      file.down = std::move(parts->second);
    }
    files.push_back(std::move(file));
  }
  for (const auto& [stem, paths] : knex_files) {
    if (paths.size() > 1) {
      problems.push_back(
          fmt::format("{}:1: more than one knex migration has the stem '{}'; knex would load each",
                      paths.front().string(), stem));
    }
    for (const auto& path : paths) {
      files.push_back(MigrationFile{
          .name = path.filename().string(), .stem = stem, .js_path = path, .managed = false});
    }
  }
  if (!problems.empty()) {
    std::sort(problems.begin(), problems.end());
    return base::Error(base::join(problems, "\n"), base::ErrorKind::config);
  }
  // In knex's order: lodash sortBy compares the names as JavaScript strings.
  std::sort(files.begin(), files.end(), [](const MigrationFile& a, const MigrationFile& b) {
    return base::utf16_units(a.name) < base::utf16_units(b.name);
  });
  return files;
}

base::Result<fs::path> write_migration(const fs::path& dir, std::string_view name,
                                       std::string_view up, std::string_view down,
                                       std::chrono::system_clock::time_point now) {
  if (!valid_migration_name(name)) {
    return base::Error(fmt::format("'{}' is not a valid migration name", name),
                       base::ErrorKind::usage)
        .with_hint("use 1 to 200 lowercase letters, digits and underscores: add_orders_table");
  }
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    return base::Error(fmt::format("migrations directory {}: not found", dir.string()),
                       base::ErrorKind::config)
        .with_hint("create it, or pass --migrations DIR");
  }
  // The latest stamp already used, so a new file always sorts last.
  std::optional<std::chrono::system_clock::time_point> latest;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    const std::string stem = entry.path().stem().string();
    if (digit_prefix(stem) < 14) {
      continue;
    }
    if (auto stamp = parse_stamp(std::string_view(stem).substr(0, 14));
        stamp && (!latest || *stamp > *latest)) {
      latest = *stamp;
    }
  }
  auto when = std::chrono::time_point_cast<std::chrono::seconds>(now);
  if (latest && when <= *latest) {
    when = std::chrono::time_point_cast<std::chrono::seconds>(*latest) + std::chrono::seconds(1);
  }
  const std::string stem = fmt::format("{}_{}", utc_stamp(when), name);
  const fs::path sql_path = dir / (stem + ".sql");
  const fs::path js_path = dir / (stem + ".js");
  if (fs::exists(js_path, error)) {
    return base::Error(fmt::format("{}: already exists; nothing was written", js_path.string()),
                       base::ErrorKind::config);
  }
  if (auto written = write_new_file(sql_path, migration_text(up, down)); !written) {
    return written.error();
  }
  if (auto written = write_new_file(js_path, companion_source()); !written) {
    fs::remove(sql_path, error);
    return written.error();
  }
  return sql_path;
}

}  // namespace knex
