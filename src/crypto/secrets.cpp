#include "crypto/secrets.hpp"

#include <crypt.h>
#include <fmt/format.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <utility>
#include <vector>

namespace crypto {
namespace {

struct CipherContextDeleter {
  void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

std::string to_hex(const unsigned char* data, std::size_t size) {
  static constexpr char k_digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out += k_digits[data[i] >> 4];
    out += k_digits[data[i] & 0x0f];
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool from_hex(std::string_view hex, std::vector<unsigned char>& out) {
  if (hex.size() % 2 != 0) {
    return false;
  }
  out.clear();
  out.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int high = hex_value(hex[i]);
    const int low = hex_value(hex[i + 1]);
    if (high < 0 || low < 0) {
      return false;
    }
    out.push_back(static_cast<unsigned char>(high * 16 + low));
  }
  return true;
}

base::Error bad_value(std::string_view why) {
  return base::Error(fmt::format("the stored password cannot be decrypted: {}", why))
      .with_hint(
          "check that DB_ENCRYPTION_KEY is the key the platform encrypted it with, and "
          "that the value is \"hex(iv):hex(ciphertext)\"");
}

}  // namespace

Secret::~Secret() { wipe(); }

Secret& Secret::operator=(const Secret& other) {
  if (this != &other) {
    wipe();
    m_value = other.m_value;
  }
  return *this;
}

Secret::Secret(Secret&& other) noexcept : m_value(std::move(other.m_value)) { other.wipe(); }

Secret& Secret::operator=(Secret&& other) noexcept {
  if (this != &other) {
    wipe();
    m_value = std::move(other.m_value);
    other.wipe();
  }
  return *this;
}

void Secret::wipe() {
  if (!m_value.empty()) {
    OPENSSL_cleanse(m_value.data(), m_value.size());
  }
  m_value.clear();
}

base::Result<EncryptionKey> EncryptionKey::from_text(std::string_view text, std::string_view name) {
  EncryptionKey key;
  if (text.size() == 32) {
    std::copy(text.begin(), text.end(), key.m_bytes.begin());
    return key;
  }
  std::vector<unsigned char> decoded;
  if (text.size() == 64 && from_hex(text, decoded)) {
    std::copy(decoded.begin(), decoded.end(), key.m_bytes.begin());
    OPENSSL_cleanse(decoded.data(), decoded.size());
    return key;
  }
  if (text.empty()) {
    return base::Error(fmt::format("{} is not set", name), base::ErrorKind::config)
        .with_hint(
            fmt::format("set {} to the platform's key (32 characters, or 64 hex digits)", name));
  }
  return base::Error(fmt::format("{} has {} characters; an AES-256 key is 32 characters (or 64 "
                                 "hex digits)",
                                 name, text.size()),
                     base::ErrorKind::config)
      .with_hint(fmt::format("set {} to the key the platform uses (its value is not shown)", name));
}

EncryptionKey::~EncryptionKey() { OPENSSL_cleanse(m_bytes.data(), m_bytes.size()); }

base::Result<std::string> encrypt(const EncryptionKey& key, std::string_view plain) {
  std::array<unsigned char, 16> iv{};
  if (RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1) {
    return base::Error("cannot get random bytes from OpenSSL");
  }
  CipherContext context(EVP_CIPHER_CTX_new());
  std::vector<unsigned char> out(plain.size() + 16);
  int written = 0;
  int last = 0;
  if (!context ||
      EVP_EncryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv.data()) != 1 ||
      EVP_EncryptUpdate(context.get(), out.data(), &written,
                        reinterpret_cast<const unsigned char*>(plain.data()),
                        static_cast<int>(plain.size())) != 1 ||
      EVP_EncryptFinal_ex(context.get(), out.data() + written, &last) != 1) {
    return base::Error("OpenSSL could not encrypt the password");
  }
  return to_hex(iv.data(), iv.size()) + ":" +
         to_hex(out.data(), static_cast<std::size_t>(written + last));
}

base::Result<std::string> encrypt_verified(const EncryptionKey& key, std::string_view plain) {
  auto encrypted = encrypt(key, plain);
  if (!encrypted) {
    return encrypted.error();
  }
  auto back = decrypt(key, *encrypted);
  if (!back || back->view() != plain) {
    return base::Error("a re-encrypted value does not decrypt back to the password");
  }
  return encrypted;
}

namespace {

// The IV and ciphertext of a stored value, or what is wrong with its form.
base::Result<std::pair<std::vector<unsigned char>, std::vector<unsigned char>>> stored_parts(
    std::string_view stored) {
  const auto colon = stored.find(':');
  if (colon == std::string_view::npos) {
    return bad_value("it has no ':' between IV and ciphertext");
  }
  std::vector<unsigned char> iv;
  std::vector<unsigned char> cipher;
  if (!from_hex(stored.substr(0, colon), iv) || iv.size() != 16) {
    return bad_value("its IV is not 32 hex digits");
  }
  if (!from_hex(stored.substr(colon + 1), cipher) || cipher.empty() || cipher.size() % 16 != 0) {
    return bad_value("its ciphertext is not whole AES blocks in hex");
  }
  return std::pair{std::move(iv), std::move(cipher)};
}

}  // namespace

bool is_well_formed(std::string_view stored) { return static_cast<bool>(stored_parts(stored)); }

base::Result<Secret> decrypt(const EncryptionKey& key, std::string_view stored) {
  auto parts = stored_parts(stored);
  if (!parts) {
    return parts.error();
  }
  auto& [iv, cipher] = *parts;
  CipherContext context(EVP_CIPHER_CTX_new());
  std::string plain(cipher.size(), '\0');
  int written = 0;
  int last = 0;
  auto* target = reinterpret_cast<unsigned char*>(plain.data());
  if (!context ||
      EVP_DecryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv.data()) != 1 ||
      EVP_DecryptUpdate(context.get(), target, &written, cipher.data(),
                        static_cast<int>(cipher.size())) != 1) {
    OPENSSL_cleanse(plain.data(), plain.size());
    return bad_value("OpenSSL refused it");
  }
  if (EVP_DecryptFinal_ex(context.get(), target + written, &last) != 1) {
    OPENSSL_cleanse(plain.data(), plain.size());
    return bad_value("the padding is wrong, which almost always means a wrong key");
  }
  plain.resize(static_cast<std::size_t>(written + last));
  return Secret(std::move(plain));
}

