#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/command.hpp"
#include "cli/fleet_support.hpp"
#include "cli/options.hpp"
#include "crypto/secrets.hpp"
#include "fleet/connect.hpp"
#include "fleet/parallel.hpp"
#include "fleet/targets.hpp"
#include "introspect/reader.hpp"
#include "manifest/config.hpp"
#include "manifest/writer.hpp"
#include "model/placeholders.hpp"
#include "pg/session.hpp"
#include "report/fleet_report.hpp"

namespace cli {
namespace {

struct InspectOptions {
  std::string url;
  std::string tenant;
  std::string config;
  std::string out;
  bool owners = false;
  // --all --group: how many distinct schemas the fleet has, and who holds each.
  bool all = false;
  bool group = false;
  std::string shard;
  int concurrency = 0;
  std::string format;  // "" (text) unless given
};

std::unique_ptr<Options> inspect_options(InspectOptions& values) {
  auto options = std::make_unique<Options>(
      "inspect",
      "Reads the schema of one database and writes it as canonical TOML (docs/schema-format.md).");
  options->add("--url", values.url,
               "Database to read: a libpq URL or key=value string "
               "(postgresql://user@host:port/db, ?host=/socket/dir works too)");
  options->add("--tenant", values.tenant,
               "A registry tenant (slug or id) to read instead; its own role names are written "
               "as {{tenant.db_user}} and {{tenant.slug}}");
  options->add("--config", values.config, "tenantctl.toml to read (default: ./tenantctl.toml)");
  options->add("--out", values.out, "Write the TOML to this file instead of stdout");
  options->add_flag("--owners", values.owners,
                    "Write each object's owner (owner = \"role\"), so that the schema manages "
                    "owners; without it owners are left out and not managed");
  options->add_flag("--all", values.all,
                    "With --group: every ACTIVE registry tenant (--shard K/N splits them)");
  options->add_flag("--group", values.group,
                    "With --all: read every tenant and say how many distinct schemas the fleet "
                    "really has, and which tenants hold each (their own role names as "
                    "placeholders, so tenants of one schema group together)");
  options->add("--shard", values.shard, "With --all: this machine's part K/N of the fleet");
  options->add_count("--concurrency", values.concurrency,
                     "With --all: tenants at a time (default: [defaults] concurrency, 8)", 1);
  options->add("--format", values.format, "With --group: text (default) or json");
  return options;
}

base::Result<void> write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    return {};
  }
  const std::string partial = path + ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) {
      return base::Error(fmt::format("cannot write '{}'", partial))
          .with_hint("check that the directory exists and is writable");
    }
  }
  // Rename so that a failed run never leaves a half-written file at `path`.
  if (std::rename(partial.c_str(), path.c_str()) != 0) {
    std::remove(partial.c_str());
    return base::Error(fmt::format("cannot write '{}'", path))
        .with_hint("check that the directory exists and is writable");
  }
  return {};
}

// The role names `catalog` holds as the schema writes them for any tenant:
// the tenant's login role, and its slug standing alone between
// non-alphanumeric characters, as placeholders ("acme_user_ro" for login
// acme_user is "{{tenant.db_user}}_ro").
std::map<std::string, std::string> placeholder_names(const model::Catalog& catalog,
                                                     const model::TenantNames& names) {
  const auto alone_at = [](const std::string& text, std::size_t at, std::size_t size) {
    const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    return (at == 0 || !word(text[at - 1])) && (at + size == text.size() || !word(text[at + size]));
  };
  std::map<std::string, std::string> out;
  for (const auto& role : model::named_roles(catalog)) {
    std::string written = role;
    if (!names.db_user.empty() && role.find(names.db_user) != std::string::npos) {
      for (auto at = written.find(names.db_user); at != std::string::npos;
           at = written.find(names.db_user, at + model::k_db_user_placeholder.size())) {
        written.replace(at, names.db_user.size(), model::k_db_user_placeholder);
      }
    } else if (!names.slug.empty()) {
      for (auto at = written.find(names.slug); at != std::string::npos;
           at = written.find(names.slug, at + 1)) {
        if (alone_at(written, at, names.slug.size())) {
          written.replace(at, names.slug.size(), model::k_slug_placeholder);
        }
      }
    }
    if (written != role) {
      out[role] = written;
    }
  }
  return out;
}

struct Source {
  std::optional<pg::Session> session;
  std::string conninfo;  // for the helper connections (may hold a password)
  std::optional<model::TenantNames> names;
};

// Connects to --url, or to --tenant through the registry.
base::Result<Source> open_source(const InspectOptions& values) {
  if (values.url.empty() == values.tenant.empty()) {
    return base::Error("inspect reads one database: give --url or --tenant",
                       base::ErrorKind::usage);
  }
  Source source;
  if (!values.url.empty()) {
    source.conninfo = values.url;
  } else {
    auto config = manifest::load_config(
        values.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(values.config));
    if (!config) {
      return config.error();
    }
    auto selected = select_targets(fleet::TargetOptions{.tenants = {values.tenant}}, *config);
    if (!selected) {
      return selected.error();
    }
    const auto& target = selected->targets.front();
    auto made = fleet::target_conninfo(target, selected->key ? &*selected->key : nullptr,
                                       config->connect_timeout);
    if (!made) {
      return made.error();
    }
    source.conninfo = std::string(made->view());
    source.names = model::TenantNames{target.tenant->username, target.tenant->slug};
  }
  auto session = pg::Session::open(source.conninfo);
  if (!session) {
    return session.error();
  }
  source.session = std::move(*session);
  return source;
}

}  // namespace

