// The owner kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "ddl/render_internal.hpp"
#include "ddl/sql_text.hpp"
#include "pg/quote.hpp"

namespace ddl::detail {

void render_owner(const diff::OwnerChange& change, const RenderContext& context,
                  std::vector<Statement>& out) {
  const auto& target = change.after->name;
  std::string object = target_sql(target, context);
  if (target.on == model::GrantOn::table && context.desired().views.contains(target.name)) {
    object = "VIEW " + sql::name(target.name);
  } else if (target.on == model::GrantOn::type && context.desired().domains.contains(target.name)) {
    object = "DOMAIN " + sql::name(target.name);
  } else if (target.on == model::GrantOn::table &&
             context.desired().materialized_views.contains(target.name)) {
    object = "MATERIALIZED VIEW " + sql::name(target.name);
  }
  auto alter =
      statement(fmt::format("ALTER {} OWNER TO {}", object, pg::quote_ident(change.after->role)),
                phase::comments);
  alter.needs = target_keys(target);
  alter.creates.push_back(owner_change_key(target));
  if (change.before) {
    add_hazard(alter, HazardKind::access_change,
               fmt::format("gives {} a new owner, {} (was {}): the owner may do anything with it",
                           model::display_target(target), model::display_part(change.after->role),
                           model::display_part(change.before->role)));
  }
  out.push_back(std::move(alter));
}

}  // namespace ddl::detail
