#include "model/ignore.hpp"

#include <algorithm>
#include <iterator>

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

// What a pattern is matched against, per kind ("schema.name"; a routine by
// its name without the signature, a trigger by its table's name): whether
// the object is ignored.
bool covered(const Schema& schema, std::span<const std::string> patterns) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& pattern) { return pattern == schema.name + ".*"; });
}
bool covered(const Extension& /*extension*/, std::span<const std::string> /*patterns*/) {
  return false;  // extensions are named without a schema
}
template <class Object>
bool covered(const Object& object, std::span<const std::string> patterns) {
  return is_ignored(object.name, patterns);
}
bool covered(const Routine& routine, std::span<const std::string> patterns) {
  return is_ignored({routine.name.schema, routine.bare_name}, patterns);
}
bool covered(const Trigger& trigger, std::span<const std::string> patterns) {
  return is_ignored(trigger.name.table, patterns);
}
bool covered(const Policy& policy, std::span<const std::string> patterns) {
  return is_ignored(policy.name.table, patterns);
}
// The object a grant or an owner is of (a schema's by "<schema>.*").
bool covered(const GrantTarget& target, std::span<const std::string> patterns) {
  if (target.on == GrantOn::database) {
    return false;
  }
  if (target.on == GrantOn::schema) {
    return covered(Schema{.name = target.name.name}, patterns);
  }
  if (target.on == GrantOn::routine) {
    const auto& signature = target.name.name;
    return is_ignored({target.name.schema, signature.substr(0, signature.rfind('('))}, patterns);
  }
  return is_ignored(target.name, patterns);
}
bool covered(const Grant& grant, std::span<const std::string> patterns) {
  // A schema's privileges stay managed when its objects are ignored.
  return grant.name.on != GrantOn::schema && covered(grant.name, patterns);
}
bool covered(const Owner& owner, std::span<const std::string> patterns) {
  return covered(owner.name, patterns);
}
bool covered(const DefaultPrivilege& /*entry*/, std::span<const std::string> /*patterns*/) {
  return false;  // only role patterns apply (without_ignored_roles)
}

}  // namespace

Catalog without_ignored(Catalog catalog, std::span<const std::string> patterns) {
  if (patterns.empty()) {
    return catalog;
  }
  for_each_kind([&](auto tag) {
    using K = typename decltype(tag)::type;
    std::erase_if(Kind<K>::objects(catalog),
                  [&](const auto& entry) { return covered(entry.second, patterns); });
  });
  without_ignored_roles(catalog, patterns);
  return catalog;
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
