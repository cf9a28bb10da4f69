#include "provision/tenant_create.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "base/strings.hpp"
#include "fleet/registry.hpp"
#include "model/placeholders.hpp"
#include "pg/conninfo.hpp"
#include "pg/session.hpp"
#include "provision/names.hpp"
#include "provision/registry_store.hpp"
#include "provision/server.hpp"

namespace provision {
namespace {

constexpr std::size_t k_password_length = 32;
constexpr std::size_t k_max_reason = 1000;
constexpr int k_default_port = 5432;

// Every hazard there is: a new tenant has nothing to lose (from ddl's own
// list, so a hazard added later is not forgotten here).
std::vector<ddl::HazardKind> every_hazard() {
  std::vector<ddl::HazardKind> out;
  for (const auto& name : ddl::hazard_names()) {
    if (const auto kind = ddl::parse_hazard(name)) {
      out.push_back(*kind);
    }
  }
  return out;
}

// Refuses a key that decrypts none of the registry's stored passwords: a
// tenant created under it would be one the platform cannot reach.
base::Result<void> check_key(pg::Session& central, const manifest::Config& config,
                             const crypto::EncryptionKey& key) {
  auto registry =
      fleet::read_registry(central, config.registry_query, config.registry_query_source);
  if (!registry) {
    return registry.error();
  }
  std::size_t stored = 0;
  for (const auto& tenant : *registry) {
    if (tenant.encrypted_password.empty()) {
      continue;
    }
    ++stored;
    if (crypto::decrypt(key, tenant.encrypted_password)) {
      return {};
    }
  }
  if (stored == 0) {
    return {};
  }
  return base::Error(fmt::format("DB_ENCRYPTION_KEY decrypts none of the {} password{} in the "
                                 "tenant registry: it is not the key the platform uses",
                                 stored, stored == 1 ? "" : "s"),
                     base::ErrorKind::config)
      .with_hint("set DB_ENCRYPTION_KEY to the platform's key; nothing was created");
}

struct Address {
  std::string host;
  int port = k_default_port;
};

base::Result<Address> tenant_address(const CreateRequest& request, const manifest::Config& config) {
  auto server = pg::parse_conninfo(config.provisioning.server_url);
  if (!server) {
    return server.error().with_context("[provisioning] server_url");
  }
  Address address;
  address.host = !request.db_host.empty()               ? request.db_host
                 : !config.provisioning.db_host.empty() ? config.provisioning.db_host
                                                        : server->host;
  if (request.db_port != 0) {
    address.port = request.db_port;
  } else if (config.provisioning.db_port != 0) {
    address.port = config.provisioning.db_port;
  } else if (!server->port.empty()) {
    address.port = std::atoi(server->port.c_str());
  }
  if (address.host.empty()) {
    return base::Error("no host to record for the tenant's database", base::ErrorKind::config)
        .with_hint("pass --db-host, or set [provisioning] db_host in tenantctl.toml");
  }
  if (address.port < 1 || address.port > 65535) {
    return base::Error(fmt::format("--db-port {} is not from 1 to 65535", address.port),
                       base::ErrorKind::usage);
  }
  return address;
}

std::string clipped(std::string text) {
  if (text.size() > k_max_reason) {
    text.resize(k_max_reason);
    text += "...";
  }
  return text;
}

class Provisioner {
 public:
  Provisioner(const CreateRequest& request, CreateInputs& inputs)
      : m_request(request), m_inputs(inputs) {}

