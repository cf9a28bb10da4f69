// The table kind's tables and columns as statements (part of tenantctl_ddl).

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "base/strings.hpp"
#include "ddl/render_internal.hpp"

namespace ddl::detail {
namespace {

// Keys of what a column's type and expressions read.
std::vector<std::string> column_needs(const model::Column& column, const RenderContext& context) {
  auto out = context.type_keys(column.type);
  if (column.default_expr) {
    append(out, context.sequence_keys(*column.default_expr));
  }
  append(out, routine_keys(column.uses));
  return out;
}

// Sequences owned by `column` of `table` in `catalog` (PostgreSQL drops them
// with the column).
std::vector<std::string> owned_sequence_keys(const model::Catalog& catalog,
                                             const model::QualifiedName& table,
                                             const std::string* column) {
  std::vector<std::string> out;
  for (const auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by && sequence.owned_by->table == table &&
        (column == nullptr || sequence.owned_by->column == *column)) {
      out.push_back(keys::relation(name));
    }
  }
  return out;
}

// The key of the sequence PostgreSQL makes for an identity column,
// "<table>_<column>_seq", its parts shortened as makeObjectName() does to fit
// in 63 bytes. PostgreSQL picks another name when that one is taken, so a
// sequence of that name that goes must go first.
std::string identity_sequence_key(const model::QualifiedName& table, const std::string& column) {
  constexpr std::size_t k_available = 63 - 5;  // the two underscores and "seq"
  std::size_t table_bytes = table.name.size();
  std::size_t column_bytes = column.size();
  while (table_bytes + column_bytes > k_available) {
    if (table_bytes > column_bytes) {
      --table_bytes;
    } else {
      --column_bytes;
    }
  }
  const auto clip = [](const std::string& text, std::size_t bytes) {
    // Never in the middle of a UTF-8 character.
    while (bytes > 0 && bytes < text.size() &&
           (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) {
      --bytes;
    }
    return text.substr(0, bytes);
  };
  return keys::relation(table.schema,
                        clip(table.name, table_bytes) + "_" + clip(column, column_bytes) + "_seq");
}

// ALTER COLUMN ... SET STORAGE: to `storage`, or back to the type's own
// (PostgreSQL 15 has no SET STORAGE DEFAULT, so it is looked up).
Statement set_storage(const model::QualifiedName& table, const std::string& column,
                      const std::optional<std::string>& storage) {
  const std::string alter = fmt::format("ALTER TABLE {} ALTER COLUMN {} SET STORAGE",
                                        sql::name(table), sql::ident(column));
  std::string text;
  if (storage) {
    std::string upper = *storage;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    text = alter + " " + upper;
  } else {
    text = fmt::format(
        "DO $tenantctl$ BEGIN EXECUTE {} || (SELECT CASE t.typstorage WHEN 'p' THEN ' PLAIN' "
        "WHEN 'e' THEN ' EXTERNAL' WHEN 'm' THEN ' MAIN' ELSE ' EXTENDED' END FROM "
        "pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid WHERE "
        "a.attrelid = {}::pg_catalog.regclass AND a.attname = {}); END $tenantctl$",
        sql::literal(alter), sql::literal(sql::name(table)), sql::literal(column));
  }
  auto set = statement(std::move(text), phase::columns);
  set.needs.push_back(keys::column(table, column));
  return set;
}

bool has_volatile_default(const model::Column& column) {
  if (!column.default_expr) {
    return false;
  }
  constexpr std::array<std::string_view, 6> k_volatile = {"random(",          "gen_random_uuid(",
                                                          "clock_timestamp(", "nextval(",
                                                          "uuid_generate_",   "timeofday("};
  return std::any_of(k_volatile.begin(), k_volatile.end(), [&](std::string_view name) {
    return column.default_expr->find(name) != std::string::npos;
  });
}

std::string base_type(const std::string& type) { return type.substr(0, type.find('(')); }

// The numbers of "name(N[, M])" (a type modifier), or nullopt when there
// are none or one is not a number: a type as written, not yet checked by
// PostgreSQL ("varchar(x)"), must not throw (found by tests/fuzz/fuzz_plan).
std::optional<std::vector<long>> type_modifiers(const std::string& type) {
  const auto open = type.find('(');
  const auto close = type.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return std::nullopt;
  }
  std::vector<long> numbers;
  for (const auto& part : base::split(type.substr(open + 1, close - open - 1), ',')) {
    const auto text = base::trim(part);
    long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
      return std::nullopt;
    }
    numbers.push_back(value);
  }
  return numbers;
}

std::optional<long> type_modifier(const std::string& type) {
  const auto numbers = type_modifiers(type);
  if (!numbers || numbers->size() != 1) {
    return std::nullopt;
  }
  return numbers->front();
}

bool is_string_type(const std::string& base) {
  return base == "text" || base == "character varying" || base == "character" || base == "citext" ||
         base == "name";
}

int integer_rank(const std::string& type) {
  if (type == "smallint") {
    return 1;
  }
  if (type == "integer") {
    return 2;
  }
  if (type == "bigint") {
    return 3;
  }
  if (type == "numeric" || type.starts_with("numeric(")) {
    return 4;
  }
  return 0;
}

