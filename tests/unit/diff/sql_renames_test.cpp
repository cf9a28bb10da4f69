#include "diff/sql_renames.hpp"

#include <gtest/gtest.h>

namespace {

diff::ColumnRenames renames(std::map<std::string, std::string> renamed,
                            std::set<std::string> dropped = {}) {
  return diff::ColumnRenames{std::move(renamed), std::move(dropped)};
}

std::string expression(std::string_view text, const diff::ColumnRenames& with) {
  const auto out = diff::rename_in_expression(text, with);
  return out ? *out : "<unsure>";
}

TEST(SqlRenamesTest, RenamesColumnReferencesInExpressions) {
  const auto mail = renames({{"mail", "email"}});
  EXPECT_EQ(expression("lower(mail)", mail), "lower(email)");
  EXPECT_EQ(expression("(mail IS NOT NULL)", mail), "(email IS NOT NULL)");
  EXPECT_EQ(expression("mail DESC NULLS LAST", mail), "email DESC NULLS LAST");
  EXPECT_EQ(expression("((price > 0) AND (label <> ''::text))", renames({{"label", "title"}})),
            "((price > 0) AND (title <> ''::text))");
  EXPECT_EQ(expression("((mail || '@'::text) || domain)", mail),
            "((email || '@'::text) || domain)");
  EXPECT_EQ(expression("(mail = ANY (ARRAY['a'::text, mail]))", mail),
            "(email = ANY (ARRAY['a'::text, email]))");
  EXPECT_EQ(expression("CASE WHEN (mail IS NULL) THEN 0 ELSE 1 END", mail),
            "CASE WHEN (email IS NULL) THEN 0 ELSE 1 END");
}

TEST(SqlRenamesTest, LeavesLiteralsFunctionsTypesCollationsAndFieldsAlone) {
  const auto mail = renames({{"mail", "email"}, {"C", "D"}, {"text", "body"}});
  EXPECT_EQ(expression("(mail(mail) <> 'mail'::text)", mail), "(mail(email) <> 'mail'::text)");
  EXPECT_EQ(expression("((mail)::mail <> 'it''s mail'::text)", mail),
            "((email)::mail <> 'it''s mail'::text)");
  EXPECT_EQ(expression("mail COLLATE \"C\"", mail), "email COLLATE \"C\"");
  EXPECT_EQ(expression("public.mail(mail)", mail), "public.mail(email)");
  EXPECT_EQ(expression("((doc).mail = mail)", mail), "((doc).mail = email)");
  EXPECT_EQ(expression("((mail)::character varying(20) IS NOT NULL)", mail),
            "((email)::character varying(20) IS NOT NULL)");
  EXPECT_EQ(expression("(text <> E'mail\\\\ ''text'' mail')", mail),
            "(body <> E'mail\\\\ ''text'' mail')");
}

TEST(SqlRenamesTest, OperatorClassesAndExtractFieldsAreNotColumns) {
  EXPECT_EQ(expression("name text_pattern_ops", renames({{"text_pattern_ops", "x"}})),
            "name text_pattern_ops");
  EXPECT_EQ(expression("lower(name) text_pattern_ops", renames({{"name", "title"}})),
            "lower(title) text_pattern_ops");
  EXPECT_EQ(expression("EXTRACT(year FROM year)", renames({{"year", "yr"}})),
            "EXTRACT(year FROM yr)");
}

TEST(SqlRenamesTest, QuotesNewNamesAsQuoteIdentDoes) {
  const auto ugly = renames({{"Old Name", "New Name"}, {"mail", "order"}, {"x\"y", "xy"}});
  EXPECT_EQ(expression("lower(\"Old Name\")", ugly), "lower(\"New Name\")");
  EXPECT_EQ(expression("(mail <> \"x\"\"y\")", ugly), "(\"order\" <> xy)");
  EXPECT_EQ(expression("\"Old Name\" text_pattern_ops", ugly), "\"New Name\" text_pattern_ops");
  // A bare word is a column only when quote_ident() leaves that name bare.
  EXPECT_EQ(expression("(Old IS NULL)", renames({{"Old", "new"}})), "(Old IS NULL)");
}

TEST(SqlRenamesTest, RenamesAllAtOnce) {
  EXPECT_EQ(expression("(a < b)", renames({{"a", "b"}, {"b", "a"}})), "(b < a)");
}

TEST(SqlRenamesTest, IsUnsureOfDroppedColumnsAndUnreadableText) {
  EXPECT_EQ(expression("(mail <> ''::text)", renames({{"m", "n"}}, {"mail"})), "<unsure>");
  EXPECT_EQ(expression("(mail <> ''::text) -- x", renames({{"mail", "email"}})), "<unsure>");
  EXPECT_EQ(expression("(mail <> $$x$$)", renames({{"mail", "email"}})), "<unsure>");
  EXPECT_EQ(expression("(mail <> 'open", renames({{"mail", "email"}})), "<unsure>");
  // A dropped column's name inside a literal is no reference.
  EXPECT_EQ(expression("(m <> 'mail'::text)", renames({{"m", "n"}}, {"mail"})),
            "(n <> 'mail'::text)");
}

std::string view(std::string_view text, const diff::ColumnRenames& with,
                 const std::string& table = "t") {
  const auto out = diff::rename_in_view(text, "public", table, with);
  return out ? *out : "<unsure>";
}

TEST(SqlRenamesTest, ViewKeepsItsOutputNames) {
  const auto nm = renames({{"nm", "name"}});
  EXPECT_EQ(view(" SELECT t.id,\n    t.nm\n   FROM t;", nm),
            " SELECT t.id,\n    t.name AS nm\n   FROM t;");
  EXPECT_EQ(view(" SELECT t.nm AS label,\n    upper(t.nm) AS upper\n   FROM t\n  WHERE (t.nm IS "
                 "NOT NULL)\n  ORDER BY t.nm;",
                 nm),
            " SELECT t.name AS label,\n    upper(t.name) AS upper\n   FROM t\n  WHERE (t.name IS "
            "NOT NULL)\n  ORDER BY t.name;");
  // An alias that is the new name is no longer printed.
  EXPECT_EQ(view(" SELECT t.nm AS name\n   FROM t;", nm), " SELECT t.name\n   FROM t;");
  // Aliased and schema-qualified tables, and quoted names.
  EXPECT_EQ(view(" SELECT x.nm\n   FROM public.t x;", nm),
            " SELECT x.name AS nm\n   FROM public.t x;");
  EXPECT_EQ(view(" SELECT t.\"Old Name\"\n   FROM t;", renames({{"Old Name", "order"}})),
            " SELECT t.\"order\" AS \"Old Name\"\n   FROM t;");
  // A swap keeps each output name on its column.
  EXPECT_EQ(view(" SELECT t.a,\n    t.b\n   FROM t;", renames({{"a", "b"}, {"b", "a"}})),
            " SELECT t.b AS a,\n    t.a AS b\n   FROM t;");
}

TEST(SqlRenamesTest, ViewsBeyondOneSelectOverTheTableAreUnsure) {
  const auto nm = renames({{"nm", "name"}});
  EXPECT_EQ(view(" SELECT t.nm\n   FROM t\n     JOIN u ON ((u.id = t.id));", nm), "<unsure>");
  EXPECT_EQ(view(" SELECT t.nm\n   FROM t\nUNION\n SELECT t.nm\n   FROM t;", nm), "<unsure>");
  EXPECT_EQ(
      view(" SELECT t.nm\n   FROM t\n  WHERE (t.id IN ( SELECT u.id\n           FROM u));", nm),
      "<unsure>");
  EXPECT_EQ(view(" SELECT DISTINCT t.nm\n   FROM t;", nm), "<unsure>");
  EXPECT_EQ(view(" SELECT u.nm\n   FROM u;", nm), "<unsure>");
  EXPECT_EQ(view(" SELECT t.nm\n   FROM t;", renames({{"id", "ident"}}, {"nm"})), "<unsure>");
}

TEST(SqlRenamesTest, FunctionCallsFollowARenamedFunction) {
  const auto calls = [](const std::string& text, const std::string& schema) {
    return diff::rename_function_calls(text, schema, "norm", "Normalize").value_or("<unsure>");
  };
  // Bare calls of a public function, and qualified ones; quoted as needed.
  EXPECT_EQ(calls("norm(email), region", "public"), "\"Normalize\"(email), region");
  EXPECT_EQ(calls(" SELECT public.norm(t.a) AS norm\n   FROM t;", "public"),
            " SELECT public.\"Normalize\"(t.a) AS norm\n   FROM t;");
  // Not a call: a column, an alias, a string; another schema's function.
  EXPECT_EQ(calls("norm, 'norm(x)', other.norm(a)", "public"), "norm, 'norm(x)', other.norm(a)");
  // A function of another schema is printed qualified: bare calls are not it.
  EXPECT_EQ(calls("norm(a), app.norm(b)", "app"), "norm(a), app.\"Normalize\"(b)");
  EXPECT_EQ(calls("norm($$x", "public"), "<unsure>");
}

}  // namespace
