#include "report/tenant_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace report {

std::string tenant_list_text(const std::vector<fleet::TenantRecord>& tenants) {
  std::size_t slug_width = 4;
  std::size_t status_width = 6;
  std::size_t id_width = 2;
  std::size_t where_width = 8;
  std::vector<std::string> wheres;
  for (const auto& tenant : tenants) {
    // A port the registry holds that is not one is shown as it is, marked.
    const auto port = tenant.port == 0 ? fmt::format("{} (not a port)", tenant.bad_port)
                                       : std::to_string(tenant.port);
    wheres.push_back(fmt::format("{}:{}/{}", tenant.host, port, tenant.dbname));
    slug_width = std::max(slug_width, tenant.slug.size());
    status_width = std::max(status_width, tenant.status.size());
    id_width = std::max(id_width, tenant.id.size());
    where_width = std::max(where_width, wheres.back().size());
  }
  std::string out =
      fmt::format("{:<{}}  {:<{}}  {:<{}}  {:<{}}  {}\n", "slug", slug_width, "status",
                  status_width, "id", id_width, "database", where_width, "name");
  for (std::size_t i = 0; i < tenants.size(); ++i) {
    const auto& tenant = tenants[i];
    out +=
        fmt::format("{:<{}}  {:<{}}  {:<{}}  {:<{}}  {}\n", tenant.slug, slug_width, tenant.status,
                    status_width, tenant.id, id_width, wheres[i], where_width, tenant.name);
  }
  out += fmt::format("{} tenant{}\n", tenants.size(), tenants.size() == 1 ? "" : "s");
  return out;
}

std::string tenant_list_json(const std::vector<fleet::TenantRecord>& tenants) {
  nlohmann::ordered_json out;
  out["tenants"] = nlohmann::ordered_json::array();
  for (const auto& tenant : tenants) {
    nlohmann::ordered_json item;
    item["id"] = tenant.id;
    item["slug"] = tenant.slug;
    item["name"] = tenant.name;
    item["status"] = tenant.status;
    item["host"] = tenant.host;
    if (tenant.port == 0) {
      item["port"] = nullptr;  // not a port: the registry's text follows
      item["bad_port"] = tenant.bad_port;
    } else {
      item["port"] = tenant.port;
    }
    item["dbname"] = tenant.dbname;
    item["username"] = tenant.username;
    out["tenants"].push_back(std::move(item));
  }
  return out.dump(2) + "\n";
}

}  // namespace report
