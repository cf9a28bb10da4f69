#include "pg/conninfo.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "base/strings.hpp"

namespace pg {
namespace {

bool is_url(std::string_view conninfo) {
  return conninfo.starts_with("postgresql://") || conninfo.starts_with("postgres://");
}

// The raw password text in a connection string, as written (still
// percent-encoded in a URL), so it can be found in messages that echo input.
std::vector<std::string> raw_passwords(std::string_view conninfo) {
  std::vector<std::string> found;
  if (is_url(conninfo)) {
    const auto scheme_end = conninfo.find("://") + 3;
    const auto authority_end = conninfo.find_first_of("/?", scheme_end);
    const auto authority = conninfo.substr(scheme_end, authority_end == std::string_view::npos
                                                           ? std::string_view::npos
                                                           : authority_end - scheme_end);
    const auto at = authority.rfind('@');
    if (at != std::string_view::npos) {
      const auto userinfo = authority.substr(0, at);
      const auto colon = userinfo.find(':');
      if (colon != std::string_view::npos && colon + 1 < userinfo.size()) {
        found.emplace_back(userinfo.substr(colon + 1));
      }
    }
  }
  // password=VALUE in a key=value string or a URL query.
  for (std::size_t pos = conninfo.find("password="); pos != std::string_view::npos;
       pos = conninfo.find("password=", pos + 1)) {
    std::string value;
    auto at = pos + 9;
    if (at < conninfo.size() && conninfo[at] == '\'') {
      // A quoted key=value value: up to the closing quote, \' and \\ escaped.
      for (++at; at < conninfo.size() && conninfo[at] != '\''; ++at) {
        if (conninfo[at] == '\\' && at + 1 < conninfo.size()) {
          ++at;
        }
        value += conninfo[at];
      }
    } else {
      const auto end = conninfo.find_first_of(" &", at);
      value = conninfo.substr(at, end == std::string_view::npos ? end : end - at);
    }
    if (!value.empty()) {
      found.push_back(std::move(value));
    }
  }
  return found;
}

struct OptionsDeleter {
  void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

}  // namespace

base::Result<ConnInfo> parse_conninfo(std::string_view conninfo) {
  const std::string text(conninfo);
  char* raw_error = nullptr;
  std::unique_ptr<PQconninfoOption, OptionsDeleter> options(
      PQconninfoParse(text.c_str(), &raw_error));
  if (!options) {
    std::string message = raw_error != nullptr ? raw_error : "out of memory";
    if (raw_error != nullptr) {
      PQfreemem(raw_error);
    }
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    return base::Error(
               fmt::format("invalid connection string: {}", scrub_password(message, conninfo)),
               base::ErrorKind::config)
        .with_hint("use a libpq URL (postgresql://user@host:port/dbname) or key=value pairs");
  }
  ConnInfo info;
  for (const PQconninfoOption* option = options.get(); option->keyword != nullptr; ++option) {
    if (option->val == nullptr) {
      continue;
    }
    const std::string_view keyword = option->keyword;
    // A hostaddr names the host only when no host name is given.
    if (keyword == "host" || (keyword == "hostaddr" && info.host.empty())) {
      info.host = option->val;
    } else if (keyword == "port") {
      info.port = option->val;
    } else if (keyword == "dbname") {
      info.dbname = option->val;
    } else if (keyword == "user") {
      info.user = option->val;
    } else if (keyword == "password") {
      info.has_password = true;
    } else if (keyword == "connect_timeout") {
      info.has_connect_timeout = true;
    }
  }
  // libpq reads the port only when it connects; a wrong one is said here,
  // before any tenant is touched.
  for (const auto& port : base::split(info.port, ',')) {
    const auto number = base::whole_number(base::trim(port));
    if (!base::trim(port).empty() && (!number || *number < 1 || *number > 65535)) {
      return base::Error(fmt::format("invalid connection string: port '{}' is not a number from "
                                     "1 to 65535",
                                     port),
                         base::ErrorKind::config)
          .with_hint("use a libpq URL (postgresql://user@host:port/dbname) or key=value pairs");
    }
  }
  return info;
}

namespace {

bool is_unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// `text` percent-encoded for a URL, every byte but the unreserved ones and
// those in `keep`.
std::string url_encoded(std::string_view text, std::string_view keep = {}) {
  static constexpr std::string_view k_hex = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    if (is_unreserved(c) || keep.find(c) != std::string_view::npos) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += k_hex[byte >> 4U];
      out += k_hex[byte & 15U];
    }
  }
  return out;
}

// A host the URL's authority can carry as it is: a name or IPv4 address, or
// an IPv6 address (put in brackets).
bool is_plain_host(std::string_view host) {
  return !host.empty() &&
         std::all_of(host.begin(), host.end(), [](char c) { return is_unreserved(c) && c != '~'; });
}

bool is_ipv6(std::string_view host) {
  return host.find(':') != std::string_view::npos &&
         std::all_of(host.begin(), host.end(), [](char c) {
           return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || (c >= '0' && c <= '9') ||
                  c == ':' || c == '.';
         });
}

}  // namespace