// A type change PostgreSQL makes without rewriting the table.
bool is_cheap_type_change(const model::Column& before, const model::Column& after) {
  if (before.collation != after.collation && before.type == after.type) {
    return false;  // collation changes rebuild indexes; treat as a rewrite
  }
  const auto from = base_type(before.type);
  const auto to = base_type(after.type);
  if (from == "character varying" && (to == "text" || to == "character varying")) {
    const auto old_length = type_modifier(before.type);
    const auto new_length = type_modifier(after.type);
    return to == "text" || !new_length || (old_length && *new_length >= *old_length);
  }
  if (from == "text" && after.type == "character varying") {
    return true;
  }
  if (from == "numeric" && to == "numeric") {
    // numeric(p,s) -> numeric, or to a larger precision at the same scale,
    // keeps every stored value as it is (PostgreSQL's numeric_support).
    if (after.type == "numeric") {
      return true;
    }
    const auto precision_scale =
        [](const std::string& type) -> std::optional<std::pair<long, long>> {
      const auto numbers = type_modifiers(type);
      if (!numbers || numbers->size() != 2) {
        return std::nullopt;
      }
      return std::pair{(*numbers)[0], (*numbers)[1]};
    };
    const auto old_ps = precision_scale(before.type);
    const auto new_ps = precision_scale(after.type);
    return old_ps && new_ps && new_ps->second == old_ps->second && new_ps->first >= old_ps->first;
  }
  return false;
}

// A change of type whose values all convert (no USING, no failure).
bool is_widening(const model::Column& before, const model::Column& after) {
  if (is_cheap_type_change(before, after)) {
    return true;
  }
  const auto to = base_type(after.type);
  if (to == "text" || after.type == "character varying") {
    return true;
  }
  const int from_rank = integer_rank(before.type);
  const int to_rank = integer_rank(after.type);
  return from_rank > 0 && to_rank > from_rank && (to_rank < 4 || after.type == "numeric");
}

bool needs_using(const model::Column& before, const model::Column& after) {
  const auto from = base_type(before.type);
  const auto to = base_type(after.type);
  if (from == to || is_string_type(to)) {
    return false;
  }
  const auto numeric_family = [](const std::string& base) {
    return integer_rank(base) > 0 || base == "real" || base == "double precision";
  };
  if (numeric_family(from) && numeric_family(to)) {
    return false;
  }
  const auto time_family = [](const std::string& base) {
    return base.starts_with("timestamp") || base == "date";
  };
  return !(time_family(from) && time_family(to));
}

// ALTER TABLE ... ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY where
// `table` differs from `before` (nullptr: a new table, made without). They
// come after the policies a plan creates, so that no moment enforces a table
// without them; on a table that exists they are an access change.
void row_security(const model::Table* before, const model::Table& table,
                  const RenderContext& context, std::vector<Statement>& out) {
  const std::string name = sql::name(table.name);
  const auto add = [&](bool was, bool is, const char* on, const char* off, std::string reason) {
    if (was == is) {
      return;
    }
    auto alter = statement(fmt::format("ALTER TABLE {} {} ROW LEVEL SECURITY", name, is ? on : off),
                           phase::comments);
    alter.needs.push_back(keys::relation(table.name));
    for (const auto& [policy_name, policy] : context.desired().policies) {
      if (policy_name.table == table.name) {
        alter.needs.push_back(keys::policy(policy_name));
      }
    }
    if (before != nullptr) {
      add_hazard(alter, HazardKind::access_change, std::move(reason));
    }
    out.push_back(std::move(alter));
  };
  const std::string shown = model::display_name(table.name);
  add(before != nullptr && before->row_security, table.row_security, "ENABLE", "DISABLE",
      table.row_security
          ? fmt::format("enables row level security on {}: roles other than its owner see and "
                        "change only the rows a policy lets through",
                        shown)
          : fmt::format("disables row level security on {}: its policies stop applying", shown));
  add(before != nullptr && before->force_row_security, table.force_row_security, "FORCE",
      "NO FORCE",
      table.force_row_security
          ? fmt::format("forces row level security on {}: its owner is held to the policies too",
                        shown)
          : fmt::format("stops forcing row level security on {}: its owner sees every row again",
                        shown));
}

// ALTER TABLE for what differs of UNLOGGED, storage parameters and REPLICA
// IDENTITY (`before` nullptr: a new table, created UNLOGGED and WITH its
// parameters already). Storage parameters that differ are all reset and set
// again in the schema's order, the order PostgreSQL then keeps.
void table_options(const model::Table* before, const model::Table& table,
                   std::vector<Statement>& out) {
  const std::string name = sql::name(table.name);
  if (before != nullptr && before->unlogged != table.unlogged) {
    auto alter = statement(
        fmt::format("ALTER TABLE {} SET {}", name, table.unlogged ? "UNLOGGED" : "LOGGED"),
        phase::columns);
    alter.needs.push_back(keys::relation(table.name));
    add_hazard(alter, HazardKind::table_rewrite,
               table.unlogged ? "rewrites the table without WAL: its rows are lost on a crash "
                                "and are not replicated"
                              : "rewrites the table into the WAL");
    add_hazard(alter, HazardKind::access_exclusive_lock,
               "holds ACCESS EXCLUSIVE on the table while it is rewritten");
    out.push_back(std::move(alter));
  }
  if (before != nullptr && before->storage != table.storage) {
    auto alter = statement(
        fmt::format("ALTER TABLE {} {}", name, sql::reset_and_set(before->storage, table.storage)),
        phase::columns);
    alter.needs.push_back(keys::relation(table.name));
    out.push_back(std::move(alter));
  }
  const auto was =
      before == nullptr ? model::ReplicaIdentity::default_key : before->replica_identity;
  const auto was_index = before == nullptr ? std::string() : before->replica_index;
  if (was == table.replica_identity && was_index == table.replica_index) {
    return;
  }
  std::string identity = "DEFAULT";
  auto alter = statement("", phase::foreign_keys);
  alter.needs.push_back(keys::relation(table.name));
  if (table.replica_identity == model::ReplicaIdentity::full) {
    identity = "FULL";
  } else if (table.replica_identity == model::ReplicaIdentity::nothing) {
    identity = "NOTHING";
  } else if (table.replica_identity == model::ReplicaIdentity::index) {
    identity = "USING INDEX " + sql::ident(table.replica_index);
    // The index, whether an index of its own or a key's.
    alter.needs.push_back(keys::relation(table.name.schema, table.replica_index));
    alter.needs.push_back(keys::constraint(table.name, table.replica_index));
  }
  alter.sql = fmt::format("ALTER TABLE {} REPLICA IDENTITY {}", name, identity);
  out.push_back(std::move(alter));
}

