#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "crypto/secrets.hpp"
#include "fleet/runner.hpp"
#include "fleet/tenant.hpp"
#include "knex/migration_files.hpp"
#include "manifest/config.hpp"
#include "reconcile/desired.hpp"

namespace provision {

// What `tenant create` was asked for.
struct CreateRequest {
  std::string slug;
  std::string name;
  std::string db_host;  // "": [provisioning] db_host, else server_url's host
  int db_port = 0;      // 0: [provisioning] db_port, else server_url's port, else 5432
  bool dry_run = false;
};

// What provisioning works with; everything is read and checked by the caller
// before create_tenant is called, so a bad schema or migrations directory
// touches nothing.
struct CreateInputs {
  const manifest::Config& config;
  const crypto::EncryptionKey& key;
  const std::vector<knex::MigrationFile>& migrations;
  reconcile::DesiredSchema& desired;
  // Rendering, timeouts and connect timeout for the migrate-and-reconcile
  // step; create_tenant sets apply, the migrations and the allowed hazards
  // itself.
  fleet::RunOptions run;
  const std::atomic<bool>& stop;
  // Called with one line per step as it starts (or, in a dry run, with what
  // it would do).
  std::function<void(const std::string&)> step;
};

// What a finished (or dry) run did.
struct CreateResult {
  fleet::TenantRecord record;  // the registry row as it now is (password encrypted)
  bool resumed = false;        // a PROVISIONING or FAILED row was finished
  std::vector<std::string> migrated;
  int migrated_batch = 0;
  std::size_t reconciled_statements = 0;  // what schema/ added after the migrations
};

// Provisions one tenant (docs/operations.md, "Provisioning a tenant"):
//
//  1. checks, before anything is written: the slug (validate_slug, and not
//     one of [provisioning] reserved_slugs); the slug
//     not taken by a row in another status than PROVISIONING or FAILED; the
//     key (it must decrypt the registry's existing passwords, and the row's
//     own when resuming); the provisioning server reachable and allowed to
//     create roles and databases; for a new slug, no role or database of its
//     name already on the server; no other tenantctl creating the same slug
//     (an advisory lock on the central database, held for the whole run);
//  2. inserts the registry row as PROVISIONING with a new cuid and a random
//     32-character password encrypted under the key (resuming: the row and
//     its password are kept, the status is set back to PROVISIONING);
//  3. creates the login role (or resets an existing one's password to the
//     stored one) and the database owned by it;
//  4. as the tenant's own role over the registry's host and port, runs every
//     pending migration file (knex's lock and ledger) and reconciles schema/
//     (every hazard allowed: the database holds no data yet);
//  5. sets the row ACTIVE.
//
// A failure after step 2 sets the row FAILED with the reason and returns the
// error; running the same request again finishes the tenant (each step is
// idempotent). With request.dry_run, step 1 runs and the other steps are
// only described through inputs.step. Errors never hold the password or key.
[[nodiscard]] base::Result<CreateResult> create_tenant(const CreateRequest& request,
                                                       CreateInputs& inputs);

}  // namespace provision
