#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/result.hpp"
#include "fleet/tenant.hpp"
#include "pg/session.hpp"

namespace fleet {

struct TenantResult;

// What a shared run is for: the command (plan, apply) and a hash of its
// inputs (the desired schema's and the migration files' contents). The
// first process records it; a process that reuses the name for another
// command or other inputs is refused.
struct RunIdentity {
  std::string command;
  std::string inputs;
};

// A fleet run shared by several tenantctl processes, on one machine or many
// (`--run NAME`): the targets are claimed one at a time from the central
// database (table tenantctl.run_claims, FOR UPDATE SKIP LOCKED), each claim
// holds a lease that the process renews while it works, and a claim whose
// lease ran out (its process died) is taken over by the next process that
// asks. A target whose claim is finished is never taken again in that run.
// docs/operations.md, "Shared runs".
class SharedRun {
 public:
  // Opens run `name` over the central database at `central_conninfo`
  // (creating schema tenantctl and its runs and run_claims tables there when
  // missing) and adds `targets` to it as pending; targets the run already has
  // keep their state. A name first used for another command or other inputs
  // (`identity`) is a usage error. `lease`: how long a claim holds without
  // renewal.
  [[nodiscard]] static base::Result<std::unique_ptr<SharedRun>> open(
      std::string_view central_conninfo, std::string name, const RunIdentity& identity,
      const std::vector<Target>& targets, std::chrono::seconds lease);

  ~SharedRun();
  SharedRun(const SharedRun&) = delete;
  SharedRun& operator=(const SharedRun&) = delete;

  // Claims the next target no process holds (pending, or claimed under a
  // lease that ran out) and returns its index in the targets given to
  // open(); nullopt when none is left or the central database cannot be
  // reached. Thread-safe.
  [[nodiscard]] std::optional<std::size_t> claim();

  // True while another process holds a live claim on one of this process's
  // targets: it may yet die, and its target be claimed here once its lease
  // runs out, so a worker with nothing to claim waits instead of leaving.
  [[nodiscard]] bool others_hold_live_claims();

  // Records how a claimed target ended (done or failed, with the outcome and
  // error). Thread-safe.
  void finish(std::size_t index, const TenantResult& result);

  // Why the central database was lost for good, when it was: a connection
  // the server ended (a restart, a failover) is opened again, for up to
  // twice the lease, before the run gives up on it. Thread-safe.
  [[nodiscard]] std::optional<base::Error> lost() const;

  [[nodiscard]] const std::string& name() const { return m_name; }
  [[nodiscard]] const std::string& worker() const { return m_worker; }

 private:
  SharedRun(pg::Session central, std::string conninfo, std::string name,
            std::vector<std::string> keys, std::chrono::seconds lease);
  void renew_leases();
  // m_central.query, with m_mutex held; a lost connection is opened again
  // (see lost()) and the statement run once more.
  base::Result<pg::Rows> central_query(std::string_view sql,
                                       const std::vector<std::optional<std::string>>& params);

  pg::Session m_central;
  std::string m_conninfo;      // for opening m_central again; never shown
  mutable std::mutex m_mutex;  // m_central is one connection
  std::optional<base::Error> m_lost;
  std::string m_name;
  std::string m_worker;
  std::vector<std::string> m_keys;  // target index -> claim key
  std::chrono::seconds m_lease;
  std::mutex m_stop_mutex;
  std::condition_variable m_stop_signal;
  bool m_stopping = false;
  std::thread m_heartbeat;
};

// Returns the key a target is claimed under: the registry id, or for a --url
// target its label (the redacted URL).
[[nodiscard]] std::string claim_key(const Target& target);

}  // namespace fleet
