// The composite type kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include <algorithm>

#include "base/strings.hpp"
#include "ddl/render_internal.hpp"

namespace ddl::detail {
namespace {

std::string attribute_sql(const model::CompositeAttribute& attribute) {
  std::string out = sql::ident(attribute.name) + " " + attribute.type;
  if (attribute.collation) {
    out += " COLLATE " + sql::collation(*attribute.collation);
  }
  return out;
}

const model::CompositeAttribute* find_attribute(const model::CompositeType& type,
                                                const std::string& name) {
  const auto found =
      std::find_if(type.attributes.begin(), type.attributes.end(),
                   [&](const model::CompositeAttribute& each) { return each.name == name; });
  return found == type.attributes.end() ? nullptr : &*found;
}

std::vector<std::string> attribute_type_keys(const model::CompositeType& type,
                                             const RenderContext& context) {
  std::vector<std::string> out;
  for (const auto& attribute : type.attributes) {
    append(out, context.type_keys(attribute.type));
  }
  return out;
}

// Adds data_loss to `statement` when `change` drops an attribute of a type
// that a table column holds.
void add_attribute_loss(const diff::CompositeTypeChange& change, Statement& statement) {
  std::vector<std::string> dropped;
  for (const auto& attribute : change.before->attributes) {
    if (find_attribute(*change.after, attribute.name) == nullptr) {
      dropped.push_back(attribute.name);
    }
  }
  if (change.held && !dropped.empty()) {
    add_hazard(statement, HazardKind::data_loss,
               fmt::format("the values of attribute {} in the columns holding {} are lost",
                           base::join(dropped, ", "), sql::name(change.after->name)));
  }
}

void drop_type(const model::CompositeType& type, std::vector<Statement>& out) {
  auto drop = statement("DROP TYPE " + sql::name(type.name), phase::drop_types);
  drop.drops.push_back(keys::type(type.name));
  drop.needs_old.push_back(keys::schema(type.name.schema));
  out.push_back(std::move(drop));
}

void create_type(const model::CompositeType& type, const RenderContext& context,
                 std::vector<Statement>& out) {
  std::vector<std::string> attributes;
  for (const auto& attribute : type.attributes) {
    attributes.push_back(attribute_sql(attribute));
  }
  auto create = statement(
      fmt::format("CREATE TYPE {} AS ({})", sql::name(type.name), base::join(attributes, ", ")),
      phase::types);
  create.creates.push_back(keys::type(type.name));
  create.needs = attribute_type_keys(type, context);
  create.needs.push_back(keys::schema(type.name.schema));
  out.push_back(std::move(create));
}

// ALTER TYPE with every attribute change, in one statement.
void alter_type(const diff::CompositeTypeChange& change, const RenderContext& context,
                std::vector<Statement>& out) {
  const auto& before = *change.before;
  const auto& after = *change.after;
  const auto& retype = change.retype;
  std::vector<std::string> actions;
  for (const auto& attribute : before.attributes) {
    if (find_attribute(after, attribute.name) == nullptr) {
      actions.push_back("DROP ATTRIBUTE " + sql::ident(attribute.name));
    }
  }
  for (const auto& attribute : after.attributes) {
    const auto* found = find_attribute(before, attribute.name);
    if (found == nullptr) {
      actions.push_back("ADD ATTRIBUTE " + attribute_sql(attribute));
    } else if (found->type != attribute.type || found->collation != attribute.collation ||
               retype.contains(attribute.name)) {
      actions.push_back(fmt::format(
          "ALTER ATTRIBUTE {} TYPE {}{}", sql::ident(attribute.name), attribute.type,
          attribute.collation ? " COLLATE " + sql::collation(*attribute.collation) : ""));
    }
  }
  if (actions.empty()) {
    return;
  }
  auto alter =
      statement(fmt::format("ALTER TYPE {} {}", sql::name(after.name), base::join(actions, ", ")),
                phase::types);
  alter.needs = attribute_type_keys(after, context);
  alter.needs.push_back(keys::type(after.name));
  if (!retype.empty()) {
    alter.creates.push_back(keys::type(after.name));  // what the recreated type's drop waits for
  }
  if (std::any_of(actions.begin(), actions.end(), [](const std::string& action) {
        return action.starts_with("ALTER ATTRIBUTE");
      })) {
    add_hazard(alter, HazardKind::may_fail_on_existing_data,
               "fails if a table column holds the type: PostgreSQL changes no attribute's type "
               "in a composite type in use");
  }
  add_attribute_loss(change, alter);
  out.push_back(std::move(alter));
}

// The USING expression converting a column of the old type to the new one.
// A value is rebuilt attribute by attribute by name (new attributes NULL),
// and a NULL stays NULL; an array goes through text, which keeps the
// attributes' positions.
ColumnConversion attribute_conversion(const model::CompositeType& before,
                                      const model::CompositeType& after) {
  return [&before, &after](const std::string& column, const std::string& type) {
    if (type.ends_with("]")) {
      return column + "::text::" + type;
    }
    std::vector<std::string> fields;
    for (const auto& attribute : after.attributes) {
      fields.push_back(
          find_attribute(before, attribute.name) == nullptr
              ? "NULL::" + attribute.type
              : fmt::format("({}).{}::{}", column, sql::ident(attribute.name), attribute.type));
    }
    return fmt::format("CASE WHEN {}::text IS NULL THEN NULL ELSE ROW({})::{} END", column,
                       base::join(fields, ", "), type);
  };
}

// The old type renamed away, the new one created, the columns that hold it
// converted, the old one dropped (see diff::CompositeTypeChange).
void recreate_held_type(const diff::CompositeTypeChange& change, const RenderContext& context,
                        std::vector<Statement>& out) {
  const auto& type = *change.after;
  const model::QualifiedName old_type{
      type.name.schema, "tenantctl_tmp_" + sql::short_hash(sql::name(type.name) + "\x1frecreate")};
  auto away = statement(
      fmt::format("ALTER TYPE {} RENAME TO {}", sql::name(type.name), sql::ident(old_type.name)),
      phase::types);
  away.drops.push_back(keys::type(type.name));
  away.creates.push_back(keys::type(old_type));
  out.push_back(std::move(away));
  create_type(type, context, out);
  out.back().needs.push_back(keys::type(old_type));
  auto drop_old = statement("DROP TYPE " + sql::name(old_type), phase::columns);
  drop_old.needs.push_back(keys::type(old_type));
  const std::size_t first_conversion = out.size();
  convert_type_columns(change.columns, type.name, attribute_conversion(*change.before, type),
                       fmt::format("fails if a value does not convert to {}", sql::name(type.name)),
                       context, drop_old, out);
  for (auto each = out.begin() + static_cast<std::ptrdiff_t>(first_conversion); each != out.end();
       ++each) {
    add_attribute_loss(change, *each);
  }
  out.push_back(std::move(drop_old));
}

}  // namespace

void render_composite_type(const diff::CompositeTypeChange& change, const RenderContext& context,
                           std::vector<Statement>& out) {
  const bool held = change.recreate && !change.columns.empty();
  if (change.before && (!change.after || change.recreate) && !held) {
    drop_type(*change.before, out);
  }
  if (!change.after) {
    return;
  }
  const auto& type = *change.after;
  const bool fresh = !change.before || change.recreate;
  if (held) {
    recreate_held_type(change, context, out);
  } else if (fresh) {
    create_type(type, context, out);
  } else {
    alter_type(change, context, out);
  }
  if (fresh ? type.comment.has_value() : change.before->comment != type.comment) {
    auto comment =
        statement(sql::comment("TYPE " + sql::name(type.name), type.comment), phase::comments);
    comment.needs.push_back(keys::type(type.name));
    out.push_back(std::move(comment));
  }
  for (const auto& attribute : type.attributes) {
    const auto* before = fresh ? nullptr : find_attribute(*change.before, attribute.name);
    const bool changes =
        before == nullptr ? attribute.comment.has_value() : before->comment != attribute.comment;
    if (changes) {
      auto comment = statement(
          sql::comment("COLUMN " + sql::name(type.name) + "." + sql::ident(attribute.name),
                       attribute.comment),
          phase::comments);
      comment.needs.push_back(keys::type(type.name));
      out.push_back(std::move(comment));
    }
  }
}

}  // namespace ddl::detail