std::string redact_conninfo(std::string_view conninfo) {
  const auto info = parse_conninfo(conninfo);
  if (!info) {
    return "(invalid connection string)";
  }
  std::string out = "postgresql://";
  if (!info->user.empty()) {
    out += url_encoded(info->user) + "@";
  }
  // One host by name or address goes where a reader expects it
  // (user@host:port/db, an IPv6 address in brackets); a socket directory,
  // several hosts or an unusual name go in the query, as libpq reads them.
  const bool in_authority = (is_plain_host(info->host) || is_ipv6(info->host)) &&
                            std::all_of(info->port.begin(), info->port.end(),
                                        [](char c) { return c >= '0' && c <= '9'; });
  if (in_authority) {
    out += is_ipv6(info->host) ? "[" + info->host + "]" : info->host;
    if (!info->port.empty()) {
      out += ":" + info->port;
    }
  }
  out += "/" + url_encoded(info->dbname);
  if (!in_authority) {
    std::string query;
    if (!info->host.empty()) {
      query += "host=" + url_encoded(info->host, "/,:");
    }
    if (!info->port.empty()) {
      query += (query.empty() ? "" : "&") + std::string("port=") + url_encoded(info->port, ",");
    }
    if (!query.empty()) {
      out += "?" + query;
    }
  }
  return out;
}

std::string scrub_password(std::string text, std::string_view conninfo) {
  auto passwords = raw_passwords(conninfo);
  // One pass over the text, longest password first at each place: replacing
  // one password after another would let a later one match the "***" an
  // earlier one left, and a one-character password such as "*" tripled the
  // text each time (found by tests/fuzz/fuzz_conninfo: a hang).
  std::sort(passwords.begin(), passwords.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const auto found = std::find_if(passwords.begin(), passwords.end(), [&](const auto& password) {
      return text.compare(at, password.size(), password) == 0;
    });
    if (found != passwords.end()) {
      out += "***";
      at += found->size();
    } else {
      out += text[at++];
    }
  }
  return out;
}

base::Result<std::string> with_dbname(std::string_view conninfo, std::string_view dbname) {
  const std::string text(conninfo);
  char* raw_error = nullptr;
  std::unique_ptr<PQconninfoOption, OptionsDeleter> options(
      PQconninfoParse(text.c_str(), &raw_error));
  if (!options) {
    if (raw_error != nullptr) {
      PQfreemem(raw_error);
    }
    return parse_conninfo(conninfo).error();
  }
  const auto quoted = [](std::string_view value) {
    std::string out = "'";
    for (const char c : value) {
      if (c == '\\' || c == '\'') {
        out += '\\';
      }
      out += c;
    }
    return out + "'";
  };
  std::string out;
  for (const PQconninfoOption* option = options.get(); option->keyword != nullptr; ++option) {
    const std::string_view keyword = option->keyword;
    if (keyword == "dbname" || option->val == nullptr) {
      continue;
    }
    out += fmt::format("{}={} ", keyword, quoted(option->val));
  }
  return out + "dbname=" + quoted(dbname);
}

std::string with_connect_timeout(std::string_view conninfo, int seconds) {
  const auto info = parse_conninfo(conninfo);
  if (!info || info->has_connect_timeout) {
    return std::string(conninfo);
  }
  if (is_url(conninfo)) {
    const char separator = conninfo.find('?') == std::string_view::npos ? '?' : '&';
    return fmt::format("{}{}connect_timeout={}", conninfo, separator, seconds);
  }
  return fmt::format("{} connect_timeout={}", conninfo, seconds);
}

}  // namespace pg
