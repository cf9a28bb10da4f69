#include "manifest/manifest.hpp"

// The manifest reader's entry points: finding and parsing the files, the top
// level of each document, merging, and turning problems into one Error.
// toml++ exceptions stop here (STYLE.md: caught in the adapter folder).

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/strings.hpp"
#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "model/kinds.hpp"

namespace manifest {
namespace {

using detail::FileContext;
using detail::Position;
using detail::ReadState;

}  // namespace

namespace detail {

void report_not_a_table(FileContext& file, const toml::node& node, std::string_view path,
                        std::string_view header) {
  file.problem(file.position(node), fmt::format("{}: expected a table ({}), found {}", path, header,
                                                detail::type_name(node)));
}

}  // namespace detail

namespace {

using detail::report_not_a_table;

}  // namespace

namespace detail {

// [schema.<name>] and [extension.<name>].
void read_one_level(FileContext& file, const toml::table* kind_table, std::string_view kind,
                    OneLevelReader read) {
  if (kind_table == nullptr) {
    return;
  }
  for (auto&& [key, node] : *kind_table) {
    const std::string name(key.str());
    if (const auto* object = node.as_table()) {
      read(file, name, *object);
    } else {
      report_not_a_table(file, node, fmt::format("{}.{}", kind, toml_key(name)),
                         fmt::format("[{}.<name>]", kind));
    }
  }
}

void read_table_members(FileContext& file, const model::QualifiedName& table,
                        const toml::table& members, std::string_view kind, MemberReader read) {
  for (auto&& [name_key, node] : members) {
    const model::MemberName name{table, std::string(name_key.str())};
    const auto* object = node.as_table();
    if (object == nullptr) {
      report_not_a_table(file, node,
                         fmt::format("{}.{}.{}.{}", kind, toml_key(table.schema),
                                     toml_key(table.name), toml_key(name.name)),
                         fmt::format("[{}.<schema>.<table>.<name>]", kind));
      continue;
    }
    check_identifier(file, file.position(name_key.source()), fmt::format("{} name", kind),
                     name.name);
    read(file, name, *object);
  }
}

// [enum|sequence|table|view.<schema>.<name>].
void read_two_level(FileContext& file, const toml::table* kind_table, std::string_view kind,
                    TwoLevelReader read, bool names_are_identifiers) {
  if (kind_table == nullptr) {
    return;
  }
  const std::string header = fmt::format("[{}.<schema>.<name>]", kind);
  for (auto&& [schema_key, schema_node] : *kind_table) {
    const std::string schema(schema_key.str());
    const std::string schema_path = fmt::format("{}.{}", kind, toml_key(schema));
    const auto* objects = schema_node.as_table();
    if (objects == nullptr) {
      report_not_a_table(file, schema_node, schema_path, header);
      continue;
    }
    detail::check_schema_name(file, file.position(schema_key.source()), schema);
    for (auto&& [name_key, node] : *objects) {
      const model::QualifiedName name{schema, std::string(name_key.str())};
      if (const auto* object = node.as_table()) {
        if (names_are_identifiers) {
          detail::check_identifier(file, file.position(name_key.source()),
                                   fmt::format("{} name", kind), name.name);
        }
        read(file, name, *object);
      } else {
        report_not_a_table(file, node, fmt::format("{}.{}", schema_path, toml_key(name.name)),
                           header);
      }
    }
  }
}

}  // namespace detail

namespace {

void read_document(FileContext& file, const toml::table& root) {
  detail::Fields fields(file, root, "");
  if (auto patterns = fields.strings("ignore")) {
    auto& state = file.state();
    for (auto& pattern : *patterns) {
      if (state.ignore_seen.insert(pattern).second) {
        state.manifest.ignore.push_back(std::move(pattern));
      }
    }
  }
  model::for_each_kind([&](auto kind) { detail::read_kind(kind, file, fields); });
  fields.finish();
}

// Returns the keys of the TOML table header on `line` ("[a."b c"]" gives a,
// "b c"), or nothing when the line is not a header.
std::vector<std::string> header_keys(std::string_view line) {
  std::vector<std::string> keys;
  try {
    const toml::table header = toml::parse(line);
    const toml::node* node = &header;
    while (const auto* table = node->as_table()) {
      if (table->size() != 1) {
        break;
      }
      keys.emplace_back(table->cbegin()->first.str());
      node = &table->cbegin()->second;
    }
  } catch (const toml::parse_error&) {
    keys.clear();
  }
  return keys;
}

// toml++ reports a table declared twice in one file at the second header
// only; this finds the first by parsing the text before the second.
std::string describe_redefinition(const ReadState& state, std::size_t file, std::string_view text,
                                  const toml::parse_error& error) {
  const auto line_number = error.source().begin.line;
  std::size_t line_start = 0;
  for (std::uint32_t line = 1; line < line_number && line_start != std::string_view::npos; ++line) {
    line_start = text.find('\n', line_start);
    line_start = line_start == std::string_view::npos ? line_start : line_start + 1;
  }
  if (line_start == std::string_view::npos) {
    return "";
  }
  const std::string_view line = text.substr(line_start, text.find('\n', line_start) - line_start);
  if (error.description().find("redefine") == std::string_view::npos ||
      !base::trim(line).starts_with('[')) {
    return "";
  }
  const std::vector<std::string> keys = header_keys(line);
  if (keys.empty()) {
    return "";
  }
  try {
    const toml::table before = toml::parse(text.substr(0, line_start));
    const toml::node* node = &before;
    for (const auto& key : keys) {
      const auto* table = node->as_table();
      node = table != nullptr ? table->get(key) : nullptr;
      if (node == nullptr) {
        return "";
      }
    }
    const Position first{file, node->source().begin.line, node->source().begin.column};
    const Position second{file, line_number, error.source().begin.column};
    return fmt::format("{} is declared twice: {} and {}", detail::describe_keys(keys),
                       state.where(first), state.where(second));
  } catch (const toml::parse_error&) {
    return "";
  }
}

// Reports every key and string of `node` holding a NUL character (TOML's
// \u0000): no PostgreSQL name or text value can hold one. Returns true when
// there is none.
bool check_no_nul(FileContext& context, std::size_t file, const toml::node& node) {
  const auto at = [&](const toml::source_region& where) {
    return Position{file, where.begin.line, where.begin.column};
  };
  bool clean = true;
  const auto report = [&](const toml::source_region& where, std::string_view what) {
    context.problem(at(where), fmt::format("{} holds a NUL character (\\u0000), which no "
                                           "PostgreSQL name or text can hold; remove it",
                                           what));
    clean = false;
  };
  if (const auto* table = node.as_table()) {
    for (const auto& [key, value] : *table) {
      if (key.str().find('\0') != std::string_view::npos) {
        report(key.source(), "a key");
      }
      clean = check_no_nul(context, file, value) && clean;
    }
  } else if (const auto* array = node.as_array()) {
    for (const auto& item : *array) {
      clean = check_no_nul(context, file, item) && clean;
    }
  } else if (const auto* text = node.as_string()) {
    if (text->get().find('\0') != std::string::npos) {
      report(node.source(), "a string");
    }
  }
  return clean;
}

void read_text(ReadState& state, std::size_t file, std::string_view text) {
  FileContext context(state, file);
  toml::table root;
  try {
    root = toml::parse(text, std::string_view(state.files[file]));
  } catch (const toml::parse_error& error) {
    const Position position{file, error.source().begin.line, error.source().begin.column};
    std::string message = describe_redefinition(state, file, text, error);
    if (message.empty()) {
      message = fmt::format("TOML syntax error: {}", error.description());
    }
    context.problem(position, std::move(message));
    return;
  }
  // A parsed string or key holds a NUL only through an escape (TOML refuses
  // a raw control character), so text without one needs no walk.
  const bool may_hold_nul = text.find("\\u0000") != std::string_view::npos ||
                            text.find("\\U00000000") != std::string_view::npos ||
                            text.find('\0') != std::string_view::npos;
  if (may_hold_nul && !check_no_nul(context, file, root)) {
    return;
  }
  read_document(context, root);
}

// Adds a Schema with implicit = true for every schema an object lives in that
// no [schema.X] declares; its source is the first such object's.
void add_implicit_schemas(model::Catalog& catalog) {
  const auto use = [&](const std::string& schema, const model::SourceRef& source) {
    if (!catalog.schemas.contains(schema)) {
      catalog.schemas.emplace(schema,
                              model::Schema{.name = schema, .implicit = true, .source = source});
    }
  };
  for (const auto& [name, extension] : catalog.extensions) {
    use(extension.schema, extension.source);
  }
  const auto use_all = [&](const auto& objects) {
    for (const auto& [name, object] : objects) {
      use(name.schema, object.source);
    }
  };
  use_all(catalog.enums);
  use_all(catalog.sequences);
  use_all(catalog.tables);
  use_all(catalog.views);
}

base::Result<Manifest> finish(ReadState state) {
  detail::check_partitions(state);
  detail::check_foreign_columns(state);
  detail::check_relation_names(state);
  detail::check_ignored(state);
  if (state.problems.empty()) {
    detail::fill_partition_columns(state);
    add_implicit_schemas(state.manifest.catalog);
    return std::move(state.manifest);
  }
  std::stable_sort(state.problems.begin(), state.problems.end(),
                   [](const auto& a, const auto& b) { return a.position < b.position; });
  std::vector<std::string> lines;
  lines.reserve(state.problems.size());
  for (const auto& problem : state.problems) {
    lines.push_back(state.where(problem.position) + ": " + problem.message);
  }
  return base::Error(base::join(lines, "\n"), base::ErrorKind::config);
}

base::Result<std::vector<std::filesystem::path>> list_files(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    return base::Error(fmt::format("cannot read the schema {}: {}", path.string(),
                                   error ? error.message() : "no such file or directory"),
                       base::ErrorKind::config);
  }
  if (!fs::is_directory(status)) {
    return std::vector<fs::path>{path};
  }
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
       it.increment(error)) {
    if (it->path().extension() == ".toml" && it->is_regular_file(error)) {
      files.push_back(it->path());
    }
  }
  if (error) {
    return base::Error(
        fmt::format("cannot read the schema directory {}: {}", path.string(), error.message()),
        base::ErrorKind::config);
  }
  if (files.empty()) {
    return base::Error(fmt::format("the schema directory {} holds no .toml files", path.string()),
                       base::ErrorKind::config)
        .with_hint(
            "write the desired schema there (tenantctl inspect --url URL --out "
            "schema/schema.toml writes a database's), or pass --schema with the directory "
            "or file that holds it");
  }
  // Name order, the same on every system: bytewise on the generic spelling.
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
    return a.generic_string() < b.generic_string();
  });
  return files;
}

}  // namespace

base::Result<Manifest> load_manifest(const std::filesystem::path& path) {
  auto files = list_files(path);
  if (!files) {
    return files.error();
  }
  ReadState state;
  for (const auto& file : *files) {
    const std::size_t index = state.files.size();
    state.files.push_back(file.generic_string());
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream text;
    if (stream) {
      text << stream.rdbuf();
    }
    if (!stream || stream.bad()) {
      state.problems.push_back({Position{index, 0, 0}, "cannot read the file"});
      continue;
    }
    read_text(state, index, text.str());
  }
  return finish(std::move(state));
}

base::Result<Manifest> parse_manifest(std::string_view text, const std::string& source_name) {
  ReadState state;
  state.files.push_back(source_name);
  read_text(state, 0, text);
  return finish(std::move(state));
}

bool no_desired_schema(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return true;
  }
  if (!std::filesystem::is_directory(path, error)) {
    return false;
  }
  for (std::filesystem::recursive_directory_iterator it(path, error), end; !error && it != end;
       it.increment(error)) {
    if (it->path().extension() == ".toml" && it->is_regular_file(error)) {
      return false;
    }
  }
  return !error;
}

}  // namespace manifest
