#pragma once

#include <span>
#include <string>
#include <string_view>

namespace manifest {

// Returns `key` as a TOML key: bare when it is made only of A-Z a-z 0-9 _ -,
// otherwise a quoted basic string.
[[nodiscard]] std::string toml_key(std::string_view key);

// Returns `text` as a TOML basic string ("..."), escaping quotes, backslashes
// and control characters; other UTF-8 passes through unchanged.
[[nodiscard]] std::string toml_string(std::string_view text);

// Returns `text` as a TOML value for a `key = value` line of its own: a
// multi-line literal string (''' + newline + text + ''') when the text has a
// line break and can be one (no ''', no control characters but newline and
// tab, not ending in '), otherwise toml_string(text). Not for inline tables
// or arrays, which stay on one line.
[[nodiscard]] std::string toml_text(std::string_view text);

// Returns `items` as a one-line TOML array of basic strings: ["a", "b"].
[[nodiscard]] std::string toml_string_array(std::span<const std::string> items);

}  // namespace manifest
