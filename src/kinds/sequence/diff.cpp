// The sequence kind's comparison (part of tenantctl_diff).
#include "diff/kind_diff.hpp"

namespace diff {
namespace {

// A sequence owned by a column that goes away goes with it.
bool dropped_with_owner(const DiffContext& context, const model::Sequence& sequence) {
  if (!sequence.owned_by) {
    return false;
  }
  if (context.dropped_tables.contains(sequence.owned_by->table) ||
      context.recreated_tables.contains(sequence.owned_by->table)) {
    return true;
  }
  for (const auto& change : context.out) {
    if (const auto* column = std::get_if<ColumnChange>(&change)) {
      if (column->of.table == sequence.owned_by->table && column->before && !column->after &&
          column->before->name == sequence.owned_by->column) {
        return true;
      }
    }
  }
  return false;
}

// `owner` under the names its table and column have once this plan's
// renames have run: PostgreSQL's OWNED BY follows them.
model::OwnedBy renamed_owner(const DiffContext& context, model::OwnedBy owner) {
  for (const auto& [desired_name, current] : context.table_pairs) {
    if (current->name == owner.table) {
      owner.table = desired_name;
      break;
    }
  }
  for (const auto& change : context.out) {
    if (const auto* column = std::get_if<ColumnChange>(&change)) {
      if (column->of.table == owner.table && column->before && column->after && !column->recreate &&
          column->before->name == owner.column) {
        owner.column = column->after->name;
        break;
      }
    }
  }
  return owner;
}

}  // namespace

void diff_kind(model::KindTag<model::Sequence> /*kind*/, DiffContext& context) {
  for (const auto& [name, wanted] : context.desired.sequences) {
    const auto found = context.current.sequences.find(name);
    // A sequence owned by a recreated table goes with it and is made again.
    if (found == context.current.sequences.end() ||
        (found->second.owned_by &&
         context.recreated_tables.contains(found->second.owned_by->table))) {
      context.out.push_back(SequenceChange{std::nullopt, wanted});
      continue;
    }
    // An owner renamed in this plan is the same owner (no OWNED BY change).
    model::Sequence current = found->second;
    if (current.owned_by) {
      current.owned_by = renamed_owner(context, *current.owned_by);
    }
    if (!(model::normalized(current.options) == model::normalized(wanted.options)) ||
        current.owned_by != wanted.owned_by || current.comment != wanted.comment) {
      context.out.push_back(SequenceChange{std::move(current), wanted});
    }
  }
  for (const auto& [name, current] : context.current.sequences) {
    if (!context.desired.sequences.contains(name) && !dropped_with_owner(context, current)) {
      context.out.push_back(SequenceChange{current, std::nullopt});
    }
  }
}

}  // namespace diff
