// tenantctl tenant create and tenant user create.

#include <fmt/format.h>

#include <iostream>

#include "base/strings.hpp"
#include "cli/account_input.hpp"
#include "cli/fleet_support.hpp"
#include "cli/ledger_support.hpp"
#include "cli/options.hpp"
#include "cli/schema_support.hpp"
#include "cli/subcommand.hpp"
#include "cli/tenant_commands.hpp"
#include "fleet/connect.hpp"
#include "provision/accounts.hpp"
#include "provision/names.hpp"
#include "provision/registry_store.hpp"
#include "provision/tenant_create.hpp"

namespace cli {
namespace {

struct CreateValues {
  provision::CreateRequest request;
  std::string config;
  std::string migrations;
  SchemaOptions schema;
};

std::unique_ptr<Options> create_options(CreateValues& values) {
  auto options = std::make_unique<Options>(
      "tenant create",
      "Provisions a tenant: checks the slug, the key and the servers first, inserts the registry "
      "row as PROVISIONING with a random password encrypted under DB_ENCRYPTION_KEY, creates "
      "the login role and its database on [provisioning] server_url (TENANTCTL_SERVER_URL), "
      "runs every migration and reconciles the schema as the tenant's own role, and sets the "
      "row ACTIVE. A failure leaves the row FAILED with the reason; the same command run again "
      "finishes the tenant.");
  options->add("--slug", values.request.slug,
               "3 to 63 lowercase letters, digits and hyphens (acme-corp)", true);
  options->add("--name", values.request.name, "Display name", true);
  options->add("--db-host", values.request.db_host,
               "Host the registry records for the database (default: [provisioning] db_host, "
               "else server_url's host)");
  options->add("--db-port", values.request.db_port,
               "Its port (default: [provisioning] db_port, else server_url's port)");
  options->add_flag("--dry-run", values.request.dry_run,
                    "Check everything and show every step; change nothing");
  options->add("--migrations", values.migrations,
               "Migration files to run (default: [paths] migrations)");
  options->add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  add_schema_options(*options, values.schema);
  return options;
}

}  // namespace

base::Result<ExitCode> run_tenant_create(Args args) {
  CreateValues values;
  auto options = create_options(values);
  auto proceed = options->parse(args);
  if (!proceed || !*proceed) {
    return proceed ? base::Result<ExitCode>(ExitCode::ok) : proceed.error();
  }
  // The slug first: a bad one is refused before anything else is read.
  if (auto valid = provision::validate_slug(values.request.slug); !valid) {
    return valid.error();
  }
  auto config = load_config_from(values.config);
  if (!config) {
    return config.error();
  }
  auto key = fleet::key_from_environment();
  if (!key) {
    return key.error();
  }
  const SchemaOptions defaults;
  const bool schema_given = values.schema.schema != defaults.schema;
  if (!schema_given) {
    values.schema.schema = config->schema;
  }
  // No desired schema yet (a project with migrations alone): the tenant gets
  // the migrations, and nothing is compared.
  const bool no_schema = !schema_given && manifest::no_desired_schema(values.schema.schema);
  if (values.schema.lock_timeout == defaults.lock_timeout) {
    values.schema.lock_timeout = config->lock_timeout;
  }
  if (values.schema.statement_timeout == defaults.statement_timeout) {
    values.schema.statement_timeout = config->statement_timeout;
  }
  auto migrations = load_migrations_for(values.migrations, *config, false);
  if (!migrations) {
    return migrations.error();
  }
  const std::vector<knex::MigrationFile> files =
      *migrations ? std::move(**migrations) : std::vector<knex::MigrationFile>{};
  auto manifest = no_schema ? base::Result<manifest::Manifest>(manifest::Manifest{})
                            : manifest::load_manifest(values.schema.schema);
  if (!manifest) {
    return manifest.error();
  }
  reconcile::DesiredSchema desired(std::move(*manifest), scratch_url(values.schema));
  if (!config->provisioning.server_url.empty()) {
    desired.set_fallback_scratch(config->provisioning.server_url);
  }
  fleet::RunOptions run;
  run.check_drift = !no_schema;
  run.render = ddl::RenderOptions{.online = !values.schema.offline};
  run.execute = execute_options(values.schema);
  run.connect_timeout_seconds = config->connect_timeout;
  run.migrator.lock_wait = values.schema.lock_timeout;
  const StopSignals signals;
  provision::CreateInputs inputs{.config = *config,
                                 .key = *key,
                                 .migrations = files,
                                 .desired = desired,
                                 .run = run,
                                 .stop = stop_requested(),
                                 .step = [](const std::string& line) {
                                   std::cout << line << '\n' << std::flush;
                                 }};
  auto created = provision::create_tenant(values.request, inputs);
  if (!created) {
    return created.error();
  }
  if (values.request.dry_run) {
    return ExitCode::ok;
  }
  const auto& record = created->record;
  std::cout << fmt::format(
      "tenant {} is ACTIVE{}: id {}, database {} on {}:{}, role {}; {}; {}{}\n", record.slug,
      created->resumed ? " (a stopped run finished)" : "", record.id, record.dbname, record.host,
      record.port, record.username,
      created->migrated.empty() ? "no migration was pending"
                                : fmt::format("{} migration(s) run as knex batch {}",
                                              created->migrated.size(), created->migrated_batch),
      no_schema ? "schema not checked: no desired schema" : "schema in sync",
      created->reconciled_statements == 0
          ? ""
          : fmt::format(" ({} statement(s) from the schema beyond the migrations)",
                        created->reconciled_statements));
  // Ctrl-C or SIGTERM came while the tenant was being provisioned: it was
  // finished whole rather than cut, and the exit code says the run was
  // interrupted (as apply's and migrate's do).
  if (stop_requested().load()) {
    std::cerr << fmt::format(
        "tenantctl: interrupted: tenant {} was finished before stopping (it is ACTIVE)\n",
        record.slug);
    return ExitCode::failed;
  }
  return ExitCode::ok;
}

void help_tenant_create() {
  CreateValues values;
  create_options(values)->print_help();
}

namespace {

struct UserValues {
  std::vector<std::string> words;  // "create", SLUG
  std::string config;
  int cost = 0;
};

std::unique_ptr<Options> user_options(UserValues& values) {
  auto options = std::make_unique<Options>(
      "tenant user",
      "tenant user create SLUG|ID: creates a user in the tenant's users table (the example "
      "platform's: email, password_hash, first_name, last_name), with a bcrypt password, as the "
      "tenant's own role. On a terminal it asks for email, password (twice, not shown), names "
      "and an optional role from the tenant's roles table; without one it reads EMAIL, "
      "PASSWORD, FIRST_NAME, LAST_NAME and ROLE (optional) from the environment.");
  options->add_positional("words", values.words, "create SLUG|ID", true);
  options->add("--cost", values.cost, "bcrypt cost, 10 to 31 (default: [admins] bcrypt_cost, 12)");
  options->add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  return options;
}

}  // namespace

base::Result<ExitCode> run_tenant_user(Args args) {
  UserValues values;
  auto options = user_options(values);
  auto proceed = options->parse(args);
  if (!proceed || !*proceed) {
    return proceed ? base::Result<ExitCode>(ExitCode::ok) : proceed.error();
  }
  if (values.words.size() != 2 || values.words[0] != "create") {
    return base::Error("usage: tenantctl tenant user create SLUG|ID", base::ErrorKind::usage);
  }
  auto config = load_config_from(values.config);
  if (!config) {
    return config.error();
  }
  const int cost = values.cost != 0 ? values.cost : config->admins.bcrypt_cost;
  if (cost < 10 || cost > 31) {
    return base::Error(fmt::format("--cost {} is not from 10 to 31", cost), base::ErrorKind::usage);
  }
  auto key = fleet::key_from_environment();
  if (!key) {
    return key.error();
  }
  auto central = open_central(*config);
  if (!central) {
    return central.error();
  }
  auto store = provision::RegistryStore::open(*central, config->registry_table);
  if (!store) {
    return store.error();
  }
  auto found = find_tenant(*store, values.words[1]);
  if (!found) {
    return found.error();
  }
  const auto& tenant = found->record;
  auto account = read_account(fmt::format("a user of tenant {}", tenant.slug), "", false);
  if (!account) {
    return account.error();
  }
  if (auto valid = provision::validate_account(*account, false); !valid) {
    return valid.error();
  }
  auto conninfo = fleet::tenant_conninfo(tenant, *key, config->connect_timeout);
  if (!conninfo) {
    return conninfo.error();
  }
  auto session =
      pg::Session::open(conninfo->view(), pg::SessionOptions{config->connect_timeout, "tenantctl"});
  if (!session) {
    return session.error().with_context(fmt::format("tenant {}", tenant.slug));
  }
  auto created = provision::create_tenant_user(*session, *account, cost);
  if (!created) {
    return created.error().with_context(fmt::format("tenant {}", tenant.slug));
  }
  std::cout << fmt::format("created user {} (id {}{}) in tenant {}\n", created->email, created->id,
                           created->role.empty() ? "" : ", role " + created->role, tenant.slug);
  return ExitCode::ok;
}

void help_tenant_user() {
  UserValues values;
  user_options(values)->print_help();
}

}  // namespace cli
