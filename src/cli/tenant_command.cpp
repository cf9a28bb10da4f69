// tenantctl tenant: the subcommand table, and list, show, disable.

#include <fmt/format.h>

#include <array>
#include <functional>
#include <iostream>

#include "base/strings.hpp"
#include "cli/options.hpp"
#include "cli/subcommand.hpp"
#include "cli/tenant_commands.hpp"
#include "crypto/secrets.hpp"
#include "fleet/connect.hpp"
#include "fleet/registry.hpp"
#include "provision/names.hpp"
#include "provision/registry_store.hpp"
#include "report/tenant_report.hpp"

namespace cli {
namespace {

constexpr std::string_view k_description =
    "Creates, lists, shows and disables the tenants of the central registry, and creates "
    "users in a tenant.";

struct ListValues {
  std::string config;
  std::string status;
  std::string format = "text";
};

std::unique_ptr<Options> list_options(ListValues& values) {
  auto options = std::make_unique<Options>(
      "tenant list",
      "Lists the registry's tenants (the registry query of tenantctl.toml), sorted by slug, "
      "without their passwords.");
  options->add("--status", values.status, "Only tenants with this status (ACTIVE, SUSPENDED, ...)");
  options->add("--format", values.format, "text (default) or json");
  options->add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  return options;
}

base::Result<ExitCode> run_list(Args args) {
  ListValues values;
  auto options = list_options(values);
  auto proceed = options->parse(args);
  if (!proceed || !*proceed) {
    return proceed ? base::Result<ExitCode>(ExitCode::ok) : proceed.error();
  }
  if (values.format != "text" && values.format != "json") {
    return base::Error(fmt::format("tenant list: unknown --format '{}'", values.format),
                       base::ErrorKind::usage)
        .with_hint("formats: text, json");
  }
  auto config = load_config_from(values.config);
  if (!config) {
    return config.error();
  }
  auto central = open_central(*config);
  if (!central) {
    return central.error();
  }
  auto tenants =
      fleet::read_registry(*central, config->registry_query, config->registry_query_source);
  if (!tenants) {
    return tenants.error();
  }
  std::vector<fleet::TenantRecord> shown;
  for (auto& tenant : *tenants) {
    if (values.status.empty() || tenant.status == values.status) {
      shown.push_back(std::move(tenant));
    }
  }
  std::cout << (values.format == "json" ? report::tenant_list_json(shown)
                                        : report::tenant_list_text(shown));
  return ExitCode::ok;
}

void help_list() {
  ListValues values;
  list_options(values)->print_help();
}

struct OneTenantValues {
  std::vector<std::string> tenant;
  std::string config;
};

std::unique_ptr<Options> one_tenant_options(OneTenantValues& values, std::string name,
                                            std::string description) {
  auto options = std::make_unique<Options>(std::move(name), std::move(description));
  options->add_positional("tenant", values.tenant, "The tenant's slug or id", true);
  options->add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  return options;
}

// Finds the tenant `values` names, through the registry table.
base::Result<ExitCode> with_tenant(
    const OneTenantValues& values,
    const std::function<base::Result<ExitCode>(provision::RegistryStore&,
                                               const provision::StoredTenant&)>& work) {
  if (values.tenant.size() != 1) {
    return base::Error("name one tenant, by slug or id", base::ErrorKind::usage);
  }
  auto config = load_config_from(values.config);
  if (!config) {
    return config.error();
  }
  auto central = open_central(*config);
  if (!central) {
    return central.error();
  }
  auto store = provision::RegistryStore::open(*central, config->registry_table);
  if (!store) {
    return store.error();
  }
  auto found = find_tenant(*store, values.tenant[0]);
  if (!found) {
    return found.error();
  }
  return work(*store, *found);
}

constexpr std::string_view k_show_description =
    "Shows one tenant's registry row (never its password) and, when DB_ENCRYPTION_KEY is set, "
    "whether the stored password decrypts under it.";

base::Result<ExitCode> run_show(Args args) {
  OneTenantValues values;
  auto options = one_tenant_options(values, "tenant show", std::string(k_show_description));
  auto proceed = options->parse(args);
  if (!proceed || !*proceed) {
    return proceed ? base::Result<ExitCode>(ExitCode::ok) : proceed.error();
  }
  return with_tenant(
      values,
      [](provision::RegistryStore& store,
         const provision::StoredTenant& stored) -> base::Result<ExitCode> {
        const auto& tenant = stored.record;
        std::string password = "none stored";
        if (!tenant.encrypted_password.empty()) {
          auto key = fleet::key_from_environment();
          password = !key ? "stored encrypted (DB_ENCRYPTION_KEY not set: not checked)"
                     : crypto::decrypt(*key, tenant.encrypted_password)
                         ? "stored encrypted; decrypts under DB_ENCRYPTION_KEY"
                         : "stored encrypted; does NOT decrypt under DB_ENCRYPTION_KEY";
        }
        std::cout << fmt::format("slug:      {}\nid:        {}\nname:      {}\nstatus:    {}\n",
                                 tenant.slug, tenant.id, tenant.name, tenant.status);
        if (store.has_reason_column() && !stored.status_reason.empty()) {
          std::cout << fmt::format("reason:    {}\n", stored.status_reason);
        }
        std::cout << fmt::format("database:  {} on {}:{}\nuser:      {}\npassword:  {}\n",
                                 tenant.dbname, tenant.host, tenant.port, tenant.username,
                                 password);
        return ExitCode::ok;
      });
}

void help_show() {
  OneTenantValues values;
  one_tenant_options(values, "tenant show", std::string(k_show_description))->print_help();
}

constexpr std::string_view k_disable_description =
    "Sets a tenant SUSPENDED, so fleet commands with --all skip it (--tenant still reaches it). "
    "Its database, role and password are left as they are.";

base::Result<ExitCode> run_disable(Args args) {
  OneTenantValues values;
  auto options = one_tenant_options(values, "tenant disable", std::string(k_disable_description));
  auto proceed = options->parse(args);
  if (!proceed || !*proceed) {
    return proceed ? base::Result<ExitCode>(ExitCode::ok) : proceed.error();
  }
  return with_tenant(
      values,
      [](provision::RegistryStore& store,
         const provision::StoredTenant& stored) -> base::Result<ExitCode> {
        const auto& tenant = stored.record;
        if (tenant.status == provision::k_status_suspended) {
          std::cout << fmt::format("tenant {} is already SUSPENDED\n", tenant.slug);
          return ExitCode::ok;
        }
        if (auto set = store.set_status(tenant.id, provision::k_status_suspended, ""); !set) {
          return set.error().with_context(fmt::format("tenant {}", tenant.slug));
        }
        std::cout << fmt::format("tenant {}: {} -> SUSPENDED (fleet commands with --all skip it)\n",
                                 tenant.slug, tenant.status);
        return ExitCode::ok;
      });
}

void help_disable() {
  OneTenantValues values;
  one_tenant_options(values, "tenant disable", std::string(k_disable_description))->print_help();
}

constexpr std::array k_subcommands = {
    Subcommand{"create", "Provision a tenant: registry row, role, database, migrations, schema",
               run_tenant_create, help_tenant_create},
    Subcommand{"list", "List the registry's tenants (--status S)", run_list, help_list},
    Subcommand{"show", "Show one tenant (never its password)", run_show, help_show},
    Subcommand{"disable", "Set a tenant SUSPENDED so --all skips it", run_disable, help_disable},
    Subcommand{"user", "user create SLUG: a user in the tenant's users table", run_tenant_user,
               help_tenant_user},
};

}  // namespace

base::Result<ExitCode> run_tenant(Args args) {
  return run_subcommand("tenant", k_description, k_subcommands, args);
}

void help_tenant() { print_subcommands("tenant", k_description, k_subcommands); }

}  // namespace cli
