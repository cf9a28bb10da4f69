#include "diff/pairing.hpp"

#include <gtest/gtest.h>

#include <set>

namespace {

using Names = std::vector<std::pair<std::string, std::optional<std::string>>>;
using Pairs = std::vector<std::optional<std::string>>;

auto exists_in(std::set<std::string> current) {
  return [current = std::move(current)](const std::string& name) { return current.contains(name); };
}

TEST(PairingTest, PairsByNameAndNewObjectsAreNew) {
  EXPECT_EQ(diff::pair_by_name({{"a", std::nullopt}, {"b", std::nullopt}}, exists_in({"a"})),
            (Pairs{"a", std::nullopt}));
}

TEST(PairingTest, RenameWinsOverTheNameOfADroppedObject) {
  // email <- email_new, while an old "email" is dropped.
  EXPECT_EQ(diff::pair_by_name({{"email", "email_new"}}, exists_in({"email", "email_new"})),
            (Pairs{"email_new"}));
}

TEST(PairingTest, RenameDoesNotTakeANameSomeoneKeeps) {
  // b <- a, but a desired "a" (no rename of its own) keeps current a.
  EXPECT_EQ(diff::pair_by_name({{"a", std::nullopt}, {"b", "a"}}, exists_in({"a"})),
            (Pairs{"a", std::nullopt}));
}

TEST(PairingTest, ChainsRunOnceAndAreIdempotent) {
  const Names chain{{"b", "a"}, {"c", "b"}};
  EXPECT_EQ(diff::pair_by_name(chain, exists_in({"a", "b"})), (Pairs{"a", "b"}));
  // After it ran: a is gone, so b and c pair by name.
  EXPECT_EQ(diff::pair_by_name(chain, exists_in({"b", "c"})), (Pairs{"b", "c"}));
}

TEST(PairingTest, SwapRunsOnceThenIsSeenAsDone) {
  const Names swap{{"a", "b"}, {"b", "a"}};
  const auto not_yet = [](std::size_t) { return false; };
  EXPECT_EQ(diff::pair_by_name(swap, exists_in({"a", "b"}), not_yet), (Pairs{"b", "a"}));
  const auto done = [](std::size_t) { return true; };
  EXPECT_EQ(diff::pair_by_name(swap, exists_in({"a", "b"}), done), (Pairs{"a", "b"}));
}

TEST(PairingTest, AlreadyThereDoesNotStopARenameOutsideACycle) {
  // b <- a where a still exists: a rename even if the current b looks alike.
  const auto alike = [](std::size_t) { return true; };
  EXPECT_EQ(diff::pair_by_name({{"b", "a"}}, exists_in({"a", "b"}), alike), (Pairs{"a"}));
}

}  // namespace
