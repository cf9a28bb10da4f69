#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pg {

// Returns `identifier` as PostgreSQL's quote_ident() would: unchanged when it is
// a plain lower-case name that is not a keyword, otherwise in double quotes
// with embedded double quotes doubled. Any byte sequence is safe to pass.
[[nodiscard]] std::string quote_ident(std::string_view identifier);

// Returns `schema`.`name`, each part quoted as quote_ident() does.
[[nodiscard]] std::string quote_qualified(std::string_view schema, std::string_view name);

// Returns `text` as an SQL string literal: in single quotes with embedded single
// quotes doubled, and as an E'' literal (backslashes doubled) when it contains
// a backslash, so it means the same under any standard_conforming_strings.
[[nodiscard]] std::string quote_literal(std::string_view text);

// Returns true when `word` (lower case) is a PostgreSQL keyword that cannot be
// used as a bare identifier everywhere (reserved, type/function or column-name
// keywords: pg_get_keywords() catcode R, T or C).
[[nodiscard]] bool is_quoting_keyword(std::string_view word);

// Returns PostgreSQL's text form of a text[] holding `elements`, every
// element double-quoted ({"a","it's","x\"y"}), for a $n::text[] parameter.
[[nodiscard]] std::string text_array_literal(const std::vector<std::string>& elements);

}  // namespace pg
