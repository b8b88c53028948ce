#pragma once

#include <cstdint>
#include <memory>

#include "domain/region_table.h"
#include "domain/report_types.h"

namespace lampid::domain::testing {

// 2026-11-25T10:00:00Z: "now" for every domain test, so that the future is fixed.
inline constexpr int64_t kNow = 1795600800000;

// The built-in region table, loaded once for the whole test binary.
const RegionTable& Regions();

// A complete, valid report of each kind, filed at kecamatan 32.73.05 (Andir, Kota Bandung).
Report ValidKelahiran();
Report ValidKematian();
Report ValidKepindahan();
Report ValidKedatangan();

// A valid report of kind 1 + index % 4 (kelahiran, kematian, kepindahan, kedatangan) filed at 32.73.05,
// whose names, NIKs, KK number and dates vary with `index`: about 300,000 distinct NIKs per role and
// ~1,900 name combinations. Deterministic, so a test can rebuild what it saved. For store tests and
// benchmarks that need many different reports (the sample generator `gen` is the realistic source).
Report VariedReport(int64_t index);

}  // namespace lampid::domain::testing
