#include "diff/sql_renames.hpp"

#include <algorithm>
#include <vector>

#include "pg/quote.hpp"

namespace diff {
namespace {

enum class TokenKind { space, literal, identifier, number, symbol };

struct Token {
  TokenKind kind = TokenKind::symbol;
  std::string text;   // as written; rewriting changes it
  std::string value;  // an identifier's name (quotes removed)
  bool quoted = false;
};

bool is_word_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_word_char(char c) { return is_word_start(c) || (c >= '0' && c <= '9') || c == '$'; }

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Splits PostgreSQL's printed SQL into tokens; nullopt for what deparsed
// expressions never hold (comments, dollar quotes, parameters) or an
// unterminated literal or identifier.
std::optional<std::vector<Token>> tokenize(std::string_view sql) {
  std::vector<Token> out;
  std::size_t at = 0;
  while (at < sql.size()) {
    const char c = sql[at];
    const std::size_t start = at;
    Token token;
    if (is_space(c)) {
      token.kind = TokenKind::space;
      while (at < sql.size() && is_space(sql[at])) {
        ++at;
      }
    } else if (c == '\'') {
      // E'...' (printed when standard_conforming_strings is off) escapes
      // with backslashes as well as doubled quotes.
      const bool escapes = !out.empty() && out.back().kind == TokenKind::identifier &&
                           !out.back().quoted && (out.back().text == "E" || out.back().text == "e");
      token.kind = TokenKind::literal;
      ++at;
      bool closed = false;
      while (at < sql.size()) {
        if (escapes && sql[at] == '\\') {
          at += 2;
        } else if (sql[at] == '\'') {
          if (at + 1 < sql.size() && sql[at + 1] == '\'') {
            at += 2;
          } else {
            ++at;
            closed = true;
            break;
          }
        } else {
          ++at;
        }
      }
      if (!closed) {
        return std::nullopt;
      }
    } else if (c == '"') {
      token.kind = TokenKind::identifier;
      token.quoted = true;
      ++at;
      bool closed = false;
      while (at < sql.size()) {
        if (sql[at] == '"') {
          if (at + 1 < sql.size() && sql[at + 1] == '"') {
            token.value += '"';
            at += 2;
            continue;
          }
          ++at;
          closed = true;
          break;
        }
        token.value += sql[at++];
      }
      if (!closed || token.value.empty()) {
        return std::nullopt;
      }
    } else if (is_word_start(c)) {
      token.kind = TokenKind::identifier;
      while (at < sql.size() && is_word_char(sql[at])) {
        ++at;
      }
      token.value = std::string(sql.substr(start, at - start));
    } else if ((c >= '0' && c <= '9') ||
               (c == '.' && at + 1 < sql.size() && sql[at + 1] >= '0' && sql[at + 1] <= '9')) {
      token.kind = TokenKind::number;
      while (at < sql.size() && (is_word_char(sql[at]) || sql[at] == '.')) {
        ++at;
      }
    } else if (c == '$' || (c == '-' && sql.substr(at).starts_with("--")) ||
               (c == '/' && sql.substr(at).starts_with("/*"))) {
      return std::nullopt;
    } else {
      token.kind = TokenKind::symbol;
      at += sql.substr(at).starts_with("::") ? 2 : 1;
    }
    token.text = std::string(sql.substr(start, at - start));
    out.push_back(std::move(token));
  }
  return out;
}

// PostgreSQL prints its keywords in upper case and identifiers that are not
// plain lower-case names in double quotes, so an unquoted word with an upper
// case letter is a keyword.
bool is_keyword(const Token& token) {
  return token.kind == TokenKind::identifier && !token.quoted &&
         std::any_of(token.value.begin(), token.value.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_keyword(const Token& token, std::string_view word) {
  return is_keyword(token) && token.value == word;
}

bool is_symbol(const Token& token, std::string_view symbol) {
  return token.kind == TokenKind::symbol && token.text == symbol;
}

bool is_name(const Token& token) {
  return token.kind == TokenKind::identifier && !is_keyword(token);
}

// Returns the column name an identifier token spells, when it can spell one:
// a bare word only when quote_ident() would leave that name bare.
std::optional<std::string> column_name(const Token& token) {
  if (!is_name(token)) {
    return std::nullopt;
  }
  if (!token.quoted && pg::quote_ident(token.value) != token.value) {
    return std::nullopt;
  }
  return token.value;
}

// Tokens of `sql` that are significant (not spaces), by position.
class Significant {
 public:
  explicit Significant(const std::vector<Token>& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::space) {
        m_at.push_back(i);
      }
    }
  }
  [[nodiscard]] std::size_t size() const { return m_at.size(); }
  [[nodiscard]] std::size_t operator[](std::size_t i) const { return m_at[i]; }

 private:
  std::vector<std::size_t> m_at;
};

// Returns true when significant token `s` (an identifier, not a keyword) is
// in a place where a deparsed expression puts a column reference.
bool in_column_place(const std::vector<Token>& tokens, const Significant& sig, std::size_t s) {
  const std::size_t at = sig[s];
  if (at + 1 < tokens.size() &&
      (is_symbol(tokens[at + 1], "(") || is_symbol(tokens[at + 1], "."))) {
    return false;  // a function, or a qualifier
  }
  if (s == 0) {
    return true;
  }
  const Token& before = tokens[sig[s - 1]];
  if (is_symbol(before, "::") || is_symbol(before, ".") || is_keyword(before, "COLLATE") ||
      is_keyword(before, "AS") || is_keyword(before, "NAME")) {
    return false;  // a type, a field or qualified name, a collation, an alias, an XML name
  }
  if (is_name(before) || before.kind == TokenKind::literal || before.kind == TokenKind::number ||
      is_symbol(before, ")") || is_symbol(before, "]")) {
    return false;  // no operator between: an operator class or a word of a type name
  }
  if (is_symbol(before, "(") && s >= 2 && is_keyword(tokens[sig[s - 2]], "EXTRACT")) {
    return false;  // EXTRACT(field FROM ...)
  }
  return true;
}

// Renames the identifier `token` to `name`, spelled as quote_ident() does.
void rename_token(Token& token, const std::string& name) {
  token.text = pg::quote_ident(name);
  token.value = name;
  token.quoted = token.text.front() == '"';
}

// Renames the column reference in `token`; false when it names a dropped column.
bool rename_reference(Token& token, const ColumnRenames& renames) {
  const auto name = column_name(token);
  if (!name) {
    return true;
  }
  if (renames.dropped.contains(*name)) {
    return false;
  }
  if (const auto found = renames.renamed.find(*name); found != renames.renamed.end()) {
    rename_token(token, found->second);
  }
  return true;
}

std::string joined(const std::vector<Token>& tokens) {
  std::string out;
  for (const auto& token : tokens) {
    out += token.text;
  }
  return out;
}

}  // namespace

std::optional<std::string> renamed_column(const std::string& name, const ColumnRenames& renames) {
  if (renames.dropped.contains(name)) {
    return std::nullopt;
  }
  const auto found = renames.renamed.find(name);
  return found == renames.renamed.end() ? name : found->second;
}

std::optional<std::string> rename_in_expression(std::string_view expression,
                                                const ColumnRenames& renames) {
  auto tokens = tokenize(expression);
  if (!tokens) {
    return std::nullopt;
  }
  const Significant sig(*tokens);
  // Decide every place on the text as printed, then rename.
  std::vector<std::size_t> references;
  for (std::size_t s = 0; s < sig.size(); ++s) {
    if (is_name((*tokens)[sig[s]]) && in_column_place(*tokens, sig, s)) {
      references.push_back(sig[s]);
    }
  }
  for (const auto at : references) {
    if (!rename_reference((*tokens)[at], renames)) {
      return std::nullopt;
    }
  }
  return joined(*tokens);
}

std::optional<std::string> rename_in_view(std::string_view definition, const std::string& schema,
                                          const std::string& table, const ColumnRenames& renames) {
  auto parsed = tokenize(definition);
  if (!parsed) {
    return std::nullopt;
  }
  auto& tokens = *parsed;
  const Significant sig(tokens);
  if (sig.size() < 3 || !is_keyword(tokens[sig[0]], "SELECT")) {
    return std::nullopt;
  }
  // One plain SELECT: anything that brings in another scope or changes how
  // output columns are named is left to drop and create.
  for (std::size_t s = 0; s < sig.size(); ++s) {
    const Token& token = tokens[sig[s]];
    for (const char* word : {"UNION", "INTERSECT", "EXCEPT", "WITH", "WINDOW", "JOIN", "LATERAL",
                             "VALUES", "DISTINCT", "ONLY", "TABLESAMPLE", "ROWS", "RECURSIVE"}) {
      if (is_keyword(token, word)) {
        return std::nullopt;
      }
    }
    if (s > 0 && is_keyword(token, "SELECT")) {
      return std::nullopt;
    }
  }
  // The select list runs to the first FROM outside parentheses.
  std::size_t from = 0;
  int depth = 0;
  for (std::size_t s = 1; s < sig.size() && from == 0; ++s) {
    const Token& token = tokens[sig[s]];
    if (is_symbol(token, "(") || is_symbol(token, "[")) {
      ++depth;
    } else if (is_symbol(token, ")") || is_symbol(token, "]")) {
      --depth;
    } else if (depth == 0 && is_keyword(token, "FROM")) {
      from = s;
    }
  }
  if (from == 0) {
    return std::nullopt;
  }
  // FROM [schema.]table [alias], then the end or the next clause.
  std::size_t s = from + 1;
  const auto name_at = [&](std::size_t i) { return i < sig.size() && is_name(tokens[sig[i]]); };
  if (!name_at(s)) {
    return std::nullopt;
  }
  std::string refname = table;
  if (s + 2 < sig.size() && is_symbol(tokens[sig[s + 1]], ".")) {
    if (!name_at(s + 2) || tokens[sig[s]].value != schema || tokens[sig[s + 2]].value != table) {
      return std::nullopt;
    }
    s += 3;
  } else {
    if (tokens[sig[s]].value != table) {
      return std::nullopt;
    }
    s += 1;
  }
  if (name_at(s)) {
    refname = tokens[sig[s]].value;
    s += 1;
  }
  if (s < sig.size()) {
    const Token& next = tokens[sig[s]];
    bool clause = is_symbol(next, ";");
    for (const char* word : {"WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FETCH"}) {
      clause = clause || is_keyword(next, word);
    }
    if (!clause) {
      return std::nullopt;
    }
  }
  const std::size_t relation_from = from + 1;
  const std::size_t relation_to = s;  // significant tokens of the FROM item

  // Column references: bare ones in column places, and `refname.column`.
  std::vector<std::size_t> references;
  for (std::size_t i = 1; i < sig.size(); ++i) {
    if (i >= relation_from && i < relation_to) {
      continue;
    }
    const Token& token = tokens[sig[i]];
    if (!is_name(token)) {
      continue;
    }
    const bool followed_by_call = sig[i] + 1 < tokens.size() && is_symbol(tokens[sig[i] + 1], "(");
    if (i >= 2 && is_symbol(tokens[sig[i - 1]], ".")) {
      const Token& qualifier = tokens[sig[i - 2]];
      const bool three_part = i >= 3 && is_symbol(tokens[sig[i - 3]], ".");
      if (is_name(qualifier) && qualifier.value == refname && !three_part && !followed_by_call) {
        references.push_back(i);
      }
      continue;
    }
    if (in_column_place(tokens, sig, i)) {
      references.push_back(i);
    }
  }

  // The select list: a plain column reference that is renamed keeps the
  // view's output name, which PostgreSQL then prints as an alias.
  struct OutputName {
    std::size_t column;  // significant index of the column token
    std::optional<std::size_t> alias;
    std::string old_name;
  };
  std::vector<OutputName> outputs;
  std::size_t entry_start = 1;
  depth = 0;
  for (std::size_t i = 1; i <= from; ++i) {
    const Token& token = tokens[sig[i]];
    if (is_symbol(token, "(") || is_symbol(token, "[")) {
      ++depth;
    } else if (is_symbol(token, ")") || is_symbol(token, "]")) {
      --depth;
    }
    if (depth != 0 || !(i == from || is_symbol(token, ","))) {
      continue;
    }
    std::size_t length = i - entry_start;
    std::optional<std::size_t> alias;
    if (length >= 3 && is_keyword(tokens[sig[i - 2]], "AS") && is_name(tokens[sig[i - 1]])) {
      alias = i - 1;
      length -= 2;
    }
    std::optional<std::size_t> column;
    if (length == 1 && is_name(tokens[sig[entry_start]])) {
      column = entry_start;
    } else if (length == 3 && is_symbol(tokens[sig[entry_start + 1]], ".") &&
               is_name(tokens[sig[entry_start + 2]])) {
      column = entry_start + 2;
    }
    if (column && std::find(references.begin(), references.end(), *column) != references.end()) {
      if (const auto name = column_name(tokens[sig[*column]])) {
        outputs.push_back(OutputName{*column, alias, *name});
      }
    }
    entry_start = i + 1;
  }

  for (const auto i : references) {
    if (!rename_reference(tokens[sig[i]], renames)) {
      return std::nullopt;
    }
  }
  for (const auto& output : outputs) {
    if (!renames.renamed.contains(output.old_name)) {
      continue;
    }
    const std::string& new_name = tokens[sig[output.column]].value;
    if (output.alias) {
      if (tokens[sig[*output.alias]].value == new_name) {
        // `t.x AS name` after x becomes name: printed without the alias.
        for (std::size_t at = sig[output.column] + 1; at <= sig[*output.alias]; ++at) {
          tokens[at].text.clear();
        }
      }
    } else {
      tokens[sig[output.column]].text += " AS " + pg::quote_ident(output.old_name);
    }
  }
  return joined(tokens);
}

std::optional<std::string> rename_relation_in_view(std::string_view definition,
                                                   const std::string& schema,
                                                   const std::string& old_name,
                                                   const std::string& new_name) {
  auto tokens = tokenize(definition);
  if (!tokens) {
    return std::nullopt;
  }
  const Significant sig(*tokens);
  std::vector<std::size_t> references;
  for (std::size_t s = 0; s < sig.size(); ++s) {
    const Token& token = (*tokens)[sig[s]];
    if (!is_name(token) || token.value != old_name) {
      continue;
    }
    const std::size_t at = sig[s];
    if (at + 1 < tokens->size() && is_symbol((*tokens)[at + 1], "(")) {
      continue;  // a function
    }
    if (s > 0 && is_symbol((*tokens)[sig[s - 1]], ".")) {
      // The second part of a qualified name: the relation only after its
      // schema ("FROM sales.orders"), otherwise a column ("orders.orders").
      if (s < 2 || (*tokens)[sig[s - 2]].value != schema) {
        continue;
      }
    }
    references.push_back(at);
  }
  for (const auto at : references) {
    Token& token = (*tokens)[at];
    rename_token(token, new_name);
  }
  return joined(*tokens);
}

std::optional<std::string> rename_function_calls(std::string_view text, const std::string& schema,
                                                 const std::string& old_name,
                                                 const std::string& new_name) {
  auto tokens = tokenize(text);
  if (!tokens) {
    return std::nullopt;
  }
  const Significant sig(*tokens);
  for (std::size_t s = 0; s < sig.size(); ++s) {
    Token& token = (*tokens)[sig[s]];
    const bool called = s + 1 < sig.size() && is_symbol((*tokens)[sig[s + 1]], "(");
    if (!is_name(token) || token.value != old_name || !called) {
      continue;
    }
    const bool qualified = s > 0 && is_symbol((*tokens)[sig[s - 1]], ".");
    if (qualified ? s < 2 || (*tokens)[sig[s - 2]].value != schema : schema != "public") {
      continue;  // a function of another schema (printed bare: on search_path = public)
    }
    rename_token(token, new_name);
  }
  return joined(*tokens);
}

}  // namespace diff
