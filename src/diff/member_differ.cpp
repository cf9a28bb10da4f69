#include "diff/member_differ.hpp"

#include <set>

#include "diff/pairing.hpp"

namespace diff {
namespace {

// Equality of two members apart from name, comment and rename hints.
bool same_body(model::Column a, model::Column b) {
  a.name = b.name;
  a.comment = b.comment;
  a.renamed_from = b.renamed_from;
  a.identity_options = model::normalized(a.identity_options);
  b.identity_options = model::normalized(b.identity_options);
  return a == b;
}

template <class Member>
bool same_body(Member a, Member b) {
  a.name = b.name;
  a.comment = b.comment;
  a.renamed_from = b.renamed_from;
  // NOT VALID counts: a validated constraint declared NOT VALID is dropped and
  // added again (PostgreSQL has no way to unvalidate one in place).
  return a == b;
}

bool same_body(model::Index a, model::Index b) {
  if (a.invalid || b.invalid) {
    return false;
  }
  a.name = b.name;
  a.comment = b.comment;
  a.renamed_from = b.renamed_from;
  return a == b;
}

// Pairs and compares a map of named members (constraints, indexes).
template <class Member, class MakeChange>
void diff_named(const std::map<std::string, Member>& current,
                const std::map<std::string, Member>& desired, MakeChange make,
                std::vector<Change>& out) {
  std::vector<std::pair<std::string, std::optional<std::string>>> names;
  for (const auto& [name, wanted] : desired) {
    names.emplace_back(name, wanted.renamed_from);
  }
  std::vector<const Member*> wanted_at;
  for (const auto& [name, wanted] : desired) {
    wanted_at.push_back(&wanted);
  }
  const auto pairs = pair_by_name(
      names, [&](const std::string& name) { return current.contains(name); },
      [&](std::size_t index) {
        return same_body(current.at(wanted_at[index]->name), *wanted_at[index]);
      });
  std::set<std::string> paired;
  std::size_t i = 0;
  for (const auto& [name, wanted] : desired) {
    const auto& pair = pairs[i++];
    if (!pair) {
      out.push_back(make(std::nullopt, wanted));
      continue;
    }
    const Member& found = current.at(*pair);
    paired.insert(found.name);
    if (found.name != wanted.name || found.comment != wanted.comment || !same_body(found, wanted)) {
      out.push_back(make(found, wanted));
    }
  }
  for (const auto& [name, member] : current) {
    if (!paired.contains(name)) {
      out.push_back(make(member, std::nullopt));
    }
  }
}

}  // namespace

MemberChanges diff_table_members(const model::Table& current, const model::Table& desired) {
  MemberChanges result;
  auto& out = result.changes;
  const MemberOf of{desired.name, false};

  std::vector<std::pair<std::string, std::optional<std::string>>> names;
  for (const auto& wanted : desired.columns) {
    names.emplace_back(wanted.name, wanted.renamed_from);
  }
  const auto pairs = pair_by_name(
      names, [&](const std::string& name) { return current.find_column(name) != nullptr; },
      [&](std::size_t index) {
        const auto& wanted = desired.columns[index];
        return same_body(*current.find_column(wanted.name), wanted);
      });
  std::set<std::string> paired;
  for (std::size_t i = 0; i < desired.columns.size(); ++i) {
    const auto& wanted = desired.columns[i];
    const model::Column* found = pairs[i] ? current.find_column(*pairs[i]) : nullptr;
    if (found == nullptr) {
      out.push_back(ColumnChange{of, std::nullopt, wanted});
      continue;
    }
    paired.insert(found->name);
    if (found->name != wanted.name || found->comment != wanted.comment ||
        !same_body(*found, wanted)) {
      if (found->type != wanted.type || found->collation != wanted.collation ||
          found->generated != wanted.generated) {
        result.rebuilds_views = true;
      }
      out.push_back(ColumnChange{of, *found, wanted});
    }
  }
  for (const auto& column : current.columns) {
    if (!paired.contains(column.name)) {
      result.rebuilds_views = true;
      out.push_back(ColumnChange{of, column, std::nullopt});
    }
  }

  const auto& old_key = current.primary_key;
  const auto& new_key = desired.primary_key;
  if (old_key.has_value() != new_key.has_value() ||
      (old_key && (old_key->name != new_key->name || old_key->comment != new_key->comment ||
                   !same_body(*old_key, *new_key)))) {
    out.push_back(PrimaryKeyChange{of, old_key, new_key});
  }

  diff_named(
      current.uniques, desired.uniques,
      [&](auto before, auto after) {
        return UniqueChange{of, before, after};
      },
      out);
  diff_named(
      current.checks, desired.checks,
      [&](auto before, auto after) {
        return CheckChange{of, before, after};
      },
      out);
  diff_named(
      current.foreign_keys, desired.foreign_keys,
      [&](auto before, auto after) {
        return ForeignKeyChange{of, before, after};
      },
      out);
  diff_named(
      current.indexes, desired.indexes,
      [&](auto before, auto after) {
        return IndexChange{of, before, after};
      },
      out);
  return result;
}

}  // namespace diff
