#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace pg {

// The parts of a libpq connection string that are safe to show a user. A
// password is never kept here.
struct ConnInfo {
  std::string host;    // as given (a socket directory or a host name); "" for libpq's default
  std::string port;    // "" for libpq's default
  std::string dbname;  // "" for libpq's default
  std::string user;    // "" for libpq's default
  bool has_password = false;
  bool has_connect_timeout = false;
};

// Parses a libpq URL (postgresql://...) or key=value string with libpq's own
// parser. Returns a config error, with any password removed from libpq's
// message, when libpq cannot parse it.
[[nodiscard]] base::Result<ConnInfo> parse_conninfo(std::string_view conninfo);

// Returns a display form of a connection string with no secret in it, itself
// a libpq URL to the same user, host(s), port(s) and database:
// "postgresql://user@host:port/dbname", "postgresql://u@[::1]:5432/db", and
// for a socket directory or several hosts "postgresql://u@/db?host=/run/pg&
// port=5433" (parts libpq would default are left out; names percent-encoded
// where a URL needs it). An unparseable string gives "(invalid connection
// string)".
[[nodiscard]] std::string redact_conninfo(std::string_view conninfo);

// Returns `text` with every password that `conninfo` carries (the URL's
// user-info password or a password= value) replaced by "***". Use it on any
// message that might echo the connection string.
[[nodiscard]] std::string scrub_password(std::string text, std::string_view conninfo);

// Returns `conninfo` with connect_timeout=`seconds` added when it has none,
// keeping its form (URL or key=value).
[[nodiscard]] std::string with_connect_timeout(std::string_view conninfo, int seconds);

// Returns `conninfo` as a key=value string that connects to `dbname` instead
// (every other setting kept, the password included: for connecting, never for
// printing). Returns a config error when `conninfo` does not parse.
[[nodiscard]] base::Result<std::string> with_dbname(std::string_view conninfo,
                                                    std::string_view dbname);

}  // namespace pg