std::string sha256_hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), digest.data(), &size, EVP_sha256(), nullptr);
  return to_hex(digest.data(), size);
}

base::Result<std::string> random_string(std::string_view alphabet, std::size_t length) {
  // Bytes at or above the largest multiple of the alphabet's size are
  // rejected, so that every character is equally likely.
  const auto limit = 256 - 256 % alphabet.size();
  std::string out;
  out.reserve(length);
  while (out.size() < length) {
    unsigned char byte = 0;
    if (RAND_bytes(&byte, 1) != 1) {
      return base::Error("cannot get random bytes from OpenSSL");
    }
    if (byte < limit) {
      out += alphabet[byte % alphabet.size()];
    }
  }
  return out;
}

base::Result<Secret> random_password(std::size_t length) {
  auto text =
      random_string("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
  if (!text) {
    return text.error();
  }
  return Secret(std::move(*text));
}

base::Result<std::string> bcrypt_hash(std::string_view password, int cost) {
  if (cost < 10 || cost > 31) {
    return base::Error(fmt::format("bcrypt cost {} is out of range (10 to 31)", cost),
                       base::ErrorKind::config);
  }
  std::array<char, CRYPT_GENSALT_OUTPUT_SIZE> salt{};
  if (crypt_gensalt_rn("$2b$", static_cast<unsigned long>(cost), nullptr, 0, salt.data(),
                       static_cast<int>(salt.size())) == nullptr) {
    return base::Error("libcrypt could not make a bcrypt salt");
  }
  crypt_data data{};
  const std::string text(password);
  const char* hashed = crypt_r(text.c_str(), salt.data(), &data);
  std::string out = hashed != nullptr && hashed[0] == '$' ? hashed : "";
  OPENSSL_cleanse(&data, sizeof data);
  if (out.empty()) {
    return base::Error("libcrypt could not hash the password");
  }
  return out;
}

bool bcrypt_verify(std::string_view password, std::string_view hash) {
  crypt_data data{};
  const std::string text(password);
  const std::string setting(hash);
  const char* hashed = crypt_r(text.c_str(), setting.c_str(), &data);
  const bool match = hashed != nullptr &&
                     setting.size() == std::char_traits<char>::length(hashed) &&
                     CRYPTO_memcmp(hashed, setting.data(), setting.size()) == 0;
  OPENSSL_cleanse(&data, sizeof data);
  return match;
}

}  // namespace crypto
