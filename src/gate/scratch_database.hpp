#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "pg/session.hpp"

namespace gate {

// A database made for one command's scratch work on a server where the role
// may CREATE DATABASE, dropped (WITH (FORCE)) when the object is destroyed,
// whatever happened in between. Not copyable or movable: it holds the
// connection it drops the database with.
class ScratchDatabase {
 public:
  // Connects to `server_conninfo` (any database on the server) and creates a
  // new, empty database from template0 named
  // "tenantctl_<purpose>_<pid>_<random>". Errors name the server redacted and
  // say what to do when the role may not create databases.
  [[nodiscard]] static base::Result<std::unique_ptr<ScratchDatabase>> create(
      const std::string& server_conninfo, std::string_view purpose);
  ~ScratchDatabase();
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  [[nodiscard]] const std::string& name() const { return m_name; }
  // A connection string for the new database: every setting of the server's
  // (the password included) with dbname replaced. For connecting only, never
  // for printing.
  [[nodiscard]] const std::string& conninfo() const { return m_conninfo; }

 private:
  ScratchDatabase(pg::Session admin, std::string name, std::string conninfo);
  pg::Session m_admin;
  std::string m_name;
  std::string m_conninfo;
};

}  // namespace gate
