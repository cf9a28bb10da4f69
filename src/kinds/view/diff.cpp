// The view kind's comparison (part of tenantctl_diff).
#include <algorithm>

#include "diff/kind_diff.hpp"
#include "diff/sql_renames.hpp"

namespace diff {
namespace {

using model::QualifiedName;

// Returns a view's or materialized view's definition as PostgreSQL will
// print it once this plan's routine, table and column renames have run, where that
// can be told (sql_renames.hpp); "" when it cannot and a renamed table or
// column may be read, which matches no desired definition.
std::string definition_after_renames(const DiffContext& context, const std::string& definition,
                                     const std::vector<QualifiedName>& depends_on) {
  auto called = calls_after_renames(context, definition);
  if (!called) {
    return "";
  }
  std::string text = std::move(*called);
  std::vector<std::string> renamed_names;
  for (const auto& read : depends_on) {
    const auto kept = context.renames.tables.find(read);
    if (kept != context.renames.tables.end() && kept->second != read) {
      if (kept->second.schema != read.schema) {
        return "";
      }
      auto renamed = rename_relation_in_view(text, read.schema, read.name, kept->second.name);
      if (!renamed) {
        return "";
      }
      text = std::move(*renamed);
    }
    for (const auto& [old_name, new_name] : context.renames.columns_of(read).renamed) {
      renamed_names.push_back(old_name);
    }
  }
  if (renamed_names.empty()) {
    return text;
  }
  if (depends_on.size() == 1) {
    const auto& read = depends_on.front();
    const auto kept = context.renames.tables.find(read);
    if (kept != context.renames.tables.end() && kept->second.schema == read.schema) {
      if (auto renamed = rename_in_view(text, read.schema, kept->second.name,
                                        context.renames.columns_of(read))) {
        return *renamed;
      }
    }
  }
  const bool mentions =
      std::any_of(renamed_names.begin(), renamed_names.end(),
                  [&](const std::string& old_name) { return mentions_identifier(text, old_name); });
  return mentions ? std::string() : text;
}

// Returns true when the view or materialized view `current` (of `readers`,
// the current catalog's map of its kind) is dropped and created again for
// its own sake: its definition, as PostgreSQL will print it once this plan's
// renames have run, is not the desired one.
template <class Readers>
bool changes_itself(const DiffContext& context, const Readers& desired,
                    const typename Readers::mapped_type& current) {
  const auto wanted = desired.find(current.name);
  return wanted != desired.end() &&
         wanted->second.definition !=
             definition_after_renames(context, current.definition, current.depends_on);
}

// Returns true when `reader` (a current view or materialized view) must
// be dropped and created again because of what it reads: a table whose
// columns change under it, a reader in `rebuilt`, a view or materialized
// view the plan drops, a routine the plan replaces.
template <class Reader>
bool reads_changed(const DiffContext& context, const std::set<QualifiedName>& rebuilt,
                   const Reader& reader) {
  const auto& depends_on = reader.depends_on;
  const auto& calls = reader.calls;
  // A column it reads changes under it.
  const auto breaks = [&](const QualifiedName& read) {
    const auto changed = context.view_breaking_columns.find(read);
    const auto columns = reader.read_columns.find(read);
    if (changed == context.view_breaking_columns.end() || columns == reader.read_columns.end()) {
      return false;
    }
    return std::any_of(columns->second.begin(), columns->second.end(),
                       [&](const std::string& column) { return changed->second.contains(column); });
  };
  const auto dropped = [&](const QualifiedName& read) {
    return (context.current.views.contains(read) && !context.desired.views.contains(read)) ||
           (context.current.materialized_views.contains(read) &&
            !context.desired.materialized_views.contains(read));
  };
  return std::any_of(depends_on.begin(), depends_on.end(),
                     [&](const QualifiedName& read) {
                       return context.rebuild_readers_of.contains(read) || breaks(read) ||
                              rebuilt.contains(read) || dropped(read);
                     }) ||
         std::any_of(calls.begin(), calls.end(), [&](const QualifiedName& called) {
           return context.replaced_routines.contains(called);
         });
}

// Returns the views and materialized views to drop and create again:
// changed ones, and (repeatedly) those reading what changes under them.
std::set<QualifiedName> rebuilt_readers(const DiffContext& context) {
  std::set<QualifiedName> rebuilt;
  for (const auto& [name, current] : context.current.views) {
    if (changes_itself(context, context.desired.views, current)) {
      rebuilt.insert(name);
    }
  }
  for (const auto& [name, current] : context.current.materialized_views) {
    if (changes_itself(context, context.desired.materialized_views, current)) {
      rebuilt.insert(name);
    }
  }
  const auto grow = [&](const auto& current_readers, const auto& desired_readers) {
    bool grew = false;
    for (const auto& [name, current] : current_readers) {
      if (!rebuilt.contains(name) && desired_readers.contains(name) &&
          reads_changed(context, rebuilt, current)) {
        rebuilt.insert(name);
        grew = true;
      }
    }
    return grew;
  };
  while (grow(context.current.views, context.desired.views) ||
         grow(context.current.materialized_views, context.desired.materialized_views)) {
  }
  return rebuilt;
}

}  // namespace

void diff_kind(model::KindTag<model::View> /*kind*/, DiffContext& context) {
  context.rebuilt_readers = rebuilt_readers(context);
  const auto& rebuilt = context.rebuilt_readers;
  for (const auto& [name, wanted] : context.desired.views) {
    const auto found = context.current.views.find(name);
    if (found == context.current.views.end()) {
      context.out.push_back(ViewChange{std::nullopt, wanted, false});
    } else if (rebuilt.contains(name)) {
      context.out.push_back(ViewChange{
          found->second, wanted,
          definition_after_renames(context, found->second.definition, found->second.depends_on) ==
              wanted.definition});
    } else if (found->second.comment != wanted.comment || found->second.options != wanted.options ||
               found->second.column_comments != wanted.column_comments) {
      context.out.push_back(ViewChange{found->second, wanted, false});
    }
  }
  for (const auto& [name, current] : context.current.views) {
    if (!context.desired.views.contains(name)) {
      context.out.push_back(ViewChange{current, std::nullopt, false});
    }
  }
}

}  // namespace diff