  base::Result<CreateResult> run() {
    if (auto valid = validate_slug(m_request.slug); !valid) {
      return valid.error();
    }
    if (m_request.name.empty()) {
      return base::Error("tenant create: --name must not be empty", base::ErrorKind::usage);
    }
    const auto& config = m_inputs.config;
    const auto& reserved = config.provisioning.reserved_slugs;
    if (std::find(reserved.begin(), reserved.end(), m_request.slug) != reserved.end()) {
      return base::Error(fmt::format("slug '{}' is reserved: it is one of the platform's central "
                                     "subdomains ({})",
                                     m_request.slug, base::join(reserved, ", ")),
                         base::ErrorKind::usage)
          .with_hint("choose another slug ([provisioning] reserved_slugs lists the reserved ones)");
    }
    if (auto prefix = validate_name_prefix(config.provisioning.name_prefix); !prefix) {
      return prefix.error();
    }
    if (config.central_url.empty()) {
      return base::Error("tenant create needs the central database", base::ErrorKind::config)
          .with_hint("set [central] url in tenantctl.toml or TENANTCTL_CENTRAL_URL");
    }
    if (config.provisioning.server_url.empty()) {
      return base::Error("tenant create needs the server to create the tenant's database on",
                         base::ErrorKind::config)
          .with_hint(
              "set [provisioning] server_url in tenantctl.toml or TENANTCTL_SERVER_URL "
              "(a role with CREATEROLE and CREATEDB)");
    }
    auto address = tenant_address(m_request, config);
    if (!address) {
      return address.error();
    }
    auto central = pg::Session::open(config.central_url);
    if (!central) {
      return central.error().with_context("central database");
    }
    auto store = RegistryStore::open(*central, config.registry_table);
    if (!store) {
      return store.error();
    }
    // Taken before the row is read, so a run that finishes meanwhile is seen.
    if (auto locked = lock_slug(*central); !locked) {
      return locked.error();
    }
    auto existing = store->find(m_request.slug);
    if (!existing) {
      return existing.error();
    }
    if (*existing) {
      if (auto resumable = check_resumable(**existing, *address); !resumable) {
        return resumable.error();
      }
    }
    if (auto key = check_key(*central, config, m_inputs.key); !key) {
      return key.error();
    }
    auto server = pg::Session::open(config.provisioning.server_url);
    if (!server) {
      return server.error().with_context("provisioning server ([provisioning] server_url)");
    }
    if (auto allowed = check_privileges(*server); !allowed) {
      return allowed.error();
    }
    CreateResult result;
    result.resumed = existing->has_value();
    if (result.resumed) {
      result.record = (*existing)->record;
    } else {
      auto made = new_record(*address);
      if (!made) {
        return made.error();
      }
      result.record = std::move(*made);
    }
    auto& record = result.record;
    auto objects = find_objects(*server, record.username, record.dbname);
    if (!objects) {
      return objects.error();
    }
    if (!result.resumed && (objects->role_exists || objects->database_owner)) {
      return base::Error(
                 fmt::format("the server already has a {} named {}, and no registry row claims it",
                             objects->role_exists ? "role" : "database",
                             objects->role_exists ? record.username : record.dbname))
          .with_hint(
              "refusing to take over objects tenantctl did not create: choose another "
              "slug, or drop them (nothing was created)");
    }
    describe(result, *objects);
    if (m_request.dry_run) {
      return result;
    }
    if (result.resumed) {
      if (auto set = store->set_status(record.id, k_status_provisioning, ""); !set) {
        return set.error();
      }
    } else if (auto inserted = store->insert(record); !inserted) {
      return inserted.error();
    }
    record.status = k_status_provisioning;
    if (auto done = provision(*server, result); !done) {
      const std::string reason = clipped(done.error().message());
      auto marked = store->set_status(record.id, k_status_failed, reason);
      return base::Error(fmt::format("tenant {}: {}{}", record.slug, done.error().message(),
                                     marked ? ""
                                            : fmt::format(" (and the registry row could not be set "
                                                          "FAILED: {}; it stays PROVISIONING)",
                                                          marked.error().message())),
                         done.error().kind() == base::ErrorKind::blocked ? base::ErrorKind::failure
                                                                         : done.error().kind())
          .with_hint(fmt::format(
              "the registry row is {} with this reason; fix the cause and run the same "
              "'tenantctl tenant create --slug {}' again: it continues where it stopped",
              marked ? k_status_failed : k_status_provisioning, record.slug));
    }
    if (auto set = store->set_status(record.id, k_status_active, ""); !set) {
      return set.error().with_context(fmt::format(
          "tenant {} is ready, but marking it ACTIVE failed; re-run to finish", record.slug));
    }
    record.status = k_status_active;
    return result;
  }

