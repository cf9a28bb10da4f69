// The table kind's keys and checks as statements (part of tenantctl_ddl):
// primary keys, unique constraints, foreign keys and checks.

#include <fmt/format.h>

#include "ddl/render_internal.hpp"

namespace ddl::detail {
namespace {

std::string on_table(const model::QualifiedName& table) { return sql::name(table); }

Statement drop_constraint(const model::QualifiedName& table, const std::string& name,
                          const std::vector<std::string>& needs_old) {
  auto drop =
      statement(fmt::format("ALTER TABLE {} DROP CONSTRAINT {}", on_table(table), sql::ident(name)),
                phase::drop_dependents);
  drop.drops.push_back(keys::constraint(table, name));
  drop.needs.push_back(keys::relation(table));
  drop.needs_old = needs_old;
  return drop;
}

// Keys backed by an index (primary key, unique) share the schema's relation
// namespace; the others are unique per table.
void rename_constraint(const model::QualifiedName& table, const std::string& from,
                       const std::string& to, bool index_backed, const RenderContext& context,
                       std::vector<Statement>& out) {
  const auto* current = context.current_table(table);
  const bool taken = index_backed ? context.relation_exists_now(table.schema, to)
                                  : current != nullptr && (current->checks.contains(to) ||
                                                           current->foreign_keys.contains(to));
  const std::size_t first = out.size();
  add_rename(
      from, to, taken,
      [&](const std::string& old_name, const std::string& new_name) {
        return fmt::format("ALTER TABLE {} RENAME CONSTRAINT {} TO {}", on_table(table),
                           sql::ident(old_name), sql::ident(new_name));
      },
      [&](const std::string& each) {
        return index_backed ? keys::relation(table.schema, each) : keys::constraint(table, each);
      },
      {keys::relation(table)}, out);
  if (index_backed) {
    // The constraint's own key follows its index's name: the old name goes
    // with the first step of the rename, the new one comes with the last
    // (a swap goes through a temporary name).
    out[first].drops.push_back(keys::constraint(table, from));
    out.back().creates.push_back(keys::constraint(table, to));
  }
}

Statement comment_constraint(const model::QualifiedName& table, const std::string& name,
                             const std::optional<std::string>& text) {
  auto comment = statement(
      sql::comment(fmt::format("CONSTRAINT {} ON {}", sql::ident(name), on_table(table)), text),
      phase::comments);
  comment.needs.push_back(keys::constraint(table, name));
  return comment;
}

std::vector<std::string> column_keys_of(const model::QualifiedName& table,
                                        const std::vector<std::string>& columns) {
  std::vector<std::string> out;
  out.reserve(columns.size());
  for (const auto& column : columns) {
    out.push_back(keys::column(table, column));
  }
  return out;
}

std::vector<std::string> not_null_keys_of(const model::QualifiedName& table,
                                          const std::vector<std::string>& columns) {
  std::vector<std::string> out;
  out.reserve(columns.size());
  for (const auto& column : columns) {
    out.push_back(keys::join("notnull", table.schema, table.name, column));
  }
  return out;
}

// A constraint backed by an index (primary key, unique, exclusion) that
// stays: renamed, its index's storage parameters changed in place, and its
// comment.
template <class Keyed>
void alter_kept(const model::QualifiedName& table, const Keyed& before, const Keyed& after,
                const RenderContext& context, std::vector<Statement>& out) {
  if (before.name != after.name) {
    rename_constraint(table, before.name, after.name, true, context, out);
  }
  if (before.storage != after.storage) {
    auto alter = statement(fmt::format("ALTER INDEX {} {}", sql::name({table.schema, after.name}),
                                       sql::reset_and_set(before.storage, after.storage)),
                           phase::constraints);
    alter.needs.push_back(keys::constraint(table, after.name));
    out.push_back(std::move(alter));
  }
  if (before.comment != after.comment) {
    out.push_back(comment_constraint(table, after.name, after.comment));
  }
}

// Primary keys and unique constraints share their shape: an index, built
// concurrently first when online, then attached as the constraint.
template <class Key>
void render_keyed(const diff::MemberOf& of, const std::optional<Key>& before,
                  const std::optional<Key>& after, const std::string& body_before,
                  const std::string& body_after, bool same_body, bool is_primary,
                  const RenderContext& context, std::vector<Statement>& out) {
  const auto& table = of.table;
  // PostgreSQL changes no storage parameter of a partitioned index in place.
  if (before && after && same_body &&
      !(before->storage != after->storage && partitioned(context, table))) {
    alter_kept(table, *before, *after, context, out);
    return;
  }
  if (before) {
    (void)body_before;
    out.push_back(drop_constraint(table, before->name, column_keys_of(table, before->columns)));
  }
  if (!after) {
    return;
  }
  const std::string name = sql::ident(after->name);
  if (context.options().online && !of.table_is_new && !partitioned(context, table)) {
    std::string index_sql = fmt::format("CREATE UNIQUE INDEX CONCURRENTLY {} ON {} ({})", name,
                                        on_table(table), sql::ident_list(after->columns));
    if constexpr (requires { after->nulls_not_distinct; }) {
      if (after->nulls_not_distinct) {
        index_sql += " NULLS NOT DISTINCT";
      }
    }
    if (!after->storage.empty()) {
      index_sql += " WITH " + sql::options(after->storage);
    }
    auto build = statement(std::move(index_sql), phase::indexes);
    build.transactional = false;
    build.needs.push_back(keys::relation(table));
    append(build.needs, column_keys_of(table, after->columns));
    append(build.needs, not_null_keys_of(table, after->columns));
    build.creates.push_back(keys::relation(table.schema, after->name));
    add_hazard(build, HazardKind::index_build, "builds a unique index over the whole table");
    add_hazard(build, HazardKind::may_fail_on_existing_data, "fails if existing rows repeat a key");
    out.push_back(std::move(build));
    auto attach = statement(
        fmt::format("ALTER TABLE {} ADD CONSTRAINT {} {} USING INDEX {}{}", on_table(table), name,
                    is_primary ? "PRIMARY KEY" : "UNIQUE", name, sql::deferral(after->deferral)),
        phase::constraints);
    attach.needs.push_back(keys::relation(table.schema, after->name));
    attach.creates.push_back(keys::constraint(table, after->name));
    if (is_primary) {
      add_hazard(attach, HazardKind::may_fail_on_existing_data, "fails if a key column holds NULL");
    }
    out.push_back(std::move(attach));
  } else {
    auto add = statement(
        fmt::format("ALTER TABLE {} ADD CONSTRAINT {} {}", on_table(table), name, body_after),
        phase::constraints);
    add.needs.push_back(keys::relation(table));
    append(add.needs, column_keys_of(table, after->columns));
    append(add.needs, not_null_keys_of(table, after->columns));
    add.creates.push_back(keys::constraint(table, after->name));
    if (!of.table_is_new) {
      add_hazard(add, HazardKind::index_build, "builds a unique index while writes wait");
      add_hazard(add, HazardKind::access_exclusive_lock,
                 "locks the table for the whole index build");
      add_hazard(add, HazardKind::may_fail_on_existing_data, "fails if existing rows repeat a key");
    }
    out.push_back(std::move(add));
  }
  if (after->comment) {
    out.push_back(comment_constraint(table, after->name, after->comment));
  }
}

template <class Member>
bool same_body_except_name(Member a, Member b) {
  a.name = b.name;
  a.comment = b.comment;
  a.renamed_from = b.renamed_from;
  if constexpr (requires { a.storage; }) {
    a.storage = b.storage;  // changed in place
  }
  if constexpr (requires { a.not_valid; }) {
    a.not_valid = b.not_valid;
  }
  return a == b;
}

// Foreign keys and checks share their shape: added NOT VALID, then validated.
void render_validated(const diff::MemberOf& of, const std::string* before_name,
                      const std::optional<std::string>& before_comment, bool before_not_valid,
                      const std::string* after_name,
                      const std::optional<std::string>& after_comment, bool after_not_valid,
                      bool same_body, const std::string& body_after,
                      const std::vector<std::string>& needs_before,
                      const std::vector<std::string>& needs_after, const char* what,
                      const RenderContext& context, std::vector<Statement>& out) {
  const auto& table = of.table;
  // Only a drop and add again makes a validated constraint NOT VALID.
  const bool validate_only =
      before_name && after_name && same_body && !(after_not_valid && !before_not_valid);
  if (validate_only) {
    if (*before_name != *after_name) {
      rename_constraint(table, *before_name, *after_name, false, context, out);
    }
  } else {
    if (before_name) {
      out.push_back(drop_constraint(table, *before_name, needs_before));
    }
    if (!after_name) {
      return;
    }
  }
  const std::string name = sql::ident(*after_name);
  const auto key = keys::constraint(table, *after_name);
  const bool brand_new = of.table_is_new;
  // A foreign key on a partitioned table cannot be added NOT VALID.
  const bool is_foreign_key = std::string_view(what) == "foreign key";
  const bool separate_validation = !after_not_valid && context.options().online && !brand_new &&
                                   !(is_foreign_key && partitioned(context, table));
  if (!validate_only) {
    const bool add_not_valid = after_not_valid || separate_validation;
    auto add = statement(
        fmt::format("ALTER TABLE {} ADD CONSTRAINT {} {}{}", on_table(table), name, body_after,
                    add_not_valid ? " NOT VALID" : ""),
        std::string_view(what) == "foreign key" ? phase::foreign_keys : phase::constraints);
    add.needs = needs_after;
    add.creates.push_back(key);
    if (!add_not_valid && !brand_new) {
      add_hazard(add, HazardKind::validation_scan,
                 fmt::format("checks every existing row against the {}", what));
      add_hazard(add, HazardKind::access_exclusive_lock, "holds its lock for the whole scan");
      add_hazard(add, HazardKind::may_fail_on_existing_data,
                 fmt::format("fails if an existing row breaks the {}", what));
    }
    out.push_back(std::move(add));
  }
  if ((separate_validation && !validate_only) ||
      (validate_only && before_not_valid && !after_not_valid)) {
    auto validate =
        statement(fmt::format("ALTER TABLE {} VALIDATE CONSTRAINT {}", on_table(table), name),
                  phase::foreign_keys);
    validate.needs.push_back(key);
    validate.creates.push_back(key + "\x1fvalid");
    add_hazard(validate, HazardKind::validation_scan,
               fmt::format("checks every existing row against the {}", what));
    add_hazard(validate, HazardKind::may_fail_on_existing_data,
               fmt::format("fails if an existing row breaks the {}", what));
    out.push_back(std::move(validate));
  }
  if (validate_only ? before_comment != after_comment : after_comment.has_value()) {
    out.push_back(comment_constraint(table, *after_name, after_comment));
  }
}

}  // namespace

void render_primary_key(const diff::PrimaryKeyChange& change, const RenderContext& context,
                        std::vector<Statement>& out) {
  const bool same =
      change.before && change.after && same_body_except_name(*change.before, *change.after);
  render_keyed(change.of, change.before, change.after,
               change.before ? sql::primary_key_body(*change.before) : "",
               change.after ? sql::primary_key_body(*change.after) : "", same, true, context, out);
}

void render_unique(const diff::UniqueChange& change, const RenderContext& context,
                   std::vector<Statement>& out) {
  const bool same =
      change.before && change.after && same_body_except_name(*change.before, *change.after);
  render_keyed(change.of, change.before, change.after,
               change.before ? sql::unique_body(*change.before) : "",
               change.after ? sql::unique_body(*change.after) : "", same, false, context, out);
}

void render_foreign_key(const diff::ForeignKeyChange& change, const RenderContext& context,
                        std::vector<Statement>& out) {
  const auto& table = change.of.table;
  std::vector<std::string> needs_before;
  std::vector<std::string> needs_after;
  if (change.before) {
    const auto& key = *change.before;
    needs_before = column_keys_of(table, key.columns);
    needs_before.push_back(keys::relation(key.references));
    const auto referenced = referenced_constraint_key(find_table(context.current(), key.references),
                                                      key.referenced_columns);
    if (!referenced.empty()) {
      needs_before.push_back(referenced);
    }
  }
  if (change.after) {
    const auto& key = *change.after;
    needs_after = column_keys_of(table, key.columns);
    needs_after.push_back(keys::relation(table));
    needs_after.push_back(keys::relation(key.references));
    const auto referenced_columns = column_keys_of(key.references, key.referenced_columns);
    append(needs_after, referenced_columns);
    const auto referenced = referenced_constraint_key(find_table(context.desired(), key.references),
                                                      key.referenced_columns);
    if (!referenced.empty()) {
      needs_after.push_back(referenced);
    }
  }
  const bool same = change.before && change.after && !change.rebuild &&
                    same_body_except_name(*change.before, *change.after);
  render_validated(
      change.of, change.before ? &change.before->name : nullptr,
      change.before ? change.before->comment : std::nullopt,
      change.before && change.before->not_valid, change.after ? &change.after->name : nullptr,
      change.after ? change.after->comment : std::nullopt, change.after && change.after->not_valid,
      same, change.after ? sql::foreign_key_body(*change.after) : "", needs_before, needs_after,
      "foreign key", context, out);
}

// An exclusion constraint: added with its index under ACCESS EXCLUSIVE
// (PostgreSQL builds none concurrently for it); its storage parameters
// change in place on its index, its name and comment as any constraint's.
void render_exclusion(const diff::ExclusionChange& change, const RenderContext& context,
                      std::vector<Statement>& out) {
  const auto& table = change.of.table;
  const auto& before = change.before;
  const auto& after = change.after;
  if (before && after && !change.rebuild && same_body_except_name(*before, *after)) {
    alter_kept(table, *before, *after, context, out);
    return;
  }
  if (before) {
    auto drop = drop_constraint(table, before->name, routine_keys(before->uses));
    drop.drops.push_back(keys::relation(table.schema, before->name));
    if (const auto* current = find_table(context.current(), table); current != nullptr) {
      append(drop.needs_old, column_keys(*current, table));
    }
    out.push_back(std::move(drop));
  }
  if (!after) {
    return;
  }
  auto add = statement(fmt::format("ALTER TABLE {} ADD CONSTRAINT {} {}", on_table(table),
                                   sql::ident(after->name), sql::exclusion_body(*after)),
                       phase::constraints);
  add.needs.push_back(keys::relation(table));
  if (const auto* desired = find_table(context.desired(), table); desired != nullptr) {
    append(add.needs, column_keys(*desired, table));
  }
  append(add.needs, routine_keys(after->uses));
  add.creates.push_back(keys::constraint(table, after->name));
  add.creates.push_back(keys::relation(table.schema, after->name));
  if (!change.of.table_is_new) {
    add_hazard(add, HazardKind::index_build, "builds the constraint's index while writes wait");
    add_hazard(add, HazardKind::access_exclusive_lock, "locks the table for the whole index build");
    add_hazard(add, HazardKind::may_fail_on_existing_data,
               "fails if existing rows conflict with each other");
  }
  out.push_back(std::move(add));
  if (after->comment) {
    out.push_back(comment_constraint(table, after->name, after->comment));
  }
}

void render_check(const diff::CheckChange& change, const RenderContext& context,
                  std::vector<Statement>& out) {
  const auto& table = change.of.table;
  std::vector<std::string> needs_before;
  std::vector<std::string> needs_after{keys::relation(table)};
  if (const auto* current = find_table(context.current(), table); current != nullptr) {
    needs_before = column_keys(*current, table);
  }
  if (const auto* desired = find_table(context.desired(), table); desired != nullptr) {
    append(needs_after, column_keys(*desired, table));
  }
  if (change.before) {
    append(needs_before, routine_keys(change.before->uses));
  }
  if (change.after) {
    append(needs_after, routine_keys(change.after->uses));
  }
  const bool same = change.before && change.after && !change.rebuild &&
                    same_body_except_name(*change.before, *change.after);
  render_validated(
      change.of, change.before ? &change.before->name : nullptr,
      change.before ? change.before->comment : std::nullopt,
      change.before && change.before->not_valid, change.after ? &change.after->name : nullptr,
      change.after ? change.after->comment : std::nullopt, change.after && change.after->not_valid,
      same, change.after ? sql::check_body(*change.after) : "", needs_before, needs_after,
      "check constraint", context, out);
}

}  // namespace ddl::detail
