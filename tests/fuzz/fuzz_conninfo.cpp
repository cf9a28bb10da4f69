// libFuzzer target: connection-string parsing and redaction (pg/conninfo).
// Half the inputs are used as they come; the other half build a well-formed
// URL or key=value string around a known password, which must never appear
// in what redact_conninfo(), scrub_password() or a parse error shows; the
// redacted form of any string libpq parses must parse to the same place.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "pg/conninfo.hpp"

namespace {

constexpr std::string_view k_password = "Pw-9f3Kq-secret";

std::string percent_encoded(std::string_view text) {
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
        (byte >= '0' && byte <= '9') || c == '-' || c == '_' || c == '.') {
      out += c;
    } else {
      out += '%';
      out += k_hex[byte >> 4U];
      out += k_hex[byte & 15U];
    }
  }
  return out;
}

std::string quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "'";
}

// The redacted form of a connection string libpq parses is a libpq URL to
// the same user, host(s), port(s) and database, with no password.
void check_same_place(const std::string& conninfo) {
  const auto parsed = pg::parse_conninfo(conninfo);
  if (!parsed) {
    return;
  }
  const auto shown = pg::redact_conninfo(conninfo);
  const auto again = pg::parse_conninfo(shown);
  fuzz::require(again.has_value(), "the redacted form parses", shown);
  fuzz::require(again->host == parsed->host && again->port == parsed->port &&
                    again->dbname == parsed->dbname && again->user == parsed->user &&
                    !again->has_password,
                "the redacted form names the same user, host, port and database", shown);
}

void check_hidden(const std::string& conninfo) {
  const auto shown = pg::redact_conninfo(conninfo);
  fuzz::require(shown.find(k_password) == std::string::npos, "redaction hides the password", shown);
  const auto scrubbed = pg::scrub_password("could not connect: " + conninfo, conninfo);
  fuzz::require(scrubbed.find(k_password) == std::string::npos, "scrubbing hides the password",
                scrubbed);
  if (auto parsed = pg::parse_conninfo(conninfo); !parsed) {
    const auto& message = parsed.error().message();
    fuzz::require(message.find(k_password) == std::string::npos, "a parse error hides the password",
                  message);
  }
  check_same_place(conninfo);
}

}  // namespace

// The name libFuzzer calls.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  if (input.ConsumeBool()) {
    const auto raw = input.ConsumeRemainingBytesAsString();
    check_same_place(raw);
    (void)pg::scrub_password(raw, raw);
    (void)pg::with_connect_timeout(raw, 5);
    return 0;
  }
  const auto user = input.ConsumeRandomLengthString(40);
  const auto host = input.ConsumeRandomLengthString(40);
  const auto port = input.ConsumeRandomLengthString(8);
  const auto dbname = input.ConsumeRandomLengthString(40);
  const auto extra = input.ConsumeRemainingBytesAsString();
  for (const auto& part : {user, host, port, dbname, extra}) {
    if (part.find(k_password) != std::string::npos) {
      return 0;  // the password would be shown as some other part
    }
  }
  const auto url = "postgresql://" + percent_encoded(user) + ":" + percent_encoded(k_password) +
                   "@" + percent_encoded(host) + (port.empty() ? "" : ":" + percent_encoded(port)) +
                   "/" + percent_encoded(dbname) + "?" + percent_encoded(extra) + "=1";
  check_hidden(url);
  const auto keywords = "user=" + quoted(user) + " password=" + quoted(k_password) +
                        " host=" + quoted(host) + " dbname=" + quoted(dbname) +
                        (port.empty() ? "" : " port=" + quoted(port));
  check_hidden(keywords);
  check_hidden(pg::with_connect_timeout(url, 3));
  check_hidden(pg::with_connect_timeout(keywords, 3));
  return 0;
}
