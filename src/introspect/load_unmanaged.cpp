// Objects of kinds tenantctl does not manage yet: read so that they can be
// reported, never silently left out.
#include <algorithm>

#include "introspect/catalog_queries.hpp"
#include "introspect/loaders.hpp"
#include "pg/session.hpp"

namespace introspect::detail {
namespace {

namespace col = queries::unmanaged_column;

// "evt", "trg on public.t", "public.child inherits public.parent",
// "public.v".
std::string identity(const pg::Rows& rows, std::size_t row) {
  if (rows.text(row, col::k_schema).empty()) {
    return model::display_part(
        std::string(rows.text(row, col::k_name)));  // an event trigger: no schema
  }
  const auto name = model::display_name(qualified(rows, row, col::k_schema));
  if (!rows.is_null(row, col::k_arguments)) {
    return name + "(" + std::string(rows.text(row, col::k_arguments)) + ")";
  }
  if (!rows.is_null(row, col::k_member)) {
    return model::display_part(std::string(rows.text(row, col::k_member))) + " on " + name;
  }
  if (!rows.is_null(row, col::k_other_schema)) {
    return name + " inherits " + model::display_name(qualified(rows, row, col::k_other_schema));
  }
  return name;
}

}  // namespace

base::Result<void> load_unmanaged(const pg::Rows& rows, model::Catalog& catalog) {
  for (std::size_t row = 0; row < rows.size(); ++row) {
    if (model::is_always_ignored(qualified(rows, row, col::k_schema))) {
      continue;  // e.g. a trigger on knex's tables
    }
    catalog.unmanaged.push_back(
        model::Unmanaged{std::string(rows.text(row, col::k_kind)), identity(rows, row)});
  }
  std::sort(catalog.unmanaged.begin(), catalog.unmanaged.end());
  catalog.unmanaged.erase(std::unique(catalog.unmanaged.begin(), catalog.unmanaged.end()),
                          catalog.unmanaged.end());
  return {};
}

}  // namespace introspect::detail
