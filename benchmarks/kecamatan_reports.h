#pragma once

// The reports the push benchmarks send: what a busy kecamatan's staff would save over ten years.

#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "domain/region_table.h"
#include "domain/report_types.h"
#include "population/report_generator.h"

namespace lampid::bench {

// `n` reports of mixed kinds for kecamatan 32.73.05 from the synthetic population, without ids and timestamps
// (the store gives them, as when staff save), each naming its own mother or deceased person. `repeated`
// (optional): how many name a mother or deceased person that an earlier report also names.
inline std::vector<domain::Report> KecamatanReports(size_t n, std::shared_ptr<const domain::RegionTable> regions,
                                                    int64_t now_ms, size_t* repeated = nullptr) {
  // A big population (the default gives a kecamatan ~140 people, who would have implausibly many births
  // within 60 days), events up to ten years back.
  population::PopulationConfig pconfig;
  pconfig.size = 20'000'000;
  auto population = *population::Population::Create(pconfig, std::move(regions));
  population::GeneratorOptions gopts;
  gopts.unknown_share = 0;
  gopts.max_days_back = 3650;
  auto gen = *population::ReportGenerator::Create(population, "32.73.05", 42, now_ms, gopts);
  std::vector<domain::Report> reports;
  std::set<std::string> named;
  size_t repeats = 0;
  for (auto& g : gen.Generate(n)) {
    g.report.clear_id();
    g.report.clear_created_at();
    g.report.clear_updated_at();
    // The generator draws from one kecamatan's ≤ 10,000 people, so 100,000 reports would name the same
    // mothers and the dead ~30 times each and the server would flag most of them as probable duplicates. A
    // real kecamatan's reports name different people: vary the NIK's serial (its last four digits; the region
    // and birth-date parts, which validation checks, stay).
    const size_t serial = 1 + (reports.size() * 7919) % 9999;
    auto distinct = [&](auto* p) {
      if (p->nik().size() != 16) return;
      char tail[5];
      std::snprintf(tail, sizeof tail, "%04zu", serial);
      p->set_nik(p->nik().substr(0, 12) + tail);
    };
    if (g.report.has_kelahiran()) distinct(g.report.mutable_kelahiran()->mutable_mother());
    if (g.report.has_kematian()) distinct(g.report.mutable_kematian()->mutable_deceased());
    const std::string key = g.report.has_kelahiran()  ? "m" + g.report.kelahiran().mother().nik()
                            : g.report.has_kematian() ? "d" + g.report.kematian().deceased().nik()
                                                      : std::string();
    if (!key.empty() && !named.insert(key).second) ++repeats;
    reports.push_back(std::move(g.report));
  }
  if (repeated) *repeated = repeats;
  return reports;
}

}  // namespace lampid::bench
