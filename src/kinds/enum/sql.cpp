// The enum kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/strings.hpp"
#include "ddl/render_internal.hpp"

namespace ddl::detail {
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

// Renames the labels of enum `type_name` as `renames` ({new: old}) says,
// updating `labels` (the current ones) to match. RENAME VALUE refuses a name
// that is taken, so a label whose new name is still held by another (a swap,
// a chain) goes through a temporary name first. `creates_type` adds the
// type's key to every statement (things using the type wait for them).
// Returns the keys of the labels made.
std::vector<std::string> rename_labels(const model::QualifiedName& type_name,
                                       const std::map<std::string, std::string>& renames,
                                       bool creates_type, std::vector<std::string>& labels,
                                       std::vector<Statement>& out) {
  const std::string name = sql::name(type_name);
  std::vector<std::string> made;
  const auto rename = [&](const std::string& from, const std::string& to) {
    auto statement_out = statement(fmt::format("ALTER TYPE {} RENAME VALUE {} TO {}", name,
                                               sql::literal(from), sql::literal(to)),
                                   phase::types);
    if (creates_type) {
      statement_out.creates.push_back(keys::type(type_name));
    }
    statement_out.needs = made;
    statement_out.creates.push_back(keys::label(type_name, to));
    made.push_back(keys::label(type_name, to));
    *std::find(labels.begin(), labels.end(), from) = to;
    out.push_back(std::move(statement_out));
  };
  std::vector<std::pair<std::string, std::string>> through_temporary;  // (temporary, new)
  std::vector<std::pair<std::string, std::string>> direct;             // (old, new)
  for (const auto& [new_label, old_label] : renames) {
    if (std::find(labels.begin(), labels.end(), old_label) == labels.end()) {
      continue;  // already renamed
    }
    if (std::find(labels.begin(), labels.end(), new_label) != labels.end()) {
      through_temporary.emplace_back(
          "tenantctl_tmp_" + sql::short_hash(old_label + "\x1f" + new_label), new_label);
      rename(old_label, through_temporary.back().first);
    } else {
      direct.emplace_back(old_label, new_label);
    }
  }
  for (const auto& [old_label, new_label] : direct) {
    rename(old_label, new_label);
  }
  for (const auto& [temporary, new_label] : through_temporary) {
    rename(temporary, new_label);
  }
  return made;
}

// Recreates an enum whose labels are removed or reordered (see
// diff::EnumChange): renames, the old type out of the way, the new type, one
// conversion per table, and the old type dropped.
void render_enum_recreate(const diff::EnumChange& change, const RenderContext& context,
                          std::vector<Statement>& out) {
  const auto& type = *change.after;
  const std::string name = sql::name(type.name);
  std::vector<std::string> labels = change.before->values;
  const auto renamed = rename_labels(type.name, type.value_renames, false, labels, out);
  std::vector<std::string> removed;
  for (const auto& label : labels) {
    if (std::find(type.values.begin(), type.values.end(), label) == type.values.end()) {
      removed.push_back(sql::literal(label));
    }
  }

  const model::QualifiedName old_type{type.name.schema,
                                      "tenantctl_tmp_" + sql::short_hash(name + "\x1frecreate")};
  auto away = statement(fmt::format("ALTER TYPE {} RENAME TO {}", name, sql::ident(old_type.name)),
                        phase::types);
  away.needs = renamed;
  away.drops.push_back(keys::type(type.name));
  away.creates.push_back(keys::type(old_type));
  out.push_back(std::move(away));

  auto create = statement(fmt::format("CREATE TYPE {} AS ENUM ({})", name, label_list(type.values)),
                          phase::types);
  create.creates.push_back(keys::type(type.name));
  for (const auto& label : type.values) {
    create.creates.push_back(keys::label(type.name, label));
  }
  create.needs.push_back(keys::schema(type.name.schema));
  create.needs.push_back(keys::type(old_type));
  out.push_back(std::move(create));

  // The old type goes last; keys of the columns converted order it after them
  // (not drops: a drop runs before a creator of its key, here the rename).
  auto drop = statement("DROP TYPE " + sql::name(old_type), phase::columns);
  drop.needs.push_back(keys::type(old_type));
  convert_type_columns(
      change.columns, type.name,
      [](const std::string& column, const std::string& to) { return column + "::text::" + to; },
      removed.empty() ? std::nullopt
                      : std::optional(fmt::format("fails if a row holds a removed label ({})",
                                                  base::join(removed, ", "))),
      context, drop, out);
  if (!removed.empty()) {
    add_hazard(drop, HazardKind::data_loss,
               fmt::format("labels {} are removed from {}", base::join(removed, ", "), name));
  }
  out.push_back(std::move(drop));
  if (type.comment) {
    auto comment = statement(sql::comment("TYPE " + name, type.comment), phase::comments);
    comment.needs.push_back(keys::type(type.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace

void convert_type_columns(const std::vector<diff::TypeColumnUse>& columns,
                          const model::QualifiedName& type_name, const ColumnConversion& conversion,
                          const std::optional<std::string>& may_fail, const RenderContext& context,
                          Statement& drop_old, std::vector<Statement>& out) {
  const std::string name = sql::name(type_name);
  const std::string type_key = keys::type(type_name);
  drop_old.creates.push_back(keys::join("type replaced", type_name.schema, type_name.name));
  for (const auto& [domain_name, domain] : context.desired().domains) {
    const auto used = context.type_keys(domain.type);
    if (std::find(used.begin(), used.end(), type_key) != used.end()) {
      // A domain over the type, recreated too: its old one goes first.
      drop_old.needs.push_back(keys::join("type replaced", domain_name.schema, domain_name.name));
    }
  }
  for (const auto& [routine_name, routine] : context.desired().routines) {
    const auto used = routine_type_keys(routine, context);
    if (std::find(used.begin(), used.end(), type_key) != used.end()) {
      drop_old.needs.push_back(keys::routine(routine_name));
    }
  }
  for (const auto& [composite_name, composite] : context.desired().composite_types) {
    for (const auto& attribute : composite.attributes) {
      const auto used = context.type_keys(attribute.type);
      if (std::find(used.begin(), used.end(), type_key) != used.end()) {
        drop_old.needs.push_back(keys::type(composite_name));
      }
    }
  }
  // One ALTER TABLE per table: its columns are rewritten together. The
  // default is dropped before the type changes and set after (the old one
  // names the old type), which PostgreSQL does in that order within one
  // statement.
  std::map<model::QualifiedName, std::vector<const diff::TypeColumnUse*>> by_table;
  for (const auto& use : columns) {
    by_table[use.table].push_back(&use);
  }
  for (const auto& [table, uses] : by_table) {
    std::vector<std::string> actions;
    auto convert = statement("", phase::columns);
    for (const auto* use : uses) {
      const std::string column = sql::ident(use->after.name);
      if (use->before.default_expr) {
        actions.push_back(fmt::format("ALTER COLUMN {} DROP DEFAULT", column));
      }
      actions.push_back(fmt::format("ALTER COLUMN {} TYPE {} USING {}", column, use->after.type,
                                    conversion(column, use->after.type)));
      if (use->after.default_expr) {
        actions.push_back(
            fmt::format("ALTER COLUMN {} SET DEFAULT {}", column, *use->after.default_expr));
      }
      convert.drops.push_back(keys::column(use->current_table, use->before.name));
      convert.needs.push_back(keys::column(table, use->after.name));
      convert.creates.push_back(keys::column(table, use->after.name));
      drop_old.needs.push_back(keys::column(table, use->after.name));
    }
    convert.sql = fmt::format("ALTER TABLE {} {}", sql::name(table), base::join(actions, ", "));
    convert.needs.push_back(keys::relation(table));
    convert.needs.push_back(keys::type(type_name));
    add_hazard(
        convert, HazardKind::table_rewrite,
        fmt::format("converting to the recreated {} rewrites the table and its indexes", name));
    add_hazard(convert, HazardKind::access_exclusive_lock,
               "the table is locked against reads and writes during the rewrite");
    if (may_fail) {
      add_hazard(convert, HazardKind::may_fail_on_existing_data, *may_fail);
    }
    out.push_back(std::move(convert));
  }
}

void render_enum(const diff::EnumChange& change, const RenderContext& context,
                 std::vector<Statement>& out) {
  if (change.before && change.after && change.recreate) {
    render_enum_recreate(change, context, out);
    return;
  }
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
    rename_labels(type.name, type.value_renames, true, labels, out);
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

}  // namespace ddl::detail
