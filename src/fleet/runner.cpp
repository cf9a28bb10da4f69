#include "fleet/runner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <span>
#include <thread>

#include "crypto/secrets.hpp"
#include "diff/differ.hpp"
#include "fleet/apply_ledger.hpp"
#include "fleet/audit.hpp"
#include "fleet/catalog_state.hpp"
#include "fleet/connect.hpp"
#include "fleet/parallel.hpp"
#include "fleet/progress.hpp"
#include "fleet/shared_run.hpp"
#include "introspect/reader.hpp"
#include "knex/migrator.hpp"
#include "manifest/writer.hpp"
#include "model/ignore.hpp"
#include "model/placeholders.hpp"
#include "pg/quote.hpp"
#include "pg/session.hpp"

namespace fleet {
namespace {

using Clock = std::chrono::steady_clock;
using PlanResult = base::Result<reconcile::PlanOutcome>;

// The catalog's identity: its canonical TOML, plus what TOML does not carry
// but a plan depends on (the role that creates objects, indexes left invalid
// by a failed build).
std::string fingerprint(const model::Catalog& catalog) {
  std::string text = manifest::write_toml(catalog);
  text += "\n# creator " + catalog.creator;
  for (const auto& [name, table] : catalog.tables) {
    for (const auto& [index_name, index] : table.indexes) {
      if (index.invalid) {
        text += fmt::format("\n# invalid index {}.{}", name.schema, index_name);
      }
    }
  }
  return crypto::sha256_hex(text);
}

// Plans once per fingerprint; later callers with the same fingerprint wait
// for the first and share its plan.
class PlanCache {
 public:
  PlanCache(reconcile::DesiredSchema& desired, const ddl::RenderOptions& render)
      : m_desired(desired), m_render(render) {}

  PlanResult plan(const std::string& key, const model::Catalog& current) {
    std::promise<PlanResult> promise;
    std::shared_future<PlanResult> future;
    bool mine = false;
    {
      const std::lock_guard lock(m_mutex);
      auto found = m_plans.find(key);
      if (found == m_plans.end()) {
        future = promise.get_future().share();
        m_plans.emplace(key, future);
        mine = true;
      } else {
        future = found->second;
      }
    }
    if (mine) {
      promise.set_value(reconcile::plan_database(current, m_desired, m_render));
    }
    return future.get();
  }

  // Plans `current` while its key is made on another thread (nothing to
  // wait for when the run has one target), then keeps the plan under the key.
  PlanResult plan_beside_key(const model::Catalog& current, std::string& key) {
    auto making = std::async(std::launch::async, [&current] { return fingerprint(current); });
    auto planned = reconcile::plan_database(current, m_desired, m_render);
    key = making.get();
    std::promise<PlanResult> promise;
    promise.set_value(planned);
    const std::lock_guard lock(m_mutex);
    m_plans.emplace(key, promise.get_future().share());
    return planned;
  }

  // Returns the plan made for `key` in this run (waiting for it when it is
  // being made), or nullopt when none was made or started.
  std::optional<PlanResult> find(const std::string& key) {
    std::shared_future<PlanResult> future;
    {
      const std::lock_guard lock(m_mutex);
      const auto found = m_plans.find(key);
      if (found == m_plans.end()) {
        return std::nullopt;
      }
      future = found->second;
    }
    return future.get();
  }

  [[nodiscard]] std::size_t size() const {
    const std::lock_guard lock(m_mutex);
    return m_plans.size();
  }

 private:
  reconcile::DesiredSchema& m_desired;
  ddl::RenderOptions m_render;
  mutable std::mutex m_mutex;
  std::map<std::string, std::shared_future<PlanResult>> m_plans;
};

std::string hazard_refusal(const std::vector<ddl::Statement>& statements,
                           const std::vector<ddl::HazardKind>& allowed) {
  std::string refused;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    for (const auto& hazard : statements[i].hazards) {
      if (std::find(allowed.begin(), allowed.end(), hazard.kind) == allowed.end()) {
        refused += fmt::format("{}statement {} ({}): {}", refused.empty() ? "" : "; ", i + 1,
                               statements[i].source, ddl::hazard_name(hazard.kind));
      }
    }
  }
  return refused;
}

}  // namespace

