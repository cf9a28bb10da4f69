#pragma once

#include <array>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace crypto {

// A secret string (a password, a key) that is wiped from memory when it goes
// away. It has no stream operator and no implicit conversion, so it cannot
// reach a log or a message by accident; view() is for passing it on.
class Secret {
 public:
  Secret() = default;
  explicit Secret(std::string value) : m_value(std::move(value)) {}
  ~Secret();
  Secret(const Secret& other) = default;
  Secret& operator=(const Secret& other);
  Secret(Secret&& other) noexcept;
  Secret& operator=(Secret&& other) noexcept;

  [[nodiscard]] std::string_view view() const { return m_value; }
  [[nodiscard]] bool empty() const { return m_value.empty(); }

 private:
  void wipe();
  std::string m_value;
};

// The AES-256 key of the platform's password encryption (DB_ENCRYPTION_KEY).
class EncryptionKey {
 public:
  // Reads the key as the Node.js platform does: a 32-character string is the
  // 32 raw bytes of the key; a 64-character hex string is decoded. Anything
  // else is a config error that says so without showing the key. `name` is the
  // variable's name, for the message.
  [[nodiscard]] static base::Result<EncryptionKey> from_text(std::string_view text,
                                                             std::string_view name);
  ~EncryptionKey();
  EncryptionKey(const EncryptionKey&) = default;
  EncryptionKey& operator=(const EncryptionKey&) = default;

  [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }

 private:
  EncryptionKey() = default;
  std::array<unsigned char, 32> m_bytes{};
};

// Encrypts as the platform stores tenant passwords: AES-256-CBC, a random
// 16-byte IV, PKCS#7 padding, "hex(iv):hex(ciphertext)" (lower-case hex).
[[nodiscard]] base::Result<std::string> encrypt(const EncryptionKey& key, std::string_view plain);

// encrypt(), then checks that the value decrypts back to `plain` (a value
// about to replace a stored password is proven readable first).
[[nodiscard]] base::Result<std::string> encrypt_verified(const EncryptionKey& key,
                                                         std::string_view plain);

// Decrypts a value encrypt() (or Node's createCipheriv) made. A malformed
// value or a wrong key is an error that shows neither the value nor the key.
[[nodiscard]] base::Result<Secret> decrypt(const EncryptionKey& key, std::string_view stored);

// Returns true when `stored` has the form encrypt() gives ("hex(iv):hex(
// ciphertext)", a 16-byte IV, whole AES blocks), whatever key made it: a value
// of that form that does not decrypt means a wrong key, any other a bad value.
[[nodiscard]] bool is_well_formed(std::string_view stored);

// Returns the SHA-256 of `data` in lower-case hex.
[[nodiscard]] std::string sha256_hex(std::string_view data);

// Returns `length` characters drawn at random from `alphabet` (OpenSSL
// RAND_bytes, every character equally likely). Precondition: the alphabet
// holds 1 to 256 characters.
[[nodiscard]] base::Result<std::string> random_string(std::string_view alphabet,
                                                      std::size_t length);

// Returns `length` random characters from [A-Za-z0-9] (random_string()), for
// generated database passwords.
[[nodiscard]] base::Result<Secret> random_password(std::size_t length);

// Returns a bcrypt hash ("$2b$<cost>$...") of `password`, the format Node's
// bcrypt and bcryptjs verify. `cost` from 10 to 31.
[[nodiscard]] base::Result<std::string> bcrypt_hash(std::string_view password, int cost);

// Returns true when `password` matches the bcrypt `hash`.
[[nodiscard]] bool bcrypt_verify(std::string_view password, std::string_view hash);

}  // namespace crypto
