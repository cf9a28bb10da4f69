// The grant kind's model functions (part of tenantctl_model).
#include "kinds/grant/grant.hpp"

#include <algorithm>
#include <set>

#include "model/catalog.hpp"

namespace model {
namespace {

constexpr std::string_view k_grant_option = " with grant option";

// One grantee's privileges: held without and with the grant option.
struct Split {
  std::set<std::string> plain;
  std::set<std::string> grantable;
  [[nodiscard]] bool holds(const std::string& privilege) const {
    return plain.contains(privilege) || grantable.contains(privilege);
  }
  void add(const std::string& each) {
    if (each.ends_with(k_grant_option)) {
      grantable.insert(each.substr(0, each.size() - k_grant_option.size()));
    } else {
      plain.insert(each);
    }
  }
};

Split split(const Privileges& privileges, const std::string& grantee) {
  Split out;
  if (const auto found = privileges.find(grantee); found != privileges.end()) {
    for (const auto& each : found->second) {
      out.add(each);
    }
  }
  return out;
}

GranteeDelta delta_of(const std::string& grantee, const Split& before, const Split& after) {
  GranteeDelta out{.grantee = grantee};
  for (const auto& privilege : after.plain) {
    if (!before.holds(privilege)) {
      out.grant.push_back(privilege);
    } else if (before.grantable.contains(privilege)) {
      out.revoke_option.push_back(privilege);
    }
  }
  for (const auto& privilege : after.grantable) {
    if (!before.grantable.contains(privilege)) {
      out.grant_option.push_back(privilege);
    }
  }
  std::set<std::string> revoke;
  for (const auto* side : {&before.plain, &before.grantable}) {
    for (const auto& privilege : *side) {
      if (!after.holds(privilege)) {
        revoke.insert(privilege);
      }
    }
  }
  out.revoke.assign(revoke.begin(), revoke.end());
  return out;
}

}  // namespace

std::vector<GranteeDelta> privilege_delta(const Privileges& held, const Privileges& wanted) {
  std::set<std::string> grantees;
  for (const auto* side : {&held, &wanted}) {
    for (const auto& [grantee, privileges] : *side) {
      grantees.insert(grantee);
    }
  }
  std::vector<GranteeDelta> out;
  for (const auto& grantee : grantees) {
    auto delta = delta_of(grantee, split(held, grantee), split(wanted, grantee));
    if (!delta.empty()) {
      out.push_back(std::move(delta));
    }
  }
  return out;
}

std::map<std::string, std::vector<std::string>> default_grants(const GrantTarget& target) {
  switch (target.on) {
    case GrantOn::routine:
      return {{"public", {"execute"}}};
    case GrantOn::type:
      return {{"public", {"usage"}}};
    case GrantOn::database:
      return {{"public", {"connect", "temporary"}}};
    case GrantOn::schema:
      if (target.name.name == "public") {
        return {{"public", {"usage"}}};
      }
      return {};
    case GrantOn::table:
    case GrantOn::sequence:
    case GrantOn::column:
      break;
  }
  return {};
}

bool has_object(const Catalog& catalog, const GrantTarget& target) {
  switch (target.on) {
    case GrantOn::database:
      return true;
    case GrantOn::schema:
      return catalog.schemas.contains(target.name.name);
    case GrantOn::table:
      return catalog.tables.contains(target.name) || catalog.views.contains(target.name) ||
             catalog.materialized_views.contains(target.name);
    case GrantOn::sequence:
      return catalog.sequences.contains(target.name);
    case GrantOn::routine:
      return catalog.routines.contains(target.name);
    case GrantOn::type:
      return catalog.enums.contains(target.name) || catalog.domains.contains(target.name) ||
             catalog.composite_types.contains(target.name) ||
             catalog.range_types.contains(target.name);
    case GrantOn::column:
      if (const auto table = catalog.tables.find(target.name); table != catalog.tables.end()) {
        return table->second.find_column(target.column) != nullptr;
      }
      return catalog.views.contains(target.name) ||
             catalog.materialized_views.contains(target.name);
  }
  return false;
}

const char* grant_on_name(GrantOn on) {
  switch (on) {
    case GrantOn::database:
      return "database";
    case GrantOn::schema:
      return "schema";
    case GrantOn::sequence:
      return "sequence";
    case GrantOn::column:
      return "column";
    case GrantOn::routine:
      return "routine";
    case GrantOn::type:
      return "type";
    case GrantOn::table:
      break;
  }
  return "table";
}

std::string display_target(const GrantTarget& target) {
  switch (target.on) {
    case GrantOn::database:
      return "the database";
    case GrantOn::schema:
      return "schema " + display_part(target.name.name);
    case GrantOn::column:
      return "column " + display_name(target.name) + "." + display_part(target.column);
    default:
      break;
  }
  return std::string(grant_on_name(target.on)) + " " + display_name(target.name);
}

}  // namespace model
