#include "pg/quote.hpp"

#include <algorithm>
#include <array>

namespace pg {
namespace {

// PostgreSQL 15's keywords that quote_ident() quotes (pg_get_keywords() with
// catcode <> 'U'), sorted for binary search.
constexpr std::array k_quoting_keywords = {"all",
                                           "analyse",
                                           "analyze",
                                           "and",
                                           "any",
                                           "array",
                                           "as",
                                           "asc",
                                           "asymmetric",
                                           "authorization",
                                           "between",
                                           "bigint",
                                           "binary",
                                           "bit",
                                           "boolean",
                                           "both",
                                           "case",
                                           "cast",
                                           "char",
                                           "character",
                                           "check",
                                           "coalesce",
                                           "collate",
                                           "collation",
                                           "column",
                                           "concurrently",
                                           "constraint",
                                           "create",
                                           "cross",
                                           "current_catalog",
                                           "current_date",
                                           "current_role",
                                           "current_schema",
                                           "current_time",
                                           "current_timestamp",
                                           "current_user",
                                           "dec",
                                           "decimal",
                                           "default",
                                           "deferrable",
                                           "desc",
                                           "distinct",
                                           "do",
                                           "else",
                                           "end",
                                           "except",
                                           "exists",
                                           "extract",
                                           "false",
                                           "fetch",
                                           "float",
                                           "for",
                                           "foreign",
                                           "freeze",
                                           "from",
                                           "full",
                                           "grant",
                                           "greatest",
                                           "group",
                                           "grouping",
                                           "having",
                                           "ilike",
                                           "in",
                                           "initially",
                                           "inner",
                                           "inout",
                                           "int",
                                           "integer",
                                           "intersect",
                                           "interval",
                                           "into",
                                           "is",
                                           "isnull",
                                           "join",
                                           "lateral",
                                           "leading",
                                           "least",
                                           "left",
                                           "like",
                                           "limit",
                                           "localtime",
                                           "localtimestamp",
                                           "national",
                                           "natural",
                                           "nchar",
                                           "none",
                                           "normalize",
                                           "not",
                                           "notnull",
                                           "null",
                                           "nullif",
                                           "numeric",
                                           "offset",
                                           "on",
                                           "only",
                                           "or",
                                           "order",
                                           "out",
                                           "outer",
                                           "overlaps",
                                           "overlay",
                                           "placing",
                                           "position",
                                           "precision",
                                           "primary",
                                           "real",
                                           "references",
                                           "returning",
                                           "right",
                                           "row",
                                           "select",
                                           "session_user",
                                           "setof",
                                           "similar",
                                           "smallint",
                                           "some",
                                           "substring",
                                           "symmetric",
                                           "table",
                                           "tablesample",
                                           "then",
                                           "time",
                                           "timestamp",
                                           "to",
                                           "trailing",
                                           "treat",
                                           "trim",
                                           "true",
                                           "union",
                                           "unique",
                                           "user",
                                           "using",
                                           "values",
                                           "varchar",
                                           "variadic",
                                           "verbose",
                                           "when",
                                           "where",
                                           "window",
                                           "with",
                                           "xmlattributes",
                                           "xmlconcat",
                                           "xmlelement",
                                           "xmlexists",
                                           "xmlforest",
                                           "xmlnamespaces",
                                           "xmlparse",
                                           "xmlpi",
                                           "xmlroot",
                                           "xmlserialize",
                                           "xmltable"};

bool is_plain_identifier(std::string_view text) {
  if (text.empty() || !((text[0] >= 'a' && text[0] <= 'z') || text[0] == '_')) {
    return false;
  }
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

bool is_quoting_keyword(std::string_view word) {
  return std::binary_search(k_quoting_keywords.begin(), k_quoting_keywords.end(), word,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

std::string quote_ident(std::string_view identifier) {
  if (is_plain_identifier(identifier) && !is_quoting_keyword(identifier)) {
    return std::string(identifier);
  }
  std::string out;
  out.reserve(identifier.size() + 2);
  out += '"';
  for (const char c : identifier) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  out += '"';
  return out;
}

std::string quote_qualified(std::string_view schema, std::string_view name) {
  return quote_ident(schema) + "." + quote_ident(name);
}

std::string text_array_literal(const std::vector<std::string>& elements) {
  std::string text = "{";
  for (const auto& element : elements) {
    if (text.size() > 1) {
      text += ',';
    }
    text += '"';
    for (const char c : element) {
      if (c == '"' || c == '\\') {
        text += '\\';
      }
      text += c;
    }
    text += '"';
  }
  return text + "}";
}

std::string quote_literal(std::string_view text) {
  const bool has_backslash = text.find('\\') != std::string_view::npos;
  std::string out;
  out.reserve(text.size() + 3);
  if (has_backslash) {
    out += 'E';
  }
  out += '\'';
  for (const char c : text) {
    if (c == '\'' || (c == '\\' && has_backslash)) {
      out += c;
    }
    out += c;
  }
  out += '\'';
  return out;
}

}  // namespace pg