std::vector<ddl::HazardKind> refused_hazards(const std::vector<ddl::Statement>& statements,
                                             const std::vector<ddl::HazardKind>& allowed) {
  std::set<ddl::HazardKind> refused;
  for (const auto& statement : statements) {
    for (const auto& hazard : statement.hazards) {
      if (std::find(allowed.begin(), allowed.end(), hazard.kind) == allowed.end()) {
        refused.insert(hazard.kind);
      }
    }
  }
  return {refused.begin(), refused.end()};
}

std::string allow_hazards_value(const std::vector<ddl::HazardKind>& kinds) {
  std::string out;
  for (const auto kind : kinds) {
    out += (out.empty() ? "" : ",") + std::string(ddl::hazard_name(kind));
  }
  return out;
}

namespace {

class Runner {
 public:
  Runner(const std::vector<Target>& targets, reconcile::DesiredSchema& desired,
         const crypto::EncryptionKey* key, const RunOptions& options, const std::atomic<bool>& stop)
      : m_targets(targets),
        m_desired(desired),
        m_key(key),
        m_options(options),
        m_stop(stop),
        m_cache(desired, options.render) {}

  RunReport run() {
    const auto started = Clock::now();
    m_results.resize(m_targets.size());
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
      m_results[i].label = m_targets[i].label;
      m_results[i].id = m_targets[i].tenant ? m_targets[i].tenant->id : "";
      m_results[i].error = "not started";
    }
    std::optional<ProgressLine> progress;
    if (m_options.progress) {
      progress.emplace(m_counts, m_targets.size(), m_options.apply ? "applied" : "drifted");
    }
    const std::size_t canary =
        m_options.apply && m_options.shared == nullptr
            ? std::min<std::size_t>(static_cast<std::size_t>(std::max(0, m_options.canary)),
                                    m_targets.size())
            : 0;
    if (m_options.shared != nullptr) {
      run_shared(*m_options.shared);
    } else {
      run_range(0, canary);
      if (canary > 0 && m_counts.failed.load() > 0) {
        for (std::size_t i = canary; i < m_targets.size(); ++i) {
          m_results[i].error = "not started: a canary tenant failed";
        }
      } else {
        run_range(canary, m_targets.size());
      }
    }
    progress.reset();
    RunReport report;
    report.tenants = std::move(m_results);
    report.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    report.interrupted = m_stop.load();
    report.distinct_plans = m_cache.size();
    report.shared_error = m_desired.shared_error();
    return report;
  }

 private:
  bool may_start() const {
    // The desired schema cannot be built (the same for every tenant): the
    // run stops, and says it once (RunReport::shared_error).
    if (m_stop.load() || m_desired.shared_error()) {
      return false;
    }
    return !m_options.max_failures ||
           m_counts.failed.load() < static_cast<std::size_t>(*m_options.max_failures);
  }

