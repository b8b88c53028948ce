#pragma once

#include <memory>
#include <string>

#include "core/clock.h"
#include "domain/region_table.h"
#include "domain/report_types.h"

namespace lampid::edge::ui {

// What the widgets know about where they run: the office's kecamatan, the region table, and "now".
// The Session fills it from the store's node identity (kecamatan, zone). Copied into every form; the
// pointed-to objects must outlive the widgets.
struct OfficeContext {
  std::shared_ptr<const domain::RegionTable> regions;  // never null
  std::string kecamatan_code;                          // the office's kecamatan, dotted ("32.73.05")
  std::string operator_id;                             // who is logged in ("" before login)
  const Clock* clock = nullptr;                        // never null; "now" for validation
  // The zone local times are written in on a new form (staff can change it per report).
  domain::pb::TimeZone default_time_zone = domain::pb::TIME_ZONE_WIB;
  int utc_offset_minutes = 7 * 60;  // the office's zone, for dates and months shown (statistics, receipts)
};

// The zone of a kecamatan's office (WIB, WITA or WIT, by province) and its offset east of UTC in minutes.
domain::pb::TimeZone OfficeTimeZone(const std::string& kecamatan_code);
int OfficeUtcOffsetMinutes(const std::string& kecamatan_code);

}  // namespace lampid::edge::ui
