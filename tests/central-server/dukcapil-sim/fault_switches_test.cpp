// The fault switches decide each call's fate: error rate, jitter bounds, down; counters add up.
#include "dukcapil-sim/fault_switches.h"

#include <gtest/gtest.h>

namespace lampid::dukcapil_sim {
namespace {

using Outcome = FaultSwitches::Decision::Outcome;

int Failures(FaultSwitches& f, int n) {
  int failed = 0;
  for (int i = 0; i < n; ++i) failed += f.Next().outcome == Outcome::kFail;
  return failed;
}

TEST(FaultSwitchesTest, ErrorRateIsAboutTheRequestedShare) {
  for (double rate : {0.0, 0.05, 0.3, 0.5, 1.0}) {
    FaultSwitches f(1, 0, 0, rate);
    const int failed = Failures(f, 20'000);
    EXPECT_NEAR(failed / 20'000.0, rate, 0.02) << rate;
  }
}

TEST(FaultSwitchesTest, LatencyAndJitterStayInBounds) {
  FaultSwitches f(2, 50, 10, 0);
  int min = 1000, max = 0;
  for (int i = 0; i < 5000; ++i) {
    const auto d = f.Next();
    EXPECT_EQ(d.outcome, Outcome::kAnswer);
    min = std::min(min, d.delay_ms);
    max = std::max(max, d.delay_ms);
  }
  EXPECT_GE(min, 40);
  EXPECT_LE(max, 60);
  EXPECT_LT(min, 43);  // the whole range is used
  EXPECT_GT(max, 57);
  // Jitter larger than the latency never gives a negative delay.
  FaultSwitches g(2, 5, 20, 0);
  for (int i = 0; i < 1000; ++i) EXPECT_GE(g.Next().delay_ms, 0);
}

TEST(FaultSwitchesTest, DownRefusesAtOnceAndCounts) {
  FaultSwitches f(3, 100, 0, 0);
  f.SetDown(true);
  for (int i = 0; i < 10; ++i) {
    const auto d = f.Next();
    EXPECT_EQ(d.outcome, Outcome::kRefuseDown);
    EXPECT_EQ(d.delay_ms, 0);
  }
  f.SetDown(false);
  EXPECT_EQ(f.Next().outcome, Outcome::kAnswer);
  f.CountPersons(7);
  const auto s = f.Stats();
  EXPECT_EQ(s.calls(), 11u);
  EXPECT_EQ(s.errors(), 10u);
  EXPECT_EQ(s.refused_while_down(), 10u);
  EXPECT_EQ(s.persons(), 7u);
  EXPECT_FALSE(s.down());
}

TEST(FaultSwitchesTest, SetChangesOnlyTheGivenFieldsAndClamps) {
  FaultSwitches f(4, 10, 2, 0.1);
  dpb::Faults only_latency;
  only_latency.set_latency_ms(70);
  f.Set(only_latency);
  auto s = f.Stats();
  EXPECT_EQ(s.faults().latency_ms(), 70);
  EXPECT_EQ(s.faults().jitter_ms(), 2);
  EXPECT_DOUBLE_EQ(s.faults().error_rate(), 0.1);
  dpb::Faults wild;
  wild.set_latency_ms(-5);
  wild.set_error_rate(3);
  f.Set(wild);
  s = f.Stats();
  EXPECT_EQ(s.faults().latency_ms(), 0);
  EXPECT_DOUBLE_EQ(s.faults().error_rate(), 1.0);
}

TEST(FaultSwitchesTest, SameSeedFailsTheSameCalls) {
  FaultSwitches a(9, 0, 0, 0.3), b(9, 0, 0, 0.3), c(10, 0, 0, 0.3);
  std::string sa, sb, sc;
  for (int i = 0; i < 200; ++i) {
    sa += a.Next().outcome == Outcome::kFail ? 'x' : '.';
    sb += b.Next().outcome == Outcome::kFail ? 'x' : '.';
    sc += c.Next().outcome == Outcome::kFail ? 'x' : '.';
  }
  EXPECT_EQ(sa, sb);
  EXPECT_NE(sa, sc);
}

}  // namespace
}  // namespace lampid::dukcapil_sim
