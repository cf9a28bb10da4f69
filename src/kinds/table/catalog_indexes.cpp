// The table kind's indexes from the catalog (part of tenantctl_introspect).
#include <fmt/format.h>

#include <algorithm>

#include "base/strings.hpp"
#include "introspect/loaders.hpp"
#include "kinds/table/queries.hpp"
#include "pg/quote.hpp"
#include "pg/session.hpp"

namespace introspect::detail {
namespace {

namespace col = queries::index_column;

// Tracks whether a character of deparsed SQL stands inside a string literal
// or a quoted identifier. A doubled quote ('' or "") leaves and re-enters,
// which comes out right.
class QuoteState {
 public:
  // Returns true when `c` is outside literals and quoted identifiers and is
  // not a quote that opens or closes one.
  bool outside(char c) {
    if (m_literal) {
      m_literal = c != '\'';
      return false;
    }
    if (m_identifier) {
      m_identifier = c != '"';
      return false;
    }
    m_literal = c == '\'';
    m_identifier = c == '"';
    return !m_literal && !m_identifier;
  }

 private:
  bool m_literal = false;
  bool m_identifier = false;
};

// Returns where `needle` first occurs in `text` outside quoted identifiers
// and literals, or npos. A table called `x USING btree (y` must not fool it.
std::size_t find_unquoted(std::string_view text, std::string_view needle) {
  QuoteState quotes;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (quotes.outside(text[i]) && text.substr(i).starts_with(needle)) {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<std::string> index_predicate(std::string_view definition) {
  constexpr std::string_view k_where = " WHERE ";
  QuoteState quotes;
  int depth = 0;
  for (std::size_t i = 0; i < definition.size(); ++i) {
    const char c = definition[i];
    if (!quotes.outside(c)) {
      continue;
    }
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (depth == 0 && definition.substr(i).starts_with(k_where)) {
      const auto predicate = base::trim(definition.substr(i + k_where.size()));
      return predicate.empty() ? std::nullopt : std::optional<std::string>(predicate);
    }
  }
  return std::nullopt;
}

std::optional<std::vector<std::string>> index_keys(std::string_view definition,
                                                   std::string_view method) {
  const std::string needle = fmt::format(" USING {} (", pg::quote_ident(method));
  const auto at = find_unquoted(definition, needle);
  if (at == std::string_view::npos) {
    return std::nullopt;
  }
  std::vector<std::string> keys;
  std::string current;
  QuoteState quotes;
  int depth = 1;
  for (std::size_t i = at + needle.size(); i < definition.size(); ++i) {
    const char c = definition[i];
    if (quotes.outside(c)) {
      if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        keys.emplace_back(base::trim(current));
        const bool any_empty = std::any_of(keys.begin(), keys.end(),
                                           [](const std::string& key) { return key.empty(); });
        return any_empty ? std::nullopt : std::optional(std::move(keys));
      } else if (c == ',' && depth == 1) {
        keys.emplace_back(base::trim(current));
        current.clear();
        continue;
      }
    }
    current += c;
  }
  return std::nullopt;  // no matching ")"
}

namespace {

// Adds the index (or exclusion constraint) of row `row` to `table`.
base::Result<void> load_index(const pg::Rows& rows, std::size_t row, const ColumnNames& columns,
                              model::Table& table) {
  std::string name(rows.text(row, col::k_name));
  const auto definition = rows.text(row, col::k_definition);
  auto keys = index_keys(definition, rows.text(row, col::k_method));
  if (!keys) {
    return base::Error(
        fmt::format("index {}: cannot find the key list in its definition: {}", name, definition));
  }
  std::optional<std::string> where;
  if (rows.boolean(row, col::k_partial)) {
    where = index_predicate(definition);
    if (!where) {
      return base::Error(fmt::format("index {}: cannot find the WHERE clause in its definition: {}",
                                     name, definition));
    }
  }
  auto include = columns.names(rows.text(row, col::k_table_oid), rows.text(row, col::k_include));
  if (!include) {
    return base::Error(fmt::format("index {}: an INCLUDE column was not read", name));
  }
  model::StorageParameters storage{rows.is_null(row, col::k_storage)
                                       ? std::vector<std::string>{}
                                       : rows.text_array(row, col::k_storage)};
  if (!rows.is_null(row, col::k_exclusion_operators)) {
    auto operators = rows.text_array(row, col::k_exclusion_operators);
    if (operators.size() != keys->size()) {
      return base::Error(fmt::format("exclusion constraint {}: {} operators for {} keys", name,
                                     operators.size(), keys->size()));
    }
    model::ExclusionConstraint exclusion{
        .name = name,
        .method = std::string(rows.text(row, col::k_method)),
        .include = std::move(*include),
        .where = std::move(where),
        .deferral = {.deferrable = rows.boolean(row, col::k_deferrable),
                     .initially_deferred = rows.boolean(row, col::k_deferred)},
        .storage = std::move(storage),
        .comment = rows.optional_text(row, col::k_constraint_comment)};
    for (std::size_t k = 0; k < keys->size(); ++k) {
      exclusion.elements.push_back((*keys)[k] + " WITH " + operators[k]);
    }
    table.exclusions.insert_or_assign(std::move(name), std::move(exclusion));
    return {};
  }
  model::Index index{.name = name,
                     .unique = rows.boolean(row, col::k_unique),
                     .nulls_not_distinct = rows.boolean(row, col::k_nulls_not_distinct),
                     .method = std::string(rows.text(row, col::k_method)),
                     .keys = std::move(*keys),
                     .include = std::move(*include),
                     .where = std::move(where),
                     .storage = std::move(storage),
                     .comment = rows.optional_text(row, col::k_comment),
                     .invalid = !rows.boolean(row, col::k_valid)};
  table.indexes.insert_or_assign(std::move(name), std::move(index));
  return {};
}

// A partition's part of its parent's index is that index under its own
// name: copied from the parent's (row `row` names it), once the parent's is
// loaded. Returns false while it is not.
bool copy_inherited_index(const pg::Rows& rows, std::size_t row, const model::Catalog& catalog,
                          model::Table& table) {
  if (!table.partition_of) {
    return true;  // cannot be: nothing to copy from
  }
  const auto parent = catalog.tables.find(table.partition_of->parent);
  if (parent == catalog.tables.end()) {
    return true;  // an ignored parent
  }
  const auto theirs = parent->second.indexes.find(std::string(rows.text(row, col::k_definition)));
  if (theirs == parent->second.indexes.end()) {
    return false;
  }
  model::Index index = theirs->second;
  index.name = std::string(rows.text(row, col::k_name));
  index.storage.list = rows.is_null(row, col::k_storage) ? std::vector<std::string>{}
                                                         : rows.text_array(row, col::k_storage);
  index.comment = rows.optional_text(row, col::k_comment);
  index.invalid = !rows.boolean(row, col::k_valid);
  index.inherited = true;
  auto name = index.name;
  table.indexes.insert_or_assign(std::move(name), std::move(index));
  return true;
}

}  // namespace

base::Result<void> load_indexes(const pg::Rows& rows, const ColumnNames& columns,
                                model::Catalog& catalog) {
  std::vector<std::size_t> inherited;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const auto found = catalog.tables.find(qualified(rows, row, col::k_schema));
    if (found == catalog.tables.end()) {
      continue;  // an ignored table
    }
    if (rows.boolean(row, col::k_inherited)) {
      inherited.push_back(row);
    } else if (auto loaded = load_index(rows, row, columns, found->second); !loaded) {
      return loaded;
    }
  }
  // Parents first: a sub-partition's index copies its partition's.
  while (!inherited.empty()) {
    const std::size_t before = inherited.size();
    std::erase_if(inherited, [&](std::size_t row) {
      return copy_inherited_index(rows, row, catalog,
                                  catalog.tables.at(qualified(rows, row, col::k_schema)));
    });
    if (inherited.size() == before) {
      return base::Error(fmt::format("index {}: the index of its parent it is part of was not read",
                                     rows.text(inherited.front(), col::k_name)));
    }
  }
  return {};
}

}  // namespace introspect::detail