  // Claims targets from the shared run until none is left and no other
  // process holds a live claim (or Ctrl-C, or too many failures): the claims
  // of a process that died are taken over once their lease runs out.
  // Targets this process never claimed are reported as skipped, done by
  // another process.
  void run_shared(SharedRun& shared) {
    const auto unclaimed =
        fmt::format("not started here: shared run '{}' gave it to another process", shared.name());
    for (auto& result : m_results) {
      result.error = unclaimed;
    }
    const auto worker = [&] {
      while (may_start()) {
        const auto index = shared.claim();
        if (!index) {
          // Another process's claims may yet expire (it died): wait for
          // them, a second at a time, and take them over.
          if (!shared.others_hold_live_claims()) {
            return;
          }
          for (int tick = 0; tick < 10 && !m_stop.load(); ++tick) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
          }
          continue;
        }
        run_one(*index);
        shared.finish(*index, m_results[*index]);
      }
    };
    std::vector<std::thread> workers;
    for (int i = 0; i < std::max(1, m_options.concurrency); ++i) {
      workers.emplace_back(worker);
    }
    for (auto& thread : workers) {
      thread.join();
    }
    // The central database gone for good: the targets not claimed here may
    // be claimed by no one; they fail, said, and the run goes on when the
    // same command runs again.
    if (const auto lost = shared.lost()) {
      for (auto& result : m_results) {
        if (result.outcome == Outcome::skipped && result.error == unclaimed) {
          result =
              failed(std::move(result),
                     lost->with_context("not started")
                         .with_hint(fmt::format("run the same command again (--run {}): the run "
                                                "goes on where it stopped",
                                                shared.name())));
        }
      }
    }
  }

  void run_one(std::size_t index) {
    const auto started = Clock::now();
    TenantResult result = process(m_targets[index]);
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    if (needs_attention(result)) {
      ++m_counts.failed;
    }
    if (result.outcome == Outcome::drift || result.outcome == Outcome::applied) {
      ++m_counts.changed;
    }
    m_results[index] = std::move(result);
    ++m_counts.done;
  }

  void run_range(std::size_t begin, std::size_t end) {
    for_each_bounded(
        begin, end, m_options.concurrency, [&] { return may_start(); },
        [&](std::size_t index) { run_one(index); },
        [&](std::size_t index) {
          m_results[index].error = m_stop.load() ? "not started: interrupted"
                                   : m_desired.shared_error()
                                       ? "not started: the desired schema cannot be built"
                                       : "not started: too many failures";
        });
  }

  // Connects to a tenant, runs or lists its pending migrations, plans it
  // and, for apply, applies the plan.
  TenantResult process(const Target& target) {
    TenantResult result;
    result.label = target.label;
    result.id = target.tenant ? target.tenant->id : "";
    auto made = target_conninfo(target, m_key, m_options.connect_timeout_seconds);
    if (!made) {
      return failed(std::move(result), made.error());
    }
    const crypto::Secret conninfo = std::move(*made);
    auto session = pg::Session::open(
        conninfo.view(),
        pg::SessionOptions{.connect_timeout_seconds = m_options.connect_timeout_seconds,
                           .application_name = "tenantctl",
                           .stop_with_client = true});
    if (!session) {
      return failed(std::move(result), session.error());
    }
    // A role the schema names must exist before any statement runs, the
    // pending migrations' included (they name the same roles).
    if (m_options.apply && m_options.migrations != nullptr) {
      if (auto exist = roles_exist(target, *session); !exist) {
        return failed(std::move(result), exist.error());
      }
    }
    // apply --plan: the tenant must be as it was when the plan was made.
    const ReviewedTenant* reviewed = nullptr;
    if (m_options.apply && m_options.reviewed != nullptr) {
      auto checked = check_reviewed(target, *session, conninfo.view(), result);
      if (!checked) {
        return failed(std::move(result), checked.error());
      }
      reviewed = *checked;
      if (reviewed == nullptr) {
        return result;  // skipped, with the reason
      }
    }
    // Pending migration files run (apply) or are listed (plan) first; apply
    // runs none before the desired schema is known to build.
    if (auto builds = desired_builds_before_files(*session); !builds) {
      return failed(std::move(result), builds.error());
    }
    if (auto migrated = run_migration_step(*session, m_options, result); !migrated) {
      return failed(std::move(result), migrated.error());
    }
    if (!m_options.check_drift) {
      result.outcome = result.migrated.empty() ? Outcome::in_sync : Outcome::applied;
      result.drift_checked = false;
      result.error.clear();
      return result;
    }
    // A plan may skip reading a catalog that apply recorded and that has not
    // changed since, when its fingerprint was planned already in this run.
    if (!m_options.apply) {
      if (auto unchanged = from_recorded_state(target, *session, result)) {
        return std::move(*unchanged);
      }
    }
    // A single target may read a large catalog over up to three connections
    // at once; in a fleet, tenants run in parallel instead, one connection each.
    const introspect::ReadOptions read{
        .extra_connections =
            m_targets.size() == 1 ? introspect::extra_connections_for(conninfo.view()) : 0,
        .conninfo = conninfo.view()};
    std::string first_stamp;
    TenantRoles roles;
    auto planned = read_and_plan(target, *session, read, first_stamp, roles, result);
    if (!planned) {
      return failed(std::move(result), planned.error());
    }
    result.statements = resolved(planned->plan.statements, roles);
    result.notes = planned->plan.notes;
    if (planned->plan.empty()) {
      return in_sync(*session, read, first_stamp, roles, std::move(result));
    }
    if (!m_options.apply) {
      result.outcome = Outcome::drift;
      result.error.clear();
      return result;
    }
    if (reviewed != nullptr) {
      if (auto same = matches_reviewed(*reviewed, result.statements); !same) {
        return failed(std::move(result), same.error());
      }
    }
    if (const auto refused = hazard_refusal(result.statements, m_options.allowed_hazards);
        !refused.empty()) {
      result.outcome = Outcome::blocked;
      result.error = fmt::format(
          "hazards not allowed: {}; to apply anyway: --allow-hazards {}", refused,
          allow_hazards_value(refused_hazards(result.statements, m_options.allowed_hazards)));
      return result;
    }
    return apply_planned(*session, read, *planned, roles, std::move(result));
  }

  // apply, before a tenant's pending migration files run: the desired
  // schema must build in PostgreSQL (normalised once per run), so that a
  // schema that does not (the same for every tenant, said once) never leaves
  // a tenant migrated and then failed.
  base::Result<void> desired_builds_before_files(pg::Session& session) {
    if (!m_options.apply || m_options.migrations == nullptr || !m_options.check_drift) {
      return {};
    }
    auto history = knex::read_status(session, *m_options.migrations);
    if (!history) {
      return history.error();
    }
    if (history->pending.empty()) {
      return {};
    }
    if (auto loaded = m_desired.ready(); !loaded) {
      return loaded.error();
    }
    if (auto built = m_desired.normalized(); !built) {
      return built.error();
    }
    return {};
  }

  // apply --plan, before anything runs: the tenant is in the reviewed plan,
  // its catalog has the fingerprint it was planned against, and its pending
  // migration files are the ones listed. Returns its entry; nullptr (with
  // `result` skipped and the reason) when it is not in the plan or changed.
  base::Result<const ReviewedTenant*> check_reviewed(const Target& target, pg::Session& session,
                                                     std::string_view conninfo,
                                                     TenantResult& result) {
    const auto found = m_options.reviewed->tenants.find(target.label);
    const auto skip = [&](std::string reason) -> base::Result<const ReviewedTenant*> {
      result.outcome = Outcome::skipped;
      result.error = std::move(reason);
      return static_cast<const ReviewedTenant*>(nullptr);
    };
    if (found == m_options.reviewed->tenants.end()) {
      return skip("not in the reviewed plan: nothing done");
    }
    const ReviewedTenant& reviewed = found->second;
    if (m_options.migrations != nullptr) {
      auto history = knex::read_status(session, *m_options.migrations);
      if (!history) {
        return history.error();
      }
      if (history->pending != reviewed.pending) {
        return skip(fmt::format(
            "changed since the reviewed plan was made: {} pending migration file(s) now, {} then; "
            "nothing done (plan again)",
            history->pending.size(), reviewed.pending.size()));
      }
    }
    if (auto loaded = m_desired.ready(); !loaded) {
      return loaded.error();
    }
    auto catalog = introspect::read_catalog(
        session, introspect::ReadOptions{.extra_connections = 0, .conninfo = conninfo});
    if (!catalog) {
      return catalog.error();
    }
    auto named = tenant_roles(target, session);
    if (!named) {
      return named.error();
    }
    const auto now = fingerprint(neutral(std::move(*catalog), *named));
    if (now != reviewed.fingerprint) {
      return skip(fmt::format(
          "changed since the reviewed plan was made (catalog {}, planned against {}); nothing "
          "done (plan again)",
          now.substr(0, 12), reviewed.fingerprint.substr(0, 12)));
    }
    return &reviewed;
  }

  // apply --plan, once the pending files ran: what is left to apply must be
  // what the reviewed plan says (all of it when no file ran; some of it when
  // files ran, which may have made the rest) and nothing else.
  static base::Result<void> matches_reviewed(const ReviewedTenant& reviewed,
                                             const std::vector<ddl::Statement>& statements) {
    std::vector<std::string> sql;
    sql.reserve(statements.size());
    for (const auto& statement : statements) {
      sql.push_back(statement.sql);
    }
    if (reviewed.pending.empty()
            ? sql == reviewed.statements
            : std::all_of(sql.begin(), sql.end(), [&](const auto& each) {
                return std::find(reviewed.statements.begin(), reviewed.statements.end(), each) !=
                       reviewed.statements.end();
              })) {
      return {};
    }
    return base::Error(
               "the plan made now is not the reviewed one (a statement the reviewed plan does not "
               "have); nothing beyond the pending migration files was applied")
        .with_hint("plan again with --out and review the new plan");
  }

  // The names one tenant gives the roles the schema names through
  // placeholders ("{{tenant.db_user}}_ro"), both ways, and every role the
  // schema names as this tenant calls it.
  struct TenantRoles {
    std::map<std::string, std::string> to_placeholder;  // concrete name -> as the schema says it
    std::map<std::string, std::string> to_concrete;     // as the schema says it -> concrete name
    std::vector<std::string> concrete;
  };

  base::Result<TenantRoles> tenant_roles(const Target& target, pg::Session& session) const {
    TenantRoles out;
    const auto& named = m_desired.roles();
    std::set<std::string> literal;
    for (const auto& role : named) {
      if (!model::has_placeholder(role)) {
        literal.insert(role);
        out.concrete.push_back(role);
      }
    }
    if (literal.size() == named.size()) {
      return out;
    }
    model::TenantNames names;
    if (target.tenant) {
      names = {target.tenant->username, target.tenant->slug};
    } else {
      // A --url target: its login role is the connection's.
      auto user = session.query("select session_user");
      if (!user) {
        return user.error().with_context("reading the login role for {{tenant.db_user}}");
      }
      names.db_user = std::string(user->text(0, 0));
    }
    for (const auto& role : named) {
      if (!model::has_placeholder(role)) {
        continue;
      }
      auto concrete = model::resolve_role(role, names);
      if (!concrete) {
        return base::Error(fmt::format("the schema names the role {} through {}, which only a "
                                       "registry tenant has a value for",
                                       pg::quote_ident(role), model::k_slug_placeholder),
                           base::ErrorKind::config)
            .with_hint("plan registry tenants (--tenant or --all), or use only {{tenant.db_user}}");
      }
      if (literal.contains(*concrete) || out.to_placeholder.contains(*concrete)) {
        return base::Error(fmt::format("for this tenant the schema names the role {} twice (also "
                                       "as {}); nothing was changed",
                                       pg::quote_ident(*concrete), pg::quote_ident(role)),
                           base::ErrorKind::config);
      }
      out.to_placeholder[*concrete] = role;
      out.to_concrete[role] = *concrete;
      out.concrete.push_back(*concrete);
    }
    return out;
  }

  // A tenant's catalog as the schema sees it: less what it ignores and the
  // partitions made at run time, with
  // the tenant's own role names put back as placeholders, so that tenants
  // that differ only in those share a fingerprint and a plan.
  model::Catalog neutral(model::Catalog catalog, const TenantRoles& roles) const {
    auto kept = model::without_ignored(std::move(catalog), m_desired.ignore());
    model::without_external_partitions(kept, m_desired.raw());
    model::keep_managed_owners(kept, m_desired.raw());
    model::rename_roles(kept, roles.to_placeholder);
    return kept;
  }

  // A shared plan's statements with the tenant's role names in place of the
  // placeholders.
  static std::vector<ddl::Statement> resolved(std::vector<ddl::Statement> statements,
                                              const TenantRoles& roles) {
    const auto replace_all = [](std::string& text, const std::string& from, const std::string& to) {
      for (auto at = text.find(from); at != std::string::npos;
           at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
      }
    };
    for (auto& statement : statements) {
      for (const auto& [placeholder, concrete] : roles.to_concrete) {
        replace_all(statement.sql, pg::quote_ident(placeholder), pg::quote_ident(concrete));
        // What people read names the tenant's roles too.
        const auto shown = model::display_part(placeholder);
        replace_all(statement.source, shown, model::display_part(concrete));
        for (auto& hazard : statement.hazards) {
          replace_all(hazard.reason, shown, model::display_part(concrete));
        }
      }
    }
    return statements;
  }

  static TenantResult failed(TenantResult result, const base::Error& error) {
    result.outcome = Outcome::failed;
    result.error = error.message();
    result.hint = error.hint();
    result.error_kind = base::kind_name(error.kind());
    result.sqlstate = error.sqlstate();
    return result;
  }

  // Reads the tenant's catalog and plans it (once per fingerprint in this
  // run); sets result's unmanaged objects and fingerprint. apply takes the
  // stamp (into `first_stamp`) with this read when tenantctl's tables are
  // there already, so a tenant in sync needs no second read to record it.
  base::Result<reconcile::PlanOutcome> read_and_plan(const Target& target, pg::Session& session,
                                                     const introspect::ReadOptions& read,
                                                     std::string& first_stamp, TenantRoles& roles,
                                                     TenantResult& result) {
    auto first_read = read;
    if (m_options.apply) {
      if (auto exists = bookkeeping_exists(session); exists && *exists) {
        first_read.stamp = &first_stamp;
      }
    }
    auto catalog = introspect::read_catalog(session, first_read);
    if (!catalog) {
      return catalog.error();
    }
    // The desired schema may still be being read (it overlaps the catalog).
    if (auto loaded = m_desired.ready(); !loaded) {
      return loaded.error();
    }
    // A role the schema names must exist before any statement runs.
    auto named = tenant_roles(target, session);
    if (!named) {
      return named.error();
    }
    roles = std::move(*named);
    if (auto exist = reconcile::check_roles_exist(session, roles.concrete); !exist) {
      return exist.error();
    }
    result.unmanaged = catalog->unmanaged;
    const auto current = neutral(std::move(*catalog), roles);
    if (m_targets.size() == 1) {
      // Nothing to share with other tenants: the fingerprint is made beside
      // the plan.
      return m_cache.plan_beside_key(current, result.fingerprint);
    }
    result.fingerprint = fingerprint(current);
    return m_cache.plan(result.fingerprint, current);
  }

  // Checks that the roles the schema names exist on the tenant's server.
  base::Result<void> roles_exist(const Target& target, pg::Session& session) {
    if (auto loaded = m_desired.ready(); !loaded) {
      return loaded.error();
    }
    auto named = tenant_roles(target, session);
    if (!named) {
      return named.error();
    }
    return reconcile::check_roles_exist(session, named->concrete);
  }

  // A tenant with nothing to change; apply records its stamp, so that later
  // plans need not read it again.
  TenantResult in_sync(pg::Session& session, introspect::ReadOptions read,
                       const std::string& first_stamp, const TenantRoles& roles,
                       TenantResult result) {
    result.outcome = result.migrated.empty() ? Outcome::in_sync : Outcome::applied;
    result.error.clear();
    if (!m_options.apply) {
      return result;
    }
    auto recorded =
        first_stamp.empty()
            ? record_state(session, read, roles, result)
            : record_catalog_state(session,
                                   CatalogState{first_stamp, result.fingerprint,
                                                ignore_hash(m_desired.ignore()), result.unmanaged});
    if (!recorded) {
      // Bookkeeping never turns a tenant in sync into a failure.
      result.notes.push_back(fmt::format(
          "its catalog stamp could not be recorded ({}); the next plan reads its catalog again",
          recorded.error().message()));
    }
    return result;
  }

  // Runs `planned` under knex's lock, which keeps knex out until the plan has
  // run and been recorded, on the very catalog it was made for; then records
  // the audit row and the new stamp and checks that nothing remains.
  TenantResult apply_planned(pg::Session& session, introspect::ReadOptions read,
                             const reconcile::PlanOutcome& planned, const TenantRoles& roles,
                             TenantResult result) {
    auto lock = lock_for_plan(session, read.conninfo, result.label, m_options);
    if (!lock) {
      return failed(std::move(result), lock.error());
    }
    // The shared plan is good only for this exact catalog.
    auto again = introspect::read_catalog(session, read);
    if (!again) {
      return failed(std::move(result), again.error());
    }
    if (fingerprint(neutral(std::move(*again), roles)) != result.fingerprint) {
      return failed(std::move(result),
                    base::Error("the database changed after it was planned; nothing was applied"));
    }
    auto tenant_plan = planned.plan;
    tenant_plan.statements = result.statements;  // with this tenant's role names
    // The audit table is there before anything runs: each group's row
    // commits with the group.
    if (auto tables = ensure_bookkeeping(session); !tables) {
      return failed(std::move(result), tables.error());
    }
    std::vector<std::int64_t> audited;
    const auto record = [&](std::size_t first, std::size_t end) -> base::Result<void> {
      auto id = record_group(session, result.fingerprint,
                             std::span(tenant_plan.statements).subspan(first, end - first));
      if (!id) {
        return id.error();
      }
      audited.push_back(*id);
      return {};
    };
    if (auto done = apply::execute_plan(session, tenant_plan, m_options.execute, {}, record);
        !done) {
      return failed(std::move(result), done.error());
    }
    // The plan committed: from here on the tenant is applied, whatever
    // goes wrong after.
    result.outcome = Outcome::applied;
    result.error.clear();
    auto applied = record_applied(session, read, roles, audited);
    if (!applied) {
      return committed_but(std::move(result), applied.error());
    }
    if (*lock) {
      if (auto released = (*lock)->release(); !released) {
        return committed_but(std::move(result), released.error());
      }
    }
    auto residual = diff::diff_catalogs(*applied, *planned.desired);
    if (!residual) {
      return committed_but(std::move(result), residual.error());
    }
    if (!residual->empty()) {
      return committed_but(
          std::move(result),
          base::Error(fmt::format("{} difference(s) remain, first: {}", residual->size(),
                                  diff::describe(residual->front())))
              .with_hint("run `tenantctl plan` on it to see what is left"));
    }
    return result;
  }

  // A tenant whose plan committed, with what failed after it: applied, with
  // the error said, so the operator knows the change is in and what to check.
  static TenantResult committed_but(TenantResult result, const base::Error& error) {
    result.error = "the change committed, but " + error.message();
    result.error_kind = base::kind_name(error.kind());
    result.sqlstate = error.sqlstate();
    result.hint =
        error.hint().empty() ? "run `tenantctl plan` on it to confirm it is in sync" : error.hint();
    return result;
  }

  // After a plan ran (its audit rows `audited` written with its groups):
  // reads the catalog with its stamp, sets the rows' fingerprint_after and
  // records the catalog state; returns the catalog read, without ignored
  // objects.
  base::Result<model::Catalog> record_applied(pg::Session& session, introspect::ReadOptions read,
                                              const TenantRoles& roles,
                                              const std::vector<std::int64_t>& audited) {
    std::string stamp;
    read.stamp = &stamp;
    auto after = introspect::read_catalog(session, read);
    if (!after) {
      return after.error().with_context("checking the result");
    }
    const auto after_unmanaged = after->unmanaged;
    auto applied = neutral(std::move(*after), roles);
    const auto applied_fingerprint = fingerprint(applied);
    if (auto finished = finish_audit(session, audited, applied_fingerprint); !finished) {
      return finished.error();
    }
    if (auto recorded = record_catalog_state(
            session, CatalogState{stamp, applied_fingerprint, ignore_hash(m_desired.ignore()),
                                  after_unmanaged});
        !recorded) {
      return recorded.error();
    }
    return applied;
  }

  // A plan's result for a tenant whose catalog is, by its stamp, the one
  // apply recorded, with the plan already made in this run for that
  // catalog's fingerprint; nullopt (read the catalog) otherwise.
  // The desired schema is waited for only once such a plan exists (it was
  // read by then): the first tenant's catalog read overlaps reading the TOML.
  std::optional<TenantResult> from_recorded_state(const Target& target, pg::Session& session,
                                                  TenantResult result) {
    auto state = recorded_catalog_state(session);
    if (!state || state->current_stamp != state->recorded.stamp) {
      return std::nullopt;
    }
    auto planned = m_cache.find(state->recorded.fingerprint);
    if (!planned || !*planned || !m_desired.ready() ||
        state->recorded.ignore_hash != ignore_hash(m_desired.ignore())) {
      return std::nullopt;
    }
    result.fingerprint = std::move(state->recorded.fingerprint);
    result.unmanaged = std::move(state->recorded.unmanaged);
    result.catalog_read = false;
    auto roles = tenant_roles(target, session);
    if (!roles) {
      return std::nullopt;  // read the catalog: that path reports it
    }
    result.statements = resolved((*planned)->plan.statements, *roles);
    result.notes = (*planned)->plan.notes;
    result.outcome = result.statements.empty() ? Outcome::in_sync : Outcome::drift;
    result.error.clear();
    return result;
  }

  // Records the tenant's catalog stamp with the fingerprint of the catalog
  // read in the same snapshot (a read of its own: the bookkeeping tables may
  // have to be created first, which changes the stamp).
  base::Result<void> record_state(pg::Session& session, introspect::ReadOptions read,
                                  const TenantRoles& roles, const TenantResult& result) {
    if (auto made = ensure_bookkeeping(session); !made) {
      return made.error();
    }
    std::string stamp;
    read.stamp = &stamp;
    auto catalog = introspect::read_catalog(session, read);
    if (!catalog) {
      return catalog.error().with_context("recording the catalog's stamp");
    }
    const auto unmanaged = catalog->unmanaged;
    const auto current = neutral(std::move(*catalog), roles);
    const auto now = fingerprint(current);
    if (now != result.fingerprint) {
      return {};  // changed meanwhile: record nothing, the next plan reads it
    }
    return record_catalog_state(
        session, CatalogState{stamp, now, ignore_hash(m_desired.ignore()), unmanaged});
  }

  const std::vector<Target>& m_targets;
  reconcile::DesiredSchema& m_desired;
  const crypto::EncryptionKey* m_key;
  const RunOptions& m_options;
  const std::atomic<bool>& m_stop;
  PlanCache m_cache;
  std::vector<TenantResult> m_results;
  ProgressCounts m_counts;
};

}  // namespace

