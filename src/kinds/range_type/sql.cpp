// The range type kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "base/strings.hpp"
#include "ddl/render_internal.hpp"

namespace ddl::detail {

void render_range_type(const diff::RangeTypeChange& change, const RenderContext& context,
                       std::vector<Statement>& out) {
  if (change.before && (!change.after || change.recreate)) {
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
    out.push_back(std::move(create));
  }
  if (fresh ? type.comment.has_value() : change.before->comment != type.comment) {
    auto comment =
        statement(sql::comment("TYPE " + sql::name(type.name), type.comment), phase::comments);
    comment.needs.push_back(keys::type(type.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
