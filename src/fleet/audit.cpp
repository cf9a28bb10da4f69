#include "fleet/audit.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

#include "pg/session.hpp"

namespace fleet {

std::string audit_sql(const std::vector<ddl::Statement>& statements) {
  std::string text;
  for (const auto& statement : statements) {
    text += statement.sql;
    text += ";\n";
  }
  return text;
}

std::string os_user() {
  passwd entry{};
  passwd* found = nullptr;
  std::vector<char> buffer(16384);
  if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 &&
      found != nullptr && found->pw_name != nullptr) {
    return found->pw_name;
  }
  if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') {
    return user;
  }
  return "uid " + std::to_string(geteuid());
}

base::Result<void> record_audit(pg::Session& session, const AuditEntry& entry) {
  auto inserted = session.query(
      "insert into tenantctl.applied_changes (os_user, tenantctl_version, fingerprint_before, "
      "fingerprint_after, statements) values ($1, $2, $3, $4, $5)",
      {os_user(), std::string(TENANTCTL_VERSION), entry.fingerprint_before, entry.fingerprint_after,
       audit_sql(entry.statements)});
  if (!inserted) {
    return inserted.error().with_context("recording the change in tenantctl.applied_changes");
  }
  return {};
}

}  // namespace fleet
