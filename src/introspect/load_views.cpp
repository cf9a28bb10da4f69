// Views and what they read.
#include <algorithm>

#include "introspect/loaders.hpp"
#include "pg/session.hpp"

namespace introspect::detail {

base::Result<void> load_views(const pg::Rows& rows, const pg::Rows& dependencies,
                              model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    auto name = qualified(rows, row);
    if (model::is_always_ignored(name)) {
      continue;
    }
    model::View view{.name = name,
                     .definition = std::string(rows.text(row, 2)),
                     .comment = rows.optional_text(row, 3)};
    catalog.views.insert_or_assign(std::move(name), std::move(view));
  }

  for (std::size_t row = 0; row < dependencies.size(); ++row) {
    const auto found = catalog.views.find(qualified(dependencies, row));
    if (found != catalog.views.end()) {
      found->second.depends_on.push_back(qualified(dependencies, row, 2));
    }
  }
  // Sorted bytewise here, whatever order the database's collation gave.
  for (auto& [name, view] : catalog.views) {
    std::sort(view.depends_on.begin(), view.depends_on.end());
    view.depends_on.erase(std::unique(view.depends_on.begin(), view.depends_on.end()),
                          view.depends_on.end());
  }
  return {};
}

}  // namespace introspect::detail
