#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace knex {

// One migration of the migrations directory (docs/migrations.md).
struct MigrationFile {
  // What knex records in knex_migrations.name: "<stem>.js" for a managed
  // migration, the file's own name ("<stem>.cjs", ...) for a hand-written one.
  std::string name;
  // The file name without its extension: "20250126000001_create_users_and_rbac".
  std::string stem;
  // The .sql file; empty for a hand-written knex migration.
  std::filesystem::path sql_path;
  // The .js file knex loads; never empty for a migration read_migrations returns
  // (a managed .sql without its companion is an error there).
  std::filesystem::path js_path;
  // true: a .sql file tenantctl runs (its .js companion lets knex run the same
  // SQL); false: a hand-written knex file, listed but never run by tenantctl.
  bool managed = false;
  // The SQL of the up part (managed only; "" when the part is empty).
  std::string up;
  // The SQL of the down part; nullopt when the file has none or it holds
  // nothing but blank lines and `--` comments.
  std::optional<std::string> down;

  bool operator==(const MigrationFile&) const = default;
};

// The file extensions knex loads from a migrations directory (knex's default
// loadExtensions). A file with one of them and no .sql beside it is a
// hand-written knex migration.
[[nodiscard]] std::span<const std::string_view> knex_extensions();

// Returns every migration in `dir`, sorted by `name` (byte order, as knex sorts
// file names). Files that are neither .sql nor a knex extension (README.md,
// .gitkeep) are ignored, as are names starting with '.'.
//
// Config errors (all problems at once, each "file:line: what", with the fix):
// `dir` missing or unreadable; a .sql whose parts do not split (split_sql); a
// .sql without its .js companion, or with a .js that is not the companion
// tenantctl writes (`tenantctl make --companions` writes them); a .sql whose
// name does not look like <digits>_<name>.sql; two knex files with one stem; a
// .sql with a backslash right before a '?' (knex's PostgreSQL client removes
// such backslashes from every query, so knex would run other SQL).
[[nodiscard]] base::Result<std::vector<MigrationFile>> read_migrations(
    const std::filesystem::path& dir);

// Splits the text of one .sql file into its up and down parts. The layout:
//
//   -- migrate:up
//   ...SQL...
//   -- migrate:down
//   ...SQL...
//
// A marker is a line that, without surrounding spaces and tabs, is `--`,
// optional spaces, `migrate:` and the word `up` or `down`. The up marker is
// optional (the up part then starts at the first line); lines before it may
// only be blank or `--` comments. Each part is the text between its marker and
// the next (or the end), without leading and trailing white space, ending in
// one newline when not empty. A part that holds nothing but blank lines and
// `--` comments is "" (up) or nullopt (down).
//
// Config errors name `file_name`:line: a second up or down marker (naming the
// first), a down marker before the up marker, an unknown `-- migrate:WORD`, SQL
// before the up marker.
[[nodiscard]] base::Result<std::pair<std::string, std::optional<std::string>>> split_sql(
    std::string_view text, std::string_view file_name);

// Returns true when `sql` holds nothing but blank lines and `--` comments.
[[nodiscard]] bool is_blank_sql(std::string_view sql);

// Returns the text of the .js companion written beside every managed .sql. It
// is the same for every migration (it finds its .sql by its own file name), so
// every companion is byte-identical to this text. It is a CommonJS module:
// exports.up / exports.down read the .sql beside it, split it as split_sql
// does and run the part with knex.raw; a missing down part throws.
[[nodiscard]] std::string_view companion_source();

// Writes the companion of `sql_path` (the same path with .js) unless it
// already holds companion_source(). Returns true when it wrote the file.
[[nodiscard]] base::Result<bool> write_companion(const std::filesystem::path& sql_path);

// Returns true when `name` is a valid migration name for make/generate:
// 1 to 200 characters, lowercase ASCII letters, digits and underscores.
[[nodiscard]] bool valid_migration_name(std::string_view name);

// Writes <dir>/<YYYYMMDDHHMMSS>_<name>.sql with the given parts, and its .js
// companion. The timestamp is `now` in UTC, moved to one second after the
// latest timestamp prefix of a file already in `dir` when that is not earlier,
// so names stay in creation order. `up` and `down` may be "" (a template to
// fill in). Neither file is overwritten: an existing one is an error.
//
// Errors: a usage error for a bad `name` (valid_migration_name); a config
// error when `dir` does not exist or a file cannot be written. Returns the
// path of the .sql file.
[[nodiscard]] base::Result<std::filesystem::path> write_migration(
    const std::filesystem::path& dir, std::string_view name, std::string_view up,
    std::string_view down, std::chrono::system_clock::time_point now);

// Returns the text write_migration writes for the given parts.
[[nodiscard]] std::string migration_text(std::string_view up, std::string_view down);

}  // namespace knex
