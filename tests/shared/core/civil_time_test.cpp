#include "core/civil_time.h"

#include <gtest/gtest.h>

namespace lampid {
namespace {

TEST(CivilTime, ParsesOnlyRealDates) {
  EXPECT_TRUE(ParseIsoDate("2024-02-29"));
  EXPECT_FALSE(ParseIsoDate("2023-02-29"));
  EXPECT_FALSE(ParseIsoDate("2023-13-01"));
  EXPECT_FALSE(ParseIsoDate("2023-1-01"));
  EXPECT_FALSE(ParseIsoDate("2023-01-01T00:00"));
  EXPECT_FALSE(ParseIsoDate(""));
  EXPECT_EQ(FormatIsoDate(*ParseIsoDate("2000-02-29")), "2000-02-29");
}

TEST(CivilTime, ParsesTimesOfDay) {
  EXPECT_TRUE(ParseTimeOfDay("00:00"));
  EXPECT_TRUE(ParseTimeOfDay("23:59"));
  EXPECT_FALSE(ParseTimeOfDay("24:00"));
  EXPECT_FALSE(ParseTimeOfDay("8:30"));
  EXPECT_FALSE(ParseTimeOfDay("08:60"));
}

TEST(CivilTime, TimestampsRoundTrip) {
  const int64_t ms = 1795600800123;
  EXPECT_EQ(FormatTimestamp(ms), "2026-11-25T10:00:00.123Z");
  EXPECT_EQ(ParseTimestamp("2026-11-25T10:00:00.123Z"), ms);
  EXPECT_EQ(ParseTimestamp("2026-11-25T17:00:00.123+07:00"), ms);
  EXPECT_EQ(ParseTimestamp("2026-11-25T10:00:00Z"), ms - 123);
  EXPECT_FALSE(ParseTimestamp("2026-11-25 10:00:00Z"));
  EXPECT_FALSE(ParseTimestamp("2026-11-25T10:00:00"));
  EXPECT_FALSE(ParseTimestamp("2026-11-25T10:00:00Zjunk"));
}

TEST(CivilTime, DatesInZones) {
  // 2026-11-25T16:30Z is still the 25th in WIB (23:30) but already the 26th in WIT (01:30).
  const int64_t ms = *ParseTimestamp("2026-11-25T16:30:00Z");
  EXPECT_EQ(FormatIsoDate(DateAt(ms, 7 * 60)), "2026-11-25");
  EXPECT_EQ(FormatIsoDate(DateAt(ms, 9 * 60)), "2026-11-26");
  EXPECT_EQ(ToUnixMillis(*ParseIsoDate("2026-11-25"), {23, 30}, 7 * 60), ms);
  EXPECT_EQ(IsoWeekday(*ParseIsoDate("2026-11-20")), 5);  // Friday
  EXPECT_EQ(YearsBetween(*ParseIsoDate("1992-07-01"), *ParseIsoDate("2026-06-30")), 33);
  EXPECT_EQ(YearsBetween(*ParseIsoDate("1992-07-01"), *ParseIsoDate("2026-07-01")), 34);
  EXPECT_EQ(DaysBetween(*ParseIsoDate("2026-11-20"), *ParseIsoDate("2026-11-25")), 5);
}

}  // namespace
}  // namespace lampid
