#include "central-server/core/statistics.h"

#include "core/civil_time.h"
#include "domain/region_table.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;
constexpr int kWibMinutes = 7 * 60;

std::string MonthOf(const std::string& iso_date) { return iso_date.size() >= 7 ? iso_date.substr(0, 7) : std::string(); }

// A person's sex from their NIK (day + 40 for women), when the form has no sex field.
int SexFromNik(const std::string& nik) {
  if (nik.size() != 16) return rpb::SEX_UNSPECIFIED;
  const int day = (nik[6] - '0') * 10 + (nik[7] - '0');
  return day > 40 ? rpb::SEX_PEREMPUAN : rpb::SEX_LAKI_LAKI;
}

}  // namespace

int AgeBand(int years) {
  if (years < 0) return 6;
  if (years < 5) return 0;
  if (years < 15) return 1;
  if (years < 25) return 2;
  if (years < 45) return 3;
  if (years < 65) return 4;
  return 5;
}

const char* AgeBandName(int band) {
  static const char* kNames[] = {"0-4", "5-14", "15-24", "25-44", "45-64", "65+", "tidak_diketahui"};
  return band >= 0 && band <= 6 ? kNames[band] : "";
}

StatsFacts FactsOf(const StoredReport& record) {
  StatsFacts f;
  const domain::Report& r = record.content;
  // A report refused by validation is not counted until it is corrected; every other report is (one that
  // Dukcapil did not confirm, or that was rejected, was still reported — it is just never registered).
  for (const auto& p : record.state.problems()) {
    if (!p.warning()) return f;
  }
  f.kecamatan_code = r.kecamatan_code();
  f.kind = r.kind();
  std::string event_date;
  switch (r.details_case()) {
    case domain::Report::kKelahiran:
      event_date = r.kelahiran().birth_date();
      f.sex = r.kelahiran().child_sex();
      break;
    case domain::Report::kKematian: {
      event_date = r.kematian().death_date();
      f.sex = r.kematian().deceased().sex();
      const auto birth = ParseIsoDate(r.kematian().deceased().birth_date());
      const auto death = ParseIsoDate(event_date);
      f.age_band = birth && death ? AgeBand(YearsBetween(*birth, *death)) : 6;
      break;
    }
    case domain::Report::kKepindahan:
      event_date = r.kepindahan().move_date();
      f.sex = SexFromNik(r.kepindahan().applicant_nik());
      break;
    case domain::Report::kKedatangan:
      event_date = r.kedatangan().move_date();
      f.sex = SexFromNik(r.kedatangan().applicant_nik());
      break;
    case domain::Report::DETAILS_NOT_SET: return f;
  }
  f.month = MonthOf(event_date);
  if (const auto d = ParseIsoDate(event_date)) {
    f.event_to_report_days = std::max<int64_t>(0, DaysBetween(*d, DateAt(record.created_at_ms, kWibMinutes)));
  }
  f.registered = record.state.workflow_state() == rpb::WORKFLOW_STATE_TERCATAT;
  if (f.registered) {
    f.report_to_registration_days = std::max<int64_t>(
        0, DaysBetween(DateAt(record.created_at_ms, kWibMinutes), DateAt(record.updated_at_ms, kWibMinutes)));
  }
  f.counted = !f.kecamatan_code.empty();
  return f;
}

void AccumulateStats(const StatsFacts& f, int sign, std::map<StatsKey, StatsDelta>& deltas) {
  if (!f.counted) return;
  const std::string regions[4] = {
      "",
      std::string(domain::RegionTable::Ancestor(f.kecamatan_code, domain::RegionLevel::kProvinsi)),
      std::string(domain::RegionTable::Ancestor(f.kecamatan_code, domain::RegionLevel::kKabupaten)),
      f.kecamatan_code,
  };
  for (int level = 0; level < 4; ++level) {
    StatsDelta& d = deltas[StatsKey{level, regions[level], f.month, f.kind, f.sex, f.age_band}];
    d.reports += sign;
    d.event_to_report_days += sign * f.event_to_report_days;
    if (f.registered) {
      d.registered += sign;
      d.report_to_registration_days += sign * f.report_to_registration_days;
    }
  }
}

}  // namespace lampid::central
