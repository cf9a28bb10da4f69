#include "pg/session.hpp"

#include <fmt/format.h>

#include <cassert>
#include <cctype>
#include <charconv>
#include <pqxx/pqxx>

#include "base/strings.hpp"
#include "pg/conninfo.hpp"

namespace pg {
namespace {

// SQL on one line: its line breaks and runs of blanks become one space.
std::string one_line(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (const char c : text) {
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += c;
  }
  return out;
}

// A libpq message on one line, with its sentences kept apart: libpq writes
// "...failed: No such file or directory\n\tIs the server running...?" and,
// for several hosts, one "connection to server ..." line each. A line that
// starts a sentence after one that ends without punctuation gets a period;
// another host's line a semicolon; a line wrapped mid-sentence a space.
std::string message_line(std::string_view text) {
  std::string out;
  for (const auto& line : base::split(text, '\n')) {
    const auto trimmed = std::string(base::trim(line));
    if (trimmed.empty()) {
      continue;
    }
    if (!out.empty()) {
      const char last = out.back();
      const bool ended = last == '.' || last == '?' || last == '!' || last == ':' || last == ';';
      if (trimmed.starts_with("connection to server ")) {
        out += ended ? " " : "; ";
      } else if (!ended && std::isupper(static_cast<unsigned char>(trimmed.front())) != 0) {
        out += ". ";
      } else {
        out += ' ';
      }
    }
    out += one_line(trimmed);
  }
  return out;
}

// "connection to server at "h", port 1 failed: FATAL:  reason" -> "reason".
std::string connect_reason(std::string_view message) {
  std::string text = message_line(message);
  if (const auto failed = text.find(" failed: "); failed != std::string::npos) {
    text.erase(0, failed + 9);
  }
  if (text.starts_with("FATAL: ")) {
    text.erase(0, 7);
  }
  return text;
}

std::string statement_excerpt(std::string_view sql) {
  std::string text = one_line(sql);
  constexpr std::size_t k_max = 300;
  if (text.size() > k_max) {
    text.resize(k_max);
    text += "...";
  }
  return text;
}

// libpqxx 6 turns some SQLSTATEs into exception classes of their own and
// forgets the code on the way (insufficient_privilege comes with an empty
// sqlstate()); the class says which code it was.
std::string sqlstate_of(const pqxx::sql_error& error) {
  if (!error.sqlstate().empty()) {
    return error.sqlstate();
  }
  if (dynamic_cast<const pqxx::insufficient_privilege*>(&error) != nullptr) {
    return "42501";
  }
  if (dynamic_cast<const pqxx::undefined_table*>(&error) != nullptr) {
    return "42P01";
  }
  if (dynamic_cast<const pqxx::undefined_column*>(&error) != nullptr) {
    return "42703";
  }
  if (dynamic_cast<const pqxx::undefined_function*>(&error) != nullptr) {
    return "42883";
  }
  if (dynamic_cast<const pqxx::unique_violation*>(&error) != nullptr) {
    return "23505";
  }
  if (dynamic_cast<const pqxx::foreign_key_violation*>(&error) != nullptr) {
    return "23503";
  }
  if (dynamic_cast<const pqxx::not_null_violation*>(&error) != nullptr) {
    return "23502";
  }
  if (dynamic_cast<const pqxx::check_violation*>(&error) != nullptr) {
    return "23514";
  }
  if (dynamic_cast<const pqxx::deadlock_detected*>(&error) != nullptr) {
    return "40P01";
  }
  if (dynamic_cast<const pqxx::serialization_failure*>(&error) != nullptr) {
    return "40001";
  }
  return "";
}

// A statement's failure: the server's message with its DETAIL (the key
// that is duplicated, the object that depends), its SQLSTATE and the
// statement; its HINT as the error's hint.
base::Error sql_failure(const pqxx::sql_error& error, std::string_view sql) {
  std::string message;
  std::string detail;
  std::string hint;
  for (const auto& line : base::split(error.what(), '\n')) {
    if (line.starts_with("DETAIL:  ")) {
      detail = line.substr(9);
    } else if (line.starts_with("HINT:  ")) {
      hint = line.substr(7);
    } else if (message.empty()) {
      message = line.starts_with("ERROR:  ") ? line.substr(8) : line;
    }
  }
  if (!detail.empty()) {
    message += ": " + detail;
  }
  const auto code = sqlstate_of(error);
  // A connection the server ended mid-statement (admin shutdown, 57P01).
  const bool ended =
      code.starts_with("08") || code == "57P01" || code == "57P02" || code == "57P03";
  base::Error out(
      code.empty() ? fmt::format("{} in: {}", message, statement_excerpt(sql))
                   : fmt::format("{} (SQLSTATE {}) in: {}", message, code, statement_excerpt(sql)),
      ended ? base::ErrorKind::connection : base::ErrorKind::failure);
  if (!hint.empty()) {
    out = out.with_hint(hint);
  }
  return code.empty() ? out : out.with_sqlstate(code);
}

// Notices (DROP ... IF EXISTS, implicit sequence creation, ...) are not ours to
// print; libpqxx would write them to stderr.
class QuietNotices final : public pqxx::errorhandler {
 public:
  explicit QuietNotices(pqxx::connection_base& connection) : pqxx::errorhandler(connection) {}
  bool operator()(const char*) noexcept override { return false; }
};

}  // namespace

struct Rows::Impl {
  pqxx::result result;
};

Rows::Rows() : m_impl(std::make_unique<Impl>()) {}
Rows::Rows(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Rows::~Rows() = default;
Rows::Rows(Rows&&) noexcept = default;
Rows& Rows::operator=(Rows&&) noexcept = default;

std::size_t Rows::size() const { return m_impl->result.size(); }
std::size_t Rows::columns() const { return static_cast<std::size_t>(m_impl->result.columns()); }

std::optional<std::size_t> Rows::column_index(std::string_view name) const {
  // pqxx's column_number() throws for an unknown name and folds case like an
  // unquoted identifier; this compares the names as the server sent them.
  for (std::size_t column = 0; column < columns(); ++column) {
    const char* found = m_impl->result.column_name(static_cast<pqxx::row::size_type>(column));
    if (found != nullptr && name == found) {
      return column;
    }
  }
  return std::nullopt;
}

bool Rows::is_null(std::size_t row, std::size_t column) const {
  assert(row < size() && column < columns());
  return m_impl
      ->result[static_cast<pqxx::result::size_type>(row)][static_cast<pqxx::row::size_type>(column)]
      .is_null();
}

std::string_view Rows::text(std::size_t row, std::size_t column) const {
  assert(row < size() && column < columns());
  const auto field = m_impl->result[static_cast<pqxx::result::size_type>(row)]
                                   [static_cast<pqxx::row::size_type>(column)];
  return {field.c_str(), field.size()};
}

std::optional<std::string> Rows::optional_text(std::size_t row, std::size_t column) const {
  if (is_null(row, column)) {
    return std::nullopt;
  }
  return std::string(text(row, column));
}

bool Rows::boolean(std::size_t row, std::size_t column) const { return text(row, column) == "t"; }

long long Rows::integer(std::size_t row, std::size_t column) const {
  const auto value = text(row, column);
  long long out = 0;
  [[maybe_unused]] const auto parsed =
      std::from_chars(value.data(), value.data() + value.size(), out);
  assert(parsed.ec == std::errc());
  return out;
}

std::vector<std::string> Rows::text_array(std::size_t row, std::size_t column) const {
  std::vector<std::string> elements;
  if (is_null(row, column)) {
    return elements;
  }
  pqxx::array_parser parser(m_impl
                                ->result[static_cast<pqxx::result::size_type>(row)]
                                        [static_cast<pqxx::row::size_type>(column)]
                                .c_str());
  for (auto item = parser.get_next(); item.first != pqxx::array_parser::done;
       item = parser.get_next()) {
    if (item.first == pqxx::array_parser::string_value) {
      elements.push_back(item.second);
    } else if (item.first == pqxx::array_parser::null_value) {
      elements.emplace_back();
    }
  }
  return elements;
}

struct Session::Impl {
  std::unique_ptr<pqxx::connection> connection;
  std::unique_ptr<QuietNotices> quiet;
  std::string display_name;
};

Session::Session(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Session::~Session() = default;
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;

namespace {

// A key=value connection string's value, quoted as libpq reads it.
std::string quote_conninfo_value(std::string_view value) {
  std::string out = "'";
  for (const char c : value) {
    if (c == '\'' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "'";
}

}  // namespace

base::Result<Session> Session::open(std::string_view conninfo, const SessionOptions& options) {
  auto info = parse_conninfo(conninfo);
  if (!info) {
    return info.error();
  }
  auto impl = std::make_unique<Impl>();
  impl->display_name = redact_conninfo(conninfo);
  const std::string target = fmt::format(
      "database \"{}\" on {}{} as user \"{}\"", info->dbname.empty() ? "(default)" : info->dbname,
      info->host.empty() ? "(default host)" : info->host,
      info->port.empty() ? "" : ":" + info->port, info->user.empty() ? "(default)" : info->user);
  std::string full = with_connect_timeout(conninfo, options.connect_timeout_seconds);
  if (!options.application_name.empty() && full.find("application_name") == std::string::npos) {
    // fallback_application_name lets a user's own application_name win.
    full =
        full.starts_with("postgres")
            ? fmt::format("{}{}fallback_application_name={}", full,
                          full.find('?') == std::string::npos ? '?' : '&', options.application_name)
            : fmt::format("{} fallback_application_name={}", full,
                          quote_conninfo_value(options.application_name));
  }
  try {
    impl->connection = std::make_unique<pqxx::connection>(full);
    impl->quiet = std::make_unique<QuietNotices>(*impl->connection);
  } catch (const std::exception& error) {
    return base::Error(fmt::format("cannot connect to {}: {}", target,
                                   scrub_password(connect_reason(error.what()), conninfo)),
                       base::ErrorKind::connection);
  }
  Session session(std::move(impl));
  if (options.stop_with_client && session.m_impl->connection->server_version() >= 140000) {
    if (auto set = session.execute("SET client_connection_check_interval = 1000"); !set) {
      return set.error().with_context(target);
    }
  }
  return session;
}

base::Result<Rows> Session::query(std::string_view sql) {
  return run_guarded(sql, [&](pqxx::nontransaction& work) { return work.exec(std::string(sql)); });
}

base::Result<Rows> Session::query(std::string_view sql,
                                  const std::vector<std::optional<std::string>>& params) {
  return run_guarded(sql, [&](pqxx::nontransaction& work) {
    return work.exec_params(std::string(sql), pqxx::prepare::make_dynamic_params(params));
  });
}

template <class Run>
base::Result<Rows> Session::run_guarded(std::string_view sql, Run&& run) {
  try {
    pqxx::nontransaction work(*m_impl->connection);
    auto rows = std::make_unique<Rows::Impl>();
    rows->result = run(work);
    return Rows(std::move(rows));
  } catch (const pqxx::sql_error& error) {
    return sql_failure(error, sql);
  } catch (const pqxx::broken_connection& error) {
    return base::Error(fmt::format("lost the connection to {}: {}", m_impl->display_name,
                                   message_line(error.what())),
                       base::ErrorKind::connection);
  } catch (const std::exception& error) {
    return base::Error(
        fmt::format("{} in: {}", message_line(error.what()), statement_excerpt(sql)));
  }
}

base::Result<void> Session::execute(std::string_view sql) {
  auto rows = query(sql);
  if (!rows) {
    return rows.error();
  }
  return {};
}

const std::string& Session::display_name() const { return m_impl->display_name; }

int Session::server_version() const { return m_impl->connection->server_version(); }

}  // namespace pg
