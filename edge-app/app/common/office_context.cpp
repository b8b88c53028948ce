#include "edge-app/app/common/office_context.h"

#include "population/population.h"

namespace lampid::edge::ui {

domain::pb::TimeZone OfficeTimeZone(const std::string& kecamatan_code) {
  return population::ZoneOfProvince(kecamatan_code.substr(0, 2));
}

int OfficeUtcOffsetMinutes(const std::string& kecamatan_code) {
  return population::ZoneOffsetMinutes(OfficeTimeZone(kecamatan_code));
}

}  // namespace lampid::edge::ui
