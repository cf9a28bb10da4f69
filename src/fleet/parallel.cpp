#include "fleet/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace fleet {

void for_each_bounded(std::size_t begin, std::size_t end, int concurrency,
                      const std::function<bool()>& may_start,
                      const std::function<void(std::size_t)>& work,
                      const std::function<void(std::size_t)>& not_started) {
  if (begin >= end) {
    return;
  }
  std::atomic<std::size_t> next{begin};
  const auto worker = [&] {
    while (true) {
      const std::size_t index = next.fetch_add(1);
      if (index >= end) {
        return;
      }
      if (may_start()) {
        work(index);
      } else {
        not_started(index);
      }
    }
  };
  const auto threads =
      std::min<std::size_t>(static_cast<std::size_t>(std::max(1, concurrency)), end - begin);
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i) {
    pool.emplace_back(worker);
  }
  for (auto& thread : pool) {
    thread.join();
  }
}

}  // namespace fleet
