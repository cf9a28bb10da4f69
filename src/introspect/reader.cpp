#include "introspect/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "introspect/catalog_queries.hpp"
#include "introspect/loaders.hpp"
#include "kinds/table/queries.hpp"
#include "model/kinds.hpp"
#include "pg/conninfo.hpp"
#include "pg/session.hpp"

namespace introspect {
namespace {

using detail::QueryId;

struct Query {
  const char* what;
  const char* sql;
};

const std::array<Query, detail::q_count> k_queries = {{
    {"reading tables and columns", queries::k_table_columns},
    {"reading indexes", queries::k_indexes},
    {"reading constraints", queries::k_constraints},
    {"reading triggers", detail::k_triggers},
    {"reading objects tenantctl does not manage", queries::k_unmanaged},
    {"reading sequences", detail::k_sequences},
    {"reading extended statistics", detail::k_statistics},
    {"reading what views and materialized views depend on", detail::k_view_dependencies},
    {"reading comments on columns of views", detail::k_view_column_comments},
    {"reading views", detail::k_views},
    {"reading materialized views", detail::k_materialized_views},
    {"reading indexes of materialized views", detail::k_materialized_view_indexes},
    {"reading collations", detail::k_collations},
    {"reading enums", detail::k_enums},
    {"reading composite types", detail::k_composite_types},
    {"reading the attributes of composite types", detail::k_composite_attributes},
    {"reading range types", detail::k_range_types},
    {"reading domains", detail::k_domains},
    {"reading the checks of domains", detail::k_domain_checks},
    {"reading schemas", detail::k_schemas},
    {"reading extensions", detail::k_extensions},
    {"reading functions, procedures and aggregates", detail::k_routines},
    {"reading what functions and views call", detail::k_routine_dependencies},
    {"reading what defaults, checks and indexes call", detail::k_member_routine_uses},
    {"reading policies", detail::k_policies},
    {"reading what policies read and call", detail::k_policy_dependencies},
    {"reading privileges", detail::k_grants},
    {"reading owners", detail::k_owners},
    {"reading default privileges", detail::k_default_privileges},
    {"reading the current role", detail::k_creator},
}};

// The snapshot and settings every reading connection starts with. Sorting
// 20,000 column rows must not spill to disk under a 4 MB default work_mem.
// Constants in bounds, defaults and checks print the same on every server:
// timestamps with time zone in UTC, dates and intervals in one style.
constexpr const char* k_settings =
    " select pg_catalog.set_config('search_path', 'public', true),"
    " pg_catalog.set_config('work_mem', '64MB', true),"
    " pg_catalog.set_config('TimeZone', 'UTC', true),"
    " pg_catalog.set_config('DateStyle', 'ISO, MDY', true),"
    " pg_catalog.set_config('IntervalStyle', 'postgres', true)";

using Defaults = std::vector<std::optional<std::string>>;

// What the connections fetched, handed over as each query completes so that
// loading can start while the longest queries still run.
class Fetched final : public detail::Loading {
 public:
  // Stores a query's rows (and for the columns, their defaults as text).
  void arrive(QueryId id, pg::Rows rows, Defaults defaults = {}) {
    const std::lock_guard lock(m_mutex);
    m_rows[id] = std::move(rows);
    if (id == detail::q_columns) {
      m_defaults = std::move(defaults);
    }
    m_arrived.notify_all();
  }

  // Records the first error; once one query failed the others are not worth
  // waiting for (and that connection's transaction is aborted).
  void fail(base::Error what) {
    const std::lock_guard lock(m_mutex);
    if (!m_error) {
      m_error = std::move(what);
    }
    m_failed = true;
    m_arrived.notify_all();
  }

  [[nodiscard]] bool failed() const { return m_failed; }

