#include "provision/accounts.hpp"

#include <gtest/gtest.h>

namespace {

provision::Account account(std::string email, std::string password, std::string role = "admin") {
  return provision::Account{std::move(email), crypto::Secret(std::move(password)), "Ann", "Lee",
                            std::move(role)};
}

std::string problems(const provision::Account& person, bool admin) {
  auto valid = provision::validate_account(person, admin);
  return valid ? "" : valid.error().message();
}

TEST(AccountsTest, AcceptsAStrongAccount) {
  EXPECT_EQ(problems(account("ann@example.com", "Correct-Horse-9"), true), "");
  EXPECT_EQ(problems(account("ann@example.com", "Correct-Horse-9", "superadmin"), true), "");
  EXPECT_EQ(problems(account("ann@sub.example.co", "correct horse 9 battery", ""), false), "");
}

TEST(AccountsTest, RefusesBadEmails) {
  for (const char* email : {"", "ann", "ann@", "@example.com", "ann@example", "ann@@example.com",
                            "ann lee@example.com", "ann@.example.com", "ann@example..com"}) {
    EXPECT_NE(problems(account(email, "Correct-Horse-9"), true).find("is not an email address"),
              std::string::npos)
        << email;
  }
}

TEST(AccountsTest, ListsEveryWeakPasswordRuleAndNeverThePassword) {
  const auto message = problems(account("annabel@example.com", "annabel", "root"), true);
  EXPECT_NE(message.find("fewer than 12 characters"), std::string::npos) << message;
  EXPECT_NE(message.find("at least three of"), std::string::npos) << message;
  EXPECT_NE(message.find("contains the email's name"), std::string::npos) << message;
  EXPECT_NE(message.find("'root' is not admin or superadmin"), std::string::npos) << message;
  EXPECT_NE(problems(account("a@b.example", std::string(73, 'A') + "a1"), true).find("72 bytes"),
            std::string::npos);
  const auto weak = problems(account("ann@example.com", "Weak-Secret"), true);
  EXPECT_EQ(weak.find("Weak-Secret"), std::string::npos) << weak;
}

TEST(AccountsTest, TenantUsersTakeAnyRoleName) {
  EXPECT_EQ(problems(account("ann@example.com", "Correct-Horse-9", "sales"), false), "");
}

}  // namespace
