#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "central-server/core/central_store.h"

namespace lampid::central {

// The statistics kept for the ministry's dashboard: counts per region (at every level), month of the event,
// kind, sex and — for deaths — age band, with sums for timeliness. Maintained incrementally: every time a
// report's projection is saved, its old contribution is taken away and its new one added, in the same
// transaction (so no query ever scans reports). No personal data: only codes, months and counts.

enum StatsLevel { kStatsNasional = 0, kStatsProvinsi = 1, kStatsKabupaten = 2, kStatsKecamatan = 3 };

// Age bands of deaths (age at death): 0 "0-4", 1 "5-14", 2 "15-24", 3 "25-44", 4 "45-64", 5 "65+",
// 6 unknown; -1 for the other kinds.
int AgeBand(int years);
const char* AgeBandName(int band);

// What one report contributes, derived from its projection. These facts are kept next to the report so the
// old contribution can be taken away without reading the sealed content again.
struct StatsFacts {
  std::string kecamatan_code;
  std::string month;  // "YYYY-MM" of the event (birth, death, move); "" when unknown
  int kind = 0;
  int sex = 0;
  int age_band = -1;
  int64_t event_to_report_days = 0;  // from the event to the server's first receipt
  bool registered = false;
  int64_t report_to_registration_days = 0;
  bool counted = false;  // false: contributes nothing (e.g. an invalid report)

  bool operator==(const StatsFacts&) const = default;
};

StatsFacts FactsOf(const StoredReport& report);

struct StatsKey {
  int level;
  std::string region;  // "" for nasional
  std::string month;
  int kind;
  int sex;
  int age_band;
  auto operator<=>(const StatsKey&) const = default;
};

struct StatsDelta {
  int64_t reports = 0;
  int64_t registered = 0;
  int64_t event_to_report_days = 0;
  int64_t report_to_registration_days = 0;
};

// Adds `sign` × the facts' contribution (at all four levels) to `deltas`.
void AccumulateStats(const StatsFacts& facts, int sign, std::map<StatsKey, StatsDelta>& deltas);

}  // namespace lampid::central
