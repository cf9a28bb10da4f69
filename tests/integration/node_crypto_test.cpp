// Compatibility with the Node.js platform's password encryption, checked
// against real Node (crypto.createCipheriv / createDecipheriv).

#include <gtest/gtest.h>

#include "crypto/secrets.hpp"
#include "support/run_command.hpp"

namespace {

const std::string k_key = "node-compat-key-0123456789abcdef";  // 32 characters

TEST(NodeCryptoTest, DecryptsWhatNodeEncrypts) {
  const auto node = test_support::run_program(
      {"node", "-e",
       "const c = require('crypto');"
       "const iv = c.randomBytes(16);"
       "const x = c.createCipheriv('aes-256-cbc', Buffer.from(process.env.KEY), iv);"
       "const out = Buffer.concat([x.update(process.env.PLAIN, 'utf8'), x.final()]);"
       "process.stdout.write(iv.toString('hex') + ':' + out.toString('hex'));"},
      {{"KEY", k_key}, {"PLAIN", "tenant-Pässword-42!"}});
  ASSERT_EQ(node.exit_code, 0) << node.err;
  const auto key = crypto::EncryptionKey::from_text(k_key, "DB_ENCRYPTION_KEY");
  ASSERT_TRUE(key);
  const auto plain = crypto::decrypt(*key, node.out);
  ASSERT_TRUE(plain) << plain.error().message();
  EXPECT_EQ(plain->view(), "tenant-Pässword-42!");
}

TEST(NodeCryptoTest, NodeDecryptsWhatWeEncrypt) {
  const auto key = crypto::EncryptionKey::from_text(k_key, "DB_ENCRYPTION_KEY");
  ASSERT_TRUE(key);
  const auto stored = crypto::encrypt(*key, "from C++ with ünïcode");
  ASSERT_TRUE(stored);
  const auto node = test_support::run_program(
      {"node", "-e",
       "const c = require('crypto');"
       "const [iv, data] = process.env.STORED.split(':');"
       "const d = c.createDecipheriv('aes-256-cbc', Buffer.from(process.env.KEY),"
       "  Buffer.from(iv, 'hex'));"
       "process.stdout.write(Buffer.concat([d.update(Buffer.from(data, 'hex')), d.final()])"
       "  .toString('utf8'));"},
      {{"KEY", k_key}, {"STORED", *stored}});
  ASSERT_EQ(node.exit_code, 0) << node.err;
  EXPECT_EQ(node.out, "from C++ with ünïcode");
}

TEST(NodeCryptoTest, HexKeyMatchesNode) {
  const std::string hex_key(64, 'c');
  const auto key = crypto::EncryptionKey::from_text(hex_key, "DB_ENCRYPTION_KEY");
  ASSERT_TRUE(key);
  const auto stored = crypto::encrypt(*key, "hex keyed");
  ASSERT_TRUE(stored);
  const auto node = test_support::run_program(
      {"node", "-e",
       "const c = require('crypto');"
       "const [iv, data] = process.env.STORED.split(':');"
       "const d = c.createDecipheriv('aes-256-cbc', Buffer.from(process.env.KEY, 'hex'),"
       "  Buffer.from(iv, 'hex'));"
       "process.stdout.write(Buffer.concat([d.update(Buffer.from(data, 'hex')), d.final()])"
       "  .toString('utf8'));"},
      {{"KEY", hex_key}, {"STORED", *stored}});
  ASSERT_EQ(node.exit_code, 0) << node.err;
  EXPECT_EQ(node.out, "hex keyed");
}

}  // namespace
