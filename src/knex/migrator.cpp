#include "knex/migrator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/strings.hpp"
#include "pg/session.hpp"

namespace knex {
namespace {

// Runs `body` in one transaction that holds knex's lock: BEGIN, knex's tables,
// the lock, body, release, COMMIT; ROLLBACK on any failure.
template <class Body>
base::Result<MigrationRun> locked_transaction(pg::Session& session, std::string_view target,
                                              const MigratorOptions& options, Body&& body) {
  if (auto begun = session.execute("BEGIN"); !begun) {
    return begun.error().with_context(target);
  }
  const auto fail = [&](const base::Error& error) -> base::Result<MigrationRun> {
    // A failed ROLLBACK (a dropped connection) still ends the transaction
    // server-side; the error that matters is the first one.
    (void)session.execute("ROLLBACK");
    return error;
  };
  if (auto ensured = ensure_tables(session); !ensured) {
    return fail(ensured.error().with_context(target));
  }
  if (auto locked = take_lock(session, target, options.lock_wait); !locked) {
    return fail(locked.error());
  }
  auto run = body();
  if (!run) {
    return fail(run.error());
  }
  if (options.dry_run) {
    if (auto rolled_back = session.execute("ROLLBACK"); !rolled_back) {
      return rolled_back.error().with_context(target);
    }
    return run;
  }
  if (auto released = release_lock(session); !released) {
    return fail(released.error().with_context(target));
  }
  if (auto committed = session.execute("COMMIT"); !committed) {
    return committed.error().with_context(fmt::format("{}: committing", target));
  }
  return run;
}

base::Result<History> history_of(pg::Session& session, std::span<const MigrationFile> files) {
  auto rows = read_history(session);
  if (!rows) {
    return rows.error();
  }
  return check_history(files, *rows);
}

}  // namespace

base::Result<MigrationRun> migrate(pg::Session& session, std::span<const MigrationFile> files,
                                   std::string_view target, const MigratorOptions& options) {
  return locked_transaction(session, target, options, [&]() -> base::Result<MigrationRun> {
    MigrationRun run;
    auto history = history_of(session, files);
    if (!history) {
      return history.error().with_context(target);
    }
    run.history = std::move(*history);
    // A baseline records hand-written files too, as knex would have run them.
    auto checked = run.history;
    if (options.baseline) {
      checked.pending_knex.clear();
    }
    if (auto ready = check_migratable(checked, target); !ready) {
      return ready.error();
    }
    if (run.history.pending.empty()) {
      return run;
    }
    run.batch = run.history.last_batch + 1;
    for (const MigrationFile& file : files) {
      if (std::find(run.history.pending.begin(), run.history.pending.end(), file.name) ==
          run.history.pending.end()) {
        continue;
      }
      if (options.dry_run) {
        run.names.push_back(file.name);
        continue;
      }
      if (options.baseline) {
        if (auto recorded = record_migration(session, file.name, run.batch); !recorded) {
          return recorded.error().with_context(target);
        }
        run.names.push_back(file.name);
        continue;
      }
      if (!file.up.empty()) {
        if (auto done = session.execute(file.up); !done) {
          return done.error().with_context(
              fmt::format("{}: migration {} failed, nothing was changed", target, file.name));
        }
      }
      if (auto recorded = record_migration(session, file.name, run.batch); !recorded) {
        return recorded.error().with_context(target);
      }
      run.names.push_back(file.name);
    }
    return run;
  });
}

base::Result<MigrationRun> rollback(pg::Session& session, std::span<const MigrationFile> files,
                                    std::string_view target, bool all,
                                    const MigratorOptions& options) {
  return locked_transaction(session, target, options, [&]() -> base::Result<MigrationRun> {
    MigrationRun run;
    auto history = history_of(session, files);
    if (!history) {
      return history.error().with_context(target);
    }
    run.history = std::move(*history);
    if (!run.history.missing.empty()) {
      return base::Error(fmt::format("{}: {}; nothing was changed", target,
                                     corrupt_message(run.history.missing)))
          .with_hint("restore the missing files in the migrations directory first");
    }
    std::map<std::string, const MigrationFile*, std::less<>> by_name;
    for (const auto& file : files) {
      by_name.emplace(file.name, &file);
    }
    // knex's order: the batch's rows by id, newest first.
    std::vector<const MigrationFile*> undo;
    std::vector<std::string> problems;
    for (auto row = run.history.completed.rbegin(); row != run.history.completed.rend(); ++row) {
      if (!all && row->batch != run.history.last_batch) {
        continue;
      }
      const MigrationFile* file = by_name.at(row->name);
      if (!file->managed) {
        problems.push_back(
            fmt::format("{} is a hand-written knex migration (roll it back with "
                        "knex migrate:rollback)",
                        file->name));
      } else if (!file->down) {
        problems.push_back(fmt::format("{} has no down part (SQL after '-- migrate:down')",
                                       file->sql_path.filename().string()));
      }
      undo.push_back(file);
    }
    if (!problems.empty()) {
      return base::Error(fmt::format("{}: cannot roll back, nothing was changed: {}", target,
                                     base::join(problems, "; ")))
          .with_hint("write the down parts, then roll back again");
    }
    if (undo.empty()) {
      return run;
    }
    run.batch = all ? 0 : run.history.last_batch;
    for (const MigrationFile* file : undo) {
      if (options.dry_run) {
        run.names.push_back(file->name);
        continue;
      }
      // Every file here has a down part (checked above).
      if (auto done = session.execute(*file->down); !done) {
        return done.error().with_context(
            fmt::format("{}: rolling back {} failed, nothing was changed", target, file->name));
      }
      if (auto forgotten = forget_migration(session, file->name); !forgotten) {
        return forgotten.error().with_context(target);
      }
      run.names.push_back(file->name);
    }
    return run;
  });
}

base::Result<History> read_status(pg::Session& session, std::span<const MigrationFile> files) {
  return history_of(session, files);
}

}  // namespace knex
