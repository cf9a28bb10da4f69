#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace base {

// Returns `parts` joined with `separator` between them ("" for no parts).
[[nodiscard]] std::string join(std::span<const std::string> parts, std::string_view separator);

// Returns `text` split at every `separator`; an empty text gives one empty part.
[[nodiscard]] std::vector<std::string> split(std::string_view text, char separator);

// Returns `text` without leading and trailing ASCII white space.
[[nodiscard]] std::string_view trim(std::string_view text);

// Returns the Levenshtein edit distance between `a` and `b`.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// Returns the candidate closest to `word` if it is close enough to be a likely
// typo (at most a third of the word's length, and at most 3 edits), or "" if
// none is. Ties go to the earliest candidate, so the answer is deterministic.
[[nodiscard]] std::string closest_match(std::string_view word,
                                        std::span<const std::string> candidates);

// Returns `text` as a whole number when it is only decimal digits (no sign,
// no blanks) that fit an int; nullopt otherwise.
[[nodiscard]] std::optional<int> whole_number(std::string_view text);

}  // namespace base
