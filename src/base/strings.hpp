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

// Returns the edit distance between `a` and `b`: insertions, deletions,
// substitutions and swaps of two neighbouring letters ("tabel" is one edit
// from "table"), each counting one (the optimal string alignment distance).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// Returns the candidate closest to `word` if it is close enough to be a likely
// typo (at most a third of the word's length, and at most 3 edits), or "" if
// none is. Ties go to the earliest candidate, so the answer is deterministic.
[[nodiscard]] std::string closest_match(std::string_view word,
                                        std::span<const std::string> candidates);

// Returns `text` as a whole number when it is only decimal digits (no sign,
// no blanks) that fit an int; nullopt otherwise.
[[nodiscard]] std::optional<int> whole_number(std::string_view text);

// Returns the offset of the first byte of `text` that is not part of a valid
// UTF-8 sequence (overlong forms, surrogates and code points past U+10FFFF
// included), or nullopt when all of it is valid UTF-8.
[[nodiscard]] std::optional<std::size_t> invalid_utf8_at(std::string_view text);

// Returns valid UTF-8 `text` as UTF-16 code units: the order of these is the
// order JavaScript's < gives strings (knex sorts migration files so), which
// differs from UTF-8's byte order where a character past U+FFFF meets one
// from U+E000 to U+FFFF.
[[nodiscard]] std::u16string utf16_units(std::string_view text);

}  // namespace base
