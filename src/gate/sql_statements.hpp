#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gate {

// One statement of a SQL script, as split_statements() found it.
struct ScriptStatement {
  // From its first character outside comments and white space up to its
  // terminating ';' (excluded), trailing white space removed.
  std::string text;
  std::size_t line = 1;  // the line (1-based) of the script where `text` starts
};

// Splits a SQL script at the semicolons that end statements, the way psql
// does for the cases migrations use: semicolons inside '...' and E'...'
// strings, "..." identifiers, $tag$...$tag$ bodies, -- and (nested) /* */
// comments do not split; neither do those inside a BEGIN ATOMIC ... END body
// (SQL-standard function bodies). Statements that hold only comments or
// white space are left out.
//
// Used to name the statement of a migration that failed; the migration itself
// is always run as one script, exactly as knex.raw() sends it.
[[nodiscard]] std::vector<ScriptStatement> split_statements(std::string_view script);

}  // namespace gate
