// The table kind's catalog queries and rows (part of tenantctl_introspect):
// tables and columns, with their defaults deparsed; constraints and indexes
// are in catalog_constraints.cpp and catalog_indexes.cpp.
#include <fmt/format.h>

#include <cctype>
#include <unordered_map>

#include "introspect/loaders.hpp"
#include "kinds/table/queries.hpp"
#include "pg/session.hpp"

namespace introspect::detail {
namespace {

namespace col = queries::table_column;

model::Identity identity(std::string_view code) {
  if (code == "a") {
    return model::Identity::always;
  }
  if (code == "d") {
    return model::Identity::by_default;
  }
  return model::Identity::none;
}

std::optional<std::string> collation(const pg::Rows& rows, std::size_t row) {
  static_assert(col::k_collation == col::k_collation_schema + 1);
  return qualified_collation(rows, row, col::k_collation_schema);
}

// The node tree without its ":location N" fields (where in the statement's
// text a node was written), the only part in which equal defaults differ.
// A default holds no names or strings of its own (constants are bytes, and
// it cannot hold a subquery), so no user text can look like such a field.
std::string without_locations(std::string_view tree) {
  constexpr std::string_view k_location = ":location ";
  std::string stripped;
  stripped.reserve(tree.size());
  std::size_t at = 0;
  for (auto found = tree.find(k_location); found != std::string_view::npos;
       found = tree.find(k_location, at)) {
    stripped.append(tree.substr(at, found - at));
    at = found + k_location.size();
    while (at < tree.size() &&
           (tree[at] == '-' || std::isdigit(static_cast<unsigned char>(tree[at])) != 0)) {
      ++at;
    }
  }
  stripped.append(tree.substr(at));
  return stripped;
}

model::Column column(const pg::Rows& rows, std::size_t row,
                     const std::optional<std::string>& default_text) {
  model::Column column{
      .name = std::string(rows.text(row, col::k_name)),
      .type = std::string(rows.text(row, col::k_type)),
      .not_null = rows.boolean(row, col::k_not_null),
      .default_expr = default_text,
      .collation = collation(rows, row),
      .identity = identity(rows.text(row, col::k_identity)),
      .generated = rows.optional_text(row, col::k_generated),
      .storage = rows.optional_text(row, col::k_storage),
      .compression = rows.optional_text(row, col::k_compression),
      .comment = rows.optional_text(row, col::k_comment),
  };
  if (column.identity != model::Identity::none && !rows.is_null(row, col::k_identity_type)) {
    column.identity_options = model::normalized(model::SequenceOptions{
        .data_type = std::string(rows.text(row, col::k_identity_type)),
        .increment = optional_integer(rows, row, col::k_identity_increment),
        .min_value = optional_integer(rows, row, col::k_identity_min),
        .max_value = optional_integer(rows, row, col::k_identity_max),
        .start = optional_integer(rows, row, col::k_identity_start),
        .cache = optional_integer(rows, row, col::k_identity_cache),
        .cycle = rows.boolean(row, col::k_identity_cycle),
    });
  }
  return column;
}

// Calls `each` with every number in an int2[]'s text form ("{1,2}").
template <class Each>
void for_each_number(std::string_view text, Each&& each) {
  std::uint64_t number = 0;
  bool in_number = false;
  for (const char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      number = number * 10 + static_cast<std::uint64_t>(c - '0');
      in_number = true;
    } else if (in_number) {
      each(number);
      number = 0;
      in_number = false;
    }
  }
  if (in_number) {
    each(number);
  }
}

std::uint64_t column_key(std::uint64_t relid, std::uint64_t attnum) { return relid << 16 | attnum; }

}  // namespace

ColumnNames::ColumnNames(const pg::Rows& columns) {
  m_names.reserve(columns.size());
  for (std::size_t row = 0; row < columns.size(); ++row) {
    if (columns.is_null(row, col::k_attnum)) {
      continue;  // a table without columns
    }
    m_names.emplace(column_key(static_cast<std::uint64_t>(columns.integer(row, col::k_table_oid)),
                               static_cast<std::uint64_t>(columns.integer(row, col::k_attnum))),
                    columns.text(row, col::k_name));
  }
}

std::optional<std::vector<std::string>> ColumnNames::names(std::string_view relid,
                                                           std::string_view attnums) const {
  std::uint64_t table = 0;
  for_each_number(relid, [&](std::uint64_t number) { table = number; });
  std::vector<std::string> names;
  bool known = true;
  for_each_number(attnums, [&](std::uint64_t attnum) {
    const auto found = m_names.find(column_key(table, attnum));
    if (found == m_names.end()) {
      known = false;
    } else {
      names.emplace_back(found->second);
    }
  });
  return known ? std::optional(std::move(names)) : std::nullopt;
}