// Returns true when `parent` has a DEFAULT partition now: a new partition's
// rows are looked for in it, and no partition is detached concurrently.
bool has_default_partition(const model::Catalog& catalog, const model::QualifiedName& parent) {
  return std::any_of(catalog.tables.begin(), catalog.tables.end(), [&](const auto& entry) {
    return entry.second.partition_of && entry.second.partition_of->parent == parent &&
           entry.second.partition_of->bound == "DEFAULT";
  });
}

// Returns true when `parent` keeps its partitioning through the plan.
bool parent_stays(const RenderContext& context, const model::QualifiedName& parent) {
  const auto* wanted = find_table(context.desired(), parent);
  const auto* current = find_table(context.current(), parent);
  return wanted != nullptr && current != nullptr && wanted->partition_by == current->partition_by;
}

// ALTER TABLE <parent> DETACH PARTITION, for partition `table` (as it is
// now): FINALIZE when an earlier concurrent detach was interrupted,
// CONCURRENTLY when online and PostgreSQL allows it (not in a transaction,
// not beside a DEFAULT partition), otherwise under ACCESS EXCLUSIVE.
Statement detach_partition(const model::Table& table, const RenderContext& context,
                           bool may_be_concurrent, const model::QualifiedName& detached_as) {
  const auto& of = *table.partition_of;
  const bool concurrently = may_be_concurrent && !of.detach_pending && context.options().online &&
                            !has_default_partition(context.current(), of.parent);
  auto detach = statement(fmt::format("ALTER TABLE {} DETACH PARTITION {}{}", sql::name(of.parent),
                                      sql::name(table.name),
                                      of.detach_pending ? " FINALIZE"
                                      : concurrently    ? " CONCURRENTLY"
                                                        : ""),
                          phase::drop_dependents);
  detach.transactional = !(of.detach_pending || concurrently);
  detach.needs_old.push_back(keys::relation(table.name));
  detach.needs_old.push_back(keys::relation(of.parent));
  detach.creates.push_back(keys::relation(detached_as) +
                           "\x1f"
                           "detached");
  if (detach.transactional) {
    add_hazard(detach, HazardKind::access_exclusive_lock,
               fmt::format("holds ACCESS EXCLUSIVE on {} while the partition is detached",
                           model::display_name(of.parent)));
  }
  return detach;
}

void drop_table(const diff::TableChange& change, const RenderContext& context,
                std::vector<Statement>& out) {
  const auto& table = *change.before;
  // A partition whose parent stays is detached first, so that dropping it
  // holds no lock on the parent; one whose parent goes goes before it.
  if (table.partition_of && !change.recreate && parent_stays(context, table.partition_of->parent)) {
    out.push_back(detach_partition(table, context, true, table.name));
  }
  auto drop = statement("DROP TABLE " + sql::name(table.name), phase::drop_relations);
  drop.drops.push_back(keys::relation(table.name));
  if (table.partition_of) {
    drop.needs_old.push_back(keys::relation(table.partition_of->parent));
  }
  append(drop.drops, column_keys(table, table.name));
  if (table.primary_key) {
    drop.drops.push_back(keys::constraint(table.name, table.primary_key->name));
  }
  for (const auto& [name, unique] : table.uniques) {
    drop.drops.push_back(keys::constraint(table.name, name));
  }
  for (const auto& [name, check] : table.checks) {
    drop.drops.push_back(keys::constraint(table.name, name));
    append(drop.needs_old, routine_keys(check.uses));
  }
  for (const auto& [name, exclusion] : table.exclusions) {
    drop.drops.push_back(keys::constraint(table.name, name));
    drop.drops.push_back(keys::relation(table.name.schema, name));
    append(drop.needs_old, routine_keys(exclusion.uses));
  }
  for (const auto& [name, index] : table.indexes) {
    drop.drops.push_back(keys::relation(table.name.schema, name));
    append(drop.needs_old, routine_keys(index.uses));
  }
  append(drop.drops, owned_sequence_keys(context.current(), table.name, nullptr));
  drop.needs_old.push_back(keys::schema(table.name.schema));
  for (const auto& column : table.columns) {
    append(drop.needs_old, column_needs(column, context));
  }
  if (change.recreate) {
    add_hazard(drop, HazardKind::data_loss,
               "drops the table and all its rows to create it again with another partitioning "
               "(PostgreSQL cannot change a table's partitioning in place)");
  } else {
    add_hazard(drop, HazardKind::data_loss,
               table.partition_of ? "drops the partition and all its rows"
                                  : "drops the table and all its rows");
  }
  out.push_back(std::move(drop));
}