// The schema one tenant holds, as the TOML inspect writes for it (owners
// only with --owners; its own role names as placeholders).
base::Result<std::string> tenant_schema(const fleet::Target& target,
                                        const crypto::EncryptionKey* key,
                                        const manifest::Config& config, bool owners) {
  auto made = fleet::target_conninfo(target, key, config.connect_timeout);
  if (!made) {
    return made.error();
  }
  auto session = pg::Session::open(made->view());
  if (!session) {
    return session.error();
  }
  auto catalog = introspect::read_catalog(*session);
  if (!catalog) {
    return catalog.error();
  }
  if (!owners) {
    catalog->owners.clear();
  }
  if (target.tenant) {
    model::rename_roles(
        *catalog, placeholder_names(
                      *catalog, model::TenantNames{target.tenant->username, target.tenant->slug}));
  }
  return manifest::write_toml(*catalog);
}

// inspect --all --group: every tenant read, grouped by the schema it holds.
base::Result<ExitCode> group_fleet(const InspectOptions& values) {
  if (!values.all || !values.group || !values.url.empty() || !values.tenant.empty() ||
      !values.out.empty()) {
    return base::Error("inspect --all goes with --group (and not with --url, --tenant or --out)",
                       base::ErrorKind::usage)
        .with_hint(
            "tenantctl inspect --all --group says how many distinct schemas the fleet "
            "has; tenantctl inspect --tenant SLUG writes one of them");
  }
  if (!values.format.empty() && values.format != "text" && values.format != "json") {
    return base::Error(fmt::format("unknown --format '{}'", values.format), base::ErrorKind::usage)
        .with_hint("formats: text, json");
  }
  auto config = manifest::load_config(
      values.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(values.config));
  if (!config) {
    return config.error();
  }
  fleet::TargetOptions targets_wanted{.all = true};
  if (!values.shard.empty()) {
    auto shard = fleet::parse_shard(values.shard);
    if (!shard) {
      return shard.error();
    }
    targets_wanted.shard = *shard;
  }
  auto selected = select_targets(targets_wanted, *config);
  if (!selected) {
    return selected.error();
  }
  const auto& targets = selected->targets;
  std::vector<report::SchemaOfTenant> found(targets.size());
  fleet::for_each_bounded(
      0, targets.size(), values.concurrency > 0 ? values.concurrency : config->concurrency,
      [] { return true; },
      [&](std::size_t index) {
        found[index].label = targets[index].label;
        auto schema = tenant_schema(targets[index], selected->key ? &*selected->key : nullptr,
                                    *config, values.owners);
        if (schema) {
          found[index].fingerprint = crypto::sha256_hex(*schema);
        } else {
          found[index].error = schema.error().message();
        }
      },
      [](std::size_t) {});
  std::cout << (values.format == "json" ? report::schema_groups_json(found)
                                        : report::schema_groups_text(found));
  const bool failed = std::any_of(found.begin(), found.end(),
                                  [](const auto& tenant) { return !tenant.error.empty(); });
  return failed ? ExitCode::failed : ExitCode::ok;
}

base::Result<ExitCode> run_inspect(Args args) {
  InspectOptions values;
  auto options = inspect_options(values);
  auto proceed = options->parse(args);
  if (!proceed) {
    return proceed.error();
  }
  if (!*proceed) {
    return ExitCode::ok;
  }
  if (values.all || values.group) {
    return group_fleet(values);
  }
  // One database: the options of --all --group would be ignored; say so.
  for (const auto& [given, name] : {std::pair{!values.shard.empty(), "--shard"},
                                    std::pair{values.concurrency > 0, "--concurrency"},
                                    std::pair{!values.format.empty(), "--format"}}) {
    if (given) {
      return base::Error(fmt::format("inspect: {} goes with --all --group", name),
                         base::ErrorKind::usage)
          .with_hint(
              "one database is written as TOML (--out FILE); tenantctl inspect --all "
              "--group [--shard K/N] [--concurrency N] [--format json] reads the fleet");
    }
  }
  auto source = open_source(values);
  if (!source) {
    return source.error();
  }
  auto& session = source->session;
  // One database: read a large catalog over up to three connections at once.
  auto catalog = introspect::read_catalog(
      *session, introspect::ReadOptions{
                    .extra_connections = introspect::extra_connections_for(source->conninfo),
                    .conninfo = source->conninfo});
  if (!catalog) {
    return catalog.error().with_context(session->display_name());
  }
  if (!values.owners) {
    catalog->owners.clear();
  }
  if (source->names) {
    model::rename_roles(*catalog, placeholder_names(*catalog, *source->names));
  }
  if (auto written = write_output(values.out, manifest::write_toml(*catalog)); !written) {
    return written.error();
  }
  // The TOML leaves these out; say so, so that nothing disappears silently.
  for (const auto& object : catalog->unmanaged) {
    std::cerr << "tenantctl: note: not managed yet, left out: " << object.kind << ' '
              << object.identity << '\n';
  }
  return ExitCode::ok;
}

void help_inspect() {
  InspectOptions values;
  inspect_options(values)->print_help();
}

}  // namespace cli
