#include "fleet/progress.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace fleet {

std::string progress_text(std::size_t done, std::size_t total, std::size_t changed,
                          std::string_view changed_word, std::size_t failed, double seconds) {
  return fmt::format("{}/{} done, {} {}, {} failed, {:.1f} tenants/s", done, total, changed,
                     changed_word, failed, seconds > 0 ? static_cast<double>(done) / seconds : 0.0);
}

ProgressLine::ProgressLine(const ProgressCounts& counts, std::size_t total,
                           std::string changed_word)
    : m_counts(counts),
      m_total(total),
      m_changed_word(std::move(changed_word)),
      m_started(std::chrono::steady_clock::now()),
      m_thread([this] { draw_until_stopped(); }) {}

ProgressLine::~ProgressLine() {
  {
    const std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_one();
  m_thread.join();
  std::fputs("\r\033[K", stderr);
}

void ProgressLine::draw_until_stopped() {
  std::unique_lock lock(m_mutex);
  do {  // at least once, however short the run
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    const std::string line =
        "\r\033[K" + progress_text(m_counts.done.load(), m_total, m_counts.changed.load(),
                                   m_changed_word, m_counts.failed.load(), seconds);
    std::fputs(line.c_str(), stderr);
  } while (!m_wake.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_stopping; }));
}

}  // namespace fleet
