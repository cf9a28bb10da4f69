#include "fleet/shared_run.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <array>

#include "fleet/runner.hpp"
#include "pg/quote.hpp"

namespace fleet {
namespace {

// Several processes start a shared run at once: CREATE ... IF NOT EXISTS is
// not safe against a concurrent twin (a unique violation on the catalog), so
// the creation is serialised with a transaction-scoped advisory lock.
constexpr const char* k_create_claims =
    "begin;\n"
    "select pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('tenantctl.run_claims'));\n"
    "create schema if not exists tenantctl;\n"
    "create table if not exists tenantctl.run_claims (\n"
    "  run text not null,\n"
    "  target text not null,\n"
    "  status text not null default 'pending',\n"
    "  worker text,\n"
    "  lease_until timestamptz,\n"
    "  outcome text,\n"
    "  error text,\n"
    "  updated_at timestamptz not null default now(),\n"
    "  primary key (run, target)\n"
    ");\n"
    "create table if not exists tenantctl.runs (\n"
    "  run text primary key,\n"
    "  command text not null,\n"
    "  inputs text not null,\n"
    "  created_at timestamptz not null default now()\n"
    ");\n"
    "commit";

// Records what run `name` is for when it is new, and refuses it when it was
// started for another command or other inputs.
base::Result<void> check_run_identity(pg::Session& central, const std::string& name,
                                      const RunIdentity& identity) {
  auto recorded = central.query(
      "with made as (insert into tenantctl.runs (run, command, inputs) values ($1, $2, $3)"
      " on conflict (run) do nothing returning command, inputs)"
      " select command, inputs from made"
      " union all select command, inputs from tenantctl.runs where run = $1"
      " and not exists (select from made)",
      {name, identity.command, identity.inputs});
  if (recorded && recorded->size() == 0) {
    // A twin process recorded it after this statement's snapshot was taken.
    recorded = central.query("select command, inputs from tenantctl.runs where run = $1", {name});
  }
  if (!recorded || recorded->size() == 0) {
    return (recorded ? base::Error("no row") : recorded.error())
        .with_context(fmt::format("recording shared run '{}'", name));
  }
  const std::string command(recorded->text(0, 0));
  const std::string inputs(recorded->text(0, 1));
  if (command != identity.command) {
    return base::Error(fmt::format("shared run '{}' was started by {}, not {}: a run name "
                                   "belongs to one command",
                                   name, command, identity.command),
                       base::ErrorKind::usage)
        .with_hint(fmt::format("give this {} its own run name (e.g. {}-{})", identity.command, name,
                               identity.command));
  }
  if (inputs != identity.inputs) {
    return base::Error(fmt::format("shared run '{}' was started for other contents of schema/ "
                                   "and migrations/ (inputs {}, now {})",
                                   name, inputs.substr(0, 12), identity.inputs.substr(0, 12)),
                       base::ErrorKind::usage)
        .with_hint("a run name belongs to one rollout: give this one a new run name");
  }
  return {};
}

std::string this_worker() {
  std::array<char, 256> host{};
  if (::gethostname(host.data(), host.size() - 1) != 0) {
    host[0] = '\0';
  }
  return fmt::format("{}:{}", host.data(), ::getpid());
}

std::string lease_text(std::chrono::seconds lease) { return fmt::format("{} s", lease.count()); }

}  // namespace

std::string claim_key(const Target& target) {
  return target.tenant ? target.tenant->id : target.label;
}

base::Result<std::unique_ptr<SharedRun>> SharedRun::open(std::string_view central_conninfo,
                                                         std::string name,
                                                         const RunIdentity& identity,
                                                         const std::vector<Target>& targets,
                                                         std::chrono::seconds lease) {
  auto central = pg::Session::open(central_conninfo);
  if (!central) {
    return central.error().with_context("central database (shared run)");
  }
  if (auto made = central->execute(k_create_claims); !made) {
    (void)central->execute("rollback");
    return made.error().with_context("creating tenantctl.run_claims in the central database");
  }
  if (auto same = check_run_identity(*central, name, identity); !same) {
    return same.error();
  }
  std::vector<std::string> keys;
  keys.reserve(targets.size());
  for (const auto& target : targets) {
    keys.push_back(claim_key(target));
  }
  auto added = central->query(
      "insert into tenantctl.run_claims (run, target)"
      " select $1, t from pg_catalog.unnest($2::text[]) t on conflict do nothing",
      {name, pg::text_array_literal(keys)});
  if (!added) {
    return added.error().with_context(fmt::format("adding the targets to shared run '{}'", name));
  }
  return std::unique_ptr<SharedRun>(new SharedRun(
      std::move(*central), std::string(central_conninfo), std::move(name), std::move(keys), lease));
}

SharedRun::SharedRun(pg::Session central, std::string conninfo, std::string name,
                     std::vector<std::string> keys, std::chrono::seconds lease)
    : m_central(std::move(central)),
      m_conninfo(std::move(conninfo)),
      m_name(std::move(name)),
      m_worker(this_worker()),
      m_keys(std::move(keys)),
      m_lease(lease) {
  m_heartbeat = std::thread([this] { renew_leases(); });
}

SharedRun::~SharedRun() {
  {
    const std::lock_guard lock(m_stop_mutex);
    m_stopping = true;
  }
  m_stop_signal.notify_all();
  m_heartbeat.join();
}

base::Result<pg::Rows> SharedRun::central_query(
    std::string_view sql, const std::vector<std::optional<std::string>>& params) {
  if (m_lost) {
    return *m_lost;
  }
  auto rows = m_central.query(sql, params);
  if (rows || rows.error().kind() != base::ErrorKind::connection) {
    return rows;
  }
  // The server ended the connection (a restart, a failover): open it again
  // for up to twice the lease, a second at a time. Claims this process holds
  // keep their leases meanwhile only as long as the lease allows; one that
  // ran out may be taken over, and its tenant, applied here, is in sync there.
  const auto deadline = std::chrono::steady_clock::now() + 2 * m_lease;
  base::Error last = rows.error();
  while (std::chrono::steady_clock::now() < deadline) {
    auto reopened = pg::Session::open(m_conninfo);
    if (reopened) {
      m_central = std::move(*reopened);
      return m_central.query(sql, params);
    }
    last = reopened.error();
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  m_lost = last.with_context("lost the shared run's central database");
  return *m_lost;
}

std::optional<base::Error> SharedRun::lost() const {
  const std::lock_guard lock(m_mutex);
  return m_lost;
}

void SharedRun::renew_leases() {
  std::unique_lock lock(m_stop_mutex);
  while (!m_stop_signal.wait_for(lock, m_lease / 3, [&] { return m_stopping; })) {
    const std::lock_guard central(m_mutex);
    (void)central_query(
        "update tenantctl.run_claims set lease_until = now() + $3::interval, updated_at = now()"
        " where run = $1 and worker = $2 and status = 'claimed'",
        {m_name, m_worker, lease_text(m_lease)});
  }
}

std::optional<std::size_t> SharedRun::claim() {
  const std::lock_guard lock(m_mutex);
  // Only this process's targets: another one may have added others.
  auto claimed = central_query(
      "update tenantctl.run_claims c set status = 'claimed', worker = $2,"
      " lease_until = now() + $3::interval, updated_at = now()"
      " where (c.run, c.target) = (select run, target from tenantctl.run_claims"
      "   where run = $1 and target = any ($4::text[])"
      "   and (status = 'pending' or (status = 'claimed' and lease_until < now()))"
      "   order by target limit 1 for update skip locked)"
      " returning c.target",
      {m_name, m_worker, lease_text(m_lease), pg::text_array_literal(m_keys)});
  if (!claimed || claimed->empty()) {
    return std::nullopt;
  }
  const auto key = claimed->text(0, 0);
  for (std::size_t i = 0; i < m_keys.size(); ++i) {
    if (m_keys[i] == key) {
      return i;
    }
  }
  return std::nullopt;
}

bool SharedRun::others_hold_live_claims() {
  const std::lock_guard lock(m_mutex);
  auto held = central_query(
      "select exists (select 1 from tenantctl.run_claims where run = $1"
      " and target = any ($2::text[]) and status = 'claimed' and worker <> $3"
      " and lease_until >= now())",
      {m_name, pg::text_array_literal(m_keys), m_worker});
  // Central lost (lost() says so): nothing to wait for that this process
  // could see.
  return held && !held->empty() && held->boolean(0, 0);
}

void SharedRun::finish(std::size_t index, const TenantResult& result) {
  const std::lock_guard lock(m_mutex);
  const bool failed = result.outcome == Outcome::failed;
  (void)central_query(
      "update tenantctl.run_claims set status = $4, outcome = $5, error = $6,"
      " lease_until = null, updated_at = now()"
      " where run = $1 and target = $2 and worker = $3",
      {m_name, m_keys[index], m_worker, std::string(failed ? "failed" : "done"),
       std::string(outcome_name(result.outcome)),
       result.error.empty() ? std::nullopt : std::optional<std::string>(result.error)});
}

}  // namespace fleet
