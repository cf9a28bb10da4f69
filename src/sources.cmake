# The source lists of the core library, one folder each (STYLE.md: explicit
# lists; a folder links only the third-party targets it owns). An object kind
# in src/kinds/<kind>/ has files in four or five of them: <kind>.cpp in model
# (when its model has functions), toml*.cpp in manifest, catalog*.cpp in
# introspect, diff*.cpp in diff and sql*.cpp in ddl.
tenantctl_folder(base SOURCES
  src/base/strings.cpp)
tenantctl_folder(model SOURCES
  src/kinds/grant/grant.cpp
  src/kinds/range_type/range_type.cpp
  src/kinds/default_privilege/default_privilege.cpp
  src/kinds/owner/owner.cpp
  src/kinds/policy/policy.cpp
  src/kinds/routine/routine.cpp
  src/kinds/sequence/sequence.cpp
  src/kinds/statistics/statistics.cpp
  src/kinds/table/table.cpp
  src/model/catalog.cpp
  src/model/ignore.cpp
  src/model/placeholders.cpp)
tenantctl_folder(pg SOURCES
  src/pg/conninfo.cpp
  src/pg/local_cluster.cpp
  src/pg/quote.cpp
  src/pg/roles.cpp
  src/pg/session.cpp
  DEPS dep_pqxx)
tenantctl_folder(introspect SOURCES
  src/kinds/collation/catalog.cpp
  src/kinds/enum/catalog.cpp
  src/kinds/domain/catalog.cpp
  src/kinds/composite_type/catalog.cpp
  src/kinds/range_type/catalog.cpp
  src/kinds/extension/catalog.cpp
  src/kinds/grant/catalog.cpp
  src/kinds/owner/catalog.cpp
  src/kinds/default_privilege/catalog.cpp
  src/kinds/policy/catalog.cpp
  src/kinds/routine/catalog.cpp
  src/kinds/schema/catalog.cpp
  src/kinds/sequence/catalog.cpp
  src/kinds/statistics/catalog.cpp
  src/kinds/table/catalog.cpp
  src/kinds/table/catalog_constraints.cpp
  src/kinds/table/catalog_indexes.cpp
  src/kinds/trigger/catalog.cpp
  src/kinds/view/catalog.cpp
  src/kinds/materialized_view/catalog.cpp
  src/introspect/load_unmanaged.cpp
  src/introspect/reader.cpp)
tenantctl_folder(manifest SOURCES
  src/kinds/collation/toml.cpp
  src/kinds/enum/toml.cpp
  src/kinds/domain/toml.cpp
  src/kinds/composite_type/toml.cpp
  src/kinds/range_type/toml.cpp
  src/kinds/extension/toml.cpp
  src/kinds/grant/toml.cpp
  src/kinds/owner/toml.cpp
  src/kinds/default_privilege/toml.cpp
  src/kinds/policy/toml.cpp
  src/kinds/routine/toml.cpp
  src/kinds/schema/toml.cpp
  src/kinds/sequence/toml.cpp
  src/kinds/statistics/toml.cpp
  src/kinds/table/toml.cpp
  src/kinds/table/toml_members.cpp
  src/kinds/table/toml_write.cpp
  src/kinds/trigger/toml.cpp
  src/kinds/view/toml.cpp
  src/kinds/materialized_view/toml.cpp
  src/manifest/config.cpp
  src/manifest/reader.cpp
  src/manifest/reader_checks.cpp
  src/manifest/reader_fields.cpp
  src/manifest/toml_impl.cpp
  src/manifest/toml_text.cpp
  src/manifest/writer.cpp
  DEPS dep_toml)
tenantctl_folder(crypto SOURCES
  src/crypto/hmac_fetch.cpp
  src/crypto/scram.cpp
  src/crypto/secrets.cpp
  DEPS dep_crypto)
tenantctl_folder(diff SOURCES
  src/kinds/collation/diff.cpp
  src/kinds/enum/diff.cpp
  src/kinds/domain/diff.cpp
  src/kinds/composite_type/diff.cpp
  src/kinds/range_type/diff.cpp
  src/kinds/extension/diff.cpp
  src/kinds/grant/diff.cpp
  src/kinds/owner/diff.cpp
  src/kinds/default_privilege/diff.cpp
  src/kinds/policy/diff.cpp
  src/kinds/routine/diff.cpp
  src/kinds/schema/diff.cpp
  src/kinds/sequence/diff.cpp
  src/kinds/statistics/diff.cpp
  src/kinds/table/diff.cpp
  src/kinds/table/members_diff.cpp
  src/kinds/trigger/diff.cpp
  src/kinds/view/diff.cpp
  src/kinds/materialized_view/diff.cpp
  src/diff/change.cpp
  src/diff/differ.cpp
  src/diff/object_targets.cpp
  src/diff/plan_renames.cpp
  src/diff/sql_renames.cpp)
