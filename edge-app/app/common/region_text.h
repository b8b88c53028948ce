#pragma once

#include <QString>
#include <string_view>
#include <vector>

#include "core/civil_time.h"
#include "domain/region_table.h"

namespace lampid::edge::ui {

// A region's name as staff expect to read it. Kemendagri writes provinces and kab/kota in capitals
// ("KOTA ADM. JAKARTA PUSAT"); those become "Kota Adm. Jakarta Pusat" (DKI and DI stay in capitals).
// Names already in mixed case are kept.
QString RegionName(const domain::Region& region);

// The regions above `code` up to the province, nearest first: for a desa "Kec. Andir, Kota Bandung,
// Jawa Barat"; for a kecamatan "Kota Bandung, Jawa Barat". Unknown ancestors are skipped.
QString RegionAncestry(const domain::RegionTable& regions, std::string_view code);

// "Maleber — Kec. Andir, Kota Bandung, Jawa Barat": a region with everything above it, for lists where
// names repeat (there are many desa called Sukamaju).
QString RegionWithAncestry(const domain::RegionTable& regions, const domain::Region& region);

// Orders search results for people: the exact name first, then names that start with the query, then
// names with a word that starts with it, then the rest; code order within each group.
void RankRegionMatches(std::vector<const domain::Region*>& found, std::string_view query);

// What a NIK encodes, in words for the field's side: "Kec. Andir, Kota Bandung, Jawa Barat · lahir
// 12-03-1995 · perempuan". Empty unless the NIK is 16 digits and valid (its problems are shown by
// validation, not here). `today` as for domain::CheckNik.
QString DescribeNik(std::string_view nik, const domain::RegionTable& regions, CivilDate today);

// "12-03-1995": how the forms write dates.
QString FormatFormDate(CivilDate date);

}  // namespace lampid::edge::ui
