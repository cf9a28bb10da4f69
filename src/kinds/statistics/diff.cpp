// The extended statistics kind's comparison (part of tenantctl_diff): a
// change of the table, the columns or the kinds is a drop and create; the
// target and the comment change in place.
#include <algorithm>

#include "diff/kind_diff.hpp"
#include "diff/sql_renames.hpp"

namespace diff {

void diff_kind(model::KindTag<model::Statistics> /*kind*/, DiffContext& context) {
  for (const auto& [name, wanted] : context.desired.statistics) {
    const auto found = context.current.statistics.find(name);
    if (found == context.current.statistics.end()) {
      context.out.push_back(StatisticsChange{std::nullopt, wanted});
      continue;
    }
    const auto& current = found->second;
    // The current table under its desired name (a table the plan renames).
    const auto renamed = context.renames.tables.find(current.table);
    const auto table = renamed == context.renames.tables.end() ? current.table : renamed->second;
    // The columns and the functions called as PostgreSQL will print them
    // after this plan's renames.
    auto on = rename_in_expression(current.on, context.renames.columns_of(current.table));
    if (on) {
      on = calls_after_renames(context, *on);
    }
    // A column it covers retyped or dropped: PostgreSQL rebuilds or drops the
    // statistics with it, so they are dropped before and made again after.
    const auto broken = context.view_breaking_columns.find(current.table);
    const bool breaks =
        broken != context.view_breaking_columns.end() &&
        std::any_of(broken->second.begin(), broken->second.end(), [&](const std::string& column) {
          return mentions_identifier(current.on, column);
        });
    // A function an expression calls is dropped and created again.
    const bool calls_replaced =
        std::any_of(context.replaced_routines.begin(), context.replaced_routines.end(),
                    [&](const model::QualifiedName& routine) {
                      const auto known = context.current.routines.find(routine);
                      return known != context.current.routines.end() &&
                             mentions_identifier(current.on, known->second.bare_name);
                    });
    const bool recreate = table != wanted.table || on != wanted.on || calls_replaced ||
                          current.kinds != wanted.kinds ||
                          context.recreated_tables.contains(current.table) || breaks;
    if (recreate || current.target != wanted.target || current.comment != wanted.comment) {
      context.out.push_back(StatisticsChange{current, wanted, recreate});
    }
  }
  for (const auto& [name, current] : context.current.statistics) {
    if (!context.desired.statistics.contains(name)) {
      context.out.push_back(StatisticsChange{current, std::nullopt});
    }
  }
}

}  // namespace diff
