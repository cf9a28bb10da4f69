#include "provision/registry_store.hpp"

#include <fmt/format.h>

#include <charconv>

#include "pg/quote.hpp"
#include "pg/session.hpp"
#include "provision/names.hpp"

namespace provision {
namespace {

std::string q(std::string_view name) { return pg::quote_ident(name); }

bool has_sqlstate(const base::Error& error, std::string_view state) {
  return error.message().find(fmt::format("(SQLSTATE {})", state)) != std::string::npos;
}

int parse_port(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && value >= 1 && value <= 65535
             ? value
             : 0;
}

}  // namespace

base::Result<RegistryStore> RegistryStore::open(pg::Session& central,
                                                const manifest::RegistryTable& table) {
  RegistryStore store(central, table);
  auto probe = [&] {
    return central.query(fmt::format("select {} from {} limit 0", store.select_list(),
                                     quote_table(store.m_table.table)));
  };
  auto checked = probe();
  if (!checked && has_sqlstate(checked.error(), "42703") && !store.m_table.status_reason.empty()) {
    store.m_table.status_reason.clear();
    checked = probe();
  }
  if (!checked) {
    return base::Error(
               fmt::format("the registry table {} does not fit the configuration: {}", table.table,
                           checked.error().message()),
               has_sqlstate(checked.error(), "42P01") || has_sqlstate(checked.error(), "42703")
                   ? base::ErrorKind::config
                   : base::ErrorKind::failure)
        .with_hint(
            "set [registry] table and [registry.columns] in tenantctl.toml to the table the "
            "platform keeps its tenants in (docs/operations.md)");
  }
  if (!store.m_table.updated_at.empty()) {
    auto updated = central.query(
        fmt::format("select {} from {} limit 0", q(table.updated_at), quote_table(table.table)));
    if (!updated) {
      store.m_table.updated_at.clear();
    }
  }
  return store;
}

std::string RegistryStore::select_list() const {
  std::string list = fmt::format(
      "{}::text, {}::text, {}::text, {}::text, {}::text, {}::text, {}::text, {}::text, {}::text",
      q(m_table.id), q(m_table.slug), q(m_table.name), q(m_table.status), q(m_table.host),
      q(m_table.port), q(m_table.dbname), q(m_table.username), q(m_table.password));
  if (!m_table.status_reason.empty()) {
    list += fmt::format(", {}::text", q(m_table.status_reason));
  }
  return list;
}

std::string RegistryStore::touch() const {
  return m_table.updated_at.empty() ? "" : fmt::format(", {} = now()", q(m_table.updated_at));
}

base::Result<std::optional<StoredTenant>> RegistryStore::find(std::string_view slug_or_id) {
  auto rows = m_central->query(
      fmt::format("select {0} from {1} where {2}::text = $1 or {3}::text = $1 "
                  "order by ({2}::text = $1) desc limit 1",
                  select_list(), quote_table(m_table.table), q(m_table.slug), q(m_table.id)),
      {std::string(slug_or_id)});
  if (!rows) {
    return rows.error().with_context(fmt::format("reading the registry table {}", m_table.table));
  }
  if (rows->empty()) {
    return std::optional<StoredTenant>();
  }
  StoredTenant stored;
  auto& record = stored.record;
  record.id = rows->text(0, 0);
  record.slug = rows->text(0, 1);
  record.name = rows->text(0, 2);
  record.status = rows->text(0, 3);
  record.host = rows->text(0, 4);
  record.port = rows->is_null(0, 5) ? 5432 : parse_port(rows->text(0, 5));
  record.dbname = rows->text(0, 6);
  record.username = rows->text(0, 7);
  record.encrypted_password = rows->text(0, 8);
  if (!m_table.status_reason.empty()) {
    stored.status_reason = rows->text(0, 9);
  }
  return std::optional<StoredTenant>(std::move(stored));
}

base::Result<bool> RegistryStore::lock_row_with_password(std::string_view id,
                                                         std::string_view encrypted_password) {
  auto rows =
      m_central->query(fmt::format("select {}::text from {} where {}::text = $1 for update",
                                   q(m_table.password), quote_table(m_table.table), q(m_table.id)),
                       {std::string(id)});
  if (!rows) {
    return rows.error().with_context(fmt::format("locking the registry row {}", id));
  }
  return !rows->empty() && rows->text(0, 0) == encrypted_password;
}

base::Result<std::vector<RegistryStore::StoredPassword>> RegistryStore::lock_all_passwords() {
  auto rows = m_central->query(fmt::format(
      "select {}::text, {}::text, {}::text from {} order by {}::text for update", q(m_table.id),
      q(m_table.slug), q(m_table.password), quote_table(m_table.table), q(m_table.slug)));
  if (!rows) {
    return rows.error().with_context(fmt::format("reading the registry table {}", m_table.table));
  }
  std::vector<StoredPassword> out;
  out.reserve(rows->size());
  for (std::size_t row = 0; row < rows->size(); ++row) {
    out.push_back(StoredPassword{std::string(rows->text(row, 0)), std::string(rows->text(row, 1)),
                                 std::string(rows->text(row, 2))});
  }
  return out;
}

base::Result<void> RegistryStore::insert(const fleet::TenantRecord& record) {
  std::string columns =
      fmt::format("{}, {}, {}, {}, {}, {}, {}, {}, {}", q(m_table.id), q(m_table.slug),
                  q(m_table.name), q(m_table.status), q(m_table.host), q(m_table.port),
                  q(m_table.dbname), q(m_table.username), q(m_table.password));
  std::string values = "$1, $2, $3, $4, $5, $6, $7, $8, $9";
  if (!m_table.updated_at.empty()) {
    columns += ", " + q(m_table.updated_at);
    values += ", now()";
  }
  auto done = m_central->query(
      fmt::format("insert into {} ({}) values ({})", quote_table(m_table.table), columns, values),
      {record.id, record.slug, record.name, record.status, record.host, std::to_string(record.port),
       record.dbname, record.username, record.encrypted_password});
  if (!done) {
    if (has_sqlstate(done.error(), "23505")) {
      return base::Error(fmt::format("slug '{}' is taken: another registry row was inserted "
                                     "with it meanwhile",
                                     record.slug),
                         base::ErrorKind::usage)
          .with_hint("choose another slug (tenantctl tenant list shows the taken ones)");
    }
    return done.error().with_context(
        fmt::format("inserting tenant {} into the registry table {}", record.slug, m_table.table));
  }
  return {};
}

base::Result<void> RegistryStore::set_status(std::string_view id, std::string_view status,
                                             std::string_view reason) {
  std::vector<std::optional<std::string>> params{std::string(id), std::string(status)};
  std::string reason_set;
  if (!m_table.status_reason.empty()) {
    reason_set = fmt::format(", {} = $3", q(m_table.status_reason));
    params.emplace_back(reason.empty() ? std::nullopt : std::optional<std::string>(reason));
  }
  auto done =
      m_central->query(fmt::format("update {} set {} = $2{}{} where {}::text = $1 returning 1",
                                   quote_table(m_table.table), q(m_table.status), reason_set,
                                   touch(), q(m_table.id)),
                       params);
  if (!done) {
    return done.error().with_context(fmt::format("setting the registry status to {}", status));
  }
  if (done->empty()) {
    return base::Error(fmt::format("no registry row has the id '{}' any more", id));
  }
  return {};
}

base::Result<void> RegistryStore::set_password(std::string_view id,
                                               std::string_view encrypted_password) {
  auto done = m_central->query(
      fmt::format("update {} set {} = $2{} where {}::text = $1 returning 1",
                  quote_table(m_table.table), q(m_table.password), touch(), q(m_table.id)),
      {std::string(id), std::string(encrypted_password)});
  if (!done) {
    // The statement holds only placeholders; the error shows no password.
    return done.error().with_context("storing the new password in the registry");
  }
  if (done->empty()) {
    return base::Error(fmt::format("no registry row has the id '{}' any more", id));
  }
  return {};
}

}  // namespace provision
