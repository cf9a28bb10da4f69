#include "knex/history.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "base/strings.hpp"

namespace knex {

History check_history(std::span<const MigrationFile> files, std::span<const LedgerRow> rows) {
  History history;
  std::set<std::string, std::less<>> names;
  for (const auto& file : files) {
    names.insert(file.name);
  }
  std::set<std::string, std::less<>> recorded;
  std::string last_completed;
  for (const auto& row : rows) {
    history.last_batch = std::max(history.last_batch, row.batch);
    recorded.insert(row.name);
    if (names.contains(row.name)) {
      history.completed.push_back(row);
      last_completed = std::max(last_completed, row.name);
    } else {
      history.missing.push_back(row.name);
    }
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (recorded.contains(files[i].name)) {
      continue;
    }
    history.pending.push_back(files[i].name);
    if (files[i].name < last_completed) {
      history.out_of_order.push_back(files[i].name);
    }
    if (!files[i].managed) {
      history.pending_knex.push_back(files[i].name);
    }
  }
  return history;
}

std::string corrupt_message(std::span<const std::string> missing) {
  return "The migration directory is corrupt, the following files are missing: " +
         base::join(missing, ", ");
}

base::Result<void> check_migratable(const History& history, std::string_view target) {
  if (!history.missing.empty()) {
    return base::Error(
               fmt::format("{}: {}; nothing was changed", target, corrupt_message(history.missing)))
        .with_hint(
            "restore the missing files in the migrations directory (knex refuses this "
            "tenant too), or point --migrations at the right directory");
  }
  if (!history.pending_knex.empty()) {
    return base::Error(fmt::format("{}: hand-written knex migration(s) pending: {}; tenantctl "
                                   "runs only .sql migrations, so nothing was changed",
                                   target, base::join(history.pending_knex, ", ")))
        .with_hint("run them with knex (knex migrate:latest), then run tenantctl again");
  }
  return {};
}

}  // namespace knex
