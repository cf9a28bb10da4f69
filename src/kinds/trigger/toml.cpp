// The trigger kind in TOML (part of tenantctl_manifest):
//
//   [trigger.<schema>.<table>.<name>]
//   definition = "CREATE TRIGGER <name> BEFORE UPDATE ON <schema>.<table> ..."
//   firing = "disabled" | "replica" | "always"   (optional; absent: as CREATE
//                                                 TRIGGER makes it, "origin")
//   comment = "..."                              (optional)
//   renamed_from = "old_name"                    (optional: on the same table)
//
// or, on a partition, the copy of its partitioned table's trigger that fires
// otherwise:
//
//   [trigger.<schema>.<partition>.<name>]
//   clone = true
//   firing = "disabled" | "replica" | "always" | "origin"
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

const char* firing_name(model::TriggerFiring firing) {
  switch (firing) {
    case model::TriggerFiring::disabled:
      return "disabled";
    case model::TriggerFiring::replica:
      return "replica";
    case model::TriggerFiring::always:
      return "always";
    case model::TriggerFiring::origin:
      break;
  }
  return "origin";
}

model::TriggerFiring parse_firing(const std::string& text) {
  for (const auto firing : {model::TriggerFiring::disabled, model::TriggerFiring::replica,
                            model::TriggerFiring::always}) {
    if (text == firing_name(firing)) {
      return firing;
    }
  }
  return model::TriggerFiring::origin;
}

void read_trigger(FileContext& file, const model::MemberName& name, const toml::table& node) {
  const std::string what =
      fmt::format("trigger {} on {}", toml_key(name.name), model::display_name(name.table));
  Fields fields(file, node, what);
  model::Trigger trigger;
  trigger.name = name;
  trigger.clone = fields.boolean("clone").value_or(false);
  if (trigger.clone) {
    if (fields.string("definition")) {
      fields.problem(fields.position_of("definition"),
                     "definition: a clone (clone = true) is the partitioned table's trigger; "
                     "remove `definition` (only `firing` is declared on a partition)");
    }
  } else {
    trigger.definition = fields.required_string("definition").value_or("");
  }
  if (auto firing = fields.choice("firing", {"origin", "disabled", "replica", "always"})) {
    trigger.firing = parse_firing(*firing);
  }
  trigger.comment = fields.string("comment");
  trigger.renamed_from = fields.string("renamed_from");
  trigger.source = {file.where(file.position(node))};
  if (trigger.renamed_from) {
    check_identifier(file, fields.position_of("renamed_from"), "renamed_from",
                     *trigger.renamed_from);
  }
  fields.finish();
  add_object(file, file.catalog().triggers, name, std::move(trigger), what, fields.position());
}

// The triggers of one table: [trigger.<schema>.<table>.<name>].
void read_table_triggers(FileContext& file, const model::QualifiedName& table,
                         const toml::table& members) {
  read_table_members(file, table, members, "trigger", read_trigger);
}

}  // namespace

void read_kind(model::KindTag<model::Trigger> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("trigger"), "trigger", read_table_triggers);
}

void write_kind(model::KindTag<model::Trigger> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, trigger] : catalog.triggers) {
    WriteFields fields;
    if (trigger.clone) {
      fields.raw("clone", "true");
    } else {
      fields.raw("definition", toml_text(trigger.definition));
    }
    if (trigger.firing != model::TriggerFiring::origin || trigger.clone) {
      fields.text("firing", firing_name(trigger.firing));
    }
    long_text(fields, "comment", trigger.comment);
    fields.optional_text("renamed_from", trigger.renamed_from);
    section(out, fmt::format("[{}.{}]", path("trigger", name.table), toml_key(name.name)), fields);
  }
}

}  // namespace manifest::detail
