#include "fleet/connect.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/strings.hpp"

namespace fleet {
namespace {

// Appends key='value' with libpq's escaping (a backslash before ' and \).
void append_setting(std::string& out, std::string_view key, std::string_view value) {
  if (!out.empty()) {
    out += ' ';
  }
  out += key;
  out += "='";
  for (const char c : value) {
    if (c == '\'' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  out += '\'';
}

base::Error tenant_failure(const TenantRecord& tenant, std::string_view what) {
  return base::Error(fmt::format("tenant {}: {}", tenant.slug, what))
      .with_hint("fix the tenant's row in the central registry");
}

// True for UTF-8 text without control characters: what a password is.
bool is_text(std::string_view value) {
  return !base::invalid_utf8_at(value) && std::none_of(value.begin(), value.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20U || byte == 0x7FU;
  });
}

}  // namespace

base::Result<crypto::EncryptionKey> key_from_environment() {
  const char* text = std::getenv(k_encryption_key_variable);
  return crypto::EncryptionKey::from_text(text != nullptr ? text : "", k_encryption_key_variable);
}

base::Result<crypto::Secret> tenant_conninfo(const TenantRecord& tenant,
                                             const crypto::EncryptionKey& key,
                                             int connect_timeout_seconds) {
  // An empty host or database would let libpq pick its default (the local
  // socket, a database named after the user): another database than the
  // registry means, so it is refused rather than guessed.
  if (tenant.host.empty()) {
    return tenant_failure(tenant, "the registry has no database host for it");
  }
  if (tenant.dbname.empty()) {
    return tenant_failure(tenant, "the registry has no database name for it");
  }
  if (tenant.username.empty()) {
    return tenant_failure(tenant, "the registry has no database user for it");
  }
  if (tenant.port < 1 || tenant.port > 65535) {
    return tenant_failure(
        tenant, fmt::format("the registry's database port '{}' is not a number from 1 to 65535",
                            tenant.bad_port));
  }
  if (tenant.encrypted_password.empty()) {
    return tenant_failure(tenant, "the registry has no database password for it");
  }
  auto password = crypto::decrypt(key, tenant.encrypted_password);
  if (!password) {
    return password.error().with_context(fmt::format("tenant {}", tenant.slug));
  }
  // Reserved up front so that appending never reallocates: a reallocation
  // would leave a copy of the password behind in freed memory.
  std::string text;
  text.reserve(2 * (tenant.host.size() + tenant.dbname.size() + tenant.username.size() +
                    password->view().size()) +
               128);
  append_setting(text, "host", tenant.host);
  append_setting(text, "port", std::to_string(tenant.port));
  append_setting(text, "dbname", tenant.dbname);
  append_setting(text, "user", tenant.username);
  append_setting(text, "password", password->view());
  append_setting(text, "connect_timeout", std::to_string(connect_timeout_seconds));
  return crypto::Secret(std::move(text));
}

base::Result<crypto::Secret> target_conninfo(const Target& target, const crypto::EncryptionKey* key,
                                             int connect_timeout_seconds) {
  if (!target.tenant) {
    return crypto::Secret(target.url);
  }
  if (key == nullptr) {
    return base::Error(
        fmt::format("{} is needed to reach registry tenants", k_encryption_key_variable));
  }
  return tenant_conninfo(*target.tenant, *key, connect_timeout_seconds);
}

base::Result<void> check_key_opens(const std::vector<Target>& targets,
                                   const crypto::EncryptionKey& key) {
  std::size_t tried = 0;
  for (const auto& target : targets) {
    // A value of another form is that tenant's row's fault, said on its
    // line; only a well-formed one can tell a wrong key.
    if (!target.tenant || !crypto::is_well_formed(target.tenant->encrypted_password)) {
      continue;
    }
    ++tried;
    // A wrong key still gives valid padding about once in 256 values, and
    // then bytes that are not a password: only text counts as opened.
    const auto plain = crypto::decrypt(key, target.tenant->encrypted_password);
    if (plain && is_text(plain->view())) {
      return {};
    }
  }
  if (tried == 0) {
    return {};
  }
  return base::Error(fmt::format("{} decrypts none of the {} selected tenant{} stored password{}: "
                                 "it is not the key the registry's passwords were encrypted "
                                 "with; no tenant was touched",
                                 k_encryption_key_variable, tried, tried == 1 ? "'s" : "s'",
                                 tried == 1 ? "" : "s"),
                     base::ErrorKind::config)
      .with_hint(fmt::format("set {} to the platform's key (the central app's environment); "
                             "after a key rotation, the registry holds passwords under the new "
                             "one",
                             k_encryption_key_variable));
}

}  // namespace fleet
