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

}  // namespace lampid::domain::testing
