// libFuzzer target: the differ and the planner, fed two catalogs read from
// fuzzed TOML (the input's two halves, split at a line "#@@"). Every plan must
// be the same when made again, and never order a statement before one whose
// object it needs (ddl::Statement's creates/needs/drops/needs_old).
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ddl/render.hpp"
#include "diff/differ.hpp"
#include "fuzz_support.hpp"
#include "manifest/manifest.hpp"
#include "plan/planner.hpp"

namespace {

constexpr std::string_view k_separator = "\n#@@\n";

std::vector<std::string> sql_of(const plan::Plan& plan) {
  std::vector<std::string> out;
  out.reserve(plan.statements.size());
  for (const auto& statement : plan.statements) {
    out.push_back(statement.sql);
  }
  return out;
}

// Where each key is first created and last dropped in the plan.
void check_order(const plan::Plan& plan) {
  const auto& statements = plan.statements;
  std::multimap<std::string, std::size_t> created;
  std::multimap<std::string, std::size_t> dropped;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    for (const auto& key : statements[i].creates) {
      created.emplace(key, i);
    }
    for (const auto& key : statements[i].drops) {
      dropped.emplace(key, i);
    }
  }
  for (std::size_t i = 0; i < statements.size(); ++i) {
    for (const auto& key : statements[i].needs) {
      const auto [first, last] = created.equal_range(key);
      for (auto it = first; it != last; ++it) {
        fuzz::require(
            it->second <= i, "a statement runs after what creates what it needs",
            statements[i].sql + "\n  needs " + key + ", made by\n" + statements[it->second].sql);
      }
    }
    for (const auto& key : statements[i].needs_old) {
      const auto [first, last] = dropped.equal_range(key);
      for (auto it = first; it != last; ++it) {
        fuzz::require(it->second >= i, "a statement that needs an old form runs before its drop",
                      statements[i].sql + "\n  needs the old " + key + ", dropped by\n" +
                          statements[it->second].sql);
      }
    }
  }
}

}  // namespace

// The name libFuzzer calls.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto split = text.find(k_separator);
  const auto current_text = text.substr(0, split);
  const auto desired_text = split == std::string_view::npos
                                ? std::string_view{}
                                : text.substr(split + k_separator.size());
  auto current = manifest::parse_manifest(current_text, "current.toml");
  auto desired = manifest::parse_manifest(desired_text, "desired.toml");
  if (!current || !desired) {
    return 0;
  }
  for (const bool online : {true, false}) {
    auto changes = diff::diff_catalogs(current->catalog, desired->catalog);
    if (!changes) {
      return 0;
    }
    const ddl::RenderContext context(current->catalog, desired->catalog,
                                     ddl::RenderOptions{online});
    auto first = plan::make_plan(*changes, context);
    auto again = plan::make_plan(*diff::diff_catalogs(current->catalog, desired->catalog), context);
    fuzz::require(static_cast<bool>(first) == static_cast<bool>(again),
                  "planning twice succeeds or fails alike");
    if (!first) {
      continue;
    }
    fuzz::require(sql_of(*first) == sql_of(*again), "the same changes give the same plan");
    check_order(*first);
  }
  return 0;
}
