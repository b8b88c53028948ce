#include "central-server/core/circuit_breaker.h"

#include <gtest/gtest.h>

namespace lampid::central {
namespace {

using State = CircuitBreaker::State;

TEST(CircuitBreaker, OpensAfterRepeatedFailuresProbesThenCloses) {
  FixedClock clock(0);
  CircuitBreaker b(clock, {.failure_threshold = 3, .open_ms = 1000, .half_open_probes = 1});
  EXPECT_EQ(b.state(), State::kClosed);
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(b.Allow());
    b.RecordFailure();
  }
  EXPECT_EQ(b.state(), State::kClosed);
  b.RecordSuccess();  // a success in between resets the count
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(b.Allow());
    b.RecordFailure();
  }
  EXPECT_EQ(b.state(), State::kOpen);
  EXPECT_FALSE(b.Allow());
  clock.Advance(999);
  EXPECT_FALSE(b.Allow());
  clock.Advance(1);
  EXPECT_TRUE(b.Allow());  // the one half-open probe
  EXPECT_EQ(b.state(), State::kHalfOpen);
  EXPECT_FALSE(b.Allow());  // no second probe while the first is out
  b.RecordFailure();
  EXPECT_EQ(b.state(), State::kOpen);
  clock.Advance(1000);
  EXPECT_TRUE(b.Allow());
  b.RecordSuccess();
  EXPECT_EQ(b.state(), State::kClosed);
  EXPECT_TRUE(b.Allow());
  EXPECT_EQ(b.transitions_to(State::kOpen), 2u);
  EXPECT_EQ(b.transitions_to(State::kHalfOpen), 2u);
  EXPECT_EQ(b.transitions_to(State::kClosed), 1u);
}

}  // namespace
}  // namespace lampid::central
