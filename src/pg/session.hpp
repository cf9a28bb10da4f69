#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace pg {

// The rows a query returned, as text. Column and row indexes are checked with
// assert(); a NULL reads as "" from text() and as true from is_null().
class Rows {
 public:
  Rows();
  ~Rows();
  Rows(Rows&&) noexcept;
  Rows& operator=(Rows&&) noexcept;

  [[nodiscard]] std::size_t size() const;
  [[nodiscard]] bool empty() const { return size() == 0; }
  [[nodiscard]] std::size_t columns() const;
  // Returns the index of the first column called `name` (exactly, as the
  // server names it: unquoted aliases arrive lower-cased), or nullopt.
  [[nodiscard]] std::optional<std::size_t> column_index(std::string_view name) const;
  [[nodiscard]] bool is_null(std::size_t row, std::size_t column) const;
  // Returns the text value; valid as long as this Rows object lives.
  [[nodiscard]] std::string_view text(std::size_t row, std::size_t column) const;
  // Returns the value, or nullopt for NULL.
  [[nodiscard]] std::optional<std::string> optional_text(std::size_t row, std::size_t column) const;
  // Returns true when the value is PostgreSQL's boolean true ("t").
  [[nodiscard]] bool boolean(std::size_t row, std::size_t column) const;
  // Returns the value parsed as an integer; a precondition is that it is one.
  [[nodiscard]] long long integer(std::size_t row, std::size_t column) const;
  // Returns a text[] value (PostgreSQL's array text output) as its elements;
  // NULL elements read as "".
  [[nodiscard]] std::vector<std::string> text_array(std::size_t row, std::size_t column) const;

  struct Impl;

 private:
  explicit Rows(std::unique_ptr<Impl> impl);
  friend class Session;
  std::unique_ptr<Impl> m_impl;
};

// Options for opening a session.
struct SessionOptions {
  // Seconds to wait for a connection when the connection string sets none.
  int connect_timeout_seconds = 10;
  // application_name reported to the server (seen in pg_stat_activity).
  std::string application_name = "tenantctl";
  // PostgreSQL 14 and later: the server checks every second, while a
  // statement runs, that this client is still there, and cancels the
  // statement when it is not (client_connection_check_interval), so the
  // work of a killed tenantctl stops instead of holding locks until it ends.
  bool stop_with_client = false;
};

// One connection to one database. Statements run in autocommit mode unless the
// caller sends BEGIN itself, so the caller decides where transactions start and
// end (CREATE INDEX CONCURRENTLY must run outside one). Errors carry the
// server's message, its SQLSTATE and the statement; they never carry a
// password. A Session is movable, not copyable, and not for use by two threads
// at once.
class Session {
 public:
  // Connects. On failure the error names the host, port, database and user
  // (never the password) and says what libpq or the server said.
  [[nodiscard]] static base::Result<Session> open(std::string_view conninfo,
                                                  const SessionOptions& options = {});
  ~Session();
  Session(Session&&) noexcept;
  Session& operator=(Session&&) noexcept;

  // Runs one or more statements and returns the last one's rows.
  [[nodiscard]] base::Result<Rows> query(std::string_view sql);
  // Runs one statement with $1.. parameters (NULL for nullopt).
  [[nodiscard]] base::Result<Rows> query(std::string_view sql,
                                         const std::vector<std::optional<std::string>>& params);
  // Runs statements for their effect.
  [[nodiscard]] base::Result<void> execute(std::string_view sql);

  // Returns the redacted connection target, for messages.
  [[nodiscard]] const std::string& display_name() const;
  // Returns the server's version as PQserverVersion() gives it (150004 for 15.4).
  [[nodiscard]] int server_version() const;

 private:
  struct Impl;
  explicit Session(std::unique_ptr<Impl> impl);
  template <class Run>
  base::Result<Rows> run_guarded(std::string_view sql, Run&& run);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace pg
