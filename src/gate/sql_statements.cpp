#include "gate/sql_statements.hpp"

#include <cctype>

namespace gate {
namespace {

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool starts_word_ci(std::string_view text, std::size_t at, std::string_view word) {
  if (at + word.size() > text.size()) {
    return false;
  }
  if (at > 0 && is_word_char(text[at - 1])) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i]) {
      return false;
    }
  }
  const std::size_t end = at + word.size();
  return end >= text.size() || !is_word_char(text[end]);
}

// The dollar-quote tag starting at `at` ("$$" or "$name$"), or "" when `at`
// does not start one.
std::string_view dollar_tag(std::string_view text, std::size_t at) {
  if (text[at] != '$' || (at > 0 && is_word_char(text[at - 1]))) {
    return {};
  }
  std::size_t end = at + 1;
  while (end < text.size() && is_word_char(text[end]) &&
         !(end == at + 1 && std::isdigit(static_cast<unsigned char>(text[end])) != 0)) {
    ++end;
  }
  if (end < text.size() && text[end] == '$') {
    return text.substr(at, end - at + 1);
  }
  return {};
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
    text.remove_suffix(1);
  }
  return text;
}

}  // namespace

std::vector<ScriptStatement> split_statements(std::string_view script) {
  std::vector<ScriptStatement> out;
  std::size_t counted_to = 0;  // lines are counted up to here
  std::size_t line = 1;
  bool has_code = false;  // the current statement holds more than comments
  std::size_t code_start = 0;
  int atomic_depth = 0;  // inside BEGIN ATOMIC ... END
  bool saw_atomic_begin = false;
  const auto finish = [&](std::size_t end) {
    if (has_code) {
      const auto text = trim(script.substr(code_start, end - code_start));
      for (; counted_to < code_start; ++counted_to) {
        line += script[counted_to] == '\n' ? 1 : 0;
      }
      out.push_back(ScriptStatement{std::string(text), line});
    }
    has_code = false;
    atomic_depth = 0;
    saw_atomic_begin = false;
  };
  const auto mark_code = [&](std::size_t at) {
    if (!has_code) {
      has_code = true;
      code_start = at;
    }
  };
  std::size_t i = 0;
  while (i < script.size()) {
    const char c = script[i];
    const char next = i + 1 < script.size() ? script[i + 1] : '\0';
    if (c == '-' && next == '-') {
      while (i < script.size() && script[i] != '\n') {
        ++i;
      }
      continue;
    }
    if (c == '/' && next == '*') {
      int depth = 1;
      i += 2;
      while (i < script.size() && depth > 0) {
        if (script[i] == '/' && i + 1 < script.size() && script[i + 1] == '*') {
          ++depth;
          i += 2;
        } else if (script[i] == '*' && i + 1 < script.size() && script[i + 1] == '/') {
          --depth;
          i += 2;
        } else {
          ++i;
        }
      }
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      ++i;
      continue;
    }
    if (c == ';' && atomic_depth == 0) {
      // A semicolon alone (";", "select 1;;") ends no statement.
      finish(i);
      ++i;
      continue;
    }
    mark_code(i);
    if (c == '\'' || c == '"') {
      // E'...' strings take backslash escapes; doubling the quote escapes it
      // in every kind.
      const bool backslashes = c == '\'' && i > 0 &&
                               (script[i - 1] == 'E' || script[i - 1] == 'e') &&
                               (i < 2 || !is_word_char(script[i - 2]));
      ++i;
      while (i < script.size()) {
        if (backslashes && script[i] == '\\') {
          i += 2;
          continue;
        }
        if (script[i] == c) {
          if (i + 1 < script.size() && script[i + 1] == c) {
            i += 2;
            continue;
          }
          break;
        }
        ++i;
      }
      ++i;
      continue;
    }
    if (c == '$') {
      const auto tag = dollar_tag(script, i);
      if (!tag.empty()) {
        const auto close = script.find(tag, i + tag.size());
        i = close == std::string_view::npos ? script.size() : close + tag.size();
        continue;
      }
    }
    if (is_word_char(c) && (i == 0 || !is_word_char(script[i - 1]))) {
      // BEGIN ATOMIC opens a body; CASE ... END inside it nests.
      if ((starts_word_ci(script, i, "atomic") && saw_atomic_begin) ||
          (starts_word_ci(script, i, "case") && atomic_depth > 0)) {
        ++atomic_depth;
      } else if (starts_word_ci(script, i, "end") && atomic_depth > 0) {
        --atomic_depth;
      }
      saw_atomic_begin = starts_word_ci(script, i, "begin");
      while (i < script.size() && is_word_char(script[i])) {
        ++i;
      }
      continue;
    }
    ++i;
  }
  finish(script.size());
  return out;
}

}  // namespace gate
