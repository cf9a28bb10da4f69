#include "kinds/table/members_diff.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

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

bool same_body(const model::Index& a, const model::Index& b) {
  return model::same_index_body(a, b);
}

// What the renderer changes in place besides names and comments: an
// index's storage parameters (ALTER INDEX ... SET).
template <class Member>
bool differs_in_place(const Member& /*a*/, const Member& /*b*/) {
  return false;
}
bool differs_in_place(const model::Index& a, const model::Index& b) {
  return a.storage != b.storage;
}
bool differs_in_place(const model::ExclusionConstraint& a, const model::ExclusionConstraint& b) {
  return a.storage != b.storage;
}

// Equality as the renderer (ddl/) judges it: it also treats a change of NOT
// VALID alone in place. A change the differ finds but the renderer would not
// act on by itself is split into a drop and a create.
template <class Member>
bool renders_same(Member a, Member b) {
  if constexpr (requires { a.not_valid; }) {
    a.not_valid = b.not_valid;
  }
  return same_body(std::move(a), std::move(b));
}

// Emits what turns the current member `found` into `wanted`. `seen` is `found`
// as PostgreSQL will print it once this plan's renames have run, or nullopt
// when that cannot be predicted.
template <class Member, class MakeChange>
void compare_member(const Member& found, const std::optional<Member>& seen, const Member& wanted,
                    MakeChange make, std::vector<Change>& out) {
  if (seen && renders_same(*seen, wanted)) {
    // Kept (renamed, re-commented or re-validated): the renderer sees the
    // member as it will be, so it renames instead of rebuilding.
    if (seen->name != wanted.name || seen->comment != wanted.comment || !same_body(*seen, wanted) ||
        differs_in_place(*seen, wanted)) {
      out.push_back(make(*seen, wanted));
    }
    return;
  }
  if (renders_same(found, wanted)) {
    // Same text, yet not the same object (its column is dropped, or swapped
    // with another): the renderer would keep it, so drop and create.
    out.push_back(make(found, std::nullopt));
    out.push_back(make(std::nullopt, wanted));
    return;
  }
  out.push_back(make(found, wanted));
}

// Pairs and compares a map of named members (constraints, indexes).
// `after_renames` gives a current member as it will be printed after the
// plan's renames (nullopt: unknown).
template <class Member, class AfterRenames, class MakeChange>
void diff_named(const std::map<std::string, Member>& current,
                const std::map<std::string, Member>& desired, AfterRenames after_renames,
                MakeChange make, std::vector<Change>& out) {
  std::vector<std::pair<std::string, std::optional<std::string>>> names;
  names.reserve(desired.size());
  for (const auto& [name, wanted] : desired) {
    names.emplace_back(name, wanted.renamed_from);
  }
  std::vector<const Member*> wanted_at;
  wanted_at.reserve(desired.size());
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
    compare_member(found, after_renames(found), wanted, make, out);
  }
  for (const auto& [name, member] : current) {
    if (!paired.contains(name)) {
      out.push_back(make(member, std::nullopt));
    }
  }
}

}  // namespace

std::vector<std::optional<std::string>> pair_columns(const model::Table& current,
                                                     const model::Table& desired) {
  std::vector<std::pair<std::string, std::optional<std::string>>> names;
  for (const auto& wanted : desired.columns) {
    names.emplace_back(wanted.name, wanted.renamed_from);
  }
  return pair_by_name(
      names, [&](const std::string& name) { return current.find_column(name) != nullptr; },
      [&](std::size_t index) {
        const auto& wanted = desired.columns[index];
        return same_body(*current.find_column(wanted.name), wanted);
      });
}

ColumnRenames column_renames(const model::Table& current, const model::Table& desired) {
  ColumnRenames out;
  const auto pairs = pair_columns(current, desired);
  std::vector<std::string_view> kept;
  kept.reserve(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    if (pairs[i]) {
      kept.emplace_back(*pairs[i]);
      if (*pairs[i] != desired.columns[i].name) {
        out.renamed.emplace(*pairs[i], desired.columns[i].name);
      }
    }
  }
  std::ranges::sort(kept);
  for (const auto& column : current.columns) {
    if (!std::ranges::binary_search(kept, std::string_view(column.name))) {
      out.dropped.insert(column.name);
    }
  }
  return out;
}

