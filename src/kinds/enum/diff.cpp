// The enum kind's comparison (part of tenantctl_diff).
#include <algorithm>

#include "diff/kind_diff.hpp"

namespace diff {
namespace {

using model::QualifiedName;

// The current column a desired column of a kept table is, as the member
// differ paired them (a column change names it), or nullptr for a new one.
const model::Column* paired_column(const DiffContext& context, const model::Table& current,
                                   const model::Table& wanted, const std::string& column_name) {
  for (const auto& change : context.out) {
    if (const auto* column = std::get_if<ColumnChange>(&change)) {
      if (column->of.table == wanted.name && column->after && column->after->name == column_name) {
        return column->before ? &*column->before : nullptr;
      }
    }
  }
  return current.find_column(column_name);
}

// Returns the columns of kept tables that hold the type `type` now and
// should hold it still (the others change type, or go, through their own
// changes), and marks their tables' views to be rebuilt: PostgreSQL changes
// no column type under a view.
std::vector<TypeColumnUse> columns_holding(DiffContext& context, const QualifiedName& type) {
  std::vector<TypeColumnUse> uses;
  for (const auto& [name, wanted] : context.desired.tables) {
    const model::Table* current = context.current_for(wanted);
    if (current == nullptr) {
      continue;
    }
    for (const auto& column : wanted.columns) {
      const model::Column* before = paired_column(context, *current, wanted, column.name);
      if (before != nullptr && names_type(before->type, type) && names_type(column.type, type)) {
        uses.push_back(TypeColumnUse{current->name, wanted.name, *before, column});
        context.view_breaking_columns[current->name].insert(before->name);
      }
    }
  }
  return uses;
}

}  // namespace

void diff_kind(model::KindTag<model::EnumType> /*kind*/, DiffContext& context) {
  for (const auto& [name, desired_type] : context.desired.enums) {
    const model::EnumType& wanted = desired_type;  // a lambda below captures it
    const auto found = context.current.enums.find(name);
    if (found == context.current.enums.end()) {
      context.out.push_back(EnumChange{std::nullopt, wanted});
      continue;
    }
    // The current labels fit the desired ones in place when each is kept,
    // in the same relative order (PostgreSQL can only add labels).
    const auto fits = [&](const std::vector<std::string>& labels) {
      std::size_t next = 0;
      for (const auto& label : labels) {
        const auto at = std::find(wanted.values.begin(), wanted.values.end(), label);
        const auto index = static_cast<std::size_t>(at - wanted.values.begin());
        if (at == wanted.values.end() || index < next) {
          return false;
        }
        next = index;
      }
      return true;
    };
    // Renames have run when the labels fit without them (a swap leaves
    // every old label in place, so their absence cannot tell); then they
    // are not run again.
    auto target = wanted;
    if (fits(found->second.values)) {
      target.value_renames.clear();
    }
    // Labels as they will be once the renames have run (all at once).
    std::vector<std::string> renamed = found->second.values;
    for (auto& label : renamed) {
      for (const auto& [new_label, old_label] : target.value_renames) {
        if (label == old_label) {
          label = new_label;
          break;
        }
      }
    }
    // When an existing label goes or moves, the type is recreated
    // (add_type_uses() finds the columns to convert).
    const bool in_place = fits(renamed);
    if (!in_place) {
      context.out.push_back(EnumChange{found->second, target, true, {}});
      context.recreated_types.insert(name);
      continue;
    }
    if (renamed != found->second.values || wanted.values != renamed ||
        wanted.comment != found->second.comment) {
      context.out.push_back(EnumChange{found->second, target});
    }
  }
  for (const auto& [name, current] : context.current.enums) {
    if (!context.desired.enums.contains(name)) {
      context.out.push_back(EnumChange{current, std::nullopt});
    }
  }
}

// Returns true when `column_type`, as format_type() prints it under
// search_path = public, is the type `type` or an array of it. Each part may
// be quoted or not (that depends on PostgreSQL's keyword list); no other
// type can be spelled either way.
bool names_type(std::string column_type, const QualifiedName& type) {
  while (column_type.ends_with("[]")) {
    column_type.resize(column_type.size() - 2);
  }
  const auto quoted = [](const std::string& part) {
    std::string out = "\"";
    for (const char c : part) {
      out += c;
      if (c == '"') {
        out += '"';
      }
    }
    return out + "\"";
  };
  std::vector<std::string> prefixes{type.schema + ".", quoted(type.schema) + "."};
  if (type.schema == "public") {
    prefixes.emplace_back();
  }
  for (const auto& prefix : prefixes) {
    for (const auto& name : {type.name, quoted(type.name)}) {
      if (column_type == prefix + name) {
        return true;
      }
    }
  }
  return false;
}

// Lists, for every recreated enum, domain, composite or range type (and its
// multirange), the columns that hold it now and
// should hold it still (columns_holding()).
void add_type_uses(DiffContext& context) {
  for (auto& each : context.out) {
    std::visit(
        [&](auto& change) {
          using T = std::decay_t<decltype(change)>;
          if constexpr (std::is_same_v<T, EnumChange> || std::is_same_v<T, DomainChange> ||
                        std::is_same_v<T, CompositeTypeChange> ||
                        std::is_same_v<T, RangeTypeChange>) {
            if (change.recreate && change.before && change.after) {
              change.columns = columns_holding(context, change.after->name);
            }
          }
          if constexpr (std::is_same_v<T, RangeTypeChange>) {
            if (change.recreate && change.before && change.after) {
              const auto& name = change.after->name;
              const auto multirange = change.after->multirange.empty()
                                          ? model::default_multirange_name(name.name)
                                          : change.after->multirange;
              for (auto& use : columns_holding(context, {name.schema, multirange})) {
                change.columns.push_back(std::move(use));
              }
            }
          }
        },
        each);
  }
}

}  // namespace diff