// "<column> WITH OPTIONS [NOT NULL] [DEFAULT ...]" for a new partition's
// column whose default or NOT NULL is not its parent's; nullopt otherwise.
std::optional<std::string> partition_column(const model::Table& table, const model::Column& column,
                                            const RenderContext& context) {
  const auto* parent = find_table(context.desired(), table.partition_of->parent);
  const auto* theirs = parent == nullptr ? nullptr : parent->find_column(column.name);
  if (theirs != nullptr && theirs->not_null == column.not_null &&
      theirs->default_expr == column.default_expr) {
    return std::nullopt;
  }
  std::string part = sql::ident(column.name) + " WITH OPTIONS";
  if (column.not_null) {
    part += " NOT NULL";
  }
  if (column.default_expr) {
    part += " DEFAULT " + *column.default_expr;
  }
  return part;
}

// A new partition takes its parent's defaults: those it has none of go.
void drop_parent_defaults(const model::Table& table, const RenderContext& context,
                          std::vector<Statement>& out) {
  const auto* parent = find_table(context.desired(), table.partition_of->parent);
  for (const auto& column : table.columns) {
    const auto* theirs = parent == nullptr ? nullptr : parent->find_column(column.name);
    if (theirs != nullptr && theirs->default_expr && !column.default_expr) {
      auto drop = statement(fmt::format("ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT",
                                        sql::name(table.name), sql::ident(column.name)),
                            phase::columns);
      drop.needs.push_back(keys::relation(table.name));
      out.push_back(std::move(drop));
    }
  }
}

void create_table(const model::Table& table, const RenderContext& context,
                  std::vector<Statement>& out) {
  const std::string name = sql::name(table.name);
  std::vector<std::string> parts;
  auto create = statement("", phase::tables);
  for (const auto& column : table.columns) {
    if (table.partition_of) {
      // Only what is the partition's own: its default and NOT NULL.
      if (auto part = partition_column(table, column, context)) {
        parts.push_back(std::move(*part));
      }
      append(create.needs, column_needs(column, context));
      continue;
    }
    parts.push_back(sql::column_definition(column));
    append(create.needs, column_needs(column, context));
    if (column.identity != model::Identity::none) {
      create.creates.push_back(identity_sequence_key(table.name, column.name));
    }
  }
  if (table.primary_key) {
    parts.push_back(fmt::format("CONSTRAINT {} {}", sql::ident(table.primary_key->name),
                                sql::primary_key_body(*table.primary_key)));
    create.creates.push_back(keys::constraint(table.name, table.primary_key->name));
  }
  for (const auto& [constraint_name, unique] : table.uniques) {
    parts.push_back(
        fmt::format("CONSTRAINT {} {}", sql::ident(constraint_name), sql::unique_body(unique)));
    create.creates.push_back(keys::constraint(table.name, constraint_name));
  }
  for (const auto& [constraint_name, exclusion] : table.exclusions) {
    parts.push_back(fmt::format("CONSTRAINT {} {}", sql::ident(constraint_name),
                                sql::exclusion_body(exclusion)));
    create.creates.push_back(keys::constraint(table.name, constraint_name));
    create.creates.push_back(keys::relation(table.name.schema, constraint_name));
    append(create.needs, routine_keys(exclusion.uses));
  }
  for (const auto& [constraint_name, check] : table.checks) {
    std::string part =
        fmt::format("CONSTRAINT {} {}", sql::ident(constraint_name), sql::check_body(check));
    if (check.not_valid) {
      // NOT VALID exists only for ALTER TABLE: added after, below.
      continue;
    }
    parts.push_back(std::move(part));
    create.creates.push_back(keys::constraint(table.name, constraint_name));
    append(create.needs, routine_keys(check.uses));
  }
  std::string body;
  for (const auto& part : parts) {
    body += (body.empty() ? "\n    " : ",\n    ") + part;
  }
  const char* unlogged = table.unlogged ? "UNLOGGED " : "";
  if (table.partition_of) {
    const auto& parent = table.partition_of->parent;
    create.sql =
        fmt::format("CREATE {}TABLE {} PARTITION OF {}{} {}", unlogged, name, sql::name(parent),
                    body.empty() ? "" : " (" + body + "\n)", table.partition_of->bound);
    create.needs.push_back(keys::relation(parent));
    if (parent_stays(context, parent) && has_default_partition(context.current(), parent)) {
      add_hazard(create, HazardKind::access_exclusive_lock,
                 fmt::format("holds ACCESS EXCLUSIVE on {} and its default partition while it "
                             "scans",
                             model::display_name(parent)));
      add_hazard(create, HazardKind::validation_scan,
                 fmt::format("scans the default partition of {} for rows of the new bound",
                             model::display_name(parent)));
      add_hazard(create, HazardKind::may_fail_on_existing_data,
                 "fails if the default partition holds rows of the new bound");
    }
  } else {
    create.sql =
        fmt::format("CREATE {}TABLE {} ({}{})", unlogged, name, body, body.empty() ? "" : "\n");
  }
  if (table.partition_by) {
    create.sql += " PARTITION BY " + *table.partition_by;
  }
  if (!table.storage.list.empty()) {
    create.sql += " WITH " + sql::options(table.storage);
  }
  create.creates.push_back(keys::relation(table.name));
  append(create.creates, column_keys(table, table.name));
  create.needs.push_back(keys::schema(table.name.schema));
  out.push_back(std::move(create));
  if (table.partition_of) {
    drop_parent_defaults(table, context, out);
  }
  for (const auto& column : table.columns) {
    if (column.storage) {  // PostgreSQL 15 takes no STORAGE in CREATE TABLE
      out.push_back(set_storage(table.name, column.name, column.storage));
    }
  }
  for (const auto& [constraint_name, check] : table.checks) {
    if (check.not_valid) {
      auto add = statement(fmt::format("ALTER TABLE {} ADD CONSTRAINT {} {} NOT VALID", name,
                                       sql::ident(constraint_name), sql::check_body(check)),
                           phase::constraints);
      add.needs.push_back(keys::relation(table.name));
      add.creates.push_back(keys::constraint(table.name, constraint_name));
      out.push_back(std::move(add));
    }
  }
}

