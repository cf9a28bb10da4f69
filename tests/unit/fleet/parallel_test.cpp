// The bounded parallel loop the fleet commands share.

#include "fleet/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace {

TEST(ForEachBoundedTest, RunsEveryIndexOnceWithAtMostConcurrencyAtATime) {
  std::vector<std::atomic<int>> runs(40);
  std::atomic<int> running{0};
  std::atomic<int> peak{0};
  fleet::for_each_bounded(
      0, runs.size(), 3, [] { return true; },
      [&](std::size_t index) {
        const int now = ++running;
        int seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        ++runs[index];
        --running;
      },
      [](std::size_t) { FAIL() << "nothing should be skipped"; });
  for (const auto& count : runs) {
    EXPECT_EQ(count.load(), 1);
  }
  EXPECT_LE(peak.load(), 3);
  EXPECT_GE(peak.load(), 2);
}

TEST(ForEachBoundedTest, IndexesThatMayNotStartAreReportedNotRun) {
  std::mutex mutex;
  std::set<std::size_t> ran;
  std::set<std::size_t> skipped;
  std::atomic<int> started{0};
  fleet::for_each_bounded(
      5, 15, 1, [&] { return started.load() < 4; },
      [&](std::size_t index) {
        ++started;
        const std::lock_guard lock(mutex);
        ran.insert(index);
      },
      [&](std::size_t index) {
        const std::lock_guard lock(mutex);
        skipped.insert(index);
      });
  EXPECT_EQ(ran, (std::set<std::size_t>{5, 6, 7, 8}));
  EXPECT_EQ(skipped, (std::set<std::size_t>{9, 10, 11, 12, 13, 14}));
}

TEST(ForEachBoundedTest, AnEmptyRangeRunsNothing) {
  bool called = false;
  fleet::for_each_bounded(
      3, 3, 4, [] { return true; }, [&](std::size_t) { called = true; },
      [&](std::size_t) { called = true; });
  EXPECT_FALSE(called);
}

}  // namespace
