// The table kind's constraints from the catalog (part of tenantctl_introspect):
// primary keys, unique constraints, foreign keys and checks.
#include <fmt/format.h>

#include "introspect/loaders.hpp"
#include "kinds/table/queries.hpp"
#include "pg/session.hpp"

namespace introspect::detail {
namespace {

namespace col = queries::constraint_column;

// pg_constraint.confdeltype / confupdtype.
model::ReferentialAction action(std::string_view code) {
  if (code == "r") {
    return model::ReferentialAction::restrict;
  }
  if (code == "c") {
    return model::ReferentialAction::cascade;
  }
  if (code == "n") {
    return model::ReferentialAction::set_null;
  }
  if (code == "d") {
    return model::ReferentialAction::set_default;
  }
  return model::ReferentialAction::no_action;  // "a"
}

// pg_constraint.confmatchtype.
model::MatchType match(std::string_view code) {
  if (code == "f") {
    return model::MatchType::full;
  }
  if (code == "p") {
    return model::MatchType::partial;
  }
  return model::MatchType::simple;  // "s"
}

model::Deferral deferral(const pg::Rows& rows, std::size_t row) {
  return model::Deferral{.deferrable = rows.boolean(row, col::k_deferrable),
                         .initially_deferred = rows.boolean(row, col::k_deferred)};
}

// The names of the columns of a key of the constraint's table, or of the
// table a foreign key references.
base::Result<std::vector<std::string>> key_names(const pg::Rows& rows, std::size_t row,
                                                 const ColumnNames& columns, bool referenced) {
  if (referenced && !rows.is_null(row, col::k_ref_column_names)) {
    return rows.text_array(row, col::k_ref_column_names);
  }
  auto names = columns.names(rows.text(row, referenced ? col::k_ref_oid : col::k_table_oid),
                             rows.text(row, referenced ? col::k_ref_columns : col::k_columns));
  if (!names) {
    return base::Error(fmt::format("constraint {}: a column of its key was not read",
                                   rows.text(row, col::k_name)));
  }
  return std::move(*names);
}

base::Result<void> add_constraint(const pg::Rows& rows, std::size_t row, const ColumnNames& columns,
                                  model::Table& table) {
  std::string name(rows.text(row, col::k_name));
  const auto type = rows.text(row, col::k_type);
  const bool not_valid = !rows.boolean(row, col::k_validated);
  auto comment = rows.optional_text(row, col::k_comment);
  const bool inherited = rows.boolean(row, col::k_inherited);
  std::vector<std::string> keys;
  if (type == "p" || type == "u" || type == "f") {
    auto named = key_names(rows, row, columns, false);
    if (!named) {
      return named.error();
    }
    keys = std::move(*named);
  }
  model::StorageParameters storage;
  if (!rows.is_null(row, col::k_storage)) {
    storage.list = rows.text_array(row, col::k_storage);
  }
  if (type == "p") {
    table.primary_key = model::PrimaryKey{.name = std::move(name),
                                          .columns = std::move(keys),
                                          .deferral = deferral(rows, row),
                                          .storage = std::move(storage),
                                          .comment = std::move(comment),
                                          .inherited = inherited};
  } else if (type == "u") {
    model::UniqueConstraint unique{
        .name = name,
        .columns = std::move(keys),
        .nulls_not_distinct = rows.boolean(row, col::k_nulls_not_distinct),
        .deferral = deferral(rows, row),
        .storage = std::move(storage),
        .comment = std::move(comment),
        .inherited = inherited};
    table.uniques.insert_or_assign(std::move(name), std::move(unique));
  } else if (type == "f") {
    auto referenced = key_names(rows, row, columns, true);
    if (!referenced) {
      return referenced.error();
    }
    model::ForeignKey key{.name = name,
                          .columns = std::move(keys),
                          .references = qualified(rows, row, col::k_ref_schema),
                          .referenced_columns = std::move(*referenced),
                          .on_delete = action(rows.text(row, col::k_on_delete)),
                          .on_update = action(rows.text(row, col::k_on_update)),
                          .match = match(rows.text(row, col::k_match)),
                          .deferral = deferral(rows, row),
                          .not_valid = not_valid,
                          .comment = std::move(comment),
                          .inherited = inherited};
    table.foreign_keys.insert_or_assign(std::move(name), std::move(key));
  } else if (type == "c") {
    model::CheckConstraint check{.name = name,
                                 .expression = std::string(rows.text(row, col::k_check)),
                                 .not_valid = not_valid,
                                 .no_inherit = rows.boolean(row, col::k_no_inherit),
                                 .comment = std::move(comment),
                                 .inherited = inherited};
    table.checks.insert_or_assign(std::move(name), std::move(check));
  }
  return {};
}

// Gives each partition's inherited checks (read without their expression)
// the expression of the check of that name up its parents.
void copy_inherited_checks(model::Catalog& catalog) {
  for (auto& [name, table] : catalog.tables) {
    for (auto& [check_name, check] : table.checks) {
      const model::Table* at = &table;
      for (std::size_t steps = 0;
           check.expression.empty() && at->partition_of && steps <= catalog.tables.size();
           ++steps) {
        const auto parent = catalog.tables.find(at->partition_of->parent);
        if (parent == catalog.tables.end()) {
          break;
        }
        at = &parent->second;
        if (const auto theirs = at->checks.find(check_name); theirs != at->checks.end()) {
          check.expression = theirs->second.expression;
        }
      }
    }
  }
}

}  // namespace

base::Result<void> load_constraints(const pg::Rows& rows, const ColumnNames& columns,
                                    model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const auto found = catalog.tables.find(qualified(rows, row, col::k_schema));
    if (found == catalog.tables.end()) {
      continue;  // an ignored table
    }
    if (auto added = add_constraint(rows, row, columns, found->second); !added) {
      return added.error();
    }
  }
  copy_inherited_checks(catalog);
  return {};
}

}  // namespace introspect::detail
