#include "crypto/scram.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <array>

#include "crypto/secrets.hpp"

namespace crypto {
namespace {

// PostgreSQL's default (scram_iterations before PostgreSQL 16).
constexpr int k_iterations = 4096;
constexpr std::size_t k_salt_size = 16;

using Digest = std::array<unsigned char, SHA256_DIGEST_LENGTH>;

std::string base64(const unsigned char* data, std::size_t size) {
  std::string out(4 * ((size + 2) / 3), '\0');
  const int written =
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(size));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

bool hmac(const Digest& key, std::string_view text, Digest& out) {
  unsigned int length = 0;
  return HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(text.data()), text.size(), out.data(),
              &length) != nullptr &&
         length == out.size();
}

}  // namespace

base::Result<std::string> scram_sha256_verifier(std::string_view password) {
  for (const char c : password) {
    if (c < 0x20 || c > 0x7e) {
      return base::Error("the password has characters other than printable ASCII");
    }
  }
  std::array<unsigned char, k_salt_size> salt{};
  if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1) {
    return base::Error("cannot get random bytes from OpenSSL");
  }
  Digest salted{};
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(),
                        static_cast<int>(salt.size()), k_iterations, EVP_sha256(),
                        static_cast<int>(salted.size()), salted.data()) != 1) {
    return base::Error("OpenSSL could not derive the SCRAM key");
  }
  Digest client_key{};
  Digest server_key{};
  if (!hmac(salted, "Client Key", client_key) || !hmac(salted, "Server Key", server_key)) {
    return base::Error("OpenSSL could not compute the SCRAM keys");
  }
  Digest stored_key{};
  SHA256(client_key.data(), client_key.size(), stored_key.data());
  OPENSSL_cleanse(salted.data(), salted.size());
  OPENSSL_cleanse(client_key.data(), client_key.size());
  return "SCRAM-SHA-256$" + std::to_string(k_iterations) + ":" + base64(salt.data(), salt.size()) +
         "$" + base64(stored_key.data(), stored_key.size()) + ":" +
         base64(server_key.data(), server_key.size());
}

base::Result<std::string> random_base36(std::size_t length) {
  return random_string("0123456789abcdefghijklmnopqrstuvwxyz", length);
}

}  // namespace crypto
