#pragma once

#include <functional>
#include <string>

#include "base/result.hpp"
#include "plan/planner.hpp"

namespace pg {
class Session;
}

namespace apply {

struct ExecuteOptions {
  // Per statement; PostgreSQL interval syntax ("5s", "2min"); "0" disables.
  std::string lock_timeout = "5s";
  std::string statement_timeout = "30min";
};

// Called with the statements [first, end) of `plan` once they ran: inside
// their transaction, before COMMIT (so that what it records commits with
// them or not at all), or right after a statement that runs alone. An error
// rolls that transaction back and stops the run.
using GroupDone = std::function<base::Result<void>(std::size_t first, std::size_t end)>;

// Runs `plan` on `session`. Consecutive transactional statements run in one
// transaction (BEGIN ... COMMIT), with SET LOCAL lock_timeout and
// statement_timeout before each statement; a statement that must run outside
// a transaction runs alone, after SET of the same timeouts. The first failure
// stops the run: the transaction it was in is rolled back, earlier groups stay
// committed, and the error names the statement and its change. `on_statement`
// (optional) is called before each statement with its index; `group_done`
// (optional) after each group, as above.
//
// A failed CREATE INDEX CONCURRENTLY leaves an invalid index behind; the next
// plan finds it and builds it again.
[[nodiscard]] base::Result<void> execute_plan(
    pg::Session& session, const plan::Plan& plan, const ExecuteOptions& options,
    const std::function<void(std::size_t)>& on_statement = {}, const GroupDone& group_done = {});

}  // namespace apply
