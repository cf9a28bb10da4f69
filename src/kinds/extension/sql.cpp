// The extension kind's statements (part of tenantctl_ddl).
#include <fmt/format.h>

#include "ddl/render_internal.hpp"

namespace ddl::detail {
void render_extension(const diff::ExtensionChange& change, std::vector<Statement>& out) {
  if (!change.after) {
    const auto& extension = *change.before;
    auto drop = statement("DROP EXTENSION " + sql::ident(extension.name), phase::drop_extensions);
    drop.drops.push_back(keys::extension(extension.name));
    drop.needs_old.push_back(keys::schema(extension.schema));
    add_hazard(drop, HazardKind::data_loss, "drops the extension's types, functions and data");
    add_hazard(drop, HazardKind::may_fail_on_existing_data,
               "fails while objects outside the extension use it");
    out.push_back(std::move(drop));
    return;
  }
  const auto& extension = *change.after;
  const std::string name = sql::ident(extension.name);
  if (!change.before) {
    std::string text = fmt::format("CREATE EXTENSION IF NOT EXISTS {} WITH SCHEMA {}", name,
                                   sql::ident(extension.schema));
    if (!extension.version.empty()) {
      text += " VERSION " + sql::literal(extension.version);
    }
    auto create = statement(std::move(text), phase::create_extensions);
    create.creates.push_back(keys::extension(extension.name));
    create.needs.push_back(keys::schema(extension.schema));
    out.push_back(std::move(create));
  } else {
    if (change.before->schema != extension.schema) {
      auto move = statement(
          fmt::format("ALTER EXTENSION {} SET SCHEMA {}", name, sql::ident(extension.schema)),
          phase::create_extensions);
      move.needs.push_back(keys::schema(extension.schema));
      move.creates.push_back(keys::extension(extension.name));
      out.push_back(std::move(move));
    }
    if (!extension.version.empty() && change.before->version != extension.version) {
      auto update = statement(
          fmt::format("ALTER EXTENSION {} UPDATE TO {}", name, sql::literal(extension.version)),
          phase::create_extensions);
      update.creates.push_back(keys::extension(extension.name));
      out.push_back(std::move(update));
    }
  }
  // A new extension comes with its control file's comment: without one in
  // the desired schema, that comment is removed.
  if (!change.before || change.before->comment != extension.comment) {
    auto comment = statement(sql::comment("EXTENSION " + name, extension.comment), phase::comments);
    comment.needs.push_back(keys::extension(extension.name));
    out.push_back(std::move(comment));
  }
}

}  // namespace ddl::detail
