// The collation kind in TOML (part of tenantctl_manifest):
//
//   [collation.<schema>.<name>]
//   provider = "icu"                    (icu or libc; default libc)
//   locale = "und-u-ks-level2"          (icu; for libc, sets both below)
//   lc_collate = "C", lc_ctype = "C"    (libc)
//   deterministic = false               (optional; default true)
//   comment = "..."                     (optional)
#include <fmt/format.h>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

void read_collation(FileContext& file, const model::QualifiedName& name, const toml::table& node) {
  const std::string what = "collation " + model::display_name(name);
  Fields fields(file, node, what);
  model::Collation collation{.name = name, .source = source_ref(file, node)};
  collation.provider = fields.choice("provider", {"libc", "icu"}).value_or("libc");
  const auto locale = fields.string("locale");
  collation.lc_collate = fields.string("lc_collate").value_or("");
  collation.lc_ctype = fields.string("lc_ctype").value_or("");
  if (collation.provider == "icu") {
    collation.locale = locale.value_or("");
    if (!locale) {
      fields.problem(fields.position(), "locale: missing (an ICU collation needs one)");
    }
    if (!collation.lc_collate.empty() || !collation.lc_ctype.empty()) {
      fields.problem(fields.position_of("lc_collate"),
                     "lc_collate, lc_ctype: only for provider = \"libc\"");
    }
  } else {
    if (locale) {
      collation.lc_collate = collation.lc_collate.empty() ? *locale : collation.lc_collate;
      collation.lc_ctype = collation.lc_ctype.empty() ? *locale : collation.lc_ctype;
    }
    if (collation.lc_collate.empty() || collation.lc_ctype.empty()) {
      fields.problem(fields.position(),
                     "locale, or lc_collate and lc_ctype: missing (a libc collation needs them)");
    }
  }
  collation.deterministic = fields.boolean("deterministic").value_or(true);
  collation.comment = fields.string("comment");
  fields.finish();
  if (add_object(file, file.catalog().collations, name, std::move(collation), what,
                 fields.position())) {
    file.state().declared.push_back({name, what, fields.position()});
  }
}

}  // namespace

void read_kind(model::KindTag<model::Collation> /*kind*/, FileContext& file, Fields& root) {
  read_two_level(file, root.table("collation"), "collation", read_collation);
}

void write_kind(model::KindTag<model::Collation> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [name, collation] : catalog.collations) {
    WriteFields fields;
    fields.text("provider", collation.provider);
    if (collation.provider == "icu") {
      fields.text("locale", collation.locale);
    } else if (collation.lc_collate == collation.lc_ctype) {
      fields.text("locale", collation.lc_collate);
    } else {
      fields.text("lc_collate", collation.lc_collate);
      fields.text("lc_ctype", collation.lc_ctype);
    }
    if (!collation.deterministic) {
      fields.raw("deterministic", "false");
    }
    long_text(fields, "comment", collation.comment);
    section(out, fmt::format("[{}]", path("collation", name)), fields);
  }
}

}  // namespace manifest::detail
