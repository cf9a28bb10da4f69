// The range type kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "base/strings.hpp"
#include "ddl/render_internal.hpp"

namespace ddl::detail {
namespace {

// The old range type, its multirange and their constructor functions
// renamed away (CREATE TYPE would collide with any of them), ending with the
// key "range moved" that the new type's CREATE waits for. Returns the old
// range's temporary name.
model::QualifiedName move_away(const model::RangeType& type, std::vector<Statement>& out) {
  const auto& schema = type.name.schema;
  const auto temporary = [&](const std::string& name) {
    return "tenantctl_tmp_" + sql::short_hash(sql::name({schema, name}) + "\x1frecreate");
  };
  const std::string old_range = temporary(type.name.name);
  const std::string old_multirange = temporary(type.multirange);
  const std::string range = sql::name(type.name);
  const std::string multirange = sql::name({schema, type.multirange});
  const auto moved = keys::join("range moved", schema, type.name.name);
  const std::vector<std::string> renames{
      fmt::format("ALTER TYPE {} RENAME TO {}", range, sql::ident(old_range)),
      fmt::format("ALTER TYPE {} RENAME TO {}", multirange, sql::ident(old_multirange)),
      fmt::format("ALTER FUNCTION {0}({1}, {1}) RENAME TO {2}", range, type.subtype,
                  sql::ident(old_range)),
      fmt::format("ALTER FUNCTION {0}({1}, {1}, text) RENAME TO {2}", range, type.subtype,
                  sql::ident(old_range)),
      fmt::format("ALTER FUNCTION {}() RENAME TO {}", multirange, sql::ident(old_multirange)),
      fmt::format("ALTER FUNCTION {}({}) RENAME TO {}", multirange, sql::name({schema, old_range}),
                  sql::ident(old_multirange)),
      fmt::format("ALTER FUNCTION {}(VARIADIC {}[]) RENAME TO {}", multirange,
                  sql::name({schema, old_range}), sql::ident(old_multirange))};
  for (std::size_t i = 0; i < renames.size(); ++i) {
    auto rename = statement(renames[i], phase::types);
    if (i == 0) {
      rename.drops.push_back(keys::type(type.name));
    } else {
      rename.needs.push_back(keys::join("range moved", schema, type.name.name, std::to_string(i)));
    }
    rename.creates.push_back(
        i + 1 == renames.size()
            ? moved
            : keys::join("range moved", schema, type.name.name, std::to_string(i + 1)));
    out.push_back(std::move(rename));
  }
  return {schema, old_range};
}

}  // namespace

void render_range_type(const diff::RangeTypeChange& change, const RenderContext& context,
                       std::vector<Statement>& out) {
  const bool held = change.recreate && change.after && !change.columns.empty();
  std::optional<model::QualifiedName> moved;
  if (held) {
    moved = move_away(*change.before, out);
  } else if (change.before && (!change.after || change.recreate)) {
    const auto& type = *change.before;
    auto drop = statement("DROP TYPE " + sql::name(type.name), phase::drop_types);
    drop.drops.push_back(keys::type(type.name));
    drop.needs_old.push_back(keys::schema(type.name.schema));
    if (change.after) {
      add_hazard(drop, HazardKind::may_fail_on_existing_data,
                 "fails if a table column holds the type: PostgreSQL alters no range type in "
                 "place");
    }
    out.push_back(std::move(drop));
  }
  if (!change.after) {
    return;
  }
  const auto& type = *change.after;
  const bool fresh = !change.before || change.recreate;
  if (fresh) {
    std::vector<std::string> options{"SUBTYPE = " + type.subtype};
    if (type.subtype_opclass) {
      options.push_back("SUBTYPE_OPCLASS = " + *type.subtype_opclass);
    }
    if (type.collation) {
      options.push_back("COLLATION = " + sql::collation(*type.collation));
    }
    if (type.canonical) {
      options.push_back("CANONICAL = " + *type.canonical);
    }
    if (type.subtype_diff) {
      options.push_back("SUBTYPE_DIFF = " + *type.subtype_diff);
    }
    if (type.multirange != model::default_multirange_name(type.name.name)) {
      options.push_back("MULTIRANGE_TYPE_NAME = " + sql::name({type.name.schema, type.multirange}));
    }
    auto create = statement(fmt::format("CREATE TYPE {} AS RANGE ({})", sql::name(type.name),
                                        base::join(options, ", ")),
                            phase::types);
    create.creates.push_back(keys::type(type.name));
    create.needs = context.type_keys(type.subtype);
    for (const auto* function : {&type.canonical, &type.subtype_diff}) {
      if (*function) {
        append(create.needs, mentioned_routine_keys(**function, context.desired()));
      }
    }
    create.needs.push_back(keys::schema(type.name.schema));
    if (moved) {
      create.needs.push_back(keys::join("range moved", type.name.schema, type.name.name));
    }
    out.push_back(std::move(create));
  }
  if (moved) {
    auto drop_old = statement("DROP TYPE " + sql::name(*moved), phase::columns);
    convert_type_columns(
        change.columns, type.name,
        [](const std::string& column, const std::string& to) { return column + "::text::" + to; },
        fmt::format("fails if a value does not convert to {}", sql::name(type.name)), context,
        drop_old, out);
    out.push_back(std::move(drop_old));
  }
  if (fresh ? type.comment.has_value() : change.before->comment != type.comment) {
    auto comment =
        statement(sql::comment("TYPE " + sql::name(type.name), type.comment), phase::comments);
    comment.needs.push_back(keys::type(type.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
