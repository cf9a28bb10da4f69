// The routine kind in TOML (part of tenantctl_manifest):
//
//   [function.<schema>."<name>(<argument types>)"]
//   definition = """CREATE OR REPLACE FUNCTION ..."""
//   comment = "..."            (optional)
//   renamed_from = "old_name"  (optional: the same arguments, another name)
//   owner = "role"             (optional; absent: not managed)
//
// and the same under [procedure.*] and [aggregate.*]. The key is the
// routine's identity as PostgreSQL prints it (argument types as
// pg_catalog.oidvectortypes() spells them); reconcile/ checks it against
// what PostgreSQL makes of the definition.
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

constexpr std::array<model::RoutineKind, 3> k_routine_kinds = {
    model::RoutineKind::function, model::RoutineKind::procedure, model::RoutineKind::aggregate};

// "name(types)" with a name before the parenthesis: the shape of a routine
// key. Returns the name, or "" when `key` does not have that shape.
std::string bare_name_of(const std::string& key) {
  const auto arguments = model::signature_arguments(key);
  return arguments.empty() ? std::string() : key.substr(0, key.size() - arguments.size());
}

void read_routine(FileContext& file, model::RoutineKind kind, const model::QualifiedName& name,
                  const toml::table& node) {
  const std::string keyword = model::routine_keyword(kind);
  const std::string what = keyword + " " + name.schema + "." + name.name;
  Fields fields(file, node, what);
  model::Routine routine;
  routine.name = name;
  routine.kind = kind;
  routine.bare_name = bare_name_of(name.name);
  routine.definition = fields.required_string("definition").value_or("");
  routine.comment = fields.string("comment");
  routine.renamed_from = fields.string("renamed_from");
  routine.source = {file.where(file.position(node))};
  if (routine.bare_name.empty()) {
    fields.problem(fields.position(),
                   fmt::format("the key {} is not a signature: write the name and the argument "
                               "types, as in \"{}(integer, text)\" or \"{}()\"",
                               toml_key(name.name), keyword, keyword));
  } else {
    check_identifier(file, fields.position(), keyword + " name", routine.bare_name);
  }
  if (routine.renamed_from) {
    check_identifier(file, fields.position_of("renamed_from"), "renamed_from",
                     *routine.renamed_from);
  }
  read_owner(fields, {.on = model::GrantOn::routine, .name = name});
  fields.finish();
  add_object(file, file.catalog().routines, name, std::move(routine), what, fields.position());
}

void read_function(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  read_routine(file, model::RoutineKind::function, name, node);
}
void read_procedure(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  read_routine(file, model::RoutineKind::procedure, name, node);
}
void read_aggregate(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  read_routine(file, model::RoutineKind::aggregate, name, node);
}

}  // namespace

void read_kind(model::KindTag<model::Routine> /*kind*/, FileContext& file, Fields& root) {
  // Keys are signatures ("f(integer)"), not identifiers: read_routine checks them.
  read_two_level(file, root.table("function"), "function", read_function, false);
  read_two_level(file, root.table("procedure"), "procedure", read_procedure, false);
  read_two_level(file, root.table("aggregate"), "aggregate", read_aggregate, false);
}

void write_kind(model::KindTag<model::Routine> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto kind : k_routine_kinds) {
    for (const auto& [name, routine] : catalog.routines) {
      if (routine.kind != kind) {
        continue;
      }
      WriteFields fields;
      fields.raw("definition", toml_text(routine.definition));
      long_text(fields, "comment", routine.comment);
      fields.optional_text("renamed_from", routine.renamed_from);
      write_owner(catalog, {.on = model::GrantOn::routine, .name = name}, fields);
      section(out, fmt::format("[{}]", path(model::routine_keyword(kind), name)), fields);
    }
  }
}

}  // namespace manifest::detail
