#pragma once

#include <string>
#include <string_view>

namespace base {

// What kind of failure an Error is. The command line maps each kind to one
// exit code (cli/exit_code.hpp), so the kind is decided where the failure is
// understood, not where it is printed.
enum class ErrorKind {
  failure,     // a target (database, tenant, file) could not be processed
  usage,       // the command line was wrong
  config,      // configuration or input files are wrong (TOML, keys, registry query)
  blocked,     // refused because of a hazard the user did not allow
  connection,  // a database could not be reached, or the connection was lost
};

// "failure", "usage", "config", "blocked" or "connection": how JSON reports
// name the kind.
[[nodiscard]] constexpr std::string_view kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage:
      return "usage";
    case ErrorKind::config:
      return "config";
    case ErrorKind::blocked:
      return "blocked";
    case ErrorKind::connection:
      return "connection";
    case ErrorKind::failure:
      break;
  }
  return "failure";
}

// An expected failure: a message a user can act on, built up with context as
// it travels outward ("tenant acme-corp: reading indexes: permission denied").
// An Error never holds a password or key; callers redact before constructing.
class Error {
 public:
  explicit Error(std::string message, ErrorKind kind = ErrorKind::failure)
      : m_message(std::move(message)), m_kind(kind) {}

  // Returns this error with `context` and ": " put in front of the message.
  [[nodiscard]] Error with_context(std::string_view context) const {
    Error copy = *this;
    copy.m_message.insert(0, std::string(context) + ": ");
    return copy;
  }

  // Returns this error with a hint (what to do about it) attached. A hint is
  // printed on its own line after the message.
  [[nodiscard]] Error with_hint(std::string hint) const {
    Error copy = *this;
    copy.m_hint = std::move(hint);
    return copy;
  }

  // Returns this error with the SQLSTATE PostgreSQL gave it ("23505").
  [[nodiscard]] Error with_sqlstate(std::string sqlstate) const {
    Error copy = *this;
    copy.m_sqlstate = std::move(sqlstate);
    return copy;
  }

  [[nodiscard]] const std::string& message() const { return m_message; }
  [[nodiscard]] const std::string& hint() const { return m_hint; }
  [[nodiscard]] const std::string& sqlstate() const { return m_sqlstate; }  // "" when none
  [[nodiscard]] ErrorKind kind() const { return m_kind; }

 private:
  std::string m_message;
  std::string m_hint;
  std::string m_sqlstate;
  ErrorKind m_kind;
};

}  // namespace base
