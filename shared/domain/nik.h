#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/civil_time.h"
#include "domain/problem.h"
#include "domain/region_table.h"
#include "domain/report_types.h"

namespace lampid::domain {

// What a valid NIK (Nomor Induk Kependudukan) encodes.
struct NikInfo {
  std::string provinsi_code;   // digits 1–2, e.g. "32"
  std::string kabupaten_code;  // digits 1–4, dotted: "32.73"
  std::string kecamatan_code;  // digits 1–6, dotted: "32.73.05" (where the person was first registered)
  CivilDate birth_date;        // digits 7–12, DDMMYY, day + 40 for women, century chosen so it is not in the future
  Sex sex = pb::SEX_UNSPECIFIED;
  int serial = 0;              // digits 13–16, ≥ 1
  bool region_known = false;   // kab/kota and kecamatan are in today's region table
};

// What a valid KK (Kartu Keluarga) number encodes.
struct KkInfo {
  std::string provinsi_code;
  std::string kabupaten_code;
  std::string kecamatan_code;
  CivilDate issue_date;  // digits 7–12, DDMMYY
  int serial = 0;
  bool region_known = false;
};

// Checks a NIK and adds every problem found under `field` (errors and warnings). `today` is the latest
// date that counts as "not in the future". Returns what the NIK encodes when it has no error (it may still
// have warnings, e.g. a kecamatan that was split since).
std::optional<NikInfo> CheckNik(std::string_view nik, const RegionTable& regions, CivilDate today,
                                const std::string& field, ProblemList& problems);

// The same for a KK number: 16 digits, a known province, a valid date of issue, a serial ≥ 0001.
std::optional<KkInfo> CheckKk(std::string_view kk, const RegionTable& regions, CivilDate today,
                              const std::string& field, ProblemList& problems);

// Builds a NIK for a person (the sample generator and the Dukcapil simulator use it).
// `kecamatan_code` is dotted ("32.73.05"); serial 1–9999.
std::string MakeNik(std::string_view kecamatan_code, CivilDate birth_date, Sex sex, int serial);
std::string MakeKk(std::string_view kecamatan_code, CivilDate issue_date, int serial);

}  // namespace lampid::domain
