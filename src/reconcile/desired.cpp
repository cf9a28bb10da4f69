#include "reconcile/desired.hpp"

#include <fmt/format.h>

#include <set>

#include "diff/differ.hpp"
#include "model/ignore.hpp"
#include "model/placeholders.hpp"
#include "pg/quote.hpp"
#include "pg/session.hpp"
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
  m_roles = model::named_roles(*m_raw);
}

base::Result<void> check_roles_exist(pg::Session& session, const std::vector<std::string>& roles) {
  if (roles.empty()) {
    return {};
  }
  std::string list;
  for (const auto& role : roles) {
    list += (list.empty() ? "" : ", ") + pg::quote_literal(role);
  }
  auto missing = session.query(
      fmt::format("select r from pg_catalog.unnest(array[{}]::text[]) r"
                  " where not exists (select 1 from pg_catalog.pg_roles where rolname = r)",
                  list));
  if (!missing) {
    return missing.error().with_context("checking the roles the schema names");
  }
  if (missing->size() == 0) {
    return {};
  }
  std::string names;
  for (std::size_t row = 0; row < missing->size(); ++row) {
    names += (row > 0 ? ", " : "") + pg::quote_ident(std::string(missing->text(row, 0)));
  }
  return base::Error(fmt::format("the schema names roles this database's server does not have: {}; "
                                 "nothing was changed",
                                 names),
                     base::ErrorKind::config)
      .with_hint(
          "roles belong to the server, not to the schema: create them (CREATE ROLE ... "
          "NOLOGIN) or take them out of the schema's policies and grants");
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

void DesiredSchema::set_scratch_provider(std::function<base::Result<std::string>()> provider) {
  m_scratch_provider = std::move(provider);
}

base::Result<model::Catalog> DesiredSchema::normalized() {
  const std::lock_guard lock(m_mutex);
  if (!m_normalized) {
    auto scratch = m_scratch ? m_scratch : m_fallback_scratch;
    if (!scratch && m_scratch_provider) {
      auto made = m_scratch_provider();
      if (!made) {
        m_normalized = base::Result<model::Catalog>(made.error());
        m_failed = true;
        return *m_normalized;
      }
      scratch = std::move(*made);
    }
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
    m_failed = !*m_normalized;
  }
  return *m_normalized;
}

std::optional<base::Error> DesiredSchema::shared_error() const {
  if (!m_failed.load()) {
    return std::nullopt;
  }
  const std::lock_guard lock(m_mutex);
  return m_normalized->error();
}

base::Result<PlanOutcome> plan_database(const model::Catalog& current, DesiredSchema& desired,
                                        const ddl::RenderOptions& options) {
  if (auto loaded = desired.ready(); !loaded) {
    return loaded.error();
  }
  auto raw_changes = diff::diff_catalogs(current, desired.raw());
  if (raw_changes && raw_changes->empty()) {
    plan::Plan in_sync;
    in_sync.notes = diff::column_order_notes(current, desired.raw());
    return PlanOutcome{std::move(in_sync), desired.shared_raw()};
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
  made->notes = diff::column_order_notes(current, desired.raw());
  return PlanOutcome{std::move(*made), std::make_shared<const model::Catalog>(std::move(target))};
}

}  // namespace reconcile