  // Waits for query `id`; returns its rows, or nullptr when a query failed.
  // The rows stay put until this object is destroyed.
  [[nodiscard]] const pg::Rows* wait(QueryId id) override {
    std::unique_lock lock(m_mutex);
    m_arrived.wait(lock, [&] { return m_failed || m_rows[id].has_value(); });
    return m_rows[id] ? &*m_rows[id] : nullptr;
  }

  // The column defaults; valid once wait(q_columns) returned rows.
  [[nodiscard]] const Defaults& defaults() const override { return m_defaults; }
  [[nodiscard]] std::optional<base::Error> error() const {
    const std::lock_guard lock(m_mutex);
    return m_error;
  }

  std::atomic<int> connections{0};

 private:
  mutable std::mutex m_mutex;
  std::condition_variable m_arrived;
  std::array<std::optional<pg::Rows>, detail::q_count> m_rows;
  Defaults m_defaults;
  std::optional<base::Error> m_error;
  std::atomic<bool> m_failed{false};
};

// Runs queries from the shared queue on `session` until none is left or one
// failed.
void drain(pg::Session& session, std::atomic<std::size_t>& next, Fetched& fetched) {
  bool counted = false;
  for (std::size_t id = next.fetch_add(1); id < detail::q_count && !fetched.failed();
       id = next.fetch_add(1)) {
    if (!counted) {
      ++fetched.connections;
      counted = true;
    }
    auto rows = session.query(k_queries[id].sql);
    if (!rows) {
      fetched.fail(rows.error().with_context(k_queries[id].what));
      return;
    }
    Defaults defaults;
    if (id == detail::q_columns) {
      auto deparsed = detail::deparse_defaults(session, *rows);
      if (!deparsed) {
        fetched.fail(deparsed.error().with_context(k_queries[id].what));
        return;
      }
      defaults = std::move(*deparsed);
    }
    fetched.arrive(static_cast<QueryId>(id), std::move(*rows), std::move(defaults));
  }
}

// A helper connection in the snapshot `snapshot`, or nullopt when it cannot
// be had (too many connections, ...): the other connections do its share.
std::optional<pg::Session> open_helper(std::string_view conninfo, const std::string& snapshot) {
  auto session = pg::Session::open(conninfo, pg::SessionOptions{.application_name = "tenantctl"});
  if (!session) {
    return std::nullopt;
  }
  const auto begun = session->execute(fmt::format(
      "begin isolation level repeatable read read only; set transaction snapshot '{}';{}", snapshot,
      k_settings));
  if (!begun) {
    return std::nullopt;
  }
  return std::move(*session);
}

// Builds the catalog from the rows as they arrive, kind by kind in
// model::ObjectKinds order (each kind's load_kind() waits for its queries).
// Returns an error (overruled by the fetch's own) when a query failed.
base::Result<model::Catalog> load(Fetched& fetched) {
  model::Catalog catalog;
  base::Result<void> loaded;
  model::for_each_kind([&](auto kind) {
    if (loaded) {
      loaded = detail::load_kind(kind, fetched, catalog);
    }
  });
  if (!loaded) {
    return loaded.error();
  }
  if (auto done = detail::with_rows(
          fetched, [&](const pg::Rows& rows) { return detail::load_unmanaged(rows, catalog); },
          detail::q_unmanaged);
      !done) {
    return done.error();
  }
  return catalog;
}

// Fetches every query's rows over `session` and up to
// options.extra_connections helpers, and loads them as they arrive.
base::Result<model::Catalog> fetch_and_load(pg::Session& session, const ReadOptions& options) {
  int extra = 0;
  std::string snapshot;
  if (options.extra_connections > 0 && !options.conninfo.empty()) {
    auto sized =
        session.query("select count(*), pg_catalog.pg_export_snapshot() from pg_catalog.pg_class");
    if (!sized) {
      return sized.error();
    }
    if (sized->integer(0, 0) >= options.parallel_min_relations) {
      extra = options.extra_connections;
      snapshot = std::string(sized->text(0, 1));
    }
  }
  Fetched fetched;
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> helpers;
  helpers.reserve(static_cast<std::size_t>(extra));
  for (int i = 0; i < extra; ++i) {
    helpers.emplace_back([&] {
      if (auto helper = open_helper(options.conninfo, snapshot)) {
        drain(*helper, next, fetched);
      }
    });
  }
  drain(session, next, fetched);
  // This connection's share is done; load what has come while the helpers
  // finish theirs.
  auto catalog = load(fetched);
  for (auto& helper : helpers) {
    helper.join();
  }
  if (options.connections_used != nullptr) {
    *options.connections_used = fetched.connections;
  }
  if (auto error = fetched.error()) {
    return *error;
  }
  return catalog;
}

}  // namespace

int extra_connections_for(std::string_view conninfo) {
  constexpr int k_most = 2;
  const auto parsed = pg::parse_conninfo(conninfo);
  if (!parsed) {
    return k_most;
  }
  const std::string& host = parsed->host;
  const bool local = host.empty() || host.starts_with('/') || host.starts_with('@') ||
                     host == "localhost" || host == "::1" || host.starts_with("127.");
  if (!local) {
    return k_most;
  }
  const int cores = static_cast<int>(std::thread::hardware_concurrency());
  return std::clamp(cores - 1, 0, k_most);
}

namespace detail {

const char* query_what(QueryId id) { return k_queries.at(id).what; }

model::QualifiedName qualified(const pg::Rows& rows, std::size_t row, std::size_t first) {
  return model::QualifiedName{std::string(rows.text(row, first)),
                              std::string(rows.text(row, first + 1))};
}

std::optional<std::string> qualified_collation(const pg::Rows& rows, std::size_t row,
                                               std::size_t first) {
  if (rows.is_null(row, first + 1)) {
    return std::nullopt;
  }
  const auto schema = rows.text(row, first);
  std::string name(rows.text(row, first + 1));
  if (schema == "pg_catalog" || schema == "public") {
    return name;
  }
  return std::string(schema) + "." + name;
}

void add_acl_row(const pg::Rows& rows, std::size_t row, std::size_t grantee,
                 model::Privileges& privileges) {
  if (rows.is_null(row, grantee + 1)) {
    return;
  }
  std::string privilege(rows.text(row, grantee + 1));
  if (rows.boolean(row, grantee + 2)) {
    privilege += " with grant option";
  }
  privileges[std::string(rows.text(row, grantee))].push_back(std::move(privilege));
}

void sort_privileges(model::Privileges& privileges) {
  for (auto& [grantee, held] : privileges) {
    std::sort(held.begin(), held.end());
  }
}

std::optional<std::int64_t> optional_integer(const pg::Rows& rows, std::size_t row,
                                             std::size_t column) {
  if (rows.is_null(row, column)) {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(rows.integer(row, column));
}

}  // namespace detail

base::Result<model::Catalog> read_catalog(pg::Session& session, const ReadOptions& options) {
  if (auto begun = session.execute(std::string("begin isolation level repeatable read read only;") +
                                   k_settings);
      !begun) {
    return begun.error().with_context("starting a catalog snapshot");
  }
  if (options.stamp != nullptr) {
    auto stamp = catalog_stamp(session);
    if (!stamp) {
      (void)session.execute("rollback");
      return stamp.error().with_context("reading the catalog's stamp");
    }
    *options.stamp = std::move(*stamp);
  }
  auto catalog = fetch_and_load(session, options);
  if (!catalog) {
    (void)session.execute("rollback");
    return catalog.error();
  }
  if (auto ended = session.execute("commit"); !ended) {
    return ended.error().with_context("ending the catalog snapshot");
  }
  return catalog;
}

std::string_view catalog_stamp_query() { return queries::k_catalog_stamp; }

base::Result<std::string> catalog_stamp(pg::Session& session) {
  auto rows = session.query(queries::k_catalog_stamp);
  if (!rows) {
    return rows.error();
  }
  return std::string(rows->text(0, 0));
}

}  // namespace introspect
