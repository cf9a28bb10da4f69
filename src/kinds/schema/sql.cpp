// The schema kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

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

}  // namespace ddl::detail
