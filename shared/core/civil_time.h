#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lampid {

// Calendar dates and times of day as the forms write them, parsed strictly.
using CivilDate = std::chrono::year_month_day;

struct TimeOfDay {
  int hour = 0;
  int minute = 0;
};

// "YYYY-MM-DD" with a real calendar date (29 February only in leap years); nullopt otherwise.
std::optional<CivilDate> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(CivilDate date);

// "HH:MM", 00:00–23:59; nullopt otherwise.
std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text);

// ISO 8601 UTC timestamps: writes "2026-11-25T08:30:00.000Z"; reads that form, with or without
// milliseconds, and with a "+07:00"-style offset instead of "Z".
std::string FormatTimestamp(int64_t unix_millis);
std::optional<int64_t> ParseTimestamp(std::string_view text);

// The calendar date at `unix_millis` in a zone `utc_offset_minutes` east of UTC.
CivilDate DateAt(int64_t unix_millis, int utc_offset_minutes);

// Milliseconds since the epoch of a local date and time in a zone east of UTC.
int64_t ToUnixMillis(CivilDate date, TimeOfDay time, int utc_offset_minutes);

// 1 = Monday … 7 = Sunday (ISO 8601).
int IsoWeekday(CivilDate date);

// Whole years from `birth` to `on` (age at a date).
int YearsBetween(CivilDate birth, CivilDate on);

// Days from `from` to `to` (negative when `to` is earlier).
int64_t DaysBetween(CivilDate from, CivilDate to);

}  // namespace lampid
