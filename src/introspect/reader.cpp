#include "introspect/reader.hpp"

#include "introspect/loaders.hpp"
#include "pg/session.hpp"

namespace introspect {
namespace {

struct Step {
  const char* what;
  base::Result<void> (*load)(pg::Session&, model::Catalog&);
};

// Tables come before their constraints and indexes, which attach to them.
constexpr Step k_steps[] = {
    {"reading schemas", detail::load_schemas},
    {"reading extensions", detail::load_extensions},
    {"reading enums", detail::load_enums},
    {"reading sequences", detail::load_sequences},
    {"reading tables and columns", detail::load_tables},
    {"reading constraints", detail::load_constraints},
    {"reading indexes", detail::load_indexes},
    {"reading views", detail::load_views},
    {"reading objects tenantctl does not manage", detail::load_unmanaged},
};

}  // namespace

base::Result<model::Catalog> read_catalog(pg::Session& session) {
  if (auto begun = session.execute("begin isolation level repeatable read read only;"
                                   " select pg_catalog.set_config('search_path', 'public', true)");
      !begun) {
    return begun.error().with_context("starting a catalog snapshot");
  }
  model::Catalog catalog;
  for (const auto& step : k_steps) {
    if (auto done = step.load(session, catalog); !done) {
      (void)session.execute("rollback");
      return done.error().with_context(step.what);
    }
  }
  if (auto ended = session.execute("commit"); !ended) {
    return ended.error().with_context("ending the catalog snapshot");
  }
  return catalog;
}

}  // namespace introspect
