#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace diff {

// Which current object each desired object is, by name or by renamed_from.
//
// A desired object D with renamed_from R takes the current object R when R
// exists and no desired object keeps the name R for itself (one that has no
// rename of its own into an existing object). This lets renames run in
// chains (c <- b <- a), swaps (a <-> b), and into the name of an object that
// is dropped. Every other desired object pairs with the current object of
// its own name, unless a rename took that one.
//
// A rename hint stays in the schema after it has run. Chains are idempotent by
// the rule above (once run, the old name is gone); renames in a cycle (a swap,
// a <-> b) are not, so a desired object in a rename cycle that the current
// object of its own name already matches (`already_there`) is taken as
// renamed, and the swap does not run again.
//
// `desired` lists (name, renamed_from) in order; `current_exists` says
// whether the current catalog has an object of a name. Returns, per desired
// index, the current name it pairs with (nullopt: it is new).
[[nodiscard]] inline std::vector<std::optional<std::string>> pair_by_name(
    const std::vector<std::pair<std::string, std::optional<std::string>>>& desired,
    const std::function<bool(const std::string&)>& current_exists,
    const std::function<bool(std::size_t)>& already_there = {}) {
  std::map<std::string, std::size_t> by_name;
  for (std::size_t i = 0; i < desired.size(); ++i) {
    by_name.emplace(desired[i].first, i);
  }
  const auto in_cycle = [&](std::size_t i) {
    std::size_t at = i;
    for (std::size_t step = 0; step < desired.size(); ++step) {
      const auto& from = desired[at].second;
      if (!from) {
        return false;
      }
      if (*from == desired[i].first) {
        return true;
      }
      const auto next = by_name.find(*from);
      if (next == by_name.end()) {
        return false;
      }
      at = next->second;
    }
    return false;
  };
  const auto renames_existing = [&](std::size_t i) {
    const auto& [name, from] = desired[i];
    return from && *from != name && current_exists(*from) &&
           !(already_there && current_exists(name) && in_cycle(i) && already_there(i));
  };
  std::vector<std::optional<std::string>> out(desired.size());
  std::set<std::string> taken;
  for (std::size_t i = 0; i < desired.size(); ++i) {
    if (!renames_existing(i)) {
      continue;
    }
    const std::string& from = *desired[i].second;
    const auto keeper = by_name.find(from);
    if (keeper == by_name.end() || renames_existing(keeper->second)) {
      if (taken.insert(from).second) {
        out[i] = from;
      }
    }
  }
  for (std::size_t i = 0; i < desired.size(); ++i) {
    if (!out[i] && current_exists(desired[i].first) && !taken.contains(desired[i].first)) {
      taken.insert(desired[i].first);
      out[i] = desired[i].first;
    }
  }
  return out;
}

}  // namespace diff
