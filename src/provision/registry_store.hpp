#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "fleet/tenant.hpp"
#include "manifest/config.hpp"

namespace pg {
class Session;
}

namespace provision {

// A registry row as tenantctl reads it for writing: the record, and why it
// failed when the table keeps a reason.
struct StoredTenant {
  fleet::TenantRecord record;
  std::string status_reason;  // "" when none (or no reason column)
};

// Reads and writes tenant rows in the registry table of the central database
// ([registry] table and [registry.columns], manifest::RegistryTable). The
// registry query stays what fleet commands read; this is the one place that
// changes rows. Every value travels as a query parameter; table and column
// names are quoted. The session must outlive the store.
class RegistryStore {
 public:
  // Checks that the table and its columns exist (a config error naming the
  // table and the setting to fix otherwise). A configured status_reason column
  // the table lacks is dropped silently: reasons are then only printed
  // (has_reason_column() says which).
  [[nodiscard]] static base::Result<RegistryStore> open(pg::Session& central,
                                                        const manifest::RegistryTable& table);

  [[nodiscard]] bool has_reason_column() const { return !m_table.status_reason.empty(); }

  // Returns the row whose slug is `slug_or_id`, else the one whose id is;
  // nullopt when none.
  [[nodiscard]] base::Result<std::optional<StoredTenant>> find(std::string_view slug_or_id);

  // Returns true when the row with `id` has exactly this stored password, and
  // locks it (FOR UPDATE) until the caller's transaction ends. Call inside a
  // transaction.
  [[nodiscard]] base::Result<bool> lock_row_with_password(std::string_view id,
                                                          std::string_view encrypted_password);

  // Inserts `record` (status and encrypted password as given; updated_at
  // now()). A slug or id already there is a usage error ("taken").
  [[nodiscard]] base::Result<void> insert(const fleet::TenantRecord& record);

  // Sets the status of the row with `id`, and its reason (cleared when ""),
  // updated_at now(). Fails when no row has that id.
  [[nodiscard]] base::Result<void> set_status(std::string_view id, std::string_view status,
                                              std::string_view reason);

  // Sets the stored (encrypted) password of the row with `id`.
  [[nodiscard]] base::Result<void> set_password(std::string_view id,
                                                std::string_view encrypted_password);

  // One row's stored password, for re-encrypting.
  struct StoredPassword {
    std::string id;
    std::string slug;
    std::string encrypted_password;  // "" when NULL or empty
  };
  // Returns every row's id, slug and stored password, ordered by slug, and
  // locks the rows (FOR UPDATE) until the caller's transaction ends. Call
  // inside a transaction.
  [[nodiscard]] base::Result<std::vector<StoredPassword>> lock_all_passwords();

  // Returns "platform.tenants"-style text naming the table, for messages.
  [[nodiscard]] const std::string& table_name() const { return m_table.table; }
  [[nodiscard]] const manifest::RegistryTable& table() const { return m_table; }

 private:
  RegistryStore(pg::Session& central, manifest::RegistryTable table)
      : m_central(&central), m_table(std::move(table)) {}
  [[nodiscard]] std::string select_list() const;
  [[nodiscard]] std::string touch() const;

  pg::Session* m_central;
  manifest::RegistryTable m_table;
};

}  // namespace provision