// Comments on a new table's parts; constraints' and indexes' comments come
// with their own changes.
void comment_new_table(const model::Table& table, std::vector<Statement>& out) {
  const std::string name = sql::name(table.name);
  if (table.comment) {
    auto comment = statement(sql::comment("TABLE " + name, table.comment), phase::comments);
    comment.needs.push_back(keys::relation(table.name));
    out.push_back(std::move(comment));
  }
  for (const auto& column : table.columns) {
    if (column.comment) {
      auto comment =
          statement(sql::comment("COLUMN " + name + "." + sql::ident(column.name), column.comment),
                    phase::comments);
      comment.needs.push_back(keys::column(table.name, column.name));
      out.push_back(std::move(comment));
    }
  }
  for (const auto& constraint : [&] {
         std::vector<std::pair<std::string, std::optional<std::string>>> all;
         if (table.primary_key) {
           all.emplace_back(table.primary_key->name, table.primary_key->comment);
         }
         for (const auto& [n, c] : table.uniques) {
           all.emplace_back(n, c.comment);
         }
         for (const auto& [n, c] : table.checks) {
           all.emplace_back(n, c.comment);
         }
         for (const auto& [n, c] : table.exclusions) {
           all.emplace_back(n, c.comment);
         }
         return all;
       }()) {
    if (constraint.second) {
      auto comment = statement(
          sql::comment(fmt::format("CONSTRAINT {} ON {}", sql::ident(constraint.first), name),
                       constraint.second),
          phase::comments);
      comment.needs.push_back(keys::constraint(table.name, constraint.first));
      out.push_back(std::move(comment));
    }
  }
}

// DETACH and ATTACH PARTITION for a kept table whose place among the
// partitions changes: detached from its old parent (or with FINALIZE when a
// concurrent detach was interrupted), attached to its new one with its bound.
void repartition(const model::Table& before, const model::Table& table,
                 const RenderContext& context, std::vector<Statement>& out) {
  const auto& was = before.partition_of;
  const auto& is = table.partition_of;
  const bool moves = !was || !is || was->parent != is->parent || was->bound != is->bound;
  if (was && (moves || was->detach_pending)) {
    // Never CONCURRENTLY here: that leaves a CHECK copying the bound on a
    // table that stays.
    out.push_back(detach_partition(before, context, false, table.name));
  }
  if (!is || (was && !moves && !was->detach_pending)) {
    return;
  }
  auto attach = statement(fmt::format("ALTER TABLE {} ATTACH PARTITION {} {}",
                                      sql::name(is->parent), sql::name(table.name), is->bound),
                          phase::constraints);
  attach.needs.push_back(keys::relation(is->parent));
  attach.needs.push_back(keys::relation(table.name));
  if (was) {
    attach.needs.push_back(keys::relation(table.name) +
                           "\x1f"
                           "detached");
  }
  // The columns and checks the partitioned table requires, made first.
  if (const auto* parent = find_table(context.desired(), is->parent); parent != nullptr) {
    for (const auto& column : before.columns) {
      attach.needs.push_back(keys::column(table.name, column.name));
      attach.needs.push_back(
          keys::join("notnull", table.name.schema, table.name.name, column.name));
    }
    for (const auto& [name, check] : parent->checks) {
      attach.needs.push_back(keys::constraint(table.name, name));
    }
  }
  add_hazard(attach, HazardKind::validation_scan,
             "scans the table to check that its rows fit the bound (a valid CHECK constraint "
             "that implies the bound spares the scan)");
  add_hazard(attach, HazardKind::may_fail_on_existing_data, "fails if a row is outside the bound");
  if (has_default_partition(context.current(), is->parent)) {
    add_hazard(attach, HazardKind::validation_scan,
               fmt::format("scans the default partition of {} for rows of the bound",
                           model::display_name(is->parent)));
  }
  out.push_back(std::move(attach));
}

}  // namespace

void render_table(const diff::TableChange& change, const RenderContext& context,
                  std::vector<Statement>& out) {
  if (!change.after) {
    drop_table(change, context, out);
    return;
  }
  if (!change.before) {
    create_table(*change.after, context, out);
    comment_new_table(*change.after, out);
    row_security(nullptr, *change.after, context, out);
    table_options(nullptr, *change.after, out);
    return;
  }
  const auto& table = *change.after;
  const std::string name = sql::name(table.name);
  const auto& before = *change.before;
  if (before.name != table.name) {
    const auto& schema = table.name.schema;
    const std::size_t first = out.size();
    add_rename(
        before.name.name, table.name.name, context.relation_exists_now(schema, table.name.name),
        [&](const std::string& from, const std::string& to) {
          return fmt::format("ALTER TABLE {} RENAME TO {}", sql::name({schema, from}),
                             sql::ident(to));
        },
        [&](const std::string& each) { return keys::relation(schema, each); }, {}, out);
    // Views read the old name's columns: they go first.
    append(out[first].drops, column_keys(before, before.name));
  }
  if (before.comment != table.comment) {
    auto comment = statement(sql::comment("TABLE " + name, table.comment), phase::comments);
    comment.needs.push_back(keys::relation(table.name));
    out.push_back(std::move(comment));
  }
  row_security(&before, table, context, out);
  table_options(&before, table, out);
  if (before.partition_of != table.partition_of) {
    repartition(before, table, context, out);
  }
}

