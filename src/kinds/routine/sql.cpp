// The routine kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "base/strings.hpp"
#include "ddl/keys.hpp"
#include "ddl/render_internal.hpp"
#include "ddl/sql_text.hpp"
#include "pg/quote.hpp"

namespace ddl::detail {
namespace {

// "FUNCTION public.f(integer, text)": how DROP, ALTER and COMMENT name a
// routine, by the argument types of its identity; an aggregate by its
// identity arguments, which say "x ORDER BY y" when it is ordered-set, and
// "*" when it takes none.
std::string target(const model::Routine& routine) {
  const auto& signature = routine.name.name;
  std::string arguments = model::signature_arguments(signature);
  if (routine.kind == model::RoutineKind::aggregate) {
    if (!routine.identity_arguments.empty()) {
      arguments = "(" + routine.identity_arguments + ")";
    } else if (arguments == "()") {
      arguments = "(*)";
    }
  }
  return fmt::format("{} {}{}", model::routine_sql_keyword(routine.kind),
                     pg::quote_qualified(routine.name.schema, routine.bare_name), arguments);
}

// The definition as one statement: without the line break and semicolon
// PostgreSQL's printing ends with.
std::string create_sql(const model::Routine& routine) {
  std::string sql = routine.definition;
  while (!sql.empty() &&
         (std::isspace(static_cast<unsigned char>(sql.back())) != 0 || sql.back() == ';')) {
    sql.pop_back();
  }
  return sql;
}

}  // namespace

std::vector<std::string> routine_type_keys(const model::Routine& routine,
                                           const RenderContext& context) {
  std::vector<std::string> out;
  std::string arguments = model::signature_arguments(routine.name.name);
  arguments = arguments.size() >= 2 ? arguments.substr(1, arguments.size() - 2) : "";
  for (const auto& type : base::split(arguments, ',')) {
    append(out, context.type_keys(std::string(base::trim(type))));
  }
  for (const auto& type : context.types_mentioned(routine.result)) {
    out.push_back(type);
  }
  return out;
}

namespace {

// What creating or replacing `routine` needs: its schema, the routines it
// calls, and the relations it reads with their columns as desired (a
// SQL-standard body names them, and they may be added or renamed first).
void add_needs(const model::Routine& routine, const RenderContext& context, Statement& statement) {
  statement.needs.push_back(keys::schema(routine.name.schema));
  append(statement.needs, routine_type_keys(routine, context));
  for (const auto& read : routine.reads) {
    statement.needs.push_back(keys::relation(read));
    if (const auto* table = find_table(context.desired(), read); table != nullptr) {
      append(statement.needs, column_keys(*table, read));
    }
  }
  for (const auto& called : routine.calls) {
    statement.needs.push_back(keys::routine(called));
  }
}

void add_drop(const diff::RoutineChange& change, const RenderContext& context,
              std::vector<Statement>& out) {
  const auto& routine = *change.before;
  auto drop = statement("DROP " + target(routine), phase::drop_types);
  drop.drops.push_back(keys::routine(routine.name));
  drop.needs_old.push_back(keys::schema(routine.name.schema));
  // The types of its arguments and result go after it.
  append(drop.needs_old, routine_type_keys(routine, context));
  // What it calls (an aggregate's support functions) and reads goes after it.
  for (const auto& called : routine.calls) {
    drop.needs_old.push_back(keys::routine(called));
  }
  for (const auto& read : routine.reads) {
    drop.needs_old.push_back(keys::relation(read));
  }
  if (!change.rebuild) {
    add_hazard(
        drop, HazardKind::behavior_change,
        change.after
            ? fmt::format("drops and creates {} {}: PostgreSQL cannot replace it "
                          "in place, and calls fail in between outside this "
                          "transaction's plan",
                          model::routine_keyword(routine.kind), model::display_name(routine.name))
            : fmt::format("drops {} {}: whatever calls it fails from then on",
                          model::routine_keyword(routine.kind), model::display_name(routine.name)));
  }
  out.push_back(std::move(drop));
}

void add_create(const model::Routine& routine, const RenderContext& context,
                std::vector<Statement>& out) {
  auto create = statement(create_sql(routine), phase::types);
  create.creates.push_back(keys::routine(routine.name));
  add_needs(routine, context, create);
  out.push_back(std::move(create));
}

void add_rename(const model::Routine& before, const model::Routine& after,
                std::vector<Statement>& out) {
  auto rename = statement(
      fmt::format("ALTER {} RENAME TO {}", target(before), pg::quote_ident(after.bare_name)),
      phase::renames);
  rename.drops.push_back(keys::routine(before.name));
  rename.creates.push_back(keys::routine(after.name));
  rename.needs.push_back(keys::schema(after.name.schema));
  out.push_back(std::move(rename));
}

}  // namespace

void render_routine(const diff::RoutineChange& change, const RenderContext& context,
                    std::vector<Statement>& out) {
  if (change.before && (!change.after || change.recreate)) {
    add_drop(change, context, out);
  }
  if (!change.after) {
    return;
  }
  const auto& routine = *change.after;
  const bool created = !change.before || change.recreate;
  if (created) {
    add_create(routine, context, out);
  } else {
    if (change.before->name != routine.name) {
      add_rename(*change.before, routine, out);
    }
    if (diff::routine_body(*change.before) != diff::routine_body(routine)) {
      auto replace = statement(create_sql(routine), phase::types);
      add_needs(routine, context, replace);
      replace.needs.push_back(keys::routine(routine.name));
      // What the old definition calls (an aggregate's old support function)
      // may be dropped: only once this no longer uses it.
      for (const auto& called : change.before->calls) {
        replace.needs_old.push_back(keys::routine(called));
      }
      add_hazard(
          replace, HazardKind::behavior_change,
          fmt::format("replaces the definition of {} {}: callers see the new one",
                      model::routine_keyword(routine.kind), model::display_name(routine.name)));
      out.push_back(std::move(replace));
    }
  }
  const bool comment_changes =
      created ? routine.comment.has_value() : change.before->comment != routine.comment;
  if (comment_changes) {
    auto comment = statement(sql::comment(target(routine), routine.comment), phase::comments);
    comment.needs.push_back(keys::routine(routine.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
