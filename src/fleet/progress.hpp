#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace fleet {

// What a fleet command's workers count as tenants finish.
struct ProgressCounts {
  std::atomic<std::size_t> done{0};
  std::atomic<std::size_t> changed{0};  // drifted, applied, migrated, rolled back, unlocked
  std::atomic<std::size_t> failed{0};
};

// Returns "12/200 done, 3 drifted, 1 failed, 41.0 tenants/s".
[[nodiscard]] std::string progress_text(std::size_t done, std::size_t total, std::size_t changed,
                                        std::string_view changed_word, std::size_t failed,
                                        double seconds);

// While it lives, redraws progress_text() of `counts` on stderr about five
// times a second from a thread of its own; it clears the line when it goes.
// Whether to have one at all (stderr is a terminal) is the caller's choice.
class ProgressLine {
 public:
  ProgressLine(const ProgressCounts& counts, std::size_t total, std::string changed_word);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

 private:
  void draw_until_stopped();

  const ProgressCounts& m_counts;
  const std::size_t m_total;
  const std::string m_changed_word;
  const std::chrono::steady_clock::time_point m_started;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  bool m_stopping = false;
  std::thread m_thread;
};

}  // namespace fleet
