// The domain kind in TOML (part of tenantctl_manifest):
//
//   [domain.<schema>.<name>]
//   type = "text"                 (the base type)
//   collation = "C"               (optional)
//   default = "''"                (optional: an SQL expression)
//   not_null = true               (optional)
//   comment = "..."               (optional)
//   owner = "role"                (optional; absent: not managed)
//
//   [domain.<schema>.<name>.check.<constraint>]
//   expression = "VALUE > 0"
//   not_valid = true              (optional)
//   renamed_from = "old_name"     (optional)
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

void read_domain(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "domain " + model::display_name(name);
  Fields fields(file, node, what);
  model::Domain domain{.name = name,
                       .type = fields.required_string("type").value_or(""),
                       .collation = fields.string("collation"),
                       .default_expr = fields.string("default"),
                       .not_null = fields.flag("not_null"),
                       .comment = fields.string("comment"),
                       .source = source_ref(file, node)};
  for_each_named_table(
      file, fields, "check", "check constraint", what,
      [&](const std::string& check_name, const toml::table& check_node,
          const std::string& check_what) {
        Fields check(file, check_node, check_what);
        domain.checks.emplace(
            check_name,
            model::DomainCheck{.name = check_name,
                               .expression = check.required_string("expression").value_or(""),
                               .not_valid = check.flag("not_valid"),
                               .renamed_from = check.string("renamed_from")});
        check.finish();
      });
  read_owner(fields, {.on = model::GrantOn::type, .name = name});
  fields.finish();
  if (add_object(file, file.catalog().domains, name, std::move(domain), what, fields.position())) {
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace

void read_kind(model::KindTag<model::Domain> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("domain"), "domain", read_domain);
}

void write_kind(model::KindTag<model::Domain> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, domain] : catalog.domains) {
    WriteFields fields;
    fields.text("type", domain.type);
    if (domain.collation) {
      fields.text("collation", *domain.collation);
    }
    long_text(fields, "default", domain.default_expr);
    fields.flag("not_null", domain.not_null);
    long_text(fields, "comment", domain.comment);
    write_owner(catalog, {.on = model::GrantOn::type, .name = name}, fields);
    const auto domain_path = path("domain", name);
    section(out, fmt::format("[{}]", domain_path), fields);
    for (const auto& [check_name, check] : domain.checks) {
      WriteFields check_fields;
      long_text(check_fields, "expression", check.expression);
      check_fields.flag("not_valid", check.not_valid);
      section(out, fmt::format("[{}.check.{}]", domain_path, toml_key(check_name)), check_fields);
    }
  }
}

}  // namespace manifest::detail
