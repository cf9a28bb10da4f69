#include "gate/gate.hpp"

#include <fmt/format.h>

#include "diff/differ.hpp"
#include "gate/replay.hpp"
#include "gate/scratch_database.hpp"
#include "gate/tenant_roles.hpp"
#include "introspect/reader.hpp"
#include "model/ignore.hpp"
#include "pg/session.hpp"
#include "reconcile/desired.hpp"

namespace gate {
namespace {

const ddl::RenderOptions k_offline{.online = false};

// A scratch database with the migrations replayed in it, and what it holds.
struct Replayed {
  std::unique_ptr<ScratchDatabase> database;
  std::optional<pg::Session> session;
  model::Catalog catalog;  // without the manifest's ignored objects
  std::vector<model::Unmanaged> unmanaged;
  ScratchRoles roles;  // the scratch session's names for placeholder roles
};

// The scratch database's catalog as a tenant's is compared with `desired`:
// less ignored objects, placeholder roles put back (tenant_roles.hpp).
base::Result<model::Catalog> read_filtered(pg::Session& session, const manifest::Manifest& desired,
                                           const ScratchRoles& roles,
                                           std::vector<model::Unmanaged>* unmanaged = nullptr) {
  auto catalog = introspect::read_catalog(session);
  if (!catalog) {
    return catalog.error().with_context("reading the scratch database");
  }
  if (unmanaged != nullptr) {
    *unmanaged = catalog->unmanaged;
  }
  return neutral(model::without_ignored(std::move(*catalog), desired.ignore), desired.catalog,
                 roles);
}

base::Result<Replayed> replay_in_scratch(std::span<const knex::MigrationFile> files,
                                         const manifest::Manifest& desired,
                                         const std::string& server_conninfo,
                                         const std::atomic<bool>& stop) {
  if (auto managed = require_managed(files); !managed) {
    return managed.error();
  }
  Replayed out;
  auto database = ScratchDatabase::create(server_conninfo, "replay");
  if (!database) {
    return database.error();
  }
  out.database = std::move(*database);
  auto session = pg::Session::open(out.database->conninfo());
  if (!session) {
    return session.error().with_context("opening the scratch database");
  }
  out.session.emplace(std::move(*session));
  auto roles = prepare_scratch_roles(*out.session, desired.catalog);
  if (!roles) {
    return roles.error();
  }
  out.roles = std::move(*roles);
  if (auto done = replay(*out.session, files, stop); !done) {
    return done.error();
  }
  auto catalog = read_filtered(*out.session, desired, out.roles, &out.unmanaged);
  if (!catalog) {
    return catalog.error();
  }
  out.catalog = std::move(*catalog);
  return out;
}

// Marks the member called `from` (the name the migrations gave it) as renamed
// from `to` (its name in the desired schema), unless a member is called `to`
// already.
template <class Member>
void reverse_member(std::map<std::string, Member>& members, const std::string& from,
                    const std::string& to) {
  if (from == to || members.contains(to)) {
    return;
  }
  if (auto found = members.find(from); found != members.end()) {
    found->second.renamed_from = to;
  }
}

// The same for a renamed constraint or index, found in the old table (the
// table's old name when the table is renamed too); `member_map` picks the map.
template <class Change>
void reverse_member_change(const Change& change,
                           const std::map<model::QualifiedName, model::QualifiedName>& old_tables,
                           model::Catalog& old_catalog, auto member_map) {
  if (!change.before || !change.after || change.before->name == change.after->name) {
    return;
  }
  const auto old_name =
      old_tables.contains(change.of.table) ? old_tables.at(change.of.table) : change.of.table;
  if (auto table = old_catalog.tables.find(old_name); table != old_catalog.tables.end()) {
    reverse_member(member_map(table->second), change.before->name, change.after->name);
  }
}

// Returns `old_catalog` (what the migrations give) with rename hints that undo
// the renames of `forward` (the changes from it to the desired schema), so the
// down plan renames back instead of dropping and adding.
model::Catalog with_reversed_renames(model::Catalog old_catalog,
                                     const std::vector<diff::Change>& forward) {
  std::map<model::QualifiedName, model::QualifiedName> old_tables;  // desired -> old name
  for (const auto& change : forward) {
    if (const auto* table = std::get_if<diff::TableChange>(&change);
        table != nullptr && table->before && table->after &&
        table->before->name != table->after->name) {
      old_tables[table->after->name] = table->before->name;
      if (auto found = old_catalog.tables.find(table->before->name);
          found != old_catalog.tables.end()) {
        found->second.renamed_from = table->after->name.name;
      }
    }
  }
  for (const auto& change : forward) {
    if (const auto* column = std::get_if<diff::ColumnChange>(&change)) {
      if (!column->before || !column->after || column->before->name == column->after->name) {
        continue;
      }
      const auto old_name = old_tables.contains(column->of.table) ? old_tables.at(column->of.table)
                                                                  : column->of.table;
      if (auto table = old_catalog.tables.find(old_name); table != old_catalog.tables.end()) {
        for (auto& each : table->second.columns) {
          if (each.name == column->before->name &&
              table->second.find_column(column->after->name) == nullptr) {
            each.renamed_from = column->after->name;
          }
        }
      }
    } else if (const auto* key = std::get_if<diff::PrimaryKeyChange>(&change)) {
      if (!key->before || !key->after || key->before->name == key->after->name) {
        continue;
      }
      const auto old_name =
          old_tables.contains(key->of.table) ? old_tables.at(key->of.table) : key->of.table;
      if (auto table = old_catalog.tables.find(old_name);
          table != old_catalog.tables.end() && table->second.primary_key) {
        table->second.primary_key->renamed_from = key->after->name;
      }
    } else if (const auto* unique = std::get_if<diff::UniqueChange>(&change)) {
      reverse_member_change(
          *unique, old_tables, old_catalog, [](model::Table & t) -> auto& { return t.uniques; });
    } else if (const auto* foreign = std::get_if<diff::ForeignKeyChange>(&change)) {
      reverse_member_change(
          *foreign, old_tables, old_catalog,
          [](model::Table & t) -> auto& { return t.foreign_keys; });
    } else if (const auto* check = std::get_if<diff::CheckChange>(&change)) {
      reverse_member_change(
          *check, old_tables, old_catalog, [](model::Table & t) -> auto& { return t.checks; });
    } else if (const auto* exclusion = std::get_if<diff::ExclusionChange>(&change)) {
      reverse_member_change(
          *exclusion, old_tables, old_catalog,
          [](model::Table & t) -> auto& { return t.exclusions; });
    } else if (const auto* index = std::get_if<diff::IndexChange>(&change)) {
      reverse_member_change(
          *index, old_tables, old_catalog, [](model::Table & t) -> auto& { return t.indexes; });
    } else if (const auto* type = std::get_if<diff::EnumChange>(&change)) {
      if (!type->before || !type->after) {
        continue;
      }
      if (auto found = old_catalog.enums.find(type->before->name);
          found != old_catalog.enums.end()) {
        for (const auto& [new_label, old_label] : type->after->value_renames) {
          found->second.value_renames[old_label] = new_label;
        }
      }
    }
  }
  return old_catalog;
}

// Runs a generated part on the scratch database as a migration runs it.
base::Result<void> run_generated(pg::Session& session, const std::string& sql, const char* which) {
  if (auto done = run_part(session, sql, fmt::format("the generated {} part", which), sql); !done) {
    return base::Error(
               fmt::format("the generated migration does not run: {}", done.error().message()))
        .with_hint(
            "this is a bug in tenantctl's planner; nothing was written (please report "
            "it with the schema change that caused it)");
  }
  return {};
}

}  // namespace

base::Result<std::string> migration_sql(const plan::Plan& plan) {
  std::string out;
  for (const auto& statement : plan.statements) {
    out += fmt::format("-- {}\n", statement.source);
    for (const auto& hazard : statement.hazards) {
      out += fmt::format("-- hazard {}: {}\n", ddl::hazard_name(hazard.kind), hazard.reason);
    }
    if (!statement.transactional) {
      out +=
          "-- note: it runs in the migration's transaction; what it adds can be used only "
          "after that commits (in a later migration)\n";
    }
    auto portable = portable_statement(statement.sql);
    if (!portable) {
      return portable.error();
    }
    out += *portable + ";\n\n";
  }
  return out;
}

base::Result<CheckResult> check(const manifest::Manifest& desired,
                                std::span<const knex::MigrationFile> files,
                                const std::string& server_conninfo, const std::atomic<bool>& stop) {
  auto replayed = replay_in_scratch(files, desired, server_conninfo, stop);
  if (!replayed) {
    return replayed.error();
  }
  reconcile::DesiredSchema schema(desired, server_conninfo);
  auto planned = reconcile::plan_database(replayed->catalog, schema, k_offline);
  if (!planned) {
    return planned.error();
  }
  return CheckResult{files.size(), std::move(planned->plan), std::move(replayed->unmanaged)};
}

base::Result<Generated> generate(const manifest::Manifest& desired,
                                 std::span<const knex::MigrationFile> files,
                                 const std::string& server_conninfo,
                                 const std::atomic<bool>& stop) {
  auto replayed = replay_in_scratch(files, desired, server_conninfo, stop);
  if (!replayed) {
    return replayed.error();
  }
  reconcile::DesiredSchema schema(desired, server_conninfo);
  auto planned = reconcile::plan_database(replayed->catalog, schema, k_offline);
  if (!planned) {
    return planned.error();
  }
  Generated out;
  out.unmanaged = replayed->unmanaged;
  if (planned->plan.empty()) {
    return out;
  }
  out.up = std::move(planned->plan);
  auto up_sql = migration_sql(out.up);
  if (!up_sql) {
    return up_sql.error();
  }
  out.up_sql = std::move(*up_sql);
  pg::Session& session = *replayed->session;
  // The up part must take the replayed database to the schema, or check
  // would still fail after the files are written.
  if (auto done = run_generated(session, out.up_sql, "up"); !done) {
    return done.error();
  }
  auto after = read_filtered(session, desired, replayed->roles);
  if (!after) {
    return after.error();
  }
  auto residual = reconcile::plan_database(*after, schema, k_offline);
  if (!residual) {
    return residual.error();
  }
  if (!residual->plan.empty()) {
    return base::Error(fmt::format("the generated up part leaves {} statement(s) to do, first: {}",
                                   residual->plan.statements.size(),
                                   residual->plan.statements.front().source))
        .with_hint("this is a bug in tenantctl's planner; nothing was written");
  }
  // The down part: from what the up part made back to what the migrations
  // gave, renames run backwards.
  auto forward = diff::diff_catalogs(replayed->catalog, *planned->desired);
  if (!forward) {
    return forward.error();
  }
  const model::Catalog back_target = with_reversed_renames(replayed->catalog, *forward);
  auto backward = diff::diff_catalogs(*after, back_target);
  if (!backward) {
    return backward.error().with_context("planning the down part");
  }
  const ddl::RenderContext context(*after, back_target, k_offline);
  auto down = plan::make_plan(*backward, context);
  if (!down) {
    return down.error().with_context("planning the down part");
  }
  out.down = std::move(*down);
  auto down_sql = migration_sql(out.down);
  if (!down_sql) {
    return down_sql.error();
  }
  out.down_sql = std::move(*down_sql);
  if (auto done = run_generated(session, out.down_sql, "down"); !done) {
    return done.error();
  }
  auto restored = read_filtered(session, desired, replayed->roles);
  if (!restored) {
    return restored.error();
  }
  auto left = diff::diff_catalogs(*restored, replayed->catalog);
  if (!left) {
    return left.error();
  }
  if (!left->empty()) {
    out.warnings.push_back(fmt::format(
        "the down part does not give back exactly what the migrations gave ({} difference(s), "
        "first: {}); review it before relying on rollback",
        left->size(), diff::describe(left->front())));
  }
  if (out.up.hazard_kinds().contains(ddl::HazardKind::data_loss)) {
    out.warnings.push_back(
        "the up part drops data (see its `-- hazard data_loss` lines): the down part recreates "
        "the objects, not their rows");
  }
  return out;
}

}  // namespace gate
