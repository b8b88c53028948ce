#include "core/civil_time.h"

#include <charconv>
#include <cstdio>

namespace lampid {
namespace {

using namespace std::chrono;

// Reads exactly `n` ASCII digits at `pos`.
std::optional<int> Digits(std::string_view text, size_t pos, size_t n) {
  if (pos + n > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = Digits(text, 0, 4);
  const auto m = Digits(text, 5, 2);
  const auto d = Digits(text, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  const CivilDate date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string FormatIsoDate(CivilDate date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const auto h = Digits(text, 0, 2);
  const auto m = Digits(text, 3, 2);
  if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
  return TimeOfDay{*h, *m};
}

std::string FormatTimestamp(int64_t unix_millis) {
  const sys_time<milliseconds> tp{milliseconds{unix_millis}};
  const auto day_point = floor<days>(tp);
  const CivilDate date{day_point};
  const hh_mm_ss<milliseconds> tod{tp - day_point};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(tod.hours().count()), static_cast<int>(tod.minutes().count()),
                static_cast<int>(tod.seconds().count()), static_cast<int>(tod.subseconds().count()));
  return buf;
}

std::optional<int64_t> ParseTimestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)
  if (text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':') return std::nullopt;
  const auto date = ParseIsoDate(text.substr(0, 10));
  const auto hh = Digits(text, 11, 2);
  const auto mm = Digits(text, 14, 2);
  const auto ss = Digits(text, 17, 2);
  if (!date || !hh || !mm || !ss || *hh > 23 || *mm > 59 || *ss > 60) return std::nullopt;
  size_t pos = 19;
  int millis = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    size_t digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (digits < 3) millis = millis * 10 + (text[pos] - '0');
      ++digits;
      ++pos;
    }
    if (digits == 0) return std::nullopt;
    for (size_t i = digits; i < 3; ++i) millis *= 10;
  }
  int offset_minutes = 0;
  if (pos < text.size() && text[pos] == 'Z') {
    ++pos;
  } else if (pos + 6 == text.size() && (text[pos] == '+' || text[pos] == '-') && text[pos + 3] == ':') {
    const auto oh = Digits(text, pos + 1, 2);
    const auto om = Digits(text, pos + 4, 2);
    if (!oh || !om || *oh > 14 || *om > 59) return std::nullopt;
    offset_minutes = (*oh * 60 + *om) * (text[pos] == '-' ? -1 : 1);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  const auto local = sys_days{*date} + hours{*hh} + minutes{*mm} + seconds{*ss} + milliseconds{millis};
  return duration_cast<milliseconds>((local - minutes{offset_minutes}).time_since_epoch()).count();
}

CivilDate DateAt(int64_t unix_millis, int utc_offset_minutes) {
  const sys_time<milliseconds> tp{milliseconds{unix_millis} + minutes{utc_offset_minutes}};
  return CivilDate{floor<days>(tp)};
}

int64_t ToUnixMillis(CivilDate date, TimeOfDay time, int utc_offset_minutes) {
  const auto local = sys_days{date} + hours{time.hour} + minutes{time.minute};
  return duration_cast<milliseconds>((local - minutes{utc_offset_minutes}).time_since_epoch()).count();
}

int IsoWeekday(CivilDate date) { return static_cast<int>(weekday{sys_days{date}}.iso_encoding()); }

int YearsBetween(CivilDate birth, CivilDate on) {
  int years = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) --years;
  return years;
}

int64_t DaysBetween(CivilDate from, CivilDate to) { return (sys_days{to} - sys_days{from}).count(); }

}  // namespace lampid
