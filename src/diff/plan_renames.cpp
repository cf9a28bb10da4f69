#include "diff/plan_renames.hpp"

namespace diff {
namespace {

// Renames every column of `columns`; false when one of them is dropped.
bool rename_list(std::vector<std::string>& columns, const ColumnRenames& renames) {
  for (auto& column : columns) {
    auto renamed = renamed_column(column, renames);
    if (!renamed) {
      return false;
    }
    column = std::move(*renamed);
  }
  return true;
}

}  // namespace

const ColumnRenames& PlanRenames::columns_of(const model::QualifiedName& current) const {
  static const ColumnRenames k_none;
  const auto found = columns.find(current);
  return found == columns.end() ? k_none : found->second;
}

bool PlanRenames::touches(const model::ForeignKey& key, const ColumnRenames& own) const {
  const auto table = tables.find(key.references);
  return !own.none() || (table != tables.end() &&
                         (table->first != table->second || !columns_of(key.references).none()));
}

namespace {

// Renames the columns a partial index's or constraint's predicate names;
// false when that cannot be predicted.
bool rename_predicate(std::optional<std::string>& where, const ColumnRenames& own) {
  if (!where) {
    return true;
  }
  auto renamed = rename_in_expression(*where, own);
  if (!renamed) {
    return false;
  }
  where = std::move(*renamed);
  return true;
}

}  // namespace

std::optional<model::Index> after_renames(const model::Index& index, const ColumnRenames& own) {
  model::Index out = index;
  for (auto& key : out.keys) {
    auto renamed = rename_in_expression(key, own);
    if (!renamed) {
      return std::nullopt;
    }
    key = std::move(*renamed);
  }
  if (!rename_list(out.include, own)) {
    return std::nullopt;
  }
  if (!rename_predicate(out.where, own)) {
    return std::nullopt;
  }
  return out;
}

std::optional<model::ExclusionConstraint> after_renames(const model::ExclusionConstraint& exclusion,
                                                        const ColumnRenames& own) {
  model::ExclusionConstraint out = exclusion;
  for (auto& element : out.elements) {
    // "<key> WITH <operator>": only the key names columns.
    const auto with = element.rfind(" WITH ");
    auto renamed = rename_in_expression(element.substr(0, with), own);
    if (with == std::string::npos || !renamed) {
      return std::nullopt;
    }
    element = *renamed + element.substr(with);
  }
  if (!rename_list(out.include, own)) {
    return std::nullopt;
  }
  if (!rename_predicate(out.where, own)) {
    return std::nullopt;
  }
  return out;
}

std::optional<model::PrimaryKey> after_renames(const model::PrimaryKey& key,
                                               const ColumnRenames& own) {
  model::PrimaryKey out = key;
  return rename_list(out.columns, own) ? std::optional(std::move(out)) : std::nullopt;
}

std::optional<model::UniqueConstraint> after_renames(const model::UniqueConstraint& key,
                                                     const ColumnRenames& own) {
  model::UniqueConstraint out = key;
  return rename_list(out.columns, own) ? std::optional(std::move(out)) : std::nullopt;
}

std::optional<model::CheckConstraint> after_renames(const model::CheckConstraint& check,
                                                    const ColumnRenames& own) {
  auto expression = rename_in_expression(check.expression, own);
  if (!expression) {
    return std::nullopt;
  }
  model::CheckConstraint out = check;
  out.expression = std::move(*expression);
  return out;
}

std::optional<model::ForeignKey> after_renames(const model::ForeignKey& key,
                                               const ColumnRenames& own, const PlanRenames& plan) {
  model::ForeignKey out = key;
  if (!rename_list(out.columns, own)) {
    return std::nullopt;
  }
  // PostgreSQL keeps the key through renames of the table it references and
  // of that table's columns (it holds the table's oid and column numbers).
  if (const auto table = plan.tables.find(key.references); table != plan.tables.end()) {
    out.references = table->second;
    if (!rename_list(out.referenced_columns, plan.columns_of(key.references))) {
      return std::nullopt;
    }
  }
  return out;
}

}  // namespace diff