tenantctl_folder(ddl SOURCES
  src/kinds/collation/sql.cpp
  src/kinds/enum/sql.cpp
  src/kinds/domain/sql.cpp
  src/kinds/composite_type/sql.cpp
  src/kinds/range_type/sql.cpp
  src/kinds/extension/sql.cpp
  src/kinds/grant/sql.cpp
  src/kinds/owner/sql.cpp
  src/kinds/default_privilege/sql.cpp
  src/kinds/policy/sql.cpp
  src/kinds/routine/sql.cpp
  src/kinds/schema/sql.cpp
  src/kinds/sequence/sql.cpp
  src/kinds/statistics/sql.cpp
  src/kinds/table/sql.cpp
  src/kinds/table/sql_constraint.cpp
  src/kinds/table/sql_index.cpp
  src/kinds/trigger/sql.cpp
  src/kinds/view/sql.cpp
  src/kinds/materialized_view/sql.cpp
  src/ddl/render.cpp
  src/ddl/sql_text.cpp
  src/ddl/statement.cpp)
tenantctl_folder(plan SOURCES
  src/plan/planner.cpp
  DEPS dep_boost_graph)
tenantctl_folder(apply SOURCES
  src/apply/executor.cpp)
tenantctl_folder(reconcile SOURCES
  src/reconcile/desired.cpp
  src/reconcile/normalize.cpp
  src/reconcile/prefer_raw.cpp)
tenantctl_folder(report SOURCES
  src/report/check_report.cpp
  src/report/json_parts.cpp
  src/report/fleet_report.cpp
  src/report/ledger_report.cpp
  src/report/plan_report.cpp
  src/report/reviewed_plan.cpp
  src/report/tenant_report.cpp
  DEPS dep_json)
tenantctl_folder(knex SOURCES
  src/knex/history.cpp
  src/knex/ledger.cpp
  src/knex/migration_files.cpp
  src/knex/migrator.cpp)
tenantctl_folder(gate SOURCES
  src/gate/gate.cpp
  src/gate/replay.cpp
  src/gate/scratch_database.cpp
  src/gate/sql_statements.cpp
  src/gate/tenant_roles.cpp)
tenantctl_folder(fleet SOURCES
  src/fleet/apply_ledger.cpp
  src/fleet/audit.cpp
  src/fleet/catalog_state.cpp
  src/fleet/connect.cpp
  src/fleet/ledger_runner.cpp
  src/fleet/parallel.cpp
  src/fleet/progress.cpp
  src/fleet/registry.cpp
  src/fleet/runner.cpp
  src/fleet/shared_run.cpp
  src/fleet/targets.cpp)
tenantctl_folder(provision SOURCES
  src/provision/accounts.cpp
  src/provision/names.cpp
  src/provision/pending_rotations.cpp
  src/provision/registry_store.cpp
  src/provision/rotation.cpp
  src/provision/server.cpp
  src/provision/tenant_create.cpp)
tenantctl_folder(cli SOURCES
  src/cli/account_input.cpp
  src/cli/admin_command.cpp
  src/cli/app.cpp
  src/cli/apply_command.cpp
  src/cli/check_command.cpp
  src/cli/diff_command.cpp
  src/cli/fleet_support.cpp
  src/cli/gate_support.cpp
  src/cli/generate_command.cpp
  src/cli/inspect_command.cpp
  src/cli/ledger_support.cpp
  src/cli/make_command.cpp
  src/cli/migrate_command.cpp
  src/cli/options.cpp
  src/cli/plan_command.cpp
  src/cli/rollback_command.cpp
  src/cli/schema_support.cpp
  src/cli/secrets_command.cpp
  src/cli/status_command.cpp
  src/cli/subcommand.cpp
  src/cli/target_support.cpp
  src/cli/tenant_command.cpp
  src/cli/tenant_create_command.cpp
  src/cli/unlock_command.cpp
  DEPS dep_cli)
