#include "reconcile/desired.hpp"

#include "diff/differ.hpp"
#include "model/ignore.hpp"
#include "reconcile/prefer_raw.hpp"

namespace reconcile {

DesiredSchema::DesiredSchema(manifest::Manifest manifest,
                             std::optional<std::string> scratch_conninfo)
    : m_scratch(std::move(scratch_conninfo)) {
  std::call_once(m_loaded, [&] { take(std::move(manifest)); });
}

DesiredSchema::DesiredSchema(std::future<base::Result<manifest::Manifest>> loading,
                             std::optional<std::string> scratch_conninfo)
    : m_loading(std::move(loading)), m_scratch(std::move(scratch_conninfo)) {}

void DesiredSchema::take(manifest::Manifest manifest) {
  m_raw = std::make_shared<const model::Catalog>(
      model::without_ignored(std::move(manifest.catalog), manifest.ignore));
  m_ignore = std::move(manifest.ignore);
}

base::Result<void> DesiredSchema::ready() {
  std::call_once(m_loaded, [&] {
    auto loaded = m_loading.get();
    if (loaded) {
      take(std::move(*loaded));
    } else {
      m_load_error = loaded.error();
    }
  });
  if (m_load_error) {
    return *m_load_error;
  }
  return {};
}

void DesiredSchema::set_fallback_scratch(const std::string& conninfo) {
  const std::lock_guard lock(m_mutex);
  m_fallback_scratch = conninfo;
}

base::Result<model::Catalog> DesiredSchema::normalized() {
  const std::lock_guard lock(m_mutex);
  if (!m_normalized) {
    const auto& scratch = m_scratch ? m_scratch : m_fallback_scratch;
    if (!scratch) {
      m_normalized = base::Result<model::Catalog>(
          base::Error("the desired schema differs from the database as written, and comparing "
                      "it exactly needs a scratch PostgreSQL server",
                      base::ErrorKind::config)
              .with_hint("pass --scratch-url (a server where tenantctl may create and drop a "
                         "database) or set TENANTCTL_SCRATCH_URL"));
    } else {
      m_normalized = normalize(*m_raw, *scratch);
    }
  }
  return *m_normalized;
}

base::Result<PlanOutcome> plan_database(const model::Catalog& current, DesiredSchema& desired,
                                        const ddl::RenderOptions& options) {
  if (auto loaded = desired.ready(); !loaded) {
    return loaded.error();
  }
  auto raw_changes = diff::diff_catalogs(current, desired.raw());
  if (raw_changes && raw_changes->empty()) {
    return PlanOutcome{plan::Plan{}, desired.shared_raw()};
  }
  auto normalized = desired.normalized();
  if (!normalized) {
    return normalized.error();
  }
  auto target = prefer_raw_where_current(std::move(*normalized), desired.raw(), current);
  auto changes = diff::diff_catalogs(current, target);
  if (!changes) {
    return changes.error();
  }
  const ddl::RenderContext context(current, target, options);
  auto made = plan::make_plan(with_raw_targets(std::move(*changes), desired.raw()), context);
  if (!made) {
    return made.error();
  }
  return PlanOutcome{std::move(*made), std::make_shared<const model::Catalog>(std::move(target))};
}

}  // namespace reconcile
