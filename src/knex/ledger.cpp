#include "knex/ledger.hpp"

#include <fmt/format.h>

#include <utility>

#include "pg/quote.hpp"
#include "pg/session.hpp"

namespace knex {
namespace {

// knex's hasTable on PostgreSQL, for both tables at once.
constexpr std::string_view k_tables_exist =
    "select count(*) from information_schema.tables where table_schema = current_schema() "
    "and table_name in ('knex_migrations', 'knex_migrations_lock')";

constexpr std::string_view k_lock_not_available = "SQLSTATE 55P03";

base::Error lock_held(std::string_view target, std::string_view why) {
  return base::Error(fmt::format("{}: knex's migration lock is held ({}); nothing was changed",
                                 target, why))
      .with_hint(fmt::format(
          "if no migration is running on it (knex or tenantctl), the lock is stale: check with "
          "'select * from knex_migrations_lock' and release it with 'tenantctl unlock' and the "
          "same target options (like knex migrate:unlock)"));
}

}  // namespace

base::Result<bool> tables_exist(pg::Session& session) {
  auto rows = session.query(k_tables_exist);
  if (!rows) {
    return rows.error().with_context("looking for knex's tables");
  }
  return rows->integer(0, 0) == 2;
}

base::Result<void> ensure_tables(pg::Session& session) {
  auto rows = session.query(
      "select table_name from information_schema.tables where table_schema = current_schema() "
      "and table_name in ('knex_migrations', 'knex_migrations_lock')");
  if (!rows) {
    return rows.error().with_context("looking for knex's tables");
  }
  bool has_migrations = false;
  bool has_lock = false;
  for (std::size_t i = 0; i < rows->size(); ++i) {
    has_migrations = has_migrations || rows->text(i, 0) == k_migrations_table;
    has_lock = has_lock || rows->text(i, 0) == k_lock_table;
  }
  if (!has_migrations) {
    if (auto done = session.execute(k_create_migrations_table); !done) {
      return done.error().with_context("creating knex_migrations");
    }
  }
  if (!has_lock) {
    if (auto done = session.execute(k_create_lock_table); !done) {
      return done.error().with_context("creating knex_migrations_lock");
    }
  }
  auto lock_rows = session.query("select count(*) from knex_migrations_lock");
  if (!lock_rows) {
    return lock_rows.error().with_context("reading knex_migrations_lock");
  }
  if (lock_rows->integer(0, 0) == 0) {
    if (auto done = session.execute(k_insert_lock_row); !done) {
      return done.error().with_context("inserting knex's lock row");
    }
  }
  return {};
}

base::Result<std::vector<LedgerRow>> read_history(pg::Session& session) {
  std::vector<LedgerRow> history;
  auto exists = session.query(
      "select count(*) from information_schema.tables where table_schema = current_schema() "
      "and table_name = 'knex_migrations'");
  if (!exists) {
    return exists.error().with_context("looking for knex_migrations");
  }
  if (exists->integer(0, 0) == 0) {
    return history;
  }
  auto rows =
      session.query("select id, name, batch, migration_time from knex_migrations order by id");
  if (!rows) {
    return rows.error().with_context("reading knex_migrations");
  }
  for (std::size_t i = 0; i < rows->size(); ++i) {
    history.push_back(
        LedgerRow{.id = rows->integer(i, 0),
                  .name = std::string(rows->text(i, 1)),
                  .batch = rows->is_null(i, 2) ? 0 : static_cast<int>(rows->integer(i, 2)),
                  .migration_time = std::string(rows->text(i, 3))});
  }
  return history;
}

base::Result<void> take_lock(pg::Session& session, std::string_view target,
                             std::string_view lock_wait) {
  if (auto set =
          session.execute(fmt::format("set local lock_timeout = {}", pg::quote_literal(lock_wait)));
      !set) {
    return set.error().with_context("setting lock_timeout");
  }
  auto updated = session.query(
      "update knex_migrations_lock set is_locked = 1 where is_locked = 0 returning 1");
  if (!updated) {
    if (updated.error().message().find(k_lock_not_available) != std::string::npos) {
      return lock_held(target, fmt::format("a migration holding it has been running for more "
                                           "than {} (lock_timeout)",
                                           lock_wait));
    }
    return updated.error().with_context("taking knex's migration lock");
  }
  if (updated->size() != 1) {
    return lock_held(target,
                     updated->empty()
                         ? "knex_migrations_lock says is_locked = 1: a run without transactions "
                           "is going on, or one crashed and left it"
                         : "knex_migrations_lock has more than one row");
  }
  if (auto reset = session.execute("set local lock_timeout to default"); !reset) {
    return reset.error();
  }
  return {};
}

base::Result<void> release_lock(pg::Session& session) {
  if (auto done = session.execute("update knex_migrations_lock set is_locked = 0"); !done) {
    return done.error().with_context("releasing knex's migration lock");
  }
  return {};
}

base::Result<std::optional<bool>> lock_state(pg::Session& session) {
  auto exists = tables_exist(session);
  if (!exists) {
    return exists.error();
  }
  if (!*exists) {
    return std::optional<bool>();
  }
  auto rows = session.query("select coalesce(max(is_locked), 0) from knex_migrations_lock");
  if (!rows) {
    return rows.error().with_context("reading knex_migrations_lock");
  }
  return std::optional<bool>(rows->integer(0, 0) != 0);
}

base::Result<int> last_batch(pg::Session& session) {
  auto rows = session.query("select coalesce(max(batch), 0) from knex_migrations");
  if (!rows) {
    return rows.error().with_context("reading the last batch");
  }
  return static_cast<int>(rows->integer(0, 0));
}

base::Result<void> record_migration(pg::Session& session, std::string_view name, int batch) {
  auto done = session.query(
      "insert into knex_migrations (name, batch, migration_time) values ($1, $2, now())",
      {std::string(name), std::to_string(batch)});
  if (!done) {
    return done.error().with_context(fmt::format("recording {} in knex_migrations", name));
  }
  return {};
}

base::Result<void> forget_migration(pg::Session& session, std::string_view name) {
  auto done = session.query("delete from knex_migrations where name = $1", {std::string(name)});
  if (!done) {
    return done.error().with_context(fmt::format("removing {} from knex_migrations", name));
  }
  return {};
}

base::Result<bool> force_unlock(pg::Session& session, std::string_view lock_wait) {
  if (auto begun = session.execute("BEGIN"); !begun) {
    return begun.error();
  }
  const auto rollback = [&](const base::Error& error) -> base::Result<bool> {
    (void)session.execute("ROLLBACK");
    return error;
  };
  if (auto ensured = ensure_tables(session); !ensured) {
    return rollback(ensured.error());
  }
  if (auto set =
          session.execute(fmt::format("set local lock_timeout = {}", pg::quote_literal(lock_wait)));
      !set) {
    return rollback(set.error());
  }
  auto was = session.query(
      "update knex_migrations_lock set is_locked = 0 where is_locked <> 0 returning 1");
  if (!was) {
    if (was.error().message().find(k_lock_not_available) != std::string::npos) {
      return rollback(
          base::Error("a migration holding knex's lock is running now (it held the lock row "
                      "for longer than the lock timeout); it is not stale, so it was left alone")
              .with_hint("wait for it to finish, or find it in pg_stat_activity"));
    }
    return rollback(was.error().with_context("releasing knex's migration lock"));
  }
  const bool held = !was->empty();
  if (auto committed = session.execute("COMMIT"); !committed) {
    return committed.error().with_context("committing");
  }
  return held;
}

base::Result<HeldLock> HeldLock::take(std::string_view conninfo, std::string_view target,
                                      std::string_view lock_wait) {
  auto opened = pg::Session::open(conninfo, pg::SessionOptions{10, "tenantctl_knex_lock"});
  if (!opened) {
    return opened.error().with_context("opening a connection to hold knex's migration lock");
  }
  auto session = std::make_unique<pg::Session>(std::move(*opened));
  // The transaction stays open while the plan runs: a server-side idle
  // timeout must not end it (and free the lock) early.
  if (auto begun = session->execute("BEGIN; SET LOCAL idle_in_transaction_session_timeout = 0");
      !begun) {
    return begun.error();
  }
  if (auto locked = take_lock(*session, target, lock_wait); !locked) {
    (void)session->execute("ROLLBACK");
    return locked.error();
  }
  return HeldLock(std::move(session));
}

HeldLock::HeldLock(std::unique_ptr<pg::Session> session) : m_session(std::move(session)) {}

HeldLock::HeldLock(HeldLock&& other) noexcept
    : m_session(std::move(other.m_session)), m_held(std::exchange(other.m_held, false)) {}

HeldLock::~HeldLock() {
  if (m_held) {
    (void)release();
  }
}

base::Result<void> HeldLock::release() {
  if (!m_held) {
    return {};
  }
  m_held = false;
  if (auto rolled_back = m_session->execute("ROLLBACK"); !rolled_back) {
    return rolled_back.error().with_context("releasing knex's migration lock");
  }
  return {};
}

}  // namespace knex
