#include "provision/accounts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "base/strings.hpp"
#include "pg/quote.hpp"
#include "pg/session.hpp"
#include "provision/names.hpp"

namespace provision {
namespace {

constexpr std::size_t k_min_password = 12;
constexpr std::size_t k_max_password = 72;  // bcrypt uses the first 72 bytes only
constexpr std::size_t k_max_email = 254;
constexpr std::size_t k_max_name = 100;

std::string q(std::string_view name) { return pg::quote_ident(name); }

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool valid_email(std::string_view email) {
  if (email.empty() || email.size() > k_max_email) {
    return false;
  }
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string::npos) {
    return false;
  }
  for (const char c : email) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f || c == ',' || c == ';' || c == '<' || c == '>') {
      return false;
    }
  }
  const std::string_view domain = email.substr(at + 1);
  const auto dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 2 <= domain.size() &&
         domain.find("..") == std::string_view::npos && domain.front() != '.';
}

bool has_sqlstate(const base::Error& error, std::string_view state) {
  return error.message().find(fmt::format("(SQLSTATE {})", state)) != std::string::npos;
}

base::Error email_taken(std::string_view email, std::string_view where) {
  return base::Error(fmt::format("the email {} is taken in {}", email, where),
                     base::ErrorKind::usage)
      .with_hint("emails are compared without regard to case; nothing was created");
}

// Runs `work` in a transaction: COMMIT when it succeeds, ROLLBACK otherwise.
template <class Work>
auto in_transaction(pg::Session& session, Work work) -> decltype(work()) {
  if (auto begun = session.execute("begin"); !begun) {
    return begun.error();
  }
  auto result = work();
  if (!result) {
    (void)session.execute("rollback");
    return result;
  }
  if (auto committed = session.execute("commit"); !committed) {
    return committed.error();
  }
  return result;
}

}  // namespace

base::Result<void> validate_account(const Account& account, bool admin) {
  std::vector<std::string> problems;
  if (!valid_email(account.email)) {
    problems.push_back(
        fmt::format("'{}' is not an email address (name@example.com)", account.email));
  }
  const std::string_view password = account.password.view();
  if (password.size() < k_min_password) {
    problems.push_back(fmt::format("the password has fewer than {} characters", k_min_password));
  }
  if (password.size() > k_max_password) {
    problems.push_back(fmt::format("the password has more than {} bytes (bcrypt ignores the rest)",
                                   k_max_password));
  }
  bool lower_case = false, upper_case = false, digit = false, other = false;
  for (const char c : password) {
    const auto byte = static_cast<unsigned char>(c);
    lower_case = lower_case || std::islower(byte) != 0;
    upper_case = upper_case || std::isupper(byte) != 0;
    digit = digit || std::isdigit(byte) != 0;
    other = other || std::isalnum(byte) == 0;
  }
  if (int{lower_case} + int{upper_case} + int{digit} + int{other} < 3) {
    problems.emplace_back(
        "the password needs at least three of: lowercase letters, uppercase letters, digits, "
        "other characters");
  }
  const auto at = account.email.find('@');
  const std::string local = lower(account.email.substr(0, at));
  if (local.size() >= 3 && lower(password).find(local) != std::string::npos) {
    problems.emplace_back("the password contains the email's name");
  }
  if (base::trim(account.first_name).empty()) {
    problems.emplace_back("the first name is empty");
  }
  if (base::trim(account.last_name).empty()) {
    problems.emplace_back("the last name is empty");
  }
  if (account.first_name.size() > k_max_name || account.last_name.size() > k_max_name) {
    problems.push_back(fmt::format("a name is longer than {} characters", k_max_name));
  }
  if (admin && account.role != "admin" && account.role != "superadmin") {
    problems.push_back(fmt::format("the role '{}' is not admin or superadmin", account.role));
  }
  if (problems.empty()) {
    return {};
  }
  return base::Error(fmt::format("the {} cannot be created:\n  {}", admin ? "admin" : "user",
                                 base::join(problems, "\n  ")),
                     base::ErrorKind::usage);
}