namespace {

// The statements of one column change, step by step in the order PostgreSQL
// needs them (the planner orders them further by their keys).
class ColumnRenderer {
 public:
  ColumnRenderer(const diff::ColumnChange& change, const RenderContext& context,
                 std::vector<Statement>& out)
      : m_change(change),
        m_context(context),
        m_out(out),
        m_table(change.of.table),
        m_table_sql(sql::name(change.of.table)) {}

  void run() {
    if (!m_change.after) {
      drop_column();
      return;
    }
    if (!m_change.before || m_change.before->generated != m_change.after->generated ||
        m_change.recreate) {
      add_column();
      return;
    }
    const auto& before = *m_change.before;
    const auto& after = *m_change.after;
    const bool type_changes = before.type != after.type || before.collation != after.collation;
    drop_old_forms(before, after, type_changes);
    if (before.name != after.name) {
      rename(before, after);
    }
    if (before.not_null && !after.not_null) {
      auto drop_not_null = statement(alter("DROP NOT NULL"), phase::columns);
      drop_not_null.needs.push_back(column_key());
      m_out.push_back(std::move(drop_not_null));
    }
    if (type_changes) {
      change_type(before, after);
    }
    if (after.default_expr &&
        (type_changes || before.default_expr != after.default_expr || m_change.reset_default)) {
      set_default(before, after, type_changes);
    }
    if (after.identity != model::Identity::none) {
      if (before.identity == model::Identity::none) {
        add_identity(after);
      } else {
        alter_identity(before, after);
      }
    }
    if (!before.not_null && after.not_null) {
      if (m_context.options().online && !m_change.of.table_is_new) {
        set_not_null_online();
      } else {
        set_not_null();
      }
    }
    storage_and_compression(before, after, type_changes);
    if (before.comment != after.comment) {
      comment_on(after.comment);
    }
  }

 private:
  // SET STORAGE and SET COMPRESSION where they differ; a new type brings its
  // own storage, so a declared one is set again after it. Neither rewrites
  // the table: they apply to values written from then on.
  void storage_and_compression(const model::Column& before, const model::Column& after,
                               bool type_changes) {
    if (before.storage != after.storage || (type_changes && after.storage)) {
      m_out.push_back(set_storage(m_table, after.name, after.storage));
    }
    if (before.compression != after.compression || (type_changes && after.compression)) {
      auto set = statement(alter("SET COMPRESSION " + after.compression.value_or("default")),
                           phase::columns);
      set.needs.push_back(column_key());
      m_out.push_back(std::move(set));
    }
  }

  [[nodiscard]] std::string column_sql() const { return sql::ident(m_change.after->name); }
  [[nodiscard]] std::string column_key() const {
    return keys::column(m_table, m_change.after->name);
  }
  [[nodiscard]] std::string not_null_key() const {
    return keys::join("notnull", m_table.schema, m_table.name, m_change.after->name);
  }
  [[nodiscard]] std::string alter(const std::string& action) const {
    return fmt::format("ALTER TABLE {} ALTER COLUMN {} {}", m_table_sql, column_sql(), action);
  }

  void comment_on(const std::optional<std::string>& text) {
    auto comment = statement(sql::comment("COLUMN " + m_table_sql + "." + column_sql(), text),
                             phase::comments);
    comment.needs.push_back(column_key());
    m_out.push_back(std::move(comment));
  }

  void drop_column() {
    const auto& column = *m_change.before;
    auto drop = statement(
        fmt::format("ALTER TABLE {} DROP COLUMN {}", m_table_sql, sql::ident(column.name)),
        phase::drop_relations);
    drop.drops.push_back(keys::column(m_table, column.name));
    append(drop.drops, owned_sequence_keys(m_context.current(), m_table, &column.name));
    append(drop.needs_old, column_needs(column, m_context));
    drop.needs.push_back(keys::relation(m_table));
    add_hazard(drop, HazardKind::data_loss, "drops the column and its values");
    m_out.push_back(std::move(drop));
  }

  // A generation expression cannot be altered: the column is dropped and
  // added again.
  void drop_for_recreate(const model::Column& before) {
    auto drop = statement(
        fmt::format("ALTER TABLE {} DROP COLUMN {}", m_table_sql, sql::ident(before.name)),
        phase::drop_relations);
    drop.drops.push_back(keys::column(m_table, before.name));
    drop.needs.push_back(keys::relation(m_table));
    // Before the columns it reads change type (PostgreSQL refuses that under it).
    if (const auto* current = m_context.current_table(m_table); current != nullptr) {
      for (const auto& other : current->columns) {
        if (other.name != before.name && !other.generated) {
          drop.needs_old.push_back(keys::column(m_table, other.name));
        }
      }
    }
    add_hazard(drop, HazardKind::data_loss, "the column is dropped and added again");
    m_out.push_back(std::move(drop));
  }