base::Result<std::vector<std::optional<std::string>>> deparse_defaults(pg::Session& session,
                                                                       const pg::Rows& columns) {
  std::vector<std::optional<std::string>> texts(columns.size());
  // Each distinct default once: its first column stands for the others.
  std::unordered_map<std::string, std::size_t> distinct;
  std::vector<std::size_t> distinct_of_row(columns.size(), 0);
  std::string relids;
  std::string attnums;
  for (std::size_t row = 0; row < columns.size(); ++row) {
    if (columns.is_null(row, col::k_default)) {
      continue;
    }
    const auto [found, added] =
        distinct.try_emplace(without_locations(columns.text(row, col::k_default)), distinct.size());
    distinct_of_row[row] = found->second;
    if (added) {
      relids += fmt::format("{}{}", relids.empty() ? "" : ",", columns.text(row, col::k_table_oid));
      attnums += fmt::format("{}{}", attnums.empty() ? "" : ",", columns.text(row, col::k_attnum));
    }
  }
  if (distinct.empty()) {
    return texts;
  }
  auto deparsed =
      session.query(queries::k_default_texts, {"{" + relids + "}", "{" + attnums + "}"});
  if (!deparsed) {
    return deparsed.error().with_context("reading column defaults");
  }
  if (deparsed->size() != distinct.size()) {
    return base::Error(fmt::format("reading column defaults: expected {} rows, got {}",
                                   distinct.size(), deparsed->size()));
  }
  for (std::size_t row = 0; row < columns.size(); ++row) {
    if (!columns.is_null(row, col::k_default)) {
      texts[row] = std::string(deparsed->text(distinct_of_row[row], 0));
    }
  }
  return texts;
}

namespace {

// The table's options from its first row: UNLOGGED, storage parameters (the
// TOAST table's prefixed "toast."), REPLICA IDENTITY.
void read_options(const pg::Rows& rows, std::size_t row, model::Table& table) {
  table.unlogged = rows.boolean(row, col::k_unlogged);
  if (!rows.is_null(row, col::k_reloptions)) {
    table.storage.list = rows.text_array(row, col::k_reloptions);
  }
  if (!rows.is_null(row, col::k_toast_reloptions)) {
    for (auto& option : rows.text_array(row, col::k_toast_reloptions)) {
      table.storage.list.push_back("toast." + option);
    }
  }
  const auto identity = rows.text(row, col::k_replica_identity);
  if (identity == "f") {
    table.replica_identity = model::ReplicaIdentity::full;
  } else if (identity == "n") {
    table.replica_identity = model::ReplicaIdentity::nothing;
  } else if (identity == "i" && !rows.is_null(row, col::k_replica_index)) {
    table.replica_identity = model::ReplicaIdentity::index;
    table.replica_index = std::string(rows.text(row, col::k_replica_index));
  }
}

// PARTITION BY of a partitioned table; parent and bound of a partition.
void read_partitioning(const pg::Rows& rows, std::size_t row, model::Table& table) {
  table.partition_by = rows.optional_text(row, col::k_partition_by);
  if (!rows.is_null(row, col::k_parent)) {
    table.partition_of = model::PartitionOf{
        .parent = qualified(rows, row, col::k_parent_schema),
        .bound = std::string(rows.text(row, col::k_bound)),
        .detach_pending = rows.boolean(row, col::k_detach_pending),
    };
  }
}

}  // namespace

base::Result<void> load_tables(const pg::Rows& rows,
                               const std::vector<std::optional<std::string>>& defaults,
                               model::Catalog& catalog) {
  model::Table* table = nullptr;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row, col::k_schema);
    if (model::is_always_ignored(name)) {
      continue;
    }
    // Rows come grouped by table; the first row of a table creates it.
    if (table == nullptr || table->name != name) {
      table = &catalog.tables[name];
      table->name = std::move(name);
      table->comment = rows.optional_text(row, col::k_table_comment);
      table->row_security = rows.boolean(row, col::k_row_security);
      table->force_row_security = rows.boolean(row, col::k_force_row_security);
      read_options(rows, row, *table);
      read_partitioning(rows, row, *table);
    }
    if (rows.is_null(row, col::k_name)) {
      continue;  // a table with no columns
    }
    if (table->partition_of) {
      // A partition's columns are its parent's: what is its own is only a
      // default and NOT NULL (model::Table).
      table->columns.push_back(model::Column{.name = std::string(rows.text(row, col::k_name)),
                                             .not_null = rows.boolean(row, col::k_not_null),
                                             .default_expr = defaults[row]});
      continue;
    }
    table->columns.push_back(column(rows, row, defaults[row]));
  }
  return {};
}

base::Result<void> load_kind(model::KindTag<model::Table> /*kind*/, Loading& loading,
                             model::Catalog& catalog) {
  const pg::Rows* columns = nullptr;
  auto tables = with_rows(
      loading,
      [&](const pg::Rows& rows) {
        columns = &rows;
        return load_tables(rows, loading.defaults(), catalog);
      },
      q_columns);
  if (!tables) {
    return tables;
  }
  const ColumnNames& names = loading.columns.emplace(*columns);
  auto constraints = with_rows(
      loading, [&](const pg::Rows& rows) { return load_constraints(rows, names, catalog); },
      q_constraints);
  if (!constraints) {
    return constraints;
  }
  return with_rows(
      loading, [&](const pg::Rows& rows) { return load_indexes(rows, names, catalog); }, q_indexes);
}

}  // namespace introspect::detail
