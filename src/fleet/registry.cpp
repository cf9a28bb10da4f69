#include "fleet/registry.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>

#include "base/strings.hpp"
#include "manifest/config.hpp"
#include "pg/session.hpp"

namespace fleet {
namespace {

// Positions in k_column_names.
constexpr std::size_t k_id = 0;
constexpr std::size_t k_slug = 1;
constexpr std::size_t k_name = 2;
constexpr std::size_t k_status = 3;
constexpr std::size_t k_host = 4;
constexpr std::size_t k_port = 5;
constexpr std::size_t k_dbname = 6;
constexpr std::size_t k_username = 7;
constexpr std::size_t k_password = 8;
constexpr std::size_t k_column_count = 9;
constexpr std::array<std::string_view, k_column_count> k_column_names{
    "id", "slug", "name", "status", "host", "port", "dbname", "username", "password"};

constexpr int k_default_port = 5432;
// Problems listed one by one before the rest are only counted.
constexpr std::size_t k_max_listed = 20;

std::string describe_source(const std::string& query, std::string_view query_source) {
  if (!query_source.empty()) {
    return std::string(query_source);
  }
  return query == manifest::k_default_registry_query ? "the default registry query"
                                                     : "the registry query";
}

int parse_port(const std::optional<std::string>& text) {
  if (!text) {
    return k_default_port;
  }
  int value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end != text->data() + text->size() || value < 1 || value > 65535) {
    return 0;
  }
  return value;
}

// The row's value in `column`, NULL as "".
std::string value(const pg::Rows& rows, std::size_t row, std::size_t column) {
  return std::string(rows.text(row, column));
}

base::Error listed(std::vector<std::string> problems, const std::string& source) {
  const std::size_t total = problems.size();
  if (total > k_max_listed) {
    problems.resize(k_max_listed);
    problems.push_back(fmt::format("... and {} more", total - k_max_listed));
  }
  return base::Error(fmt::format("the tenant registry ({}) has rows that do not identify a "
                                 "tenant:\n  {}",
                                 source, base::join(problems, "\n  ")),
                     base::ErrorKind::config)
      .with_hint("every row needs a unique, non-empty id and slug; fix the rows or the query");
}

}  // namespace

const std::vector<std::string>& registry_columns() {
  static const std::vector<std::string> names(k_column_names.begin(), k_column_names.end());
  return names;
}

base::Result<std::vector<TenantRecord>> read_registry(pg::Session& central,
                                                      const std::string& query,
                                                      std::string_view query_source) {
  const std::string source = describe_source(query, query_source);
  auto rows = central.query(query);
  if (!rows) {
    // Class 42 (syntax error or access rule violation): the query does not
    // fit this database, which is the configuration's fault, not the run's.
    const bool config = rows.error().message().find("(SQLSTATE 42") != std::string::npos;
    return base::Error(fmt::format("reading the tenant registry with {}: {}", source,
                                   rows.error().message()),
                       config ? base::ErrorKind::config : base::ErrorKind::failure)
        .with_hint(config ? "set [registry] query in tenantctl.toml to a query that fits the "
                            "central database (docs/operations.md)"
                          : rows.error().hint());
  }
  std::array<std::size_t, k_column_count> columns{};
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < k_column_count; ++i) {
    const auto found = rows->column_index(k_column_names[i]);
    if (found) {
      columns[i] = *found;
    } else {
      missing.emplace_back(k_column_names[i]);
    }
  }
  if (!missing.empty()) {
    return base::Error(
               fmt::format("the tenant registry query lacks the column{} {} ({})",
                           missing.size() == 1 ? "" : "s", base::join(missing, ", "), source),
               base::ErrorKind::config)
        .with_hint(fmt::format(
            "the query must return the columns {}; alias yours, as in \"dbHost\" as host",
            base::join(registry_columns(), ", ")));
  }
  std::vector<TenantRecord> tenants;
  tenants.reserve(rows->size());
  std::vector<std::string> problems;
  for (std::size_t row = 0; row < rows->size(); ++row) {
    TenantRecord tenant{
        .id = value(*rows, row, columns[k_id]),
        .slug = value(*rows, row, columns[k_slug]),
        .name = value(*rows, row, columns[k_name]),
        .status = value(*rows, row, columns[k_status]),
        .host = value(*rows, row, columns[k_host]),
        .port = parse_port(rows->optional_text(row, columns[k_port])),
        .bad_port = {},
        .dbname = value(*rows, row, columns[k_dbname]),
        .username = value(*rows, row, columns[k_username]),
        .encrypted_password = value(*rows, row, columns[k_password]),
    };
    if (tenant.port == 0) {
      tenant.bad_port = value(*rows, row, columns[k_port]);
    }
    if (tenant.id.empty() || tenant.slug.empty()) {
      problems.push_back(fmt::format("row {} (id '{}', slug '{}') has no {}", row + 1, tenant.id,
                                     tenant.slug, tenant.id.empty() ? "id" : "slug"));
      continue;
    }
    tenants.push_back(std::move(tenant));
  }
  std::sort(tenants.begin(), tenants.end(),
            [](const TenantRecord& a, const TenantRecord& b) { return a.slug < b.slug; });
  std::map<std::string, std::string> slug_of_id;
  for (std::size_t i = 0; i < tenants.size(); ++i) {
    const bool repeats = i > 0 && tenants[i].slug == tenants[i - 1].slug;
    if (repeats && (i < 2 || tenants[i].slug != tenants[i - 2].slug)) {
      problems.push_back(fmt::format("slug '{}' is on more than one row", tenants[i].slug));
    }
    const auto [found, inserted] = slug_of_id.emplace(tenants[i].id, tenants[i].slug);
    if (!inserted) {
      problems.push_back(fmt::format("id '{}' is on more than one row (slugs '{}' and '{}')",
                                     tenants[i].id, found->second, tenants[i].slug));
    }
  }
  if (!problems.empty()) {
    return listed(std::move(problems), source);
  }
  return tenants;
}

}  // namespace fleet