  void add_column() {
    const auto& after = *m_change.after;
    if (m_change.before) {
      drop_for_recreate(*m_change.before);
    }
    auto add = statement(
        fmt::format("ALTER TABLE {} ADD COLUMN {}", m_table_sql, sql::column_definition(after)),
        phase::columns);
    add.creates.push_back(column_key());
    if (after.identity != model::Identity::none) {
      add.creates.push_back(identity_sequence_key(m_table, after.name));
    }
    add.needs.push_back(keys::relation(m_table));
    append(add.needs, column_needs(after, m_context));
    if (after.generated) {
      if (const auto* desired_table = find_table(m_context.desired(), m_table)) {
        for (const auto& other : desired_table->columns) {
          if (other.name != after.name) {
            add.needs.push_back(keys::column(m_table, other.name));
          }
        }
      }
    }
    if (!m_change.of.table_is_new) {
      add_column_hazards(after, add);
    }
    m_out.push_back(std::move(add));
    if (after.storage) {
      m_out.push_back(set_storage(m_table, after.name, after.storage));
    }
    if (after.comment) {
      comment_on(after.comment);
    }
  }

  static void add_column_hazards(const model::Column& after, Statement& add) {
    if (after.not_null && !after.default_expr && after.identity == model::Identity::none &&
        !after.generated) {
      add_hazard(add, HazardKind::may_fail_on_existing_data,
                 "a NOT NULL column without a default fails on a table with rows");
    }
    if (after.generated || after.identity != model::Identity::none || has_volatile_default(after)) {
      add_hazard(add, HazardKind::table_rewrite,
                 "every existing row gets a computed value: the table is rewritten");
      add_hazard(add, HazardKind::access_exclusive_lock,
                 "the table is locked against reads and writes while it is rewritten");
    }
  }

  // Statements that must run on the old column, before its rename and type
  // change: its default and its identity go.
  void drop_old_forms(const model::Column& before, const model::Column& after, bool type_changes) {
    const auto old_key = keys::column(m_table, before.name);
    if (before.default_expr && (type_changes || !after.default_expr || m_change.reset_default)) {
      auto drop_default = statement(fmt::format("ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT",
                                                m_table_sql, sql::ident(before.name)),
                                    phase::drop_dependents);
      drop_default.needs_old.push_back(old_key);
      append(drop_default.needs_old, m_context.sequence_keys(*before.default_expr));
      append(drop_default.needs_old, routine_keys(before.uses));
      m_out.push_back(std::move(drop_default));
    }
    if (before.identity != model::Identity::none && after.identity == model::Identity::none) {
      auto drop_identity = statement(fmt::format("ALTER TABLE {} ALTER COLUMN {} DROP IDENTITY",
                                                 m_table_sql, sql::ident(before.name)),
                                     phase::drop_dependents);
      drop_identity.needs_old.push_back(old_key);
      const auto* current = m_context.current_table(m_table);
      drop_identity.drops.push_back(
          identity_sequence_key(current != nullptr ? current->name : m_table, before.name));
      m_out.push_back(std::move(drop_identity));
    }
  }

  void rename(const model::Column& before, const model::Column& after) {
    const auto* current = m_context.current_table(m_table);
    add_rename(
        before.name, after.name, current != nullptr && current->find_column(after.name) != nullptr,
        [&](const std::string& from, const std::string& to) {
          return fmt::format("ALTER TABLE {} RENAME COLUMN {} TO {}", m_table_sql, sql::ident(from),
                             sql::ident(to));
        },
        [&](const std::string& each) { return keys::column(m_table, each); },
        {keys::relation(m_table)}, m_out);
  }

  void change_type(const model::Column& before, const model::Column& after) {
    std::string action = "TYPE " + after.type;
    if (after.collation) {
      action += " COLLATE " + sql::collation(*after.collation);
    }
    if (needs_using(before, after)) {
      // An enum casts to nothing but text; its text casts to anything.
      const bool from_enum = m_context.is_enum(before.type);
      action += fmt::format(" USING {}::{}{}", column_sql(), from_enum ? "text::" : "", after.type);
    }
    auto change_type = statement(alter(action), phase::columns);
    change_type.drops.push_back(keys::column(m_table, before.name));
    change_type.creates.push_back(column_key());
    change_type.needs.push_back(keys::relation(m_table));
    append(change_type.needs, m_context.type_keys(after.type));
    append(change_type.needs_old, m_context.type_keys(before.type));
    if (!is_cheap_type_change(before, after)) {
      add_hazard(change_type, HazardKind::table_rewrite,
                 fmt::format("changing {} to {} rewrites the table and its indexes", before.type,
                             after.type));
      add_hazard(change_type, HazardKind::access_exclusive_lock,
                 "the table is locked against reads and writes during the rewrite");
    }
    if (!is_widening(before, after)) {
      add_hazard(
          change_type, HazardKind::may_fail_on_existing_data,
          fmt::format("existing values may not convert from {} to {}", before.type, after.type));
    }
    m_out.push_back(std::move(change_type));
  }

  void set_default(const model::Column& before, const model::Column& after, bool type_changes) {
    auto set_default = statement(alter("SET DEFAULT " + *after.default_expr), phase::columns);
    set_default.needs.push_back(column_key());
    append(set_default.needs, routine_keys(after.uses));
    append(set_default.needs, m_context.sequence_keys(*after.default_expr));
    append(set_default.needs, m_context.type_keys(after.type));
    if (before.default_expr && !type_changes && !m_change.reset_default) {
      // It replaces the old default, which holds on to its sequences until then.
      append(set_default.needs_old, m_context.sequence_keys(*before.default_expr));
    }
    m_out.push_back(std::move(set_default));
  }

