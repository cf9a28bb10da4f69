#include "manifest/toml_text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace manifest {

std::string toml_key(std::string_view key) {
  const bool bare = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
  return bare ? std::string(key) : toml_string(key);
}

std::string toml_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20) || c == 0x7f) {
          out += fmt::format("\\u{:04X}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string toml_text(std::string_view text) {
  const bool multi_line = text.find('\n') != std::string_view::npos;
  const bool literal_fits = text.find("'''") == std::string_view::npos && !text.ends_with('\'') &&
                            std::none_of(text.begin(), text.end(), [](char c) {
                              const auto byte = static_cast<unsigned char>(c);
                              return (byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7f;
                            });
  if (multi_line && literal_fits) {
    // The newline right after the opening delimiter is not part of the value.
    return fmt::format("'''\n{}'''", text);
  }
  return toml_string(text);
}

std::string toml_string_array(std::span<const std::string> items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += ", ";
    }
    out += toml_string(items[i]);
  }
  out += ']';
  return out;
}

}  // namespace manifest
