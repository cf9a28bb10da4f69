#pragma once

#include <cstddef>
#include <functional>

namespace fleet {

// Runs `work(i)` for every i in [begin, end), each exactly once, on at most
// `concurrency` threads (at least one, never more than there are indexes),
// taking indexes in order, and returns when all are done. Before starting
// index i a thread asks `may_start()`; when it says false (Ctrl-C, too many
// failures), `not_started(i)` is called instead of `work(i)`, so every index
// is accounted for. Indexes are independent: `work` records its own result
// (and must not throw); one index failing never stops the others. Both
// callbacks are called from several threads at once.
void for_each_bounded(std::size_t begin, std::size_t end, int concurrency,
                      const std::function<bool()>& may_start,
                      const std::function<void(std::size_t)>& work,
                      const std::function<void(std::size_t)>& not_started);

}  // namespace fleet
