// Schemas, extensions, enums and sequences.

#include <fmt/format.h>

#include <algorithm>

#include "ddl/render_internal.hpp"

namespace ddl::detail {

void render_schema(const diff::SchemaChange& change, std::vector<Statement>& out) {
  if (!change.after) {
    const auto& schema = *change.before;
    auto drop = statement("DROP SCHEMA " + sql::ident(schema.name), phase::drop_schemas);
    drop.drops.push_back(keys::schema(schema.name));
    add_hazard(drop, HazardKind::may_fail_on_existing_data,
               "fails if the schema still holds objects tenantctl does not manage");
    out.push_back(std::move(drop));
    return;
  }
  const auto& schema = *change.after;
  if (!change.before) {
    auto create = statement("CREATE SCHEMA " + sql::ident(schema.name), phase::create_schemas);
    create.creates.push_back(keys::schema(schema.name));
    out.push_back(std::move(create));
  }
  if (change.before ? change.before->comment != schema.comment : schema.comment.has_value()) {
    auto comment = statement(sql::comment("SCHEMA " + sql::ident(schema.name), schema.comment),
                             phase::comments);
    comment.needs.push_back(keys::schema(schema.name));
    out.push_back(std::move(comment));
  }
}

void render_extension(const diff::ExtensionChange& change, std::vector<Statement>& out) {
  if (!change.after) {
    const auto& extension = *change.before;
    auto drop = statement("DROP EXTENSION " + sql::ident(extension.name), phase::drop_extensions);
    drop.drops.push_back(keys::extension(extension.name));
    drop.needs_old.push_back(keys::schema(extension.schema));
    add_hazard(drop, HazardKind::data_loss, "drops the extension's types, functions and data");
    add_hazard(drop, HazardKind::may_fail_on_existing_data,
               "fails while objects outside the extension use it");
    out.push_back(std::move(drop));
    return;
  }
  const auto& extension = *change.after;
  const std::string name = sql::ident(extension.name);
  if (!change.before) {
    std::string text = fmt::format("CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {}", name,
                                   sql::ident(extension.schema));
    if (!extension.version.empty()) {
      text += " VERSION " + sql::literal(extension.version);
    }
    auto create = statement(std::move(text), phase::create_extensions);
    create.creates.push_back(keys::extension(extension.name));
    create.needs.push_back(keys::schema(extension.schema));
    out.push_back(std::move(create));
  } else {
    if (change.before->schema != extension.schema) {
      auto move = statement(
          fmt::format("ALTER EXTENSION {} SET SCHEMA {}", name, sql::ident(extension.schema)),
          phase::create_extensions);
      move.needs.push_back(keys::schema(extension.schema));
      move.creates.push_back(keys::extension(extension.name));
      out.push_back(std::move(move));
    }
    if (!extension.version.empty() && change.before->version != extension.version) {
      auto update = statement(
          fmt::format("ALTER EXTENSION {} UPDATE TO {}", name, sql::literal(extension.version)),
          phase::create_extensions);
      update.creates.push_back(keys::extension(extension.name));
      out.push_back(std::move(update));
    }
  }
  if (change.before ? change.before->comment != extension.comment : extension.comment.has_value()) {
    auto comment = statement(sql::comment("EXTENSION " + name, extension.comment), phase::comments);
    comment.needs.push_back(keys::extension(extension.name));
    out.push_back(std::move(comment));
  }
}

namespace {

std::string label_list(const std::vector<std::string>& labels) {
  std::string out;
  for (const auto& label : labels) {
    if (!out.empty()) {
      out += ", ";
    }
    out += sql::literal(label);
  }
  return out;
}

}  // namespace

void render_enum(const diff::EnumChange& change, std::vector<Statement>& out) {
  if (!change.after) {
    const auto& type = *change.before;
    auto drop = statement("DROP TYPE " + sql::name(type.name), phase::drop_types);
    drop.drops.push_back(keys::type(type.name));
    drop.needs_old.push_back(keys::schema(type.name.schema));
    out.push_back(std::move(drop));
    return;
  }
  const auto& type = *change.after;
  const std::string name = sql::name(type.name);
  if (!change.before) {
    auto create = statement(
        fmt::format("CREATE TYPE {} AS ENUM ({})", name, label_list(type.values)), phase::types);
    create.creates.push_back(keys::type(type.name));
    create.needs.push_back(keys::schema(type.name.schema));
    out.push_back(std::move(create));
  } else {
    std::vector<std::string> labels = change.before->values;
    for (const auto& [new_label, old_label] : type.value_renames) {
      auto at = std::find(labels.begin(), labels.end(), old_label);
      if (at == labels.end()) {
        continue;  // already renamed
      }
      *at = new_label;
      auto rename = statement(fmt::format("ALTER TYPE {} RENAME VALUE {} TO {}", name,
                                          sql::literal(old_label), sql::literal(new_label)),
                              phase::types);
      rename.creates.push_back(keys::type(type.name));
      rename.creates.push_back(keys::label(type.name, new_label));
      out.push_back(std::move(rename));
    }
    // Add the missing labels in desired order, each placed next to a label
    // that exists by then, so the result has exactly the desired order.
    for (std::size_t i = 0; i < type.values.size(); ++i) {
      const auto& label = type.values[i];
      if (std::find(labels.begin(), labels.end(), label) != labels.end()) {
        continue;
      }
      std::string placement;
      std::string anchor;
      if (i + 1 < type.values.size() &&
          std::find(labels.begin(), labels.end(), type.values[i + 1]) != labels.end()) {
        anchor = type.values[i + 1];
        placement = " BEFORE " + sql::literal(anchor);
        labels.insert(std::find(labels.begin(), labels.end(), anchor), label);
      } else if (i > 0) {
        anchor = type.values[i - 1];
        placement = " AFTER " + sql::literal(anchor);
        labels.insert(std::find(labels.begin(), labels.end(), anchor) + 1, label);
      } else {
        labels.push_back(label);
      }
      // ADD VALUE commits on its own: a new label cannot be used in the
      // transaction that adds it.
      auto add = statement(fmt::format("ALTER TYPE {} ADD VALUE IF NOT EXISTS {}{}", name,
                                       sql::literal(label), placement),
                           phase::types);
      add.transactional = false;
      add.creates.push_back(keys::type(type.name));
      add.creates.push_back(keys::label(type.name, label));
      if (!anchor.empty()) {
        add.needs.push_back(keys::label(type.name, anchor));
      }
      out.push_back(std::move(add));
    }
  }
  if (change.before ? change.before->comment != type.comment : type.comment.has_value()) {
    auto comment = statement(sql::comment("TYPE " + name, type.comment), phase::comments);
    comment.needs.push_back(keys::type(type.name));
    out.push_back(std::move(comment));
  }
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
