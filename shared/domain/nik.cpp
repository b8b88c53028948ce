#include "domain/nik.h"

#include <algorithm>
#include <cstdio>

namespace lampid::domain {
namespace {

using namespace std::chrono;

int TwoDigits(std::string_view s, size_t pos) { return (s[pos] - '0') * 10 + (s[pos + 1] - '0'); }

// DDMMYY with the century chosen so that the date is not after `today`.
std::optional<CivilDate> ResolveDate(int dd, int mm, int yy, CivilDate today) {
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return std::nullopt;
  const int y2000 = 2000 + yy;
  const CivilDate today_cmp = today;
  const bool in_future = year{y2000} > today_cmp.year() ||
                         (year{y2000} == today_cmp.year() &&
                          (month{static_cast<unsigned>(mm)} > today_cmp.month() ||
                           (month{static_cast<unsigned>(mm)} == today_cmp.month() &&
                            day{static_cast<unsigned>(dd)} > today_cmp.day())));
  const int y = in_future ? 1900 + yy : y2000;
  const CivilDate date{year{y}, month{static_cast<unsigned>(mm)}, day{static_cast<unsigned>(dd)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

struct Common {
  std::string provinsi, kabupaten, kecamatan;
  bool region_known = false;
};

// Length, digits, province and region checks shared by NIK and KK. Returns false after an error that makes
// further checks meaningless.
bool CheckCommon(std::string_view v, const RegionTable& regions, const std::string& field, std::string_view prefix,
                 ProblemList& problems, Common& out) {
  const std::string p(prefix);
  if (!std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    problems.Add(p + "_not_digits", field);
    return false;
  }
  if (v.size() != 16) {
    problems.Add(p + "_length", field, std::to_string(v.size()));
    return false;
  }
  out.provinsi = std::string(v.substr(0, 2));
  out.kabupaten = out.provinsi + "." + std::string(v.substr(2, 2));
  out.kecamatan = out.kabupaten + "." + std::string(v.substr(4, 2));
  if (!regions.Find(out.provinsi)) {
    problems.Add(p + "_province_unknown", field, out.provinsi);
    return false;
  }
  out.region_known = regions.Find(out.kecamatan) != nullptr;
  if (!out.region_known) problems.Add(p + "_region_unknown", field, std::string(v.substr(2, 4)));
  return true;
}

}  // namespace

std::optional<NikInfo> CheckNik(std::string_view nik, const RegionTable& regions, CivilDate today,
                                const std::string& field, ProblemList& problems) {
  Common c;
  if (!CheckCommon(nik, regions, field, "nik", problems, c)) return std::nullopt;
  bool ok = true;
  int dd = TwoDigits(nik, 6);
  const Sex sex = dd > 40 ? pb::SEX_PEREMPUAN : pb::SEX_LAKI_LAKI;
  if (dd > 40) dd -= 40;
  const auto date = ResolveDate(dd, TwoDigits(nik, 8), TwoDigits(nik, 10), today);
  if (!date) {
    problems.Add("nik_date_invalid", field, std::string(nik.substr(6, 6)));
    ok = false;
  }
  const int serial = std::stoi(std::string(nik.substr(12, 4)));
  if (serial == 0) {
    problems.Add("nik_serial_zero", field);
    ok = false;
  }
  if (!ok) return std::nullopt;
  return NikInfo{c.provinsi, c.kabupaten, c.kecamatan, *date, sex, serial, c.region_known};
}

std::optional<KkInfo> CheckKk(std::string_view kk, const RegionTable& regions, CivilDate today,
                              const std::string& field, ProblemList& problems) {
  Common c;
  if (!CheckCommon(kk, regions, field, "kk", problems, c)) return std::nullopt;
  bool ok = true;
  const auto date = ResolveDate(TwoDigits(kk, 6), TwoDigits(kk, 8), TwoDigits(kk, 10), today);
  if (!date) {
    problems.Add("kk_date_invalid", field, std::string(kk.substr(6, 6)));
    ok = false;
  }
  const int serial = std::stoi(std::string(kk.substr(12, 4)));
  if (serial == 0) {
    problems.Add("kk_serial_zero", field);
    ok = false;
  }
  if (!ok) return std::nullopt;
  return KkInfo{c.provinsi, c.kabupaten, c.kecamatan, *date, serial, c.region_known};
}

namespace {
std::string Compose(std::string_view kecamatan_code, CivilDate date, int day_offset, int serial) {
  std::string region;
  for (char ch : kecamatan_code) {
    if (ch != '.') region += ch;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02u%02u%02d%04d", static_cast<unsigned>(date.day()) + day_offset,
                static_cast<unsigned>(date.month()), static_cast<int>(date.year()) % 100, serial % 10000);
  return region + buf;
}
}  // namespace

std::string MakeNik(std::string_view kecamatan_code, CivilDate birth_date, Sex sex, int serial) {
  return Compose(kecamatan_code, birth_date, sex == pb::SEX_PEREMPUAN ? 40 : 0, serial);
}

std::string MakeKk(std::string_view kecamatan_code, CivilDate issue_date, int serial) {
  return Compose(kecamatan_code, issue_date, 0, serial);
}

}  // namespace lampid::domain
