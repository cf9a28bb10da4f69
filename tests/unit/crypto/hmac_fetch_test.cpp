// crypto/hmac_fetch.cpp: the binary's HMAC_Init_ex is the one every library
// binds to, swaps OpenSSL's legacy SHA-256 for a fetched one, keeps every
// other digest, and computes the same MAC.
#define OPENSSL_SUPPRESS_DEPRECATED  // HMAC_Init_ex is what libpq calls
#include "crypto/hmac_fetch.hpp"

#include <dlfcn.h>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <memory>
#include <string>
#include <string_view>

namespace {

using Context = std::unique_ptr<HMAC_CTX, decltype(&HMAC_CTX_free)>;

std::string hex(const unsigned char* data, unsigned int size) {
  static constexpr char k_digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < size; ++i) {
    out += k_digits[data[i] >> 4];
    out += k_digits[data[i] & 15];
  }
  return out;
}

std::string mac(HMAC_CTX* ctx, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EXPECT_EQ(HMAC_Update(ctx, reinterpret_cast<const unsigned char*>(data.data()), data.size()), 1);
  EXPECT_EQ(HMAC_Final(ctx, out, &size), 1);
  return hex(out, size);
}

TEST(HmacFetchTest, LibrariesBindToTheBinarysHmacInit) {
  // What libpq's call to HMAC_Init_ex resolves to: the first definition in
  // the process's global scope, which must be this binary's, not libcrypto's.
  void* first = dlsym(RTLD_DEFAULT, "HMAC_Init_ex");
  ASSERT_NE(first, nullptr);
  Dl_info info{};
  ASSERT_NE(dladdr(first, &info), 0);
  EXPECT_EQ(std::string_view(info.dli_fname).find("libcrypto"), std::string_view::npos)
      << info.dli_fname;
}

TEST(HmacFetchTest, Sha256UsesTheFetchedDigestAndGivesRfc4231sMac) {
  Context ctx(HMAC_CTX_new(), &HMAC_CTX_free);
  ASSERT_TRUE(ctx);
  // RFC 4231, test case 2.
  const std::string_view key = "Jefe";
  const auto before = crypto::fetched_sha256_hmacs_on_this_thread();
  ASSERT_EQ(
      HMAC_Init_ex(ctx.get(), key.data(), static_cast<int>(key.size()), EVP_sha256(), nullptr), 1);
  EXPECT_NE(EVP_MD_get0_provider(HMAC_CTX_get_md(ctx.get())), nullptr);
  EXPECT_EQ(crypto::fetched_sha256_hmacs_on_this_thread(), before + 1);
  const std::string expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
  EXPECT_EQ(mac(ctx.get(), "what do ya want for nothing?"), expected);
  // Begun again with the same key, as libpq's 4,096 rounds do.
  ASSERT_EQ(
      HMAC_Init_ex(ctx.get(), key.data(), static_cast<int>(key.size()), EVP_sha256(), nullptr), 1);
  EXPECT_EQ(mac(ctx.get(), "what do ya want for nothing?"), expected);
  // And with no key and no digest: the previous ones are kept.
  ASSERT_EQ(HMAC_Init_ex(ctx.get(), nullptr, 0, nullptr, nullptr), 1);
  EXPECT_EQ(mac(ctx.get(), "what do ya want for nothing?"), expected);
}

TEST(HmacFetchTest, OtherDigestsPassThroughUnchanged) {
  Context ctx(HMAC_CTX_new(), &HMAC_CTX_free);
  ASSERT_TRUE(ctx);
  const std::string_view key = "Jefe";
  const auto before = crypto::fetched_sha256_hmacs_on_this_thread();
  ASSERT_EQ(HMAC_Init_ex(ctx.get(), key.data(), static_cast<int>(key.size()), EVP_sha1(), nullptr),
            1);
  EXPECT_EQ(HMAC_CTX_get_md(ctx.get()), EVP_sha1());
  // RFC 2202, test case 2.
  EXPECT_EQ(mac(ctx.get(), "what do ya want for nothing?"),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
  // A SHA-256 the caller fetched itself is kept as it is.
  EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  ASSERT_NE(fetched, nullptr);
  ASSERT_EQ(HMAC_Init_ex(ctx.get(), key.data(), static_cast<int>(key.size()), fetched, nullptr), 1);
  EXPECT_EQ(HMAC_CTX_get_md(ctx.get()), fetched);
  EXPECT_EQ(crypto::fetched_sha256_hmacs_on_this_thread(), before);
  EXPECT_EQ(mac(ctx.get(), "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  ctx.reset();
  EVP_MD_free(fetched);
}

}  // namespace
