// The extended statistics kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "base/strings.hpp"
#include "ddl/render_internal.hpp"

namespace ddl::detail {

void render_statistics(const diff::StatisticsChange& change, const RenderContext& context,
                       std::vector<Statement>& out) {
  if (change.before && (!change.after || change.recreate)) {
    const auto& statistics = *change.before;
    auto drop = statement("DROP STATISTICS " + sql::name(statistics.name), phase::drop_dependents);
    drop.needs_old.push_back(keys::relation(statistics.table));
    if (const auto* table = find_table(context.current(), statistics.table); table != nullptr) {
      append(drop.needs_old, column_keys(*table, statistics.table));
    }
    append(drop.needs_old, mentioned_routine_keys(statistics.on, context.current()));
    out.push_back(std::move(drop));
  }
  if (!change.after) {
    return;
  }
  const auto& statistics = *change.after;
  const bool fresh = !change.before || change.recreate;
  const std::string name = sql::name(statistics.name);
  if (fresh) {
    auto create = statement(
        fmt::format("CREATE STATISTICS {}{} ON {} FROM {}", name,
                    statistics.kinds.empty() ? "" : " (" + base::join(statistics.kinds, ", ") + ")",
                    statistics.on, sql::name(statistics.table)),
        phase::indexes);
    create.needs.push_back(keys::relation(statistics.table));
    create.needs.push_back(keys::schema(statistics.name.schema));
    if (const auto* table = find_table(context.desired(), statistics.table); table != nullptr) {
      append(create.needs, column_keys(*table, statistics.table));
    }
    append(create.needs, mentioned_routine_keys(statistics.on, context.desired()));
    create.creates.push_back(
        keys::join("statistics", statistics.name.schema, statistics.name.name));
    out.push_back(std::move(create));
  }
  const auto key = keys::join("statistics", statistics.name.schema, statistics.name.name);
  const auto before_target = fresh ? std::nullopt : change.before->target;
  if (statistics.target != before_target) {
    auto alter = statement(
        fmt::format("ALTER STATISTICS {} SET STATISTICS {}", name, statistics.target.value_or(-1)),
        phase::indexes);
    alter.needs.push_back(key);
    out.push_back(std::move(alter));
  }
  if (fresh ? statistics.comment.has_value() : change.before->comment != statistics.comment) {
    auto comment =
        statement(sql::comment("STATISTICS " + name, statistics.comment), phase::comments);
    comment.needs.push_back(key);
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
