#include "apply/executor.hpp"

#include <fmt/format.h>

#include "pg/quote.hpp"
#include "pg/session.hpp"

namespace apply {
namespace {

std::string timeouts(const ExecuteOptions& options, bool local) {
  const char* scope = local ? "SET LOCAL" : "SET";
  return fmt::format("{} lock_timeout = {}; {} statement_timeout = {}", scope,
                     pg::quote_literal(options.lock_timeout), scope,
                     pg::quote_literal(options.statement_timeout));
}

base::Error statement_failure(const base::Error& error, const ddl::Statement& statement,
                              std::size_t index, const ExecuteOptions& options) {
  auto failure = error.with_context(fmt::format("statement {} ({})", index + 1, statement.source));
  if (error.message().find("SQLSTATE 55P03") != std::string::npos) {
    // lock_timeout: someone else (the application) holds a lock it needs.
    failure = failure.with_hint(fmt::format(
        "another session holds a lock on what this statement changes (pg_locks shows it); its "
        "transaction was rolled back: apply again once that lock is released, or allow a longer "
        "wait with --lock-timeout (now {})",
        options.lock_timeout));
  }
  return failure;
}

}  // namespace

base::Result<void> execute_plan(pg::Session& session, const plan::Plan& plan,
                                const ExecuteOptions& options,
                                const std::function<void(std::size_t)>& on_statement,
                                const GroupDone& group_done) {
  const auto& statements = plan.statements;
  // As pg_dump does: a function's body is not checked when it is created, so
  // a SQL function may read a table made later in the plan and functions may
  // call each other in any order. Desired definitions were checked whole on
  // the scratch database (reconcile/normalize.cpp).
  if (auto set = session.execute("SET check_function_bodies = off"); !set) {
    return set.error();
  }
  std::size_t index = 0;
  while (index < statements.size()) {
    if (!statements[index].transactional) {
      if (on_statement) {
        on_statement(index);
      }
      if (auto set = session.execute(timeouts(options, false)); !set) {
        return set.error();
      }
      if (auto done = session.execute(statements[index].sql); !done) {
        return statement_failure(done.error(), statements[index], index, options);
      }
      if (group_done) {
        if (auto recorded = group_done(index, index + 1); !recorded) {
          return recorded.error();
        }
      }
      ++index;
      continue;
    }
    if (auto begun = session.execute("BEGIN"); !begun) {
      return begun.error();
    }
    const std::size_t first = index;
    for (; index < statements.size() && statements[index].transactional; ++index) {
      if (on_statement) {
        on_statement(index);
      }
      auto done = session.execute(timeouts(options, true));
      if (done) {
        done = session.execute(statements[index].sql);
      }
      if (!done) {
        (void)session.execute("ROLLBACK");
        return statement_failure(done.error(), statements[index], index, options);
      }
    }
    if (group_done) {
      if (auto recorded = group_done(first, index); !recorded) {
        (void)session.execute("ROLLBACK");
        return recorded.error();
      }
    }
    if (auto committed = session.execute("COMMIT"); !committed) {
      return committed.error().with_context("committing");
    }
  }
  return {};
}

}  // namespace apply
