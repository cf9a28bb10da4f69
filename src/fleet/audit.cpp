#include "fleet/audit.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

#include "pg/session.hpp"

namespace fleet {

std::string audit_sql(std::span<const ddl::Statement> statements) {
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

base::Result<std::int64_t> record_group(pg::Session& session, const std::string& fingerprint_before,
                                        std::span<const ddl::Statement> statements) {
  auto inserted = session.query(
      "insert into tenantctl.applied_changes (os_user, tenantctl_version, fingerprint_before, "
      "fingerprint_after, statements) values ($1, $2, $3, '', $4) returning id",
      {os_user(), std::string(TENANTCTL_VERSION), fingerprint_before, audit_sql(statements)});
  if (!inserted) {
    return inserted.error().with_context("recording the change in tenantctl.applied_changes");
  }
  return static_cast<std::int64_t>(inserted->integer(0, 0));
}

base::Result<void> finish_audit(pg::Session& session, const std::vector<std::int64_t>& ids,
                                const std::string& fingerprint_after) {
  if (ids.empty()) {
    return {};
  }
  std::string list;
  for (const auto id : ids) {
    list += (list.empty() ? "" : ",") + std::to_string(id);
  }
  auto updated = session.query(
      "update tenantctl.applied_changes set fingerprint_after = $1 where id = any($2::bigint[])",
      {fingerprint_after, "{" + list + "}"});
  if (!updated) {
    return updated.error().with_context("recording the result in tenantctl.applied_changes");
  }
  return {};
}

}  // namespace fleet