MemberChanges diff_table_members(const model::Table& current, const model::Table& desired,
                                 const PlanRenames& renames) {
  MemberChanges result;
  auto& out = result.changes;
  const MemberOf of{desired.name, false};
  const ColumnRenames& own = renames.columns_of(current.name);
  // Without a column renamed, every member prints as it does now.
  const bool renaming = !own.none();

  const auto pairs = pair_columns(current, desired);
  std::set<std::string> paired;
  for (std::size_t i = 0; i < desired.columns.size(); ++i) {
    const auto& wanted = desired.columns[i];
    const model::Column* found = pairs[i] ? current.find_column(*pairs[i]) : nullptr;
    if (found == nullptr) {
      out.push_back(ColumnChange{of, std::nullopt, wanted});
      continue;
    }
    paired.insert(found->name);
    // A generation expression prints the new names of the columns it reads;
    // when that cannot be predicted it is compared as it is.
    model::Column seen = *found;
    if (renaming && found->generated) {
      if (auto expression = rename_in_expression(*found->generated, own)) {
        seen.generated = std::move(*expression);
      }
    }
    if (seen.name != wanted.name || seen.comment != wanted.comment || !same_body(seen, wanted)) {
      if (seen.type != wanted.type || seen.collation != wanted.collation ||
          seen.generated != wanted.generated) {
        result.view_breaking_columns.insert(found->name);
      }
      // The same text over other columns (a swap) is another expression.
      const bool regenerate =
          seen.generated != wanted.generated && found->generated == wanted.generated;
      out.push_back(ColumnChange{of, seen, wanted, regenerate});
    }
  }
  for (const auto& column : current.columns) {
    if (!paired.contains(column.name)) {
      result.view_breaking_columns.insert(column.name);
      out.push_back(ColumnChange{of, column, std::nullopt});
    }
  }

  const auto make_primary_key = [&](auto before, auto after) {
    return PrimaryKeyChange{of, before, after};
  };
  const auto& old_key = current.primary_key;
  const auto& new_key = desired.primary_key;
  if (old_key && new_key) {
    compare_member(*old_key, renaming ? after_renames(*old_key, own) : old_key, *new_key,
                   make_primary_key, out);
  } else if (old_key || new_key) {
    out.push_back(make_primary_key(old_key, new_key));
  }

  const auto unchanged = [](const auto& member) { return std::optional(member); };
  const auto by_own_renames = [&](const auto& member) {
    return renaming ? after_renames(member, own) : std::optional(member);
  };
  diff_named(
      current.uniques, desired.uniques, by_own_renames,
      [&](auto before, auto after) {
        return UniqueChange{of, before, after};
      },
      out);
  diff_named(
      current.checks, desired.checks, by_own_renames,
      [&](auto before, auto after) {
        return CheckChange{of, before, after};
      },
      out);
  diff_named(
      current.exclusions, desired.exclusions, by_own_renames,
      [&](auto before, auto after) {
        return ExclusionChange{of, before, after};
      },
      out);
  diff_named(
      current.foreign_keys, desired.foreign_keys,
      [&](const model::ForeignKey& key) {
        return renames.touches(key, own) ? after_renames(key, own, renames) : unchanged(key);
      },
      [&](auto before, auto after) {
        return ForeignKeyChange{of, before, after};
      },
      out);
  diff_named(
      current.indexes, desired.indexes, by_own_renames,
      [&](auto before, auto after) {
        return IndexChange{of, before, after};
      },
      out);
  return result;
}

void diff_indexes(const std::map<std::string, model::Index>& current,
                  const std::map<std::string, model::Index>& desired, const MemberOf& of,
                  std::vector<Change>& out) {
  diff_named(
      current, desired, [](const model::Index& index) { return std::optional(index); },
      [&](auto before, auto after) {
        return IndexChange{of, before, after};
      },
      out);
}

}  // namespace diff
