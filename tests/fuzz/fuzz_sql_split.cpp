// libFuzzer target: the SQL statement splitter (gate::split_statements) on
// the one SQL lexer. Each statement is a piece of the script, in order, on the
// line it names.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "gate/sql_statements.hpp"

// The name libFuzzer calls.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view script(reinterpret_cast<const char*>(data), size);
  const auto statements = gate::split_statements(script);
  std::size_t from = 0;
  for (const auto& statement : statements) {
    fuzz::require(!statement.text.empty(), "no statement is empty");
    const auto at = script.find(statement.text, from);
    fuzz::require(at != std::string_view::npos, "each statement is the script's text, in order",
                  statement.text);
    // The first occurrence may be inside a comment before the statement, so
    // the statement starts on that line or a later one.
    const auto before = script.substr(0, at);
    const auto line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    fuzz::require(statement.line >= line, "each statement names the line it starts on",
                  statement.text);
    from = at + statement.text.size();
  }
  return 0;
}
