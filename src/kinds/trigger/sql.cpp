// The trigger kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "ddl/keys.hpp"
#include "ddl/render_internal.hpp"
#include "ddl/sql_text.hpp"
#include "pg/quote.hpp"

namespace ddl::detail {
namespace {

// "<name> ON <schema>.<table>": how DROP, ALTER and COMMENT name a trigger.
std::string target(const model::Trigger& trigger) {
  return pg::quote_ident(trigger.name.name) + " ON " + sql::name(trigger.name.table);
}

// ALTER TABLE ... ENABLE/DISABLE TRIGGER for `firing`.
std::string firing_sql(const model::Trigger& trigger) {
  const char* how = "ENABLE";
  switch (trigger.firing) {
    case model::TriggerFiring::disabled:
      how = "DISABLE";
      break;
    case model::TriggerFiring::replica:
      how = "ENABLE REPLICA";
      break;
    case model::TriggerFiring::always:
      how = "ENABLE ALWAYS";
      break;
    case model::TriggerFiring::origin:
      break;
  }
  return fmt::format("ALTER TABLE {} {} TRIGGER {}", sql::name(trigger.name.table), how,
                     pg::quote_ident(trigger.name.name));
}

// The key of a trigger's firing, which its partitions' copies follow.
std::string firing_key(const model::MemberName& trigger) {
  return keys::join("trigger firing", trigger.table.schema, trigger.table.name, trigger.name);
}

// A partition's copy of its parent's trigger set to fire otherwise, after
// the parent's trigger is made or set (which sets every copy).
void set_clone_firing(const diff::TriggerChange& change, const RenderContext& context,
                      std::vector<Statement>& out) {
  const auto& clone = *change.after;
  auto firing = statement(firing_sql(clone), phase::comments);
  firing.needs.push_back(keys::relation(clone.name.table));
  if (const auto* partition = find_table(context.desired(), clone.name.table);
      partition != nullptr && partition->partition_of) {
    const model::MemberName parent{partition->partition_of->parent, clone.name.name};
    firing.needs.push_back(keys::trigger(parent));
    firing.needs.push_back(firing_key(parent));
  }
  add_hazard(
      firing, HazardKind::behavior_change,
      fmt::format("changes when trigger {} fires on partition {}",
                  model::display_part(clone.name.name), model::display_name(clone.name.table)));
  out.push_back(std::move(firing));
}

void add_drop(const diff::TriggerChange& change, std::vector<Statement>& out) {
  const auto& trigger = *change.before;
  auto drop = statement("DROP TRIGGER " + target(trigger), phase::drop_dependents);
  drop.drops.push_back(keys::trigger(trigger.name));
  drop.needs_old.push_back(keys::relation(trigger.name.table));
  if (!change.rebuild) {
    add_hazard(drop, HazardKind::behavior_change,
               change.after
                   ? fmt::format("drops and creates trigger {} on {} with a new definition",
                                 model::display_part(trigger.name.name),
                                 model::display_name(trigger.name.table))
                   : fmt::format("drops trigger {} on {}: what it did on each change stops",
                                 model::display_part(trigger.name.name),
                                 model::display_name(trigger.name.table)));
  }
  out.push_back(std::move(drop));
}

void add_create(const model::Trigger& trigger, std::vector<Statement>& out) {
  auto create = statement(trigger.definition, phase::comments);
  create.creates.push_back(keys::trigger(trigger.name));
  create.needs.push_back(keys::relation(trigger.name.table));
  create.needs.push_back(keys::routine(trigger.function));
  for (const auto& column : trigger.columns) {
    create.needs.push_back(keys::column(trigger.name.table, column));
  }
  out.push_back(std::move(create));
}

}  // namespace

void render_trigger(const diff::TriggerChange& change, const RenderContext& context,
                    std::vector<Statement>& out) {
  if (change.after && change.after->clone) {
    set_clone_firing(change, context, out);
    return;
  }
  if (change.before && (!change.after || change.recreate)) {
    add_drop(change, out);
  }
  if (!change.after) {
    return;
  }
  const auto& trigger = *change.after;
  const bool created = !change.before || change.recreate;
  if (created) {
    add_create(trigger, out);
    out.back().creates.push_back(firing_key(trigger.name));
  } else if (change.before->name.name != trigger.name.name) {
    auto rename =
        statement(fmt::format("ALTER TRIGGER {} ON {} RENAME TO {}",
                              pg::quote_ident(change.before->name.name),
                              sql::name(trigger.name.table), pg::quote_ident(trigger.name.name)),
                  phase::renames);
    rename.needs.push_back(keys::relation(trigger.name.table));
    rename.drops.push_back(keys::trigger(change.before->name));
    rename.creates.push_back(keys::trigger(trigger.name));
    out.push_back(std::move(rename));
  }
  const bool firing_changes = created ? trigger.firing != model::TriggerFiring::origin
                                      : change.before->firing != trigger.firing;
  if (firing_changes) {
    auto firing = statement(firing_sql(trigger), phase::comments);
    firing.needs.push_back(keys::trigger(trigger.name));
    firing.creates.push_back(firing_key(trigger.name));
    if (!created) {
      add_hazard(
          firing, HazardKind::behavior_change,
          fmt::format("changes when trigger {} on {} fires", model::display_part(trigger.name.name),
                      model::display_name(trigger.name.table)));
    }
    out.push_back(std::move(firing));
  }
  const bool comment_changes =
      created ? trigger.comment.has_value() : change.before->comment != trigger.comment;
  if (comment_changes) {
    auto comment =
        statement(sql::comment("TRIGGER " + target(trigger), trigger.comment), phase::comments);
    comment.needs.push_back(keys::trigger(trigger.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
