#include "gate/scratch_database.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <random>

#include "pg/conninfo.hpp"
#include "pg/quote.hpp"

namespace gate {

ScratchDatabase::ScratchDatabase(pg::Session admin, std::string name, std::string conninfo)
    : m_admin(std::move(admin)), m_name(std::move(name)), m_conninfo(std::move(conninfo)) {}

ScratchDatabase::~ScratchDatabase() {
  // FORCE ends sessions still connected (one a failed command left open).
  (void)m_admin.execute(
      fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", pg::quote_ident(m_name)));
}

base::Result<std::unique_ptr<ScratchDatabase>> ScratchDatabase::create(
    const std::string& server_conninfo, std::string_view purpose) {
  auto admin = pg::Session::open(server_conninfo);
  if (!admin) {
    return admin.error().with_context("opening the scratch server");
  }
  std::random_device device;
  const std::string name = fmt::format("tenantctl_{}_{}_{:08x}", purpose, ::getpid(), device());
  auto conninfo = pg::with_dbname(server_conninfo, name);
  if (!conninfo) {
    return conninfo.error();
  }
  if (auto created = admin->execute(
          fmt::format("CREATE DATABASE {} TEMPLATE template0", pg::quote_ident(name)));
      !created) {
    return created.error()
        .with_context(fmt::format("creating a scratch database on {}", admin->display_name()))
        .with_hint(
            "--scratch-url must name a server where this role may create and drop databases "
            "(CREATEDB); without --scratch-url, tenantctl starts a throwaway server itself");
  }
  return std::unique_ptr<ScratchDatabase>(
      new ScratchDatabase(std::move(*admin), name, std::move(*conninfo)));
}

}  // namespace gate
