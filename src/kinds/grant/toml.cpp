// The grant kind in TOML (part of tenantctl_manifest): the privileges roles
// other than an object's owner hold on it, by grantee.
//
//   [grant.database]                               (the tenant's database)
//   [grant.schema.<schema>]
//   [grant.table.<schema>.<table>]                 (tables and views)
//   [grant.sequence.<schema>.<sequence>]
//   [grant.column.<schema>.<table>.<column>]
//   [grant.routine.<schema>."<name>(<types>)"]     (functions, procedures,
//                                                   aggregates)
//   [grant.type.<schema>.<type>]
//   <role> = ["select", "insert with grant option", ...]
//   public = [...]                                 (PUBLIC)
//
// An object without a [grant...] table has what PostgreSQL gives a new one,
// except the database: its privileges (which tenant provisioning sets) are
// left alone unless [grant.database] is declared.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

#include "manifest/reader_internal.hpp"
#include "manifest/toml_text.hpp"
#include "manifest/writer_internal.hpp"

namespace manifest::detail {
namespace {

constexpr std::string_view k_grant_option = " with grant option";

struct OnKind {
  model::GrantOn on;
  int depth;  // name parts under [grant.<on>]
  std::vector<std::string> privileges;
};

const std::array<OnKind, 7>& on_kinds() {
  static const std::array<OnKind, 7> kinds = {{
      {model::GrantOn::database, 0, {"connect", "create", "temporary"}},
      {model::GrantOn::schema, 1, {"create", "usage"}},
      {model::GrantOn::table,
       2,
       {"delete", "insert", "references", "select", "trigger", "truncate", "update"}},
      {model::GrantOn::sequence, 2, {"select", "update", "usage"}},
      {model::GrantOn::column, 3, {"insert", "references", "select", "update"}},
      {model::GrantOn::routine, 2, {"execute"}},
      {model::GrantOn::type, 2, {"usage"}},
  }};
  return kinds;
}

}  // namespace

std::vector<std::string> read_privilege_list(Fields& fields, const std::string& grantee,
                                             std::string_view of_what,
                                             const std::vector<std::string>& allowed) {
  std::set<std::string> out;
  std::set<std::string> seen;
  const auto listed = fields.strings(grantee).value_or(std::vector<std::string>{});
  for (std::size_t i = 0; i < listed.size(); ++i) {
    std::string word = listed[i];
    const bool grantable = word.ends_with(k_grant_option);
    if (grantable) {
      word.resize(word.size() - k_grant_option.size());
    }
    std::vector<std::string> words{word};
    if (word == "all") {
      words = allowed;
    } else if (std::find(allowed.begin(), allowed.end(), word) == allowed.end()) {
      fields.problem(fields.element_position(grantee, i),
                     fmt::format("{}: {} is not a privilege of {} (one of: {}, all; each may "
                                 "end in \"with grant option\")",
                                 toml_key(grantee), toml_string(listed[i]), of_what,
                                 fmt::join(allowed, ", ")));
      continue;
    }
    for (const auto& each : words) {
      if (!seen.insert(each).second) {
        fields.problem(fields.element_position(grantee, i),
                       fmt::format("{}: {} is listed twice", toml_key(grantee), toml_string(each)));
        continue;
      }
      out.insert(grantable ? each + std::string(k_grant_option) : each);
    }
  }
  return {out.begin(), out.end()};
}

namespace {

void read_grant(FileContext& file, const OnKind& kind, const model::GrantTarget& target,
                const toml::table& node) {
  const std::string what = "grants on " + model::display_target(target);
  Fields fields(file, node, what);
  model::Grant grant{.name = target, .source = source_ref(file, node)};
  for (auto&& [key, value] : node) {
    const std::string grantee(key.str());
    check_identifier(file, file.position(key.source()), "role name", grantee);
    auto privileges = read_privilege_list(
        fields, grantee, fmt::format("a {}", model::grant_on_name(kind.on)), kind.privileges);
    if (!privileges.empty()) {
      grant.privileges[grantee] = std::move(privileges);
    }
  }
  fields.finish();
  // What a new object has anyway is no grant of its own (canonical form);
  // the database's privileges are managed only where the schema declares
  // them, so [grant.database] stays even when it says the default.
  if (target.on != model::GrantOn::database && grant.privileges == model::default_grants(target)) {
    return;
  }
  add_object(file, file.catalog().grants, target, std::move(grant), what, fields.position());
}

// Walks `depth` more levels of name parts below `node`, then reads the grant.
void read_level(FileContext& file, const OnKind& kind, const toml::table& node,
                std::vector<std::string> parts, const std::string& path) {
  if (static_cast<int>(parts.size()) == kind.depth) {
    model::GrantTarget target{.on = kind.on};
    if (kind.depth == 1) {
      target.name = {"", parts[0]};
    } else if (kind.depth >= 2) {
      target.name = {parts[0], parts[1]};
    }
    if (kind.depth == 3) {
      target.column = parts[2];
    }
    read_grant(file, kind, target, node);
    return;
  }
  for (auto&& [key, value] : node) {
    const std::string part(key.str());
    const std::string here = path + "." + toml_key(part);
    const auto* table = value.as_table();
    if (table == nullptr) {
      report_not_a_table(file, value, here,
                         fmt::format("[grant.{}...]", model::grant_on_name(kind.on)));
      continue;
    }
    if (parts.empty() && kind.depth >= 2) {
      check_schema_name(file, file.position(key.source()), part);
    }
    auto next = parts;
    next.push_back(part);
    read_level(file, kind, *table, std::move(next), here);
  }
}

}  // namespace

void read_kind(model::KindTag<model::Grant> /*kind*/, FileContext& file, Fields& root) {
  const auto* grants = root.table("grant");
  if (grants == nullptr) {
    return;
  }
  for (auto&& [key, value] : *grants) {
    const std::string on(key.str());
    const auto found = std::find_if(on_kinds().begin(), on_kinds().end(), [&](const OnKind& each) {
      return on == model::grant_on_name(each.on);
    });
    const auto* table = value.as_table();
    if (found == on_kinds().end() || table == nullptr) {
      file.problem(file.position(key.source()),
                   fmt::format("grant.{}: expected one of [grant.database], [grant.schema.<name>], "
                               "[grant.table|sequence|routine|type.<schema>.<name>], "
                               "[grant.column.<schema>.<table>.<column>]",
                               toml_key(on)));
      continue;
    }
    read_level(file, *found, *table, {}, "grant." + on);
  }
}

void write_kind(model::KindTag<model::Grant> /*kind*/, const model::Catalog& catalog,
                std::string& out) {
  for (const auto& [target, grant] : catalog.grants) {
    WriteFields fields;
    for (const auto& [grantee, privileges] : grant.privileges) {
      fields.names(toml_key(grantee), privileges);
    }
    // A default grantee left out is written empty: PostgreSQL's default revoked.
    for (const auto& [grantee, privileges] : model::default_grants(target)) {
      if (!grant.privileges.contains(grantee)) {
        fields.names(toml_key(grantee), {});
      }
    }
    std::string header = "[grant." + std::string(model::grant_on_name(target.on));
    if (target.on == model::GrantOn::schema) {
      header += "." + toml_key(target.name.name);
    } else if (target.on != model::GrantOn::database) {
      header += "." + toml_key(target.name.schema) + "." + toml_key(target.name.name);
    }
    if (target.on == model::GrantOn::column) {
      header += "." + toml_key(target.column);
    }
    section(out, header + "]", fields);
  }
}

}  // namespace manifest::detail
