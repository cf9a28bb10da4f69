// libFuzzer target: the encrypted-password decoder (crypto::decrypt, the
// platform's "hex(iv):hex(ciphertext)" AES-256-CBC format) and the key
// reader. A refusal never shows the stored value or the key; whatever is
// encrypted decrypts back to itself.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "crypto/secrets.hpp"
#include "fuzz_support.hpp"

namespace {

constexpr std::string_view k_key = "0123456789abcdef0123456789abcdef";

}  // namespace

// The name libFuzzer calls.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const auto key = crypto::EncryptionKey::from_text(k_key, "DB_ENCRYPTION_KEY");
  fuzz::require(static_cast<bool>(key), "the test key reads");

  // A refusal may hold the input's text only where its own words do whatever
  // the input (the same message for another input of that length). Texts of
  // fewer than 8 bytes (":", "is") are left out: real values are 32 and more.
  const std::string stand_in(text.size(), '#');
  auto plain = crypto::decrypt(*key, text);
  if (!plain) {
    const auto& message = plain.error().message();
    fuzz::require(message.find(k_key) == std::string::npos, "a refusal never shows the key",
                  message);
    if (text.size() >= 8 && message.find(text) != std::string::npos) {
      auto other = crypto::decrypt(*key, stand_in);
      fuzz::require(!other && other.error().message() == message,
                    "a refusal never shows the stored value", message);
    }
  }

  auto read = crypto::EncryptionKey::from_text(text, "DB_ENCRYPTION_KEY");
  if (!read) {
    const auto& message = read.error().message();
    if (text.size() >= 8 && message.find(text) != std::string::npos) {
      auto other = crypto::EncryptionKey::from_text(stand_in, "DB_ENCRYPTION_KEY");
      fuzz::require(!other && other.error().message() == message, "a refused key is never shown",
                    message);
    }
  }

  auto stored = crypto::encrypt(*key, text);
  fuzz::require(static_cast<bool>(stored), "any text encrypts");
  auto back = crypto::decrypt(*key, *stored);
  fuzz::require(static_cast<bool>(back) && back->view() == text,
                "encrypt then decrypt is the text");
  return 0;
}
