#pragma once

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "ddl/render.hpp"
#include "manifest/manifest.hpp"
#include "plan/planner.hpp"

namespace pg {
class Session;
}  // namespace pg

namespace reconcile {

// The desired schema as written, and (made on first need, once) the same
// schema in PostgreSQL's own spelling, obtained by building it in a scratch
// database and reading it back ("normalising"). Thread-safe.
class DesiredSchema {
 public:
  // `scratch_conninfo`: a database on a server where the role may CREATE
  // DATABASE; nullopt when none is known (normalising then fails with a hint).
  DesiredSchema(manifest::Manifest manifest, std::optional<std::string> scratch_conninfo);
  // The same, with the manifest still being read (e.g. by std::async), so
  // that reading the TOML overlaps with reading catalogs: ready() waits for
  // it.
  DesiredSchema(std::future<base::Result<manifest::Manifest>> loading,
                std::optional<std::string> scratch_conninfo);

  // Waits until the manifest is read; returns the error reading it failed
  // with (a config error naming file:line:col). raw() and ignore() may be
  // used only after ready() succeeded.
  [[nodiscard]] base::Result<void> ready();
  [[nodiscard]] const model::Catalog& raw() const { return *m_raw; }
  // The same catalog, shared (a plan of a tenant in sync keeps it as its
  // target without a copy).
  [[nodiscard]] std::shared_ptr<const model::Catalog> shared_raw() const { return m_raw; }
  [[nodiscard]] const std::vector<std::string>& ignore() const { return m_ignore; }
  // The roles the schema names (policies' TO, grantees; not PUBLIC), sorted,
  // some maybe through placeholders (model/placeholders.hpp).
  [[nodiscard]] const std::vector<std::string>& roles() const { return m_roles; }
  // Returns the normalised catalog, building it on the first call.
  [[nodiscard]] base::Result<model::Catalog> normalized();
  // Sets the scratch server when none was given (tenant create: the server it
  // creates databases on).
  void set_fallback_scratch(const std::string& conninfo);
  // Sets what makes a scratch server when none was given (a throwaway local
  // cluster): called once, on the worker that first needs to normalise; its
  // error is then normalized()'s.
  void set_scratch_provider(std::function<base::Result<std::string>()> provider);
  // The error normalized() failed with: the same for every tenant (the
  // desired schema PostgreSQL rejects, a scratch server that cannot be
  // used), so a fleet run stops starting tenants and says it once. nullopt
  // while normalized() has not failed.
  [[nodiscard]] std::optional<base::Error> shared_error() const;

 private:
  void take(manifest::Manifest manifest);

  std::future<base::Result<manifest::Manifest>> m_loading;
  std::once_flag m_loaded;
  std::optional<base::Error> m_load_error;
  std::shared_ptr<const model::Catalog> m_raw = std::make_shared<const model::Catalog>();
  std::vector<std::string> m_ignore;
  std::vector<std::string> m_roles;
  std::optional<std::string> m_scratch;
  std::optional<std::string> m_fallback_scratch;
  std::function<base::Result<std::string>()> m_scratch_provider;
  mutable std::mutex m_mutex;
  std::optional<base::Result<model::Catalog>> m_normalized;
  std::atomic<bool> m_failed{false};  // m_normalized holds an error
};

// Returns a config error naming the `roles` (exact names) that do not exist
// on the server `session` is connected to, before anything is changed.
[[nodiscard]] base::Result<void> check_roles_exist(pg::Session& session,
                                                   const std::vector<std::string>& roles);

// Builds `desired` in a new database created through `scratch_conninfo`,
// reads it back, drops the database, and returns the catalog read, with the
// desired-only hints (renames, implicit schemas, "any version", sources) of
// `desired` carried over. Errors in the desired schema (a type that does not
// exist, an expression that does not parse) come back as config errors naming
// the object and where it was declared.
[[nodiscard]] base::Result<model::Catalog> normalize(const model::Catalog& desired,
                                                     const std::string& scratch_conninfo);

// What a plan of one database against the desired schema found.
struct PlanOutcome {
  plan::Plan plan;
  // The desired catalog the plan leads to (normalised unless the raw one
  // already matched), for verifying after apply. Shared: every tenant of a
  // fleet run with the same plan holds the same one.
  std::shared_ptr<const model::Catalog> desired;
};

// Plans `current` (already filtered by the ignore patterns) against
// `desired`: when the raw desired schema already matches, the plan is empty
// and no scratch database is used; otherwise it is normalised and diffed.
[[nodiscard]] base::Result<PlanOutcome> plan_database(const model::Catalog& current,
                                                      DesiredSchema& desired,
                                                      const ddl::RenderOptions& options);

}  // namespace reconcile
