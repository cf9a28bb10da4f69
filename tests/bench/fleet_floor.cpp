// The floor that `plan --all` is judged against (SPEC.md, "Performance facts
// of this machine"): over the fleet the registry lists (every ACTIVE tenant),
// at a given concurrency, how many tenants per second can be
//   connect: opened with their registry password and asked `select 1`;
//   read:    opened and have their whole catalog read (introspect only);
// measured in the same run as the benchmark itself, so a busy machine slows
// the floor and tenantctl alike. Prints "mode tenants/s" lines.
//
//   fleet_floor CONFIG CONCURRENCY
// with DB_ENCRYPTION_KEY in the environment.
#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "fleet/connect.hpp"
#include "fleet/registry.hpp"
#include "introspect/reader.hpp"
#include "manifest/config.hpp"
#include "pg/session.hpp"

namespace {

// Runs `visit` on every tenant, `concurrency` at a time; returns tenants/s,
// or a negative number when one failed.
template <class Visit>
double rate(const std::vector<fleet::TenantRecord>& tenants, const crypto::EncryptionKey& key,
            int concurrency, Visit visit) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (int i = 0; i < concurrency; ++i) {
    workers.emplace_back([&] {
      for (auto index = next++; index < tenants.size(); index = next++) {
        auto conninfo = fleet::tenant_conninfo(tenants[index], key, 10);
        auto session = conninfo ? pg::Session::open(conninfo->view())
                                : base::Result<pg::Session>(conninfo.error());
        if (!session || !visit(*session)) {
          failed = true;
        }
      }
    });
  }
  for (auto& worker : workers) {
    worker.join();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return failed ? -1 : static_cast<double>(tenants.size()) / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: fleet_floor CONFIG CONCURRENCY\n";
    return 64;
  }
  auto config = manifest::load_config(std::filesystem::path(argv[1]));
  auto key = fleet::key_from_environment();
  if (!config || !key) {
    std::cerr << "fleet_floor: " << (config ? key.error() : config.error()).message() << '\n';
    return 78;
  }
  auto central = pg::Session::open(config->central_url);
  if (!central) {
    std::cerr << "fleet_floor: " << central.error().message() << '\n';
    return 1;
  }
  auto registry = fleet::read_registry(*central, config->registry_query);
  if (!registry) {
    std::cerr << "fleet_floor: " << registry.error().message() << '\n';
    return 1;
  }
  std::vector<fleet::TenantRecord> active;
  for (auto& tenant : *registry) {
    if (tenant.status == "ACTIVE") {
      active.push_back(std::move(tenant));
    }
  }
  const int concurrency = std::atoi(argv[2]);
  const double connect = rate(active, *key, concurrency, [](pg::Session& session) {
    return static_cast<bool>(session.query("select 1"));
  });
  const double read = rate(active, *key, concurrency, [](pg::Session& session) {
    return static_cast<bool>(introspect::read_catalog(session));
  });
  std::cout << fmt::format("connect {:.0f}\nread {:.0f}\n", connect, read);
  return connect < 0 || read < 0 ? 1 : 0;
}
