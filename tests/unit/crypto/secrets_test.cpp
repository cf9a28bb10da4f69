#include "crypto/secrets.hpp"

#include <gtest/gtest.h>

namespace {

const std::string k_key_text = "0123456789abcdef0123456789abcdef";  // 32 characters

crypto::EncryptionKey key(const std::string& text = k_key_text) {
  auto made = crypto::EncryptionKey::from_text(text, "DB_ENCRYPTION_KEY");
  EXPECT_TRUE(made) << made.error().message();
  return *made;
}

TEST(SecretsTest, EncryptsInThePlatformFormatAndDecryptsBack) {
  const auto stored = crypto::encrypt(key(), "p@ss w0rd ünïcode");
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->find(':'), 32u);          // 16-byte IV in hex
  EXPECT_EQ((stored->size() - 33) % 32, 0u);  // whole AES blocks in hex
  const auto plain = crypto::decrypt(key(), *stored);
  ASSERT_TRUE(plain) << plain.error().message();
  EXPECT_EQ(plain->view(), "p@ss w0rd ünïcode");
  // A random IV each time.
  EXPECT_NE(*crypto::encrypt(key(), "same"), *crypto::encrypt(key(), "same"));
}

TEST(SecretsTest, AcceptsA64DigitHexKey) {
  const auto hex = crypto::EncryptionKey::from_text(std::string(64, 'a'), "DB_ENCRYPTION_KEY");
  ASSERT_TRUE(hex);
  const auto stored = crypto::encrypt(*hex, "x");
  ASSERT_TRUE(stored);
  EXPECT_EQ(crypto::decrypt(*hex, *stored)->view(), "x");
}

TEST(SecretsTest, RejectsWrongKeyLengthsWithoutShowingTheKey) {
  const auto short_key = crypto::EncryptionKey::from_text("tooShortKey123", "DB_ENCRYPTION_KEY");
  ASSERT_FALSE(short_key);
  EXPECT_EQ(short_key.error().kind(), base::ErrorKind::config);
  EXPECT_NE(short_key.error().message().find("14 characters"), std::string::npos);
  EXPECT_EQ(short_key.error().message().find("tooShortKey123"), std::string::npos);
  EXPECT_EQ(short_key.error().hint().find("tooShortKey123"), std::string::npos);
  const auto missing = crypto::EncryptionKey::from_text("", "DB_ENCRYPTION_KEY");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message().find("not set"), std::string::npos);
  // 64 characters that are not hex are not a key either.
  EXPECT_FALSE(crypto::EncryptionKey::from_text(std::string(64, 'z'), "K"));
}

TEST(SecretsTest, WrongKeyOrBadValueFailsWithoutSecrets) {
  const auto stored = crypto::encrypt(key(), "hunter2-password");
  ASSERT_TRUE(stored);
  const auto wrong = crypto::decrypt(key("ffffffffffffffffffffffffffffffff"), *stored);
  if (wrong) {
    // CBC with a wrong key passes the padding check about 1 time in 256; the
    // text is then garbage, never the password.
    EXPECT_NE(wrong->view(), "hunter2-password");
  } else {
    EXPECT_EQ(wrong.error().message().find("hunter2"), std::string::npos);
    EXPECT_EQ(wrong.error().message().find(*stored), std::string::npos);
  }
  for (const char* bad : {"", "nocolon", "zz:00", "00112233445566778899aabbccddeeff:abc",
                          "0011:00112233445566778899aabbccddeeff"}) {
    const auto result = crypto::decrypt(key(), bad);
    EXPECT_FALSE(result) << bad;
  }
}

TEST(SecretsTest, Sha256KnownVector) {
  EXPECT_EQ(crypto::sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(SecretsTest, RandomPasswordsAreLongAndDifferent) {
  const auto a = crypto::random_password(32);
  const auto b = crypto::random_password(32);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->view().size(), 32u);
  EXPECT_NE(a->view(), b->view());
  for (const char c : a->view()) {
    EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)));
  }
}

TEST(SecretsTest, BcryptHashesVerify) {
  const auto hash = crypto::bcrypt_hash("correct horse", 10);
  ASSERT_TRUE(hash) << hash.error().message();
  EXPECT_TRUE(hash->starts_with("$2b$10$"));
  EXPECT_EQ(hash->size(), 60u);
  EXPECT_TRUE(crypto::bcrypt_verify("correct horse", *hash));
  EXPECT_FALSE(crypto::bcrypt_verify("wrong horse", *hash));
  EXPECT_FALSE(crypto::bcrypt_hash("x", 4));
}

}  // namespace
