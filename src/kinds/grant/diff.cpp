// The grant kind's comparison (part of tenantctl_diff).
#include <set>

#include "diff/kind_diff.hpp"
#include "diff/object_targets.hpp"

namespace diff {
namespace {

// What `objects` a default-privileges entry covers, for an object of kind
// `on`; nullopt for kinds no default applies to (columns, the database).
std::optional<model::DefaultObjects> default_objects_for(model::GrantOn on) {
  switch (on) {
    case model::GrantOn::table:
      return model::DefaultObjects::tables;
    case model::GrantOn::sequence:
      return model::DefaultObjects::sequences;
    case model::GrantOn::routine:
      return model::DefaultObjects::functions;
    case model::GrantOn::type:
      return model::DefaultObjects::types;
    case model::GrantOn::schema:
      return model::DefaultObjects::schemas;
    case model::GrantOn::column:
    case model::GrantOn::database:
      break;
  }
  return std::nullopt;
}

// Adds `privileges` to what `grantee` holds in `into`, as an ACL merges
// them: sorted, once each, a privilege held with the grant option only so.
void merge(model::Privileges& into, const std::string& grantee,
           const std::vector<std::string>& privileges) {
  constexpr std::string_view k_grant_option = " with grant option";
  std::set<std::string> held(privileges.begin(), privileges.end());
  if (const auto found = into.find(grantee); found != into.end()) {
    held.insert(found->second.begin(), found->second.end());
  }
  std::erase_if(held, [&](const std::string& each) {
    return held.contains(each + std::string(k_grant_option));
  });
  into[grantee] = {held.begin(), held.end()};
}

// Calls `visit` with every object of `catalog` default privileges apply to.
template <class Visit>
void for_each_object(const model::Catalog& catalog, Visit&& visit) {
  for (const auto& [name, schema] : catalog.schemas) {
    visit(model::GrantTarget{model::GrantOn::schema, {"", name}, ""});
  }
  for (const auto& [name, table] : catalog.tables) {
    visit(model::GrantTarget{model::GrantOn::table, name, ""});
  }
  for (const auto& [name, view] : catalog.views) {
    visit(model::GrantTarget{model::GrantOn::table, name, ""});
  }
  for (const auto& [name, view] : catalog.materialized_views) {
    visit(model::GrantTarget{model::GrantOn::table, name, ""});
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    visit(model::GrantTarget{model::GrantOn::sequence, name, ""});
  }
  for (const auto& [name, routine] : catalog.routines) {
    visit(model::GrantTarget{model::GrantOn::routine, name, ""});
  }
  for (const auto& [name, type] : catalog.enums) {
    visit(model::GrantTarget{model::GrantOn::type, name, ""});
  }
  for (const auto& [name, domain] : catalog.domains) {
    visit(model::GrantTarget{model::GrantOn::type, name, ""});
  }
  for (const auto& [name, type] : catalog.composite_types) {
    visit(model::GrantTarget{model::GrantOn::type, name, ""});
  }
  for (const auto& [name, type] : catalog.range_types) {
    visit(model::GrantTarget{model::GrantOn::type, name, ""});
  }
}

class GrantDiffer {
 public:
  explicit GrantDiffer(DiffContext& context) : m_context(context), m_targets(context) {
    note_new_owners();
  }

  void run() {
    std::set<model::GrantTarget> targets;
    for (const auto& [target, grant] : m_context.desired.grants) {
      targets.insert(target);
    }
    for (const auto& [target, grant] : m_context.current.grants) {
      if (auto desired = m_targets.desired_target(target)) {
        targets.insert(*desired);
      }
    }
    targets.insert(m_targets.recreated_targets().begin(), m_targets.recreated_targets().end());
    for (const auto& target : targets) {
      compare(target);
    }
    // A new object that default privileges give more or less than
    // PostgreSQL's own defaults.
    if (!m_context.current.default_privileges.empty()) {
      for_each_object(m_context.desired, [&](const model::GrantTarget& target) {
        if (!m_targets.current_target(target) || m_targets.recreated(target)) {
          compare(target);
        }
      });
    }
  }

 private:
  // Objects whose owner this plan changes, by desired name -> the new owner:
  // what that role held becomes the owner's, which grants do not compare.
  void note_new_owners() {
    for (const auto& change : m_context.out) {
      if (const auto* owner = std::get_if<OwnerChange>(&change); owner && owner->before) {
        m_new_owners[owner->after->name] = owner->after->role;
      }
    }
  }

  [[nodiscard]] model::Privileges held(const model::GrantTarget& current,
                                       const model::GrantTarget& target) const {
    const auto found = m_context.current.grants.find(current);
    auto out = found == m_context.current.grants.end() ? model::default_grants(current)
                                                       : found->second.privileges;
    auto object = target;
    if (object.on == model::GrantOn::column) {
      object = {model::GrantOn::table, target.name, ""};
    }
    if (const auto owner = m_new_owners.find(object); owner != m_new_owners.end()) {
      out.erase(owner->second);
    }
    return out;
  }

  // What a new object `target` gets when the catalog's creator makes it:
  // PostgreSQL's defaults, or the creator's global default privileges in
  // their place, plus those for the object's schema.
  [[nodiscard]] model::Privileges created_with(const model::GrantTarget& target) const {
    auto out = model::default_grants(target);
    const auto objects = default_objects_for(target.on);
    const auto& defaults = m_context.current.default_privileges;
    if (!objects || defaults.empty()) {
      return out;
    }
    const auto& creator = m_context.current.creator;
    if (const auto global = defaults.find({creator, "", *objects}); global != defaults.end()) {
      out = global->second.privileges;
    }
    if (target.on == model::GrantOn::schema) {
      return out;
    }
    const auto local = defaults.find({creator, target.name.schema, *objects});
    if (local != defaults.end()) {
      for (const auto& [grantee, privileges] : local->second.privileges) {
        merge(out, grantee, privileges);
      }
    }
    return out;
  }

  void compare(const model::GrantTarget& target) {
    if (!model::has_object(m_context.desired, target) || !m_compared.insert(target).second) {
      return;  // a grant on an object the desired schema does not have, or seen
    }
    // The database's privileges are managed only where the schema says them.
    if (target.on == model::GrantOn::database && !m_context.desired.grants.contains(target)) {
      return;
    }
    const auto current = m_targets.current_target(target);
    const bool fresh = !current || m_targets.recreated(target);
    GrantChange change;
    change.before =
        model::Grant{.name = current.value_or(target),
                     .privileges = fresh ? created_with(target) : held(*current, target)};
    const auto wanted = m_context.desired.grants.find(target);
    change.after = model::Grant{.name = target,
                                .privileges = wanted == m_context.desired.grants.end()
                                                  ? model::default_grants(target)
                                                  : wanted->second.privileges};
    change.on_new_object = fresh;
    if (change.before->privileges != change.after->privileges) {
      m_context.out.push_back(std::move(change));
    }
  }

  DiffContext& m_context;
  ObjectTargets m_targets;
  std::map<model::GrantTarget, std::string> m_new_owners;
  std::set<model::GrantTarget> m_compared;
};

}  // namespace

void diff_kind(model::KindTag<model::Grant> /*kind*/, DiffContext& context) {
  GrantDiffer(context).run();
}

}  // namespace diff
