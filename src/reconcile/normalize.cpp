#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <random>
#include <regex>

#include "apply/executor.hpp"
#include "diff/differ.hpp"
#include "introspect/reader.hpp"
#include "model/placeholders.hpp"
#include "pg/conninfo.hpp"
#include "pg/quote.hpp"
#include "pg/session.hpp"
#include "reconcile/desired.hpp"

namespace reconcile {
namespace {

// Views and materialized views in a desired catalog have no depends_on (only
// PostgreSQL knows what a view reads); for building them in order, a relation
// whose name appears as a word in the definition is taken as read.
template <class Readers>
void guess_reads(const std::vector<model::QualifiedName>& relations, Readers& readers) {
  for (auto& [name, view] : readers) {
    if (!view.depends_on.empty()) {
      continue;
    }
    for (const auto& relation : relations) {
      if (relation != name && diff::mentions_identifier(view.definition, relation.name)) {
        view.depends_on.push_back(relation);
      }
    }
  }
}

void guess_view_reads(model::Catalog& catalog) {
  std::vector<model::QualifiedName> relations;
  for (const auto& [name, table] : catalog.tables) {
    relations.push_back(name);
  }
  for (const auto& [name, view] : catalog.views) {
    relations.push_back(name);
  }
  for (const auto& [name, view] : catalog.materialized_views) {
    relations.push_back(name);
  }
  guess_reads(relations, catalog.views);
  guess_reads(relations, catalog.materialized_views);
}

// Returns true when a routine's definition has a SQL-standard body (BEGIN
// ATOMIC ... END, or RETURN expr): PostgreSQL parses it at once, so what it
// reads must exist first, whatever check_function_bodies says.
bool has_standard_body(const std::string& definition) {
  std::string upper = definition;
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return upper.find('$') == std::string::npos && upper.find(" AS '") == std::string::npos &&
         (upper.find("BEGIN ATOMIC") != std::string::npos ||
          upper.find("RETURN ") != std::string::npos);
}

// Routines with a SQL-standard body in a desired catalog read what they name
// (as for views, a relation whose name appears as a word), so that the
// scratch database builds them after it.
// An aggregate calls its support functions and a SQL-standard body the
// routines it names; any routine's arguments and result may be a table's row
// type. What a routine names that way is taken as what it calls and reads.
void guess_routine_reads(model::Catalog& catalog) {
  std::vector<std::pair<model::QualifiedName, std::string>> routines;
  for (const auto& [name, routine] : catalog.routines) {
    routines.emplace_back(name, routine.bare_name);
  }
  for (auto& [name, routine] : catalog.routines) {
    const bool whole =
        routine.kind == model::RoutineKind::aggregate || has_standard_body(routine.definition);
    // Otherwise only the head: up to the body's string.
    std::string text = routine.definition;
    if (!whole) {
      text = text.substr(0, std::min(text.find('$'), text.find(" AS '")));
    }
    for (const auto& [table_name, table] : catalog.tables) {
      if (diff::mentions_identifier(text, table_name.name)) {
        routine.reads.push_back(table_name);
      }
    }
    for (const auto& [view_name, view] : catalog.views) {
      if (whole && diff::mentions_identifier(text, view_name.name)) {
        routine.reads.push_back(view_name);
      }
    }
    for (const auto& [other, bare_name] : routines) {
      if (whole && other != name && bare_name != routine.bare_name &&
          diff::mentions_identifier(text, bare_name)) {
        routine.calls.push_back(other);
      }
    }
  }
}

// Where the column at fault was declared, when `source` (a statement's
// source) is a table's and PostgreSQL's `message` quotes a word that is one
// of its columns' names or in one of their types (`type "intger" does not
// exist`); "" otherwise.
std::string column_declared_at(const model::Catalog& desired, const std::string& source,
                               const std::string& message) {
  const auto open = message.find('"');
  const auto close = open == std::string::npos ? open : message.find('"', open + 1);
  if (close == std::string::npos || close == open + 1) {
    return "";
  }
  const std::string quoted = message.substr(open + 1, close - open - 1);
  for (const auto& [name, table] : desired.tables) {
    if (source.find(model::display_name(name)) == std::string::npos) {
      continue;
    }
    for (const auto& column : table.columns) {
      if (!column.source.where.empty() &&
          (column.name == quoted || column.type.find(quoted) != std::string::npos)) {
        return column.source.where;
      }
    }
  }
  return "";
}

// Where the object a statement came from was declared, if it can be told.
std::string declared_at(const model::Catalog& desired, const std::string& source) {
  const auto check = [&](const auto& objects) -> std::string {
    for (const auto& [name, object] : objects) {
      if (!object.source.where.empty() &&
          source.find(model::display_name(name)) != std::string::npos) {
        return object.source.where;
      }
    }
    return "";
  };
  for (const auto& [name, routine] : desired.routines) {
    if (source.find(model::display_name(name)) != std::string::npos) {
      return routine.source.where;
    }
  }
  for (const auto& [name, trigger] : desired.triggers) {
    if (source.find(" " + model::display_part(name.name) + " on " +
                    model::display_name(name.table)) != std::string::npos) {
      return trigger.source.where;
    }
  }
  for (const auto& [name, policy] : desired.policies) {
    if (source.find("policy " + model::display_part(name.name) + " on " +
                    model::display_name(name.table)) != std::string::npos) {
      return policy.source.where;
    }
  }
  for (const auto& where :
       {check(desired.tables), check(desired.views), check(desired.materialized_views),
        check(desired.enums), check(desired.domains), check(desired.composite_types),
        check(desired.range_types), check(desired.statistics), check(desired.collations),
        check(desired.sequences)}) {
    if (!where.empty()) {
      return where;
    }
  }
  return "";
}

template <class Member>
void carry_member_hints(std::map<std::string, Member>& normalized,
                        const std::map<std::string, Member>& raw) {
  for (auto& [name, member] : normalized) {
    if (const auto found = raw.find(name); found != raw.end()) {
      member.renamed_from = found->second.renamed_from;
    }
  }
}

void carry_hints(model::Catalog& normalized, const model::Catalog& raw) {
  for (auto& [name, schema] : normalized.schemas) {
    const auto found = raw.schemas.find(name);
    schema.implicit = found == raw.schemas.end() || found->second.implicit;
    if (found != raw.schemas.end()) {
      schema.source = found->second.source;
    }
  }
  for (auto& [name, extension] : normalized.extensions) {
    if (const auto found = raw.extensions.find(name); found != raw.extensions.end()) {
      extension.source = found->second.source;
      if (found->second.version.empty()) {
        extension.version.clear();
      }
    }
  }
  for (auto& [name, type] : normalized.enums) {
    if (const auto found = raw.enums.find(name); found != raw.enums.end()) {
      type.value_renames = found->second.value_renames;
      type.source = found->second.source;
    }
  }
  for (auto& [name, type] : normalized.composite_types) {
    if (const auto found = raw.composite_types.find(name); found != raw.composite_types.end()) {
      type.source = found->second.source;
    }
  }
  for (auto& [name, type] : normalized.range_types) {
    if (const auto found = raw.range_types.find(name); found != raw.range_types.end()) {
      type.source = found->second.source;
    }
  }
  for (auto& [name, collation] : normalized.collations) {
    if (const auto found = raw.collations.find(name); found != raw.collations.end()) {
      collation.source = found->second.source;
    }
  }
  for (auto& [name, statistics] : normalized.statistics) {
    if (const auto found = raw.statistics.find(name); found != raw.statistics.end()) {
      statistics.source = found->second.source;
    }
  }
  for (auto& [name, domain] : normalized.domains) {
    if (const auto found = raw.domains.find(name); found != raw.domains.end()) {
      domain.source = found->second.source;
      carry_member_hints(domain.checks, found->second.checks);
    }
  }
  for (auto& [name, sequence] : normalized.sequences) {
    if (const auto found = raw.sequences.find(name); found != raw.sequences.end()) {
      sequence.source = found->second.source;
    }
  }
  for (auto& [name, view] : normalized.views) {
    if (const auto found = raw.views.find(name); found != raw.views.end()) {
      view.source = found->second.source;
    }
  }
  for (auto& [name, view] : normalized.materialized_views) {
    if (const auto found = raw.materialized_views.find(name);
        found != raw.materialized_views.end()) {
      view.source = found->second.source;
      view.with_data = found->second.with_data;
      carry_member_hints(view.indexes, found->second.indexes);
    }
  }
  for (auto& [name, routine] : normalized.routines) {
    if (const auto found = raw.routines.find(name); found != raw.routines.end()) {
      routine.renamed_from = found->second.renamed_from;
      routine.source = found->second.source;
    }
  }
  for (auto& [name, trigger] : normalized.triggers) {
    if (const auto found = raw.triggers.find(name); found != raw.triggers.end()) {
      trigger.renamed_from = found->second.renamed_from;
      trigger.source = found->second.source;
    }
  }
  for (auto& [name, grant] : normalized.grants) {
    if (const auto found = raw.grants.find(name); found != raw.grants.end()) {
      grant.source = found->second.source;
    }
  }
  for (auto& [name, policy] : normalized.policies) {
    if (const auto found = raw.policies.find(name); found != raw.policies.end()) {
      policy.renamed_from = found->second.renamed_from;
      policy.source = found->second.source;
    }
  }
  for (auto& [name, table] : normalized.tables) {
    const auto found = raw.tables.find(name);
    if (found == raw.tables.end()) {
      continue;
    }
    const auto& wanted = found->second;
    table.renamed_from = wanted.renamed_from;
    table.external_partitions = wanted.external_partitions;
    table.source = wanted.source;
    for (auto& column : table.columns) {
      if (const auto* raw_column = wanted.find_column(column.name); raw_column != nullptr) {
        column.renamed_from = raw_column->renamed_from;
      }
    }
    if (table.primary_key && wanted.primary_key) {
      table.primary_key->renamed_from = wanted.primary_key->renamed_from;
    }
    carry_member_hints(table.uniques, wanted.uniques);
    carry_member_hints(table.checks, wanted.checks);
    carry_member_hints(table.exclusions, wanted.exclusions);
    carry_member_hints(table.foreign_keys, wanted.foreign_keys);
    carry_member_hints(table.indexes, wanted.indexes);
  }
}

// Roles named through placeholders ("{{tenant.db_user}}_ro") exist on no
// scratch server: the scratch database is built without them (a policy left
// with no role is built TO PUBLIC), and restore_placeholder_roles() puts them
// back. Neither changes how expressions print.
void without_placeholder_roles(model::Catalog& catalog) {
  for (auto& [name, policy] : catalog.policies) {
    std::erase_if(policy.roles,
                  [](const std::string& role) { return model::has_placeholder(role); });
    if (policy.roles.empty()) {
      policy.roles = {"public"};
    }
  }
  for (auto& [target, grant] : catalog.grants) {
    std::erase_if(grant.privileges,
                  [](const auto& held) { return model::has_placeholder(held.first); });
  }
}

void restore_placeholder_roles(model::Catalog& normalized, const model::Catalog& raw) {
  for (const auto& [name, policy] : raw.policies) {
    const auto found = normalized.policies.find(name);
    if (found != normalized.policies.end() &&
        std::any_of(policy.roles.begin(), policy.roles.end(),
                    [](const std::string& role) { return model::has_placeholder(role); })) {
      found->second.roles = policy.roles;
    }
  }
  for (const auto& [target, grant] : raw.grants) {
    for (const auto& [grantee, privileges] : grant.privileges) {
      if (!model::has_placeholder(grantee)) {
        continue;
      }
      auto [at, added] = normalized.grants.try_emplace(
          target, model::Grant{.name = target, .privileges = model::default_grants(target)});
      at->second.privileges[grantee] = privileges;
      at->second.source = grant.source;
    }
  }
}

// Routines and triggers are declared under the name PostgreSQL gives what
// their definition makes: a key that differs (argument types spelled another
// way, a definition that makes another object) is reported with the name to
// use. Returns the problems, one per line.
std::string misnamed_objects(const model::Catalog& normalized, const model::Catalog& raw) {
  std::string problems;
  std::vector<std::string> made;
  for (const auto& [name, routine] : normalized.routines) {
    if (!raw.routines.contains(name)) {
      made.push_back(
          fmt::format("{} {}", model::routine_keyword(routine.kind), model::display_name(name)));
    }
  }
  for (const auto& [name, trigger] : normalized.triggers) {
    if (!raw.triggers.contains(name)) {
      made.push_back(fmt::format("trigger {} on {}", model::display_part(name.name),
                                 model::display_name(name.table)));
    }
  }
  for (const auto& [name, routine] : raw.routines) {
    if (!normalized.routines.contains(name)) {
      problems +=
          fmt::format("\n  {}: {} {} is not what its definition makes", routine.source.where,
                      model::routine_keyword(routine.kind), model::display_name(name));
    }
  }
  for (const auto& [name, trigger] : raw.triggers) {
    if (!normalized.triggers.contains(name) && trigger.clone) {
      problems += fmt::format(
          "\n  {}: trigger {} on {} (clone = true) fires as its partitioned table's trigger, or "
          "that table has no such trigger: remove the entry",
          trigger.source.where, model::display_part(name.name), model::display_name(name.table));
    } else if (!normalized.triggers.contains(name)) {
      problems += fmt::format("\n  {}: trigger {} on {} is not what its definition makes",
                              trigger.source.where, model::display_part(name.name),
                              model::display_name(name.table));
    }
  }
  if (!problems.empty() && !made.empty()) {
    problems += "\n  PostgreSQL made: " + fmt::format("{}", fmt::join(made, ", "));
  }
  return problems;
}

// Creates every routine again with check_function_bodies on, now that all
// the scratch database holds exists: a body that reads a missing table or
// does not parse is the desired schema's error (apply creates them with the
// check off, as pg_dump does). Returns the first failure.
base::Result<void> check_routine_bodies(pg::Session& session, const model::Catalog& built,
                                        const model::Catalog& desired) {
  if (auto set = session.execute("SET check_function_bodies = on"); !set) {
    return set.error();
  }
  for (const auto& [name, routine] : built.routines) {
    if (routine.kind == model::RoutineKind::aggregate) {
      continue;
    }
    if (auto done = session.execute(routine.definition); !done) {
      const auto found = desired.routines.find(name);
      const std::string where = found == desired.routines.end() ? "" : found->second.source.where;
      return base::Error(fmt::format("{}{} {} does not build in PostgreSQL: {}",
                                     where.empty() ? "" : where + ": ",
                                     model::routine_keyword(routine.kind),
                                     model::display_name(name), done.error().message()),
                         base::ErrorKind::config)
          .with_hint("fix the function's body: what it reads must be in the desired schema");
    }
  }
  return {};
}

// A scratch server that cannot be used is the same for every tenant: a
// config error that names the ways out.
base::Error unusable_scratch(const base::Error& error) {
  return base::Error(error.message(), base::ErrorKind::config)
      .with_hint(
          "name a server where tenantctl may create and drop a database with --scratch-url or "
          "TENANTCTL_SCRATCH_URL, or set neither, so that tenantctl starts a throwaway local "
          "cluster itself (PostgreSQL's server programs installed; docs/planning.md, \"The "
          "scratch server\")");
}

std::string scratch_name() {
  std::random_device device;
  return fmt::format("tenantctl_scratch_{}_{:08x}", ::getpid(), device());
}

// Drops the scratch database however normalize() leaves.
class ScratchDatabase {
 public:
  ScratchDatabase(pg::Session& admin, std::string name) : m_admin(admin), m_name(std::move(name)) {}
  ~ScratchDatabase() {
    (void)m_admin.execute(
        fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", pg::quote_ident(m_name)));
  }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

 private:
  pg::Session& m_admin;
  std::string m_name;
};

}  // namespace

base::Result<model::Catalog> normalize(const model::Catalog& desired,
                                       const std::string& scratch_conninfo) {
  auto admin = pg::Session::open(scratch_conninfo);
  if (!admin) {
    return unusable_scratch(admin.error().with_context("opening the scratch server"));
  }
  const std::string name = scratch_name();
  if (auto created = admin->execute(
          fmt::format("CREATE DATABASE {} TEMPLATE template0", pg::quote_ident(name)));
      !created) {
    return unusable_scratch(created.error().with_context(
        "creating a scratch database to compare the desired schema exactly"));
  }
  const ScratchDatabase guard(*admin, name);
  auto conninfo = pg::with_dbname(scratch_conninfo, name);
  if (!conninfo) {
    return conninfo.error();
  }
  auto session = pg::Session::open(*conninfo);
  if (!session) {
    return session.error().with_context("opening the scratch database");
  }
  auto empty = introspect::read_catalog(*session);
  if (!empty) {
    return empty.error();
  }
  model::Catalog buildable = desired;
  without_placeholder_roles(buildable);
  // Owners and default privileges are names only: nothing for PostgreSQL
  // to normalize, and roles the scratch server may not have.
  buildable.owners.clear();
  buildable.default_privileges.clear();
  guess_view_reads(buildable);
  guess_routine_reads(buildable);
  auto changes = diff::diff_catalogs(*empty, buildable);
  if (!changes) {
    return changes.error();
  }
  const ddl::RenderContext context(*empty, buildable, ddl::RenderOptions{.online = false});
  auto built = plan::make_plan(*changes, context);
  if (!built) {
    return built.error();
  }
  std::size_t current_statement = 0;
  if (auto done = apply::execute_plan(*session, *built, apply::ExecuteOptions{"0", "0"},
                                      [&](std::size_t index) { current_statement = index; });
      !done) {
    const auto& source = built->statements[current_statement].source;
    auto where = column_declared_at(desired, source, done.error().message());
    if (where.empty()) {
      where = declared_at(desired, source);
    }
    return base::Error(fmt::format("{}the desired schema does not build in PostgreSQL: {}",
                                   where.empty() ? "" : where + ": ", done.error().message()),
                       base::ErrorKind::config)
        .with_hint(
            "fix that object's definition; tenantctl passes types and expressions to "
            "PostgreSQL as written");
  }
  auto normalized = introspect::read_catalog(*session);
  if (!normalized) {
    return normalized.error().with_context("reading the scratch database back");
  }
  if (const auto problems = misnamed_objects(*normalized, desired); !problems.empty()) {
    return base::Error(
               "the desired schema names objects otherwise than PostgreSQL does:" + problems,
               base::ErrorKind::config)
        .with_hint(
            "key each function by its name and argument types as PostgreSQL prints them "
            "(\"f(integer, text)\"), and each trigger by its table and name");
  }
  if (auto checked = check_routine_bodies(*session, *normalized, desired); !checked) {
    return checked.error();
  }
  // A desired partition declares only what is its own.
  for (auto& entry : normalized->tables) {
    entry.second = model::own_members(std::move(entry.second));
  }
  carry_hints(*normalized, desired);
  restore_placeholder_roles(*normalized, desired);
  normalized->owners = desired.owners;
  normalized->default_privileges = desired.default_privileges;
  normalized->creator.clear();
  return std::move(*normalized);
}

}  // namespace reconcile
