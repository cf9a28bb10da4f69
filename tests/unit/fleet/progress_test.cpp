#include "fleet/progress.hpp"

#include <gtest/gtest.h>

namespace {

TEST(ProgressTest, TextCountsAndRate) {
  EXPECT_EQ(fleet::progress_text(12, 200, 3, "drifted", 1, 0.5),
            "12/200 done, 3 drifted, 1 failed, 24.0 tenants/s");
  EXPECT_EQ(fleet::progress_text(0, 4, 0, "migrated", 0, 0),
            "0/4 done, 0 migrated, 0 failed, 0.0 tenants/s");
}

}  // namespace