 private:
  base::Result<void> check_resumable(const StoredTenant& stored, const Address& address) {
    const auto& record = stored.record;
    if (record.slug != m_request.slug) {
      return base::Error(
          fmt::format("'{}' is the id of tenant {}, not a free slug", m_request.slug, record.slug),
          base::ErrorKind::usage);
    }
    if (record.status != k_status_provisioning && record.status != k_status_failed) {
      return base::Error(fmt::format("slug '{}' is taken: tenant {} is {}", m_request.slug,
                                     record.id, record.status),
                         base::ErrorKind::usage)
          .with_hint("choose another slug (tenantctl tenant list shows the taken ones)");
    }
    std::vector<std::string> differs;
    if (record.name != m_request.name) {
      differs.push_back(fmt::format("name '{}'", record.name));
    }
    if (record.host != address.host || record.port != address.port) {
      differs.push_back(fmt::format("database at {}:{}", record.host, record.port));
    }
    if (!differs.empty()) {
      return base::Error(fmt::format("tenant {} is {} with {}; a re-run must ask for the same",
                                     record.slug, record.status, base::join(differs, " and ")),
                         base::ErrorKind::usage)
          .with_hint("run the same command as the first time (tenantctl tenant show " +
                     record.slug + ")");
    }
    if (!crypto::decrypt(m_inputs.key, record.encrypted_password)) {
      return base::Error(fmt::format("tenant {}'s stored password does not decrypt under "
                                     "DB_ENCRYPTION_KEY",
                                     record.slug),
                         base::ErrorKind::config)
          .with_hint("set DB_ENCRYPTION_KEY to the key the row was created with");
    }
    return {};
  }

  // Two runs for one slug at once would race on the role and database: the
  // second is refused while the first holds this session-level lock.
  base::Result<void> lock_slug(pg::Session& central) {
    auto rows = central.query("select pg_try_advisory_lock(hashtextextended($1, 0))",
                              {"tenantctl tenant create " + m_request.slug});
    if (!rows) {
      return rows.error().with_context("taking the provisioning lock");
    }
    if (!rows->boolean(0, 0)) {
      return base::Error(
                 fmt::format("another tenantctl is creating tenant {} right now", m_request.slug))
          .with_hint("wait for it to finish; nothing was changed");
    }
    return {};
  }

  base::Result<fleet::TenantRecord> new_record(const Address& address) {
    auto id = new_cuid();
    if (!id) {
      return id.error();
    }
    auto password = crypto::random_password(k_password_length);
    if (!password) {
      return password.error();
    }
    auto encrypted = crypto::encrypt(m_inputs.key, password->view());
    if (!encrypted) {
      return encrypted.error();
    }
    // What is stored must give back the password, or the tenant is lost.
    auto back = crypto::decrypt(m_inputs.key, *encrypted);
    if (!back || back->view() != password->view()) {
      return base::Error("the encrypted password does not decrypt to itself; nothing was created");
    }
    const std::string name =
        tenant_object_name(m_inputs.config.provisioning.name_prefix, m_request.slug);
    return fleet::TenantRecord{.id = *id,
                               .slug = m_request.slug,
                               .name = m_request.name,
                               .status = std::string(k_status_provisioning),
                               .host = address.host,
                               .port = address.port,
                               .dbname = name,
                               .username = name,
                               .encrypted_password = *encrypted};
  }

  // The roles other than its login role that the desired schema names for
  // this tenant through placeholders ("{{tenant.db_user}}_ro").
  std::vector<std::string> extra_roles(const fleet::TenantRecord& record) {
    std::vector<std::string> out;
    if (!m_inputs.desired.ready()) {
      return out;  // the schema's error is reported where it is used
    }
    for (const auto& role : m_inputs.desired.roles()) {
      if (!model::has_placeholder(role)) {
        continue;
      }
      auto name = model::resolve_role(role, {record.username, record.slug});
      if (name && *name != record.username) {
        out.push_back(std::move(*name));
      }
    }
    return out;
  }