base::Result<CreatedAccount> create_admin(pg::Session& central, const manifest::AdminTable& table,
                                          const Account& account) {
  const std::string where = quote_table(table.table);
  std::vector<std::string> columns{q(table.id),         q(table.email),     q(table.password),
                                   q(table.first_name), q(table.last_name), q(table.role)};
  std::vector<std::string> values{"$1", "$2", "$3", "$4", "$5", "$6"};
  for (const auto* stamp : {&table.created_at, &table.updated_at}) {
    if (!stamp->empty()) {
      columns.push_back(q(*stamp));
      values.emplace_back("now()");
    }
  }
  if (auto probe =
          central.query(fmt::format("select {} from {} limit 0", base::join(columns, ", "), where));
      !probe) {
    return base::Error(fmt::format("the admins table {} does not fit the configuration: {}",
                                   table.table, probe.error().message()),
                       base::ErrorKind::config)
        .with_hint(
            "set [admins] table and [admins.columns] in tenantctl.toml "
            "(docs/operations.md)");
  }
  auto taken = central.query(
      fmt::format("select 1 from {} where lower({}::text) = lower($1)", where, q(table.email)),
      {account.email});
  if (!taken) {
    return taken.error().with_context("looking for the email");
  }
  if (!taken->empty()) {
    return email_taken(account.email, table.table);
  }
  auto hash = crypto::bcrypt_hash(account.password.view(), table.bcrypt_cost);
  if (!hash) {
    return hash.error();
  }
  auto id = new_cuid();
  if (!id) {
    return id.error();
  }
  auto inserted = central.query(
      fmt::format("insert into {} ({}) values ({})", where, base::join(columns, ", "),
                  base::join(values, ", ")),
      {*id, account.email, *hash, account.first_name, account.last_name, account.role});
  if (!inserted) {
    if (has_sqlstate(inserted.error(), "23505")) {
      return email_taken(account.email, table.table);
    }
    return inserted.error().with_context("inserting the admin");
  }
  return CreatedAccount{*id, account.email, account.role};
}

base::Result<CreatedAccount> create_tenant_user(pg::Session& tenant, const Account& account,
                                                int bcrypt_cost) {
  auto hash = crypto::bcrypt_hash(account.password.view(), bcrypt_cost);
  if (!hash) {
    return hash.error();
  }
  return in_transaction(tenant, [&]() -> base::Result<CreatedAccount> {
    auto taken =
        tenant.query("select 1 from users where lower(email) = lower($1)", {account.email});
    if (!taken) {
      return taken.error().with_context("looking for the email in the tenant's users");
    }
    if (!taken->empty()) {
      return email_taken(account.email, "the tenant's users");
    }
    std::optional<std::string> role_id;
    if (!account.role.empty()) {
      auto roles = tenant.query("select id::text, name from roles order by name");
      if (!roles) {
        return roles.error().with_context("reading the tenant's roles");
      }
      std::vector<std::string> names;
      for (std::size_t row = 0; row < roles->size(); ++row) {
        names.emplace_back(roles->text(row, 1));
        if (roles->text(row, 1) == account.role) {
          role_id = std::string(roles->text(row, 0));
        }
      }
      if (!role_id) {
        return base::Error(fmt::format("the tenant has no role '{}'", account.role),
                           base::ErrorKind::usage)
            .with_hint(names.empty() ? "its roles table is empty; create the user without ROLE"
                                     : "roles there: " + base::join(names, ", "));
      }
    }
    auto inserted = tenant.query(
        "insert into users (email, password_hash, first_name, last_name) values ($1, $2, $3, $4) "
        "returning id::text",
        {account.email, *hash, account.first_name, account.last_name});
    if (!inserted) {
      if (has_sqlstate(inserted.error(), "23505")) {
        return email_taken(account.email, "the tenant's users");
      }
      return inserted.error().with_context("inserting the user");
    }
    const std::string id(inserted->text(0, 0));
    if (role_id) {
      if (auto granted = tenant.query(
              "insert into user_roles (user_id, role_id) values ($1::uuid, $2::integer)",
              {id, *role_id});
          !granted) {
        return granted.error().with_context("giving the user its role");
      }
    }
    return CreatedAccount{id, account.email, account.role};
  });
}

}  // namespace provision
