// libFuzzer target: the encrypted-password decoder (crypto::decrypt, the
// platform's "hex(iv):hex(ciphertext)" AES-256-CBC format) and the key
// reader. A refusal never shows the stored value or the key; whatever is
// encrypted decrypts back to itself.
#include <cstddef>
#include <cstdint>
#include <set>
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

  // A refusal's words depend on the kind of fault (and a length), never on
  // the value itself: with digits left out, the refusals seen are a handful,
  // however many values are tried. A value or key shown in them would make
  // every refusal new.
  const auto remember = [](const std::string& message) {
    static std::set<std::string> seen;
    std::string words;
    for (const char c : message) {
      if (c < '0' || c > '9') {
        words += c;
      }
    }
    seen.insert(words);
    fuzz::require(seen.size() <= 12, "refusals do not vary with the value", message);
  };
  auto plain = crypto::decrypt(*key, text);
  if (!plain) {
    const auto& message = plain.error().message();
    fuzz::require(message.find(k_key) == std::string::npos, "a refusal never shows the key",
                  message);
    remember(message);
  }
  auto read = crypto::EncryptionKey::from_text(text, "DB_ENCRYPTION_KEY");
  if (!read) {
    remember(read.error().message());
  }

  auto stored = crypto::encrypt(*key, text);
  fuzz::require(static_cast<bool>(stored), "any text encrypts");
  auto back = crypto::decrypt(*key, *stored);
  fuzz::require(static_cast<bool>(back) && back->view() == text,
                "encrypt then decrypt is the text");
  return 0;
}