std::string_view outcome_name(Outcome outcome) {
  switch (outcome) {
    case Outcome::in_sync:
      return "in_sync";
    case Outcome::drift:
      return "drift";
    case Outcome::applied:
      return "applied";
    case Outcome::failed:
      return "failed";
    case Outcome::blocked:
      return "blocked";
    case Outcome::skipped:
      break;
  }
  return "skipped";
}

std::vector<std::string> pending_files(const TenantResult& tenant) {
  if (!tenant.history || tenant.outcome == Outcome::applied || !tenant.migrated.empty()) {
    return {};
  }
  return tenant.history->pending;
}

bool needs_attention(const TenantResult& tenant) {
  return tenant.outcome == Outcome::failed ||
         (tenant.outcome == Outcome::applied && !tenant.error.empty());
}

Outcome plan_outcome(const TenantResult& tenant) {
  return tenant.outcome == Outcome::in_sync && !pending_files(tenant).empty() ? Outcome::drift
                                                                              : tenant.outcome;
}

RunReport run_fleet(const std::vector<Target>& targets, reconcile::DesiredSchema& desired,
                    const crypto::EncryptionKey* key, const RunOptions& options,
                    const std::atomic<bool>& stop) {
  return Runner(targets, desired, key, options, stop).run();
}

}  // namespace fleet
