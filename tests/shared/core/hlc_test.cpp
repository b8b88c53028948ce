#include "core/hlc.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <thread>
#include <vector>

namespace lampid {
namespace {

TEST(HlcTimestamp, TextRoundTripsAndSortsLikeTheTimestamps) {
  const std::vector<HlcTimestamp> ordered = {
      {},
      {1, 0, "a"},
      {1, 0, "b"},
      {1, 1, "a"},
      {1, 0xffff, "a"},
      {0x10, 0, "a"},
      {1795600800000, 0, "0193f0a1-node"},
      {1795600800000, 2, "0193f0a1-node"},
      {(int64_t{1} << 48) - 1, (1u << 24) - 1, "z"},
  };
  for (size_t i = 0; i < ordered.size(); ++i) {
    const std::string text = ordered[i].ToString();
    const auto back = HlcTimestamp::Parse(text);
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(*back, ordered[i]) << text;
    for (size_t j = 0; j < i; ++j) {
      EXPECT_LT(ordered[j], ordered[i]);
      EXPECT_LT(ordered[j].ToString(), text) << "text order must follow timestamp order";
    }
  }
  EXPECT_EQ(HlcTimestamp({1795600800000, 5, "n"}).ToString(), "01a21225d900.000005.n");
}

TEST(HlcTimestamp, MalformedTextIsRejected) {
  for (const char* bad : {"x", "01a21225d900-000005-n", "01A21A8E8A00.000005.n", "01a21a8e8a0.0000005.n",
                          "01a21a8e8a00.00000g.n"}) {
    EXPECT_FALSE(HlcTimestamp::Parse(bad)) << bad;
  }
}

TEST(HybridLogicalClock, NowIsStrictlyIncreasingWhileTheWallClockStandsStill) {
  FixedClock wall(1000);
  HybridLogicalClock hlc(wall, "n1");
  const HlcTimestamp a = hlc.Now();
  const HlcTimestamp b = hlc.Now();
  EXPECT_EQ(a, (HlcTimestamp{1000, 0, "n1"}));
  EXPECT_EQ(b, (HlcTimestamp{1000, 1, "n1"}));
  wall.Advance(5);
  EXPECT_EQ(hlc.Now(), (HlcTimestamp{1005, 0, "n1"}));
}

TEST(HybridLogicalClock, AWallClockThatGoesBackDoesNotMakeTimeGoBack) {
  FixedClock wall(5000);
  HybridLogicalClock hlc(wall, "n1");
  const HlcTimestamp before = hlc.Now();
  wall.Set(1000);  // NTP correction, a dead CMOS battery, a user changing the date
  const HlcTimestamp after = hlc.Now();
  EXPECT_LT(before, after);
  EXPECT_EQ(after.physical_ms, 5000);
}

TEST(HybridLogicalClock, ObserveOrdersAfterTheRemoteEvenWhenItIsAhead) {
  FixedClock wall(1000);
  HybridLogicalClock hlc(wall, "local");
  const HlcTimestamp remote{9000, 7, "remote"};
  const HlcTimestamp t = hlc.Observe(remote);
  EXPECT_LT(remote, t);
  EXPECT_EQ(t, (HlcTimestamp{9000, 8, "local"}));
  EXPECT_LT(t, hlc.Now());
  // A remote behind us changes nothing but still gets a later local timestamp.
  const HlcTimestamp old{10, 0, "remote"};
  const HlcTimestamp u = hlc.Observe(old);
  EXPECT_LT(t, u);
}

TEST(HybridLogicalClock, RestoreRaisesButNeverLowers) {
  FixedClock wall(100);
  HybridLogicalClock hlc(wall, "n");
  hlc.Restore({5000, 3, "n"});
  EXPECT_EQ(hlc.Now(), (HlcTimestamp{5000, 4, "n"}));
  hlc.Restore({10, 0, "n"});
  EXPECT_EQ(hlc.Now(), (HlcTimestamp{5000, 5, "n"}));
  EXPECT_EQ(hlc.Last(), (HlcTimestamp{5000, 5, "n"}));
}

TEST(HybridLogicalClock, CounterOverflowAdvancesThePhysicalPart) {
  FixedClock wall(100);
  HybridLogicalClock hlc(wall, "n");
  hlc.Restore({100, HybridLogicalClock::kMaxCounter, "n"});
  EXPECT_EQ(hlc.Now(), (HlcTimestamp{101, 0, "n"}));
}

TEST(HybridLogicalClock, ConcurrentCallersNeverGetTheSameTimestamp) {
  FixedClock wall(42);
  HybridLogicalClock hlc(wall, "n");
  std::vector<std::vector<HlcTimestamp>> got(4);
  std::vector<std::thread> threads;
  for (auto& g : got) {
    threads.emplace_back([&hlc, &g] {
      for (int i = 0; i < 2000; ++i) g.push_back(hlc.Now());
    });
  }
  for (auto& t : threads) t.join();
  std::set<std::string> all;
  for (const auto& g : got) {
    EXPECT_TRUE(std::is_sorted(g.begin(), g.end()));
    for (const auto& t : g) all.insert(t.ToString());
  }
  EXPECT_EQ(all.size(), 8000u);
}

}  // namespace
}  // namespace lampid
