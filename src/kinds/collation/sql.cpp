// The collation kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "ddl/render_internal.hpp"

namespace ddl::detail {
namespace {

std::string create_sql(const model::Collation& collation) {
  std::string options = "provider = " + collation.provider;
  if (collation.provider == "icu") {
    options += ", locale = " + sql::literal(collation.locale);
  } else {
    options += fmt::format(", lc_collate = {}, lc_ctype = {}", sql::literal(collation.lc_collate),
                           sql::literal(collation.lc_ctype));
  }
  if (!collation.deterministic) {
    options += ", deterministic = false";
  }
  return fmt::format("CREATE COLLATION {} ({})", sql::name(collation.name), options);
}

std::string collation_key(const model::QualifiedName& name) {
  return keys::join("collation", name.schema, name.name);
}

}  // namespace

void render_collation(const diff::CollationChange& change, std::vector<Statement>& out) {
  if (change.before && (!change.after || change.recreate)) {
    auto drop = statement("DROP COLLATION " + sql::name(change.before->name), phase::drop_types);
    drop.drops.push_back(collation_key(change.before->name));
    drop.needs_old.push_back(keys::schema(change.before->name.schema));
    if (change.after) {
      add_hazard(drop, HazardKind::may_fail_on_existing_data,
                 "fails if a column, index or type uses the collation: PostgreSQL changes no "
                 "collation in place");
    }
    out.push_back(std::move(drop));
  }
  if (!change.after) {
    return;
  }
  const auto& collation = *change.after;
  const bool fresh = !change.before || change.recreate;
  if (fresh) {
    auto create = statement(create_sql(collation), phase::types);
    create.creates.push_back(collation_key(collation.name));
    create.needs.push_back(keys::schema(collation.name.schema));
    out.push_back(std::move(create));
  }
  if (fresh ? collation.comment.has_value() : change.before->comment != collation.comment) {
    auto comment = statement(
        sql::comment("COLLATION " + sql::name(collation.name), collation.comment), phase::comments);
    comment.needs.push_back(collation_key(collation.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
