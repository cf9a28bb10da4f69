#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"
#include "crypto/secrets.hpp"
#include "manifest/config.hpp"

namespace pg {
class Session;
}

namespace provision {

// A person to create: a central admin (admin create) or a user of one tenant
// (tenant user create).
struct Account {
  std::string email;
  crypto::Secret password;
  std::string first_name;
  std::string last_name;
  // admin create: "admin" or "superadmin". tenant user create: a name in the
  // tenant's roles table, or "" for none.
  std::string role;
};

// The rules (docs/operations.md, "Central admins"): an email of the form
// local@domain.tld without spaces, at most 254 characters; a password of at
// least 12 characters with at least three of lowercase letters, uppercase
// letters, digits and other characters, and not containing the email's local
// part; first and last name not empty, at most 100 characters each; for an
// admin, the role admin or superadmin. Returns a usage error listing every
// broken rule at once (never the password).
[[nodiscard]] base::Result<void> validate_account(const Account& account, bool admin);

// What admin create wrote.
struct CreatedAccount {
  std::string id;
  std::string email;
  std::string role;
};

// Inserts a central admin into the admins table ([admins] in tenantctl.toml):
// a new cuid id, the email, a bcrypt hash ($2b$, table.bcrypt_cost) of the
// password, names and role, created_at and updated_at now() when configured.
// An email already there (compared case-insensitively) is a usage error; so is
// a concurrent insert of the same email caught by the unique index. The table
// and columns are checked first (a config error names what does not fit).
// Precondition: validate_account(account, true) passed.
[[nodiscard]] base::Result<CreatedAccount> create_admin(pg::Session& central,
                                                        const manifest::AdminTable& table,
                                                        const Account& account);

// Inserts a user into the example platform's tenant users table (users: id
// uuid default gen_random_uuid(), email, password_hash, first_name,
// last_name), in one transaction with its role: with account.role set, the
// role is looked up by name in the tenant's roles table and a user_roles row
// is added (an unknown role is a usage error listing the roles there). The
// password is stored as a bcrypt hash of `bcrypt_cost`. A taken email (case
// insensitive) is a usage error. Returns the new user's id.
[[nodiscard]] base::Result<CreatedAccount> create_tenant_user(pg::Session& tenant,
                                                              const Account& account,
                                                              int bcrypt_cost);

}  // namespace provision
