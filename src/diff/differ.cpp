#include "diff/differ.hpp"

#include <cctype>

#include "diff/kind_diff.hpp"
#include "diff/plan_renames.hpp"
#include "model/kinds.hpp"

namespace diff {
namespace {

// The kinds in the order they are compared: each may look at the changes of
// those before it (kind_diff.hpp). A kind of model::ObjectKinds missing here,
// or without its diff_kind(), does not compile.
using DiffOrder =
    model::KindList<model::Schema, model::Extension, model::Collation, model::EnumType,
                    model::Domain, model::CompositeType, model::RangeType, model::Table,
                    model::Sequence, model::Routine, model::Statistics, model::View,
                    model::MaterializedView, model::Trigger, model::Policy, model::Owner,
                    model::Grant, model::DefaultPrivilege>;

template <class Visit>
void for_each_in_diff_order(Visit&& visit) {
  static_assert(model::k_is_kind_order<DiffOrder>,
                "DiffOrder must hold every kind of model::ObjectKinds once");
  [&]<class... Kinds>(model::KindList<Kinds...>) {
    (visit(model::KindTag<Kinds>{}), ...);
  }(DiffOrder{});
}

}  // namespace

const model::Table* DiffContext::current_for(const model::Table& wanted) const {
  return current_table_named(wanted.name);
}

const model::Table* DiffContext::current_table_named(
    const model::QualifiedName& desired_name) const {
  const auto found = table_pairs.find(desired_name);
  return found == table_pairs.end() ? nullptr : found->second;
}

RetypedColumns DiffContext::retyped_columns() const {
  RetypedColumns retyped;
  for (const auto& change : out) {
    const auto* column = std::get_if<ColumnChange>(&change);
    if (column == nullptr || !column->before) {
      continue;
    }
    const auto* current_table = current_table_named(column->of.table);
    if (current_table != nullptr &&
        (!column->after || column->recreate || column->before->type != column->after->type ||
         column->before->collation != column->after->collation)) {
      retyped.emplace(current_table->name, column->before->name);
    }
  }
  return retyped;
}

// Returns true when the SQL `expression` (as pg_get_expr() prints it) holds
// the identifier `name`, bare or double-quoted, outside string literals.
bool mentions_identifier(const std::string& expression, const std::string& name) {
  const auto is_word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  std::size_t at = 0;
  while (at < expression.size()) {
    const char c = expression[at];
    if (c == '\'' || c == '"') {
      std::string text;
      std::size_t end = at + 1;
      while (end < expression.size()) {
        if (expression[end] == c) {
          if (end + 1 < expression.size() && expression[end + 1] == c) {
            text += c;
            end += 2;
            continue;
          }
          break;
        }
        text += expression[end++];
      }
      if (c == '"' && text == name) {
        return true;
      }
      at = end + 1;
    } else if (is_word(c)) {
      std::size_t end = at;
      while (end < expression.size() && is_word(expression[end])) {
        ++end;
      }
      if (expression.compare(at, end - at, name) == 0 && end - at == name.size()) {
        return true;
      }
      at = end;
    } else {
      ++at;
    }
  }
  return false;
}

base::Result<std::vector<Change>> diff_catalogs(const model::Catalog& current,
                                                const model::Catalog& desired) {
  DiffContext context(current, desired);
  for_each_in_diff_order([&](auto kind) { diff_kind(kind, context); });
  return std::move(context.out);
}

}  // namespace diff
