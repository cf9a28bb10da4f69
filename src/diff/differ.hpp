#pragma once

#include <vector>

#include "base/result.hpp"
#include "diff/change.hpp"
#include "model/catalog.hpp"

namespace diff {

// Returns the changes that turn `current` into `desired`, in a deterministic
// order (kind, then name). Both catalogs must be normalised the same way
// (read from PostgreSQL, or desired normalised through it); desired-only hints
// (renamed_from, value_renames, implicit schemas, "any" extension versions)
// are honoured. Returns an error for a change PostgreSQL cannot make in place
// and tenantctl does not script yet (it names the object and says what to do).
[[nodiscard]] base::Result<std::vector<Change>> diff_catalogs(const model::Catalog& current,
                                                              const model::Catalog& desired);

// Returns one line per kept table whose columns the desired schema lists in
// another order than the table will have after the plan (kept columns keep
// their places, new ones go last; PostgreSQL cannot reorder columns):
// "column order of table public.t: ...". Tables and columns are matched by
// name and renamed_from. Nothing changes for these; the plan says so.
[[nodiscard]] std::vector<std::string> column_order_notes(const model::Catalog& current,
                                                          const model::Catalog& desired);

// Returns true when the SQL `text` (an expression, a view or a function as
// PostgreSQL prints them) holds the identifier `name`, bare or double-quoted,
// outside string literals.
[[nodiscard]] bool mentions_identifier(const std::string& text, const std::string& name);

}  // namespace diff
