#include "core/backoff.h"

#include <gtest/gtest.h>

namespace lampid {
namespace {

TEST(Backoff, GrowsExponentiallyUpToTheCapWithJitter) {
  double r = 1.0;
  Backoff b(1000, 60000, [&] { return r; });
  EXPECT_EQ(b.NextDelayMs(), 1000);
  EXPECT_EQ(b.NextDelayMs(), 2000);
  EXPECT_EQ(b.NextDelayMs(), 4000);
  for (int i = 0; i < 20; ++i) b.NextDelayMs();
  EXPECT_EQ(b.NextDelayMs(), 60000);
  r = 0.25;
  EXPECT_EQ(b.NextDelayMs(), 15000);  // full jitter: anywhere in [0, ceiling)
  b.Reset();
  r = 0.5;
  EXPECT_EQ(b.NextDelayMs(), 500);
}

}  // namespace
}  // namespace lampid
