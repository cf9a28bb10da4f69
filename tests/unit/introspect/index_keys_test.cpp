#include <gtest/gtest.h>

#include "introspect/loaders.hpp"

namespace {

using introspect::detail::index_keys;
using Keys = std::vector<std::string>;

TEST(IndexKeysTest, SplitsPlainColumns) {
  EXPECT_EQ(index_keys("CREATE INDEX t_a_b_idx ON public.t USING btree (a, b)", "btree"),
            (Keys{"a", "b"}));
}

TEST(IndexKeysTest, KeepsOrderingOpclassAndCollation) {
  EXPECT_EQ(index_keys("CREATE UNIQUE INDEX i ON public.t USING btree (lower(name) DESC NULLS "
                       "LAST, title COLLATE \"C\" text_pattern_ops) INCLUDE (x) WHERE (a > 0)",
                       "btree"),
            (Keys{"lower(name) DESC NULLS LAST", "title COLLATE \"C\" text_pattern_ops"}));
}

TEST(IndexKeysTest, CommasInsideParenthesesLiteralsAndIdentifiersDoNotSplit) {
  EXPECT_EQ(index_keys("CREATE INDEX i ON public.t USING btree (COALESCE(a, b), "
                       "((c || ', )'::text)), \"odd, \"\") name\")",
                       "btree"),
            (Keys{"COALESCE(a, b)", "((c || ', )'::text))", "\"odd, \"\") name\""}));
}

TEST(IndexKeysTest, IsNotFooledByTableNamesThatLookLikeTheMethod) {
  EXPECT_EQ(
      index_keys("CREATE INDEX \"x USING gin (y\" ON public.\"t USING gin (z\" USING gin (tags)",
                 "gin"),
      (Keys{"tags"}));
}

TEST(IndexKeysTest, QuotesMethodNamesThatNeedIt) {
  EXPECT_EQ(index_keys("CREATE INDEX i ON public.t USING \"My AM\" (a)", "My AM"), (Keys{"a"}));
}

TEST(IndexKeysTest, RejectsTextOfAnotherShape) {
  EXPECT_EQ(index_keys("CREATE INDEX i ON public.t USING btree (a", "btree"), std::nullopt);
  EXPECT_EQ(index_keys("CREATE INDEX i ON public.t USING hash (a)", "btree"), std::nullopt);
  EXPECT_EQ(index_keys("CREATE INDEX i ON public.t USING btree (a, )", "btree"), std::nullopt);
  EXPECT_EQ(index_keys("", "btree"), std::nullopt);
}

}  // namespace

TEST(IndexPredicateTest, TakesWhatFollowsWhere) {
  EXPECT_EQ(introspect::detail::index_predicate(
                "CREATE INDEX i ON public.t USING btree (lower(email)) WHERE (email IS NOT NULL)"),
            "(email IS NOT NULL)");
  EXPECT_EQ(introspect::detail::index_predicate(
                "CREATE INDEX i ON public.t USING btree (a) INCLUDE (b) WHERE ((a > 0) AND "
                "(b <> 'x WHERE y'::text))"),
            "((a > 0) AND (b <> 'x WHERE y'::text))");
}

TEST(IndexPredicateTest, IgnoresWhereInsideNamesAndLiterals) {
  EXPECT_EQ(introspect::detail::index_predicate(
                "CREATE INDEX \"i WHERE x\" ON public.\"t WHERE y\" USING btree (a)"),
            std::nullopt);
  EXPECT_EQ(introspect::detail::index_predicate(
                "CREATE INDEX i ON public.t USING btree (COALESCE(a, ' WHERE '::text))"),
            std::nullopt);
  EXPECT_EQ(introspect::detail::index_predicate(
                "CREATE INDEX \"w WHERE\" ON public.t USING btree (\"it's\") WHERE (\"it's\" <> "
                "'it''s WHERE'::text)"),
            "(\"it's\" <> 'it''s WHERE'::text)");
}
