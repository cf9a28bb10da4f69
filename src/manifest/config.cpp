#include "manifest/config.hpp"

// tenantctl.toml, read with the manifest reader's Fields so that its errors
// look the same: file:line:col, unknown keys with "did you mean", all at once.
// toml++ exceptions stop here.

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <sstream>
#include <system_error>

#include "base/strings.hpp"
#include "manifest/reader_internal.hpp"

namespace manifest {
namespace {

using detail::Fields;
using detail::FileContext;
using detail::Position;
using detail::ReadState;

constexpr std::string_view k_default_file = "tenantctl.toml";
constexpr std::string_view k_central_url_variable = "TENANTCTL_CENTRAL_URL";
constexpr std::string_view k_server_url_variable = "TENANTCTL_SERVER_URL";

// Reads a string key that, when present, must not be empty.
std::optional<std::string> non_empty_string(Fields& fields, std::string_view key) {
  auto value = fields.string(key);
  if (value && value->empty()) {
    fields.problem(fields.position_of(key), fmt::format("{} must not be empty", key));
    return std::nullopt;
  }
  return value;
}

// Reads a whole number key that, when present, must be at least 1.
std::optional<int> positive_int(Fields& fields, std::string_view key, std::string_view unit) {
  const auto value = fields.integer(key);
  if (!value) {
    return std::nullopt;
  }
  if (*value < 1 || *value > std::numeric_limits<int>::max()) {
    fields.problem(fields.position_of(key),
                   fmt::format("{} must be at least 1{}, found {}", key, unit, *value));
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<std::string> duration(Fields& fields, std::string_view key) {
  auto value = fields.string(key);
  if (value && !is_duration(*value)) {
    fields.problem(fields.position_of(key),
                   fmt::format("{}: \"{}\" is not a PostgreSQL duration (such as \"5s\", "
                               "\"500ms\", \"30min\" or \"0\" for none)",
                               key, *value));
    return std::nullopt;
  }
  return value;
}

// Reads a whole number key that, when present, must be within [low, high].
std::optional<int> bounded_int(Fields& fields, std::string_view key, int low, int high) {
  const auto value = fields.integer(key);
  if (!value) {
    return std::nullopt;
  }
  if (*value < low || *value > high) {
    fields.problem(fields.position_of(key),
                   fmt::format("{} must be from {} to {}, found {}", key, low, high, *value));
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

// Reads the column names of [registry.columns] or [admins.columns]: each
// `key` that is present replaces `*field`; the keys in `optional_keys` may be
// "" (no such column), the others may not.
void read_columns(Fields& columns,
                  std::initializer_list<std::pair<std::string_view, std::string*>> keys,
                  std::initializer_list<std::string_view> optional_keys) {
  for (const auto& [key, field] : keys) {
    const bool may_be_empty =
        std::find(optional_keys.begin(), optional_keys.end(), key) != optional_keys.end();
    auto value = may_be_empty ? columns.string(key) : non_empty_string(columns, key);
    if (value) {
      *field = std::move(*value);
    }
  }
}

// A path given in the file is relative to the file's directory.
std::string file_relative(const std::filesystem::path& directory, const std::string& path) {
  if (directory.empty()) {
    return path;
  }
  return (directory / path).lexically_normal().generic_string();
}

// Calls `read` with the Fields of the top-level table `key` when it is present.
template <class Read>
void read_section(FileContext& file, Fields& root, std::string_view key, Read read) {
  if (const toml::table* table = root.table(key)) {
    Fields fields(file, *table, fmt::format("[{}]", key));
    read(fields);
    fields.finish();
  }
}

void read_document(FileContext& file, const toml::table& root, Config& config,
                   const std::filesystem::path& directory) {
  Fields fields(file, root, "");
  read_section(file, fields, "central", [&](Fields& central) {
    if (auto url = non_empty_string(central, "url")) {
      config.central_url = std::move(*url);
    }
  });
  read_section(file, fields, "registry", [&](Fields& registry) {
    if (auto query = non_empty_string(registry, "query")) {
      config.registry_query = std::move(*query);
      config.registry_query_source =
          fmt::format("{} ([registry] query)", file.where(registry.position_of("query")));
    }
    RegistryTable& table = config.registry_table;
    if (auto name = non_empty_string(registry, "table")) {
      table.table = std::move(*name);
    }
    if (const toml::table* columns = registry.table("columns")) {
      Fields fields_of(file, *columns, "[registry.columns]");
      read_columns(fields_of,
                   {{"id", &table.id},
                    {"slug", &table.slug},
                    {"name", &table.name},
                    {"status", &table.status},
                    {"host", &table.host},
                    {"port", &table.port},
                    {"dbname", &table.dbname},
                    {"username", &table.username},
                    {"password", &table.password},
                    {"status_reason", &table.status_reason},
                    {"updated_at", &table.updated_at}},
                   {"status_reason", "updated_at"});
      fields_of.finish();
    }
  });
  read_section(file, fields, "provisioning", [&](Fields& provisioning) {
    Provisioning& out = config.provisioning;
    if (auto url = non_empty_string(provisioning, "server_url")) {
      out.server_url = std::move(*url);
    }
    if (auto host = non_empty_string(provisioning, "db_host")) {
      out.db_host = std::move(*host);
    }
    if (auto port = bounded_int(provisioning, "db_port", 1, 65535)) {
      out.db_port = *port;
    }
    if (auto prefix = provisioning.string("name_prefix")) {
      out.name_prefix = std::move(*prefix);
    }
    if (auto reserved = provisioning.strings("reserved_slugs")) {
      out.reserved_slugs = std::move(*reserved);
    }
  });
  read_section(file, fields, "admins", [&](Fields& admins) {
    AdminTable& table = config.admins;
    if (auto name = non_empty_string(admins, "table")) {
      table.table = std::move(*name);
    }
    if (auto cost = bounded_int(admins, "bcrypt_cost", 10, 31)) {
      table.bcrypt_cost = *cost;
    }
    if (const toml::table* columns = admins.table("columns")) {
      Fields fields_of(file, *columns, "[admins.columns]");
      read_columns(fields_of,
                   {{"id", &table.id},
                    {"email", &table.email},
                    {"password", &table.password},
                    {"first_name", &table.first_name},
                    {"last_name", &table.last_name},
                    {"role", &table.role},
                    {"created_at", &table.created_at},
                    {"updated_at", &table.updated_at}},
                   {"created_at", "updated_at"});
      fields_of.finish();
    }
  });
  read_section(file, fields, "paths", [&](Fields& paths) {
    if (auto schema = non_empty_string(paths, "schema")) {
      config.schema = file_relative(directory, *schema);
    }
    if (auto migrations = non_empty_string(paths, "migrations")) {
      config.migrations = file_relative(directory, *migrations);
    }
  });
  read_section(file, fields, "defaults", [&](Fields& defaults) {
    if (auto concurrency = positive_int(defaults, "concurrency", "")) {
      config.concurrency = *concurrency;
    }
    if (auto lock_timeout = duration(defaults, "lock_timeout")) {
      config.lock_timeout = std::move(*lock_timeout);
    }
    if (auto statement_timeout = duration(defaults, "statement_timeout")) {
      config.statement_timeout = std::move(*statement_timeout);
    }
    if (auto connect_timeout = positive_int(defaults, "connect_timeout", " second")) {
      config.connect_timeout = *connect_timeout;
    }
    if (auto allowed = defaults.strings("allow_hazards")) {
      config.allow_hazards = std::move(*allowed);
      config.allow_hazards_source =
          file.where(defaults.position_of("allow_hazards")) + " ([defaults] allow_hazards)";
    }
  });
  fields.finish();
}

base::Error problems_error(ReadState& state) {
  std::stable_sort(state.problems.begin(), state.problems.end(),
                   [](const auto& a, const auto& b) { return a.position < b.position; });
  std::vector<std::string> lines;
  lines.reserve(state.problems.size());
  for (const auto& problem : state.problems) {
    lines.push_back(state.where(problem.position) + ": " + problem.message);
  }
  return base::Error(base::join(lines, "\n"), base::ErrorKind::config)
      .with_hint("see docs/operations.md, \"Configuration\", for the keys of tenantctl.toml");
}

void apply_environment(Config& config) {
  const char* url = std::getenv(std::string(k_central_url_variable).c_str());
  if (url != nullptr && *url != '\0') {
    config.central_url = url;
  }
  const char* server = std::getenv(std::string(k_server_url_variable).c_str());
  if (server != nullptr && *server != '\0') {
    config.provisioning.server_url = server;
  }
}

}  // namespace

base::Result<Config> parse_config(std::string_view text, const std::string& source_name) {
  ReadState state;
  state.files.push_back(source_name);
  FileContext file(state, 0);
  Config config;
  config.source = source_name;
  try {
    const toml::table root = toml::parse(text, std::string_view(source_name));
    read_document(file, root, config, std::filesystem::path(source_name).parent_path());
  } catch (const toml::parse_error& error) {
    file.problem(Position{0, error.source().begin.line, error.source().begin.column},
                 fmt::format("TOML syntax error: {}", error.description()));
  }
  if (!state.problems.empty()) {
    return problems_error(state);
  }
  return config;
}

base::Result<Config> load_config(const std::optional<std::filesystem::path>& explicit_path) {
  namespace fs = std::filesystem;
  const fs::path path = explicit_path.value_or(fs::path(k_default_file));
  std::error_code error;
  if (!explicit_path && !fs::exists(path, error)) {
    Config config;
    apply_environment(config);
    return config;
  }
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  if (stream) {
    text << stream.rdbuf();
  }
  if (!stream || stream.bad() || fs::is_directory(path, error)) {
    const std::string why =
        fs::exists(path, error) ? "cannot read the file" : "no such file or directory";
    return base::Error(fmt::format("cannot read the configuration {}: {}", path.string(), why),
                       base::ErrorKind::config)
        .with_hint(explicit_path ? "check the --config path"
                                 : "tenantctl.toml in the working directory is optional; fix its "
                                   "permissions or remove it");
  }
  auto config = parse_config(text.str(), path.generic_string());
  if (!config) {
    return config.error();
  }
  apply_environment(*config);
  return config;
}

// PostgreSQL's spelling of a time setting: a number, optionally a unit
// (parse_int() in guc.c). Without a unit lock_timeout and statement_timeout
// count milliseconds.
bool is_duration(std::string_view text) {
  std::size_t at = 0;
  const auto digits = [&] {
    const std::size_t start = at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
      ++at;
    }
    return at > start;
  };
  if (!digits()) {
    return false;
  }
  if (at < text.size() && text[at] == '.') {
    ++at;
    if (!digits()) {
      return false;
    }
  }
  while (at < text.size() && text[at] == ' ') {
    ++at;
  }
  const std::string_view unit = text.substr(at);
  return unit.empty() || unit == "us" || unit == "ms" || unit == "s" || unit == "min" ||
         unit == "h" || unit == "d";
}

}  // namespace manifest
