// The sequence kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "ddl/render_internal.hpp"

namespace ddl::detail {
void restart_if_out_of_bounds(const model::SequenceOptions& before,
                              const model::SequenceOptions& after, Statement& alter) {
  const auto old_bounds = model::resolved(before);
  const auto new_bounds = model::resolved(after);
  if (*new_bounds.min_value <= *old_bounds.min_value &&
      *new_bounds.max_value >= *old_bounds.max_value) {
    return;  // the current value, within the old bounds, is within the new ones
  }
  // Where the sequence stands is data, not schema (a plan is shared by
  // databases whose schemas are equal), so the database decides: PostgreSQL
  // refuses bounds that leave the current value out (invalid_parameter_value)
  // unless the sequence restarts too. Other invalid values fail both ways.
  std::string tag = "$tenantctl$";
  while (alter.sql.find(tag) != std::string::npos) {
    tag.insert(tag.size() - 1, "_");
  }
  alter.sql = fmt::format(
      "DO {0}\nBEGIN\n  {1};\nEXCEPTION WHEN invalid_parameter_value THEN\n"
      "  -- the current value is out of the new bounds: start again at START\n"
      "  {1} RESTART;\nEND\n{0}",
      tag, alter.sql);
  add_hazard(alter, HazardKind::may_fail_on_existing_data,
             fmt::format("when the sequence's current value is out of its new bounds, it starts "
                         "again at {}, and values it handed out before may come again",
                         *new_bounds.start));
}

void render_sequence(const diff::SequenceChange& change, const RenderContext& context,
                     std::vector<Statement>& out) {
  (void)context;
  if (!change.after) {
    const auto& sequence = *change.before;
    auto drop = statement("DROP SEQUENCE " + sql::name(sequence.name), phase::drop_types);
    drop.drops.push_back(keys::relation(sequence.name));
    drop.needs_old.push_back(keys::schema(sequence.name.schema));
    add_hazard(drop, HazardKind::data_loss, "the sequence's current value is lost");
    out.push_back(std::move(drop));
    return;
  }
  const auto& sequence = *change.after;
  const std::string name = sql::name(sequence.name);
  const auto options = model::normalized(sequence.options);
  if (!change.before) {
    const std::string clause = sql::sequence_options(options, false);
    auto create = statement("CREATE SEQUENCE " + name + (clause.empty() ? "" : " " + clause),
                            phase::sequences);
    create.creates.push_back(keys::relation(sequence.name));
    create.needs.push_back(keys::schema(sequence.name.schema));
    out.push_back(std::move(create));
  } else if (!(model::normalized(change.before->options) == options)) {
    auto alter = statement("ALTER SEQUENCE " + name + " " + sql::sequence_options(options, true),
                           phase::sequences);
    restart_if_out_of_bounds(change.before->options, options, alter);
    alter.creates.push_back(keys::relation(sequence.name));
    out.push_back(std::move(alter));
  }
  const auto old_owner = change.before ? change.before->owned_by : std::nullopt;
  if (old_owner != sequence.owned_by) {
    std::string target = "NONE";
    auto own = statement("", phase::ownership);
    if (sequence.owned_by) {
      target = sql::name(sequence.owned_by->table) + "." + sql::ident(sequence.owned_by->column);
      own.needs.push_back(keys::column(sequence.owned_by->table, sequence.owned_by->column));
    }
    if (old_owner) {
      // Let go of the old owner before it is dropped (it would take the
      // sequence with it).
      own.needs_old.push_back(keys::column(old_owner->table, old_owner->column));
      own.phase = phase::drop_dependents;
    }
    own.sql = fmt::format("ALTER SEQUENCE {} OWNED BY {}", name, target);
    own.needs.push_back(keys::relation(sequence.name));
    own.creates.push_back(keys::owner(sequence.name));
    out.push_back(std::move(own));
  }
  if (change.before ? change.before->comment != sequence.comment : sequence.comment.has_value()) {
    auto comment = statement(sql::comment("SEQUENCE " + name, sequence.comment), phase::comments);
    comment.needs.push_back(keys::relation(sequence.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
