#include "model/ignore.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <set>

#include "model/kinds.hpp"

namespace model {

bool glob_match(std::string_view pattern, std::string_view text) {
  // Iterative matcher with one backtrack point for the last '*'.
  std::size_t p = 0;
  std::size_t t = 0;
  std::size_t star = std::string_view::npos;
  std::size_t star_text = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      star_text = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++star_text;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') {
    ++p;
  }
  return p == pattern.size();
}

bool is_ignored(const QualifiedName& name, std::span<const std::string> patterns) {
  const std::string text = name.schema + "." + name.name;
  for (const auto& pattern : patterns) {
    if (!pattern.starts_with(k_role_pattern) && glob_match(pattern, text)) {
      return true;
    }
  }
  return false;
}

namespace {

// What is left out: objects by their "schema.name" (`relation` for tables,
// views, sequences and types, which share one namespace; `routine` for
// routines by their name without the signature), members of a table
// (triggers, policies) by their table's, and whole schemas.
struct Coverage {
  std::function<bool(const QualifiedName&)> relation;
  std::function<bool(const QualifiedName&)> routine;
  std::function<bool(const std::string&)> schema;
};

// Whether `coverage` leaves each kind's object out.
bool covered(const Schema& schema, const Coverage& coverage) {
  return coverage.schema(schema.name);
}
bool covered(const Extension& /*extension*/, const Coverage& /*coverage*/) {
  return false;  // extensions are named without a schema
}
template <class Object>
bool covered(const Object& object, const Coverage& coverage) {
  return coverage.relation(object.name);
}
bool covered(const Routine& routine, const Coverage& coverage) {
  return coverage.routine({routine.name.schema, routine.bare_name});
}
bool covered(const Trigger& trigger, const Coverage& coverage) {
  return coverage.relation(trigger.name.table);
}
bool covered(const Policy& policy, const Coverage& coverage) {
  return coverage.relation(policy.name.table);
}
// The object a grant or an owner is of (a schema's as the whole schema).
bool covered(const GrantTarget& target, const Coverage& coverage) {
  if (target.on == GrantOn::database) {
    return false;
  }
  if (target.on == GrantOn::schema) {
    return coverage.schema(target.name.name);
  }
  if (target.on == GrantOn::routine) {
    const auto& signature = target.name.name;
    return coverage.routine({target.name.schema, signature.substr(0, signature.rfind('('))});
  }
  return coverage.relation(target.name);
}
bool covered(const Grant& grant, const Coverage& coverage) {
  // A schema's privileges stay managed when its objects are left out.
  return grant.name.on != GrantOn::schema && covered(grant.name, coverage);
}
bool covered(const Owner& owner, const Coverage& coverage) { return covered(owner.name, coverage); }
bool covered(const DefaultPrivilege& /*entry*/, const Coverage& /*coverage*/) {
  return false;  // only role patterns apply (without_ignored_roles)
}

void erase_covered(Catalog& catalog, const Coverage& coverage) {
  for_each_kind([&](auto tag) {
    using K = typename decltype(tag)::type;
    std::erase_if(Kind<K>::objects(catalog),
                  [&](const auto& entry) { return covered(entry.second, coverage); });
  });
}

}  // namespace

Catalog without_ignored(Catalog catalog, std::span<const std::string> patterns) {
  if (patterns.empty()) {
    return catalog;
  }
  const auto named = [&](const QualifiedName& name) { return is_ignored(name, patterns); };
  erase_covered(catalog, Coverage{
                             .relation = named,
                             .routine = named,
                             .schema =
                                 [&](const std::string& schema) {
                                   // A schema is left alone by "X.*" only.
                                   return std::any_of(patterns.begin(), patterns.end(),
                                                      [&](const std::string& pattern) {
                                                        return pattern == schema + ".*";
                                                      });
                                 },
                         });
  without_ignored_roles(catalog, patterns);
  return catalog;
}

void without_external_partitions(Catalog& current, const Catalog& desired) {
  std::set<QualifiedName> external;
  // A partition of an external one is external too: repeat until no more.
  for (std::size_t found = 1; found != 0;) {
    found = 0;
    for (const auto& [name, table] : current.tables) {
      if (!table.partition_of || external.contains(name) || desired.tables.contains(name)) {
        continue;
      }
      const auto& parent = table.partition_of->parent;
      const auto declared = desired.tables.find(parent);
      const bool matches = declared != desired.tables.end() &&
                           std::any_of(declared->second.external_partitions.begin(),
                                       declared->second.external_partitions.end(),
                                       [&, &bare = name.name](const std::string& pattern) {
                                         return glob_match(pattern, bare);
                                       });
      if (matches || external.contains(parent)) {
        external.insert(name);
        ++found;
      }
    }
  }
  if (external.empty()) {
    return;
  }
  const auto listed = [&](const QualifiedName& name) { return external.contains(name); };
  erase_covered(current, Coverage{
                             .relation = listed,
                             .routine = [](const QualifiedName&) { return false; },
                             .schema = [](const std::string&) { return false; },
                         });
}

void without_ignored_roles(Catalog& catalog, std::span<const std::string> patterns) {
  std::vector<std::string_view> roles;
  for (const auto& pattern : patterns) {
    if (pattern.starts_with(k_role_pattern)) {
      roles.push_back(std::string_view(pattern).substr(k_role_pattern.size()));
    }
  }
  if (roles.empty()) {
    return;
  }
  for (auto& [target, grant] : catalog.grants) {
    std::erase_if(grant.privileges, [&](const auto& held) {
      return std::any_of(roles.begin(), roles.end(),
                         [&](std::string_view role) { return glob_match(role, held.first); });
    });
  }
  const auto ignored = [&](const std::string& role) {
    return std::any_of(roles.begin(), roles.end(),
                       [&](std::string_view pattern) { return glob_match(pattern, role); });
  };
  // What is left may be no grant of its own (the database's stays declared).
  std::erase_if(catalog.grants, [](const auto& entry) {
    return entry.first.on != GrantOn::database &&
           entry.second.privileges == default_grants(entry.first);
  });
  std::erase_if(catalog.owners, [&](const auto& entry) { return ignored(entry.second.role); });
  for (auto& [key, entry] : catalog.default_privileges) {
    std::erase_if(entry.privileges, [&](const auto& held) { return ignored(held.first); });
  }
  std::erase_if(catalog.default_privileges, [&](const auto& entry) {
    return ignored(entry.first.role) ||
           entry.second.privileges == default_privilege_defaults(entry.first);
  });
}

}  // namespace model
