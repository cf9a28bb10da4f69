// The view kind's comparison (part of tenantctl_diff).
#include <algorithm>

#include "diff/kind_diff.hpp"
#include "diff/sql_renames.hpp"

namespace diff {
namespace {

using model::QualifiedName;

// Returns the view's definition as PostgreSQL will print it once this
// plan's column renames have run, where that can be told
// (sql_renames.hpp); "" when it cannot and a renamed column may be read,
// which matches no desired definition.
std::string definition_after_renames(const DiffContext& context, const model::View& view) {
  std::vector<std::string> renamed_names;
  for (const auto& read : view.depends_on) {
    for (const auto& [old_name, new_name] : context.renames.columns_of(read).renamed) {
      renamed_names.push_back(old_name);
    }
  }
  if (renamed_names.empty()) {
    return view.definition;
  }
  if (view.depends_on.size() == 1) {
    const auto& read = view.depends_on.front();
    const auto kept = context.renames.tables.find(read);
    if (kept != context.renames.tables.end() && kept->second == read) {
      if (auto text = rename_in_view(view.definition, read.schema, read.name,
                                     context.renames.columns_of(read))) {
        return *text;
      }
    }
  }
  const bool mentions = std::any_of(
      renamed_names.begin(), renamed_names.end(),
      [&](const std::string& old_name) { return mentions_identifier(view.definition, old_name); });
  return mentions ? std::string() : view.definition;
}

}  // namespace

void diff_kind(model::KindTag<model::View> /*kind*/, DiffContext& context) {
  // Views to drop and create again: changed ones, and (repeatedly) those
  // reading a table whose columns change under them or a view rebuilt.
  std::set<QualifiedName> rebuilt;
  for (const auto& [name, current] : context.current.views) {
    const auto wanted = context.desired.views.find(name);
    if (wanted != context.desired.views.end() &&
        wanted->second.definition != definition_after_renames(context, current)) {
      rebuilt.insert(name);
    }
  }
  bool grew = true;
  while (grew) {
    grew = false;
    for (const auto& [name, current] : context.current.views) {
      if (rebuilt.contains(name)) {
        continue;
      }
      const bool reads_changed =
          std::any_of(current.depends_on.begin(), current.depends_on.end(),
                      [&](const QualifiedName& read) {
                        return context.rebuild_readers_of.contains(read) ||
                               rebuilt.contains(read) ||
                               (context.current.views.contains(read) &&
                                !context.desired.views.contains(read));
                      }) ||
          std::any_of(current.calls.begin(), current.calls.end(), [&](const QualifiedName& called) {
            return context.replaced_routines.contains(called);
          });
      if (reads_changed && context.desired.views.contains(name)) {
        rebuilt.insert(name);
        grew = true;
      }
    }
  }
  for (const auto& [name, wanted] : context.desired.views) {
    const auto found = context.current.views.find(name);
    if (found == context.current.views.end()) {
      context.out.push_back(ViewChange{std::nullopt, wanted, false});
    } else if (rebuilt.contains(name)) {
      context.out.push_back(
          ViewChange{found->second, wanted,
                     definition_after_renames(context, found->second) == wanted.definition});
    } else if (found->second.comment != wanted.comment || found->second.options != wanted.options) {
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