  void describe(const CreateResult& result, const ServerObjects& objects) {
    const auto& record = result.record;
    const std::string would = m_request.dry_run ? "would " : "";
    const auto say = [&](const std::string& line) {
      if (m_inputs.step) {
        m_inputs.step(line);
      }
    };
    if (m_request.dry_run) {
      say(fmt::format("dry run: tenant create {} changes nothing; the checks passed", record.slug));
    }
    say(result.resumed
            ? fmt::format("1. {}resume registry row {} ({} since a run stopped): status "
                          "PROVISIONING, its stored password kept",
                          would, record.id, record.status)
            : fmt::format("1. {}insert registry row {} (slug {}, name '{}') as PROVISIONING: "
                          "database {} at {}:{}, user {}, a random {}-character password "
                          "encrypted with DB_ENCRYPTION_KEY",
                          would, m_request.dry_run ? "with a new cuid" : record.id, record.slug,
                          record.name, record.dbname, record.host, record.port, record.username,
                          k_password_length));
    say(objects.role_exists
            ? fmt::format("2. {}reset the password of the existing role {} to the stored one",
                          would, record.username)
            : fmt::format("2. {}create login role {} with that password", would, record.username));
    if (const auto extra = extra_roles(record); !extra.empty()) {
      say(
          fmt::format("2b. {}create the roles the schema names for the tenant, NOLOGIN, unless "
                      "they exist: {}",
                      would, fmt::join(extra, ", ")));
    }
    say(objects.database_owner
            ? fmt::format("3. {}keep the existing database {} (owned by {}), owned by {}, "
                          "PUBLIC without CONNECT",
                          would, record.dbname, *objects.database_owner, record.username)
            : fmt::format("3. {}create database {} owned by {}, PUBLIC without CONNECT", would,
                          record.dbname, record.username));
    say(
        fmt::format("4. {}run the pending ones of {} migration file(s) with knex's lock and "
                    "ledger, then reconcile the desired schema, as {} over {}:{}",
                    would, m_inputs.migrations.size(), record.username, record.host, record.port));
    say(fmt::format("5. {}set the registry row ACTIVE", would));
  }

  base::Result<void> provision(pg::Session& server, CreateResult& result) {
    const auto& record = result.record;
    auto password = crypto::decrypt(m_inputs.key, record.encrypted_password);
    if (!password) {
      return password.error();
    }
    if (auto role = ensure_role(server, record.username, *password); !role) {
      return role.error();
    }
    if (auto database = ensure_database(server, record.dbname, record.username); !database) {
      return database.error();
    }
    for (const auto& role : extra_roles(record)) {
      if (auto made = ensure_nologin_role(server, role); !made) {
        return made.error();
      }
    }
    fleet::RunOptions options = m_inputs.run;
    options.apply = true;
    options.concurrency = 1;
    options.canary = 0;
    options.max_failures.reset();
    options.progress = false;
    options.allowed_hazards = every_hazard();
    options.migrations = &m_inputs.migrations;
    const std::vector<fleet::Target> targets{
        fleet::Target{.label = record.slug, .tenant = record, .url = ""}};
    auto report =
        fleet::run_fleet(targets, m_inputs.desired, &m_inputs.key, options, m_inputs.stop);
    if (auto loaded = m_inputs.desired.ready(); !loaded) {
      return loaded.error();
    }
    const auto& tenant = report.tenants.front();
    if (tenant.outcome != fleet::Outcome::applied && tenant.outcome != fleet::Outcome::in_sync) {
      return base::Error(fmt::format("migrating and reconciling as {}: {}", record.username,
                                     tenant.error.empty() ? "not started" : tenant.error));
    }
    result.migrated = tenant.migrated;
    result.migrated_batch = tenant.migrated_batch;
    result.reconciled_statements = tenant.statements.size();
    return {};
  }

  const CreateRequest& m_request;
  CreateInputs& m_inputs;
};

}  // namespace

base::Result<CreateResult> create_tenant(const CreateRequest& request, CreateInputs& inputs) {
  return Provisioner(request, inputs).run();
}

}  // namespace provision