  void add_identity(const model::Column& after) {
    std::string clause;
    for (const auto& each :
         sql::identity_option_list(model::normalized(after.identity_options), false)) {
      clause += (clause.empty() ? "" : " ") + each;
    }
    auto add_identity = statement(
        alter(fmt::format("ADD GENERATED {} AS IDENTITY{}",
                          after.identity == model::Identity::always ? "ALWAYS" : "BY DEFAULT",
                          clause.empty() ? "" : " (" + clause + ")")),
        phase::columns);
    add_identity.needs.push_back(column_key());
    add_identity.needs.push_back(not_null_key());
    add_identity.creates.push_back(identity_sequence_key(m_table, after.name));
    m_out.push_back(std::move(add_identity));
  }

  void alter_identity(const model::Column& before, const model::Column& after) {
    const auto options = model::normalized(after.identity_options);
    std::string actions;
    if (before.identity != after.identity) {
      actions += after.identity == model::Identity::always ? " SET GENERATED ALWAYS"
                                                           : " SET GENERATED BY DEFAULT";
    }
    // The sequence's type follows the column's (a type change sees to it,
    // bounds at their defaults included): compare the rest under the new type.
    auto before_options = before.identity_options;
    before_options.data_type = options.data_type;
    const bool options_change = !(model::normalized(before_options) == options);
    if (options_change) {
      // ALTER COLUMN takes each sequence option after its own SET.
      for (const auto& clause : sql::identity_option_list(options, true)) {
        actions += " SET " + clause;
      }
    }
    if (actions.empty()) {
      return;
    }
    auto alter_identity = statement(alter(actions.substr(1)), phase::columns);
    if (options_change) {
      restart_if_out_of_bounds(before_options, options, alter_identity);
    }
    alter_identity.needs.push_back(column_key());
    m_out.push_back(std::move(alter_identity));
  }

  // A validated CHECK lets SET NOT NULL skip its scan under the heavy lock.
  void set_not_null_online() {
    const auto& after = *m_change.after;
    const std::string check_name =
        "tenantctl_nn_" + sql::short_hash(m_table.schema + "." + m_table.name + "." + after.name);
    const auto check_key = keys::constraint(m_table, check_name);
    auto add_check = statement(fmt::format("ALTER TABLE {} ADD CONSTRAINT {} CHECK ({} IS NOT "
                                           "NULL) NOT VALID",
                                           m_table_sql, sql::ident(check_name), column_sql()),
                               phase::constraints);
    add_check.needs.push_back(column_key());
    add_check.creates.push_back(check_key);
    m_out.push_back(std::move(add_check));
    auto validate = statement(
        fmt::format("ALTER TABLE {} VALIDATE CONSTRAINT {}", m_table_sql, sql::ident(check_name)),
        phase::constraints);
    validate.needs.push_back(check_key);
    validate.creates.push_back(check_key + "\x1fvalid");
    add_hazard(validate, HazardKind::validation_scan, "reads every row to check for NULLs");
    add_hazard(validate, HazardKind::may_fail_on_existing_data, "fails if a row holds NULL");
    m_out.push_back(std::move(validate));
    auto set_not_null = statement(alter("SET NOT NULL"), phase::constraints);
    set_not_null.needs.push_back(check_key + "\x1fvalid");
    set_not_null.creates.push_back(not_null_key());
    m_out.push_back(std::move(set_not_null));
    auto drop_check = statement(
        fmt::format("ALTER TABLE {} DROP CONSTRAINT {}", m_table_sql, sql::ident(check_name)),
        phase::constraints);
    drop_check.needs.push_back(not_null_key());
    m_out.push_back(std::move(drop_check));
  }

  void set_not_null() {
    auto set_not_null = statement(alter("SET NOT NULL"), phase::constraints);
    set_not_null.needs.push_back(column_key());
    set_not_null.creates.push_back(not_null_key());
    if (!m_change.of.table_is_new) {
      add_hazard(set_not_null, HazardKind::validation_scan, "reads every row to check for NULLs");
      add_hazard(set_not_null, HazardKind::access_exclusive_lock,
                 "holds an ACCESS EXCLUSIVE lock during the scan");
      add_hazard(set_not_null, HazardKind::may_fail_on_existing_data, "fails if a row holds NULL");
    }
    m_out.push_back(std::move(set_not_null));
  }

  const diff::ColumnChange& m_change;
  const RenderContext& m_context;
  std::vector<Statement>& m_out;
  const model::QualifiedName& m_table;
  std::string m_table_sql;
};

}  // namespace

void render_column(const diff::ColumnChange& change, const RenderContext& context,
                   std::vector<Statement>& out) {
  const std::size_t first = out.size();
  ColumnRenderer(change, context, out).run();
  // PostgreSQL carries a parent's column changes down to its partitions: a
  // partition's own default or NOT NULL is set after its parent's change.
  const auto& name = change.after ? change.after->name : change.before->name;
  const auto* table = find_table(context.desired(), change.of.table);
  for (std::size_t i = first; i < out.size(); ++i) {
    out[i].creates.push_back(
        keys::join("partitioned column", change.of.table.schema, change.of.table.name, name));
    if (table != nullptr && table->partition_of) {
      const auto& parent = table->partition_of->parent;
      out[i].needs.push_back(keys::join("partitioned column", parent.schema, parent.name, name));
    }
  }
}

}  // namespace ddl::detail
