#include "provision/names.hpp"

#include <fmt/format.h>

#include <chrono>
#include <vector>

#include "base/strings.hpp"
#include "crypto/scram.hpp"
#include "crypto/secrets.hpp"
#include "pg/quote.hpp"

namespace provision {
namespace {

constexpr std::size_t k_min_slug = 3;
constexpr std::size_t k_max_slug = 63;
constexpr std::size_t k_max_identifier = 63;
constexpr std::size_t k_max_prefix = 20;

bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::string to_base36(unsigned long long value, std::size_t width) {
  static constexpr std::string_view k_digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  do {
    out.insert(out.begin(), k_digits[value % 36]);
    value /= 36;
  } while (value > 0);
  while (out.size() < width) {
    out.insert(out.begin(), '0');
  }
  return out;
}

}  // namespace

base::Result<void> validate_slug(std::string_view slug) {
  std::vector<std::string> broken;
  if (slug.size() < k_min_slug || slug.size() > k_max_slug) {
    broken.push_back(fmt::format("it has {} characters, not 3 to 63", slug.size()));
  }
  bool bad_character = false;
  for (const char c : slug) {
    bad_character = bad_character || !(is_lower_or_digit(c) || c == '-');
  }
  if (bad_character) {
    broken.emplace_back("only lowercase letters a-z, digits and hyphens are allowed");
  }
  if (!slug.empty() && (slug.front() == '-' || slug.back() == '-')) {
    broken.emplace_back("it must not start or end with a hyphen");
  }
  if (broken.empty()) {
    return {};
  }
  // The slug is shown escaped: it may hold anything the shell passed.
  std::string shown;
  for (const char c : slug) {
    const auto byte = static_cast<unsigned char>(c);
    shown += byte >= 0x20 && byte < 0x7f ? std::string(1, c) : fmt::format("\\x{:02x}", byte);
  }
  return base::Error(fmt::format("invalid slug '{}': {}", shown, base::join(broken, "; ")),
                     base::ErrorKind::usage)
      .with_hint("a slug is 3 to 63 lowercase letters, digits and hyphens, such as acme-corp");
}

base::Result<void> validate_name_prefix(std::string_view prefix) {
  bool valid = !prefix.empty() && prefix.size() <= k_max_prefix && prefix.front() >= 'a' &&
               prefix.front() <= 'z';
  for (const char c : prefix) {
    valid = valid && (is_lower_or_digit(c) || c == '_');
  }
  if (valid) {
    return {};
  }
  return base::Error(fmt::format("[provisioning] name_prefix '{}' is not 1 to 20 lowercase "
                                 "letters, digits and underscores starting with a letter",
                                 prefix),
                     base::ErrorKind::config)
      .with_hint("the default is \"tenant_\"");
}

std::string tenant_object_name(std::string_view prefix, std::string_view slug) {
  std::string name(prefix);
  for (const char c : slug) {
    name += c == '-' ? '_' : c;
  }
  if (name.size() <= k_max_identifier) {
    return name;
  }
  name.resize(k_max_identifier - 9);
  return name + "_" + crypto::sha256_hex(slug).substr(0, 8);
}

base::Result<std::string> new_cuid() {
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  auto random = crypto::random_base36(16);
  if (!random) {
    return random.error();
  }
  return "c" + to_base36(static_cast<unsigned long long>(now), 8) + *random;
}

std::string quote_table(std::string_view name) {
  const auto dot = name.find('.');
  if (dot == std::string_view::npos) {
    return pg::quote_ident(name);
  }
  return pg::quote_qualified(name.substr(0, dot), name.substr(dot + 1));
}

}  // namespace provision
