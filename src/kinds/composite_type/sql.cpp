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
void alter_type(const model::CompositeType& before, const model::CompositeType& after,
                const std::set<std::string>& retype, const RenderContext& context,
                std::vector<Statement>& out) {
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
  add_hazard(alter, HazardKind::may_fail_on_existing_data,
             "fails if a table column holds the type: PostgreSQL changes no attribute of a "
             "composite type in use");
  out.push_back(std::move(alter));
}

}  // namespace

void render_composite_type(const diff::CompositeTypeChange& change, const RenderContext& context,
                           std::vector<Statement>& out) {
  if (change.before && (!change.after || change.recreate)) {
    drop_type(*change.before, out);
  }
  if (!change.after) {
    return;
  }
  const auto& type = *change.after;
  const bool fresh = !change.before || change.recreate;
  if (fresh) {
    create_type(type, context, out);
  } else {
    alter_type(*change.before, type, change.retype, context, out);
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
