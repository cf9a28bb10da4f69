#pragma once

#include <vector>

#include "diff/change.hpp"
#include "model/catalog.hpp"

// PostgreSQL's deparser is not always idempotent: an expression read back from
// the catalog (`current`) and the same text built again in the scratch
// database (`normalized`) can print differently (a varchar IN-list check is
// the classic case). So an object counts as unchanged when the desired text as
// written equals the database's, or its normalised form does; and statements
// are rendered from the text as written, so applying it leaves exactly the
// normalised form behind.
namespace reconcile {

// Returns `normalized` with every object (table member, view, sequence, ...)
// replaced by its `raw` counterpart where that raw counterpart equals the one
// in `current`.
[[nodiscard]] model::Catalog prefer_raw_where_current(model::Catalog normalized,
                                                      const model::Catalog& raw,
                                                      const model::Catalog& current);

// Returns `changes` with each desired side (`after`) replaced by its `raw`
// counterpart of the same name, where there is one, for rendering.
[[nodiscard]] std::vector<diff::Change> with_raw_targets(std::vector<diff::Change> changes,
                                                         const model::Catalog& raw);

}  // namespace reconcile
