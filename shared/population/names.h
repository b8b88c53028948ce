#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/report_types.h"
#include "population/rng.h"

namespace lampid::population {

// Naming traditions, so that a family in Bali is called I Made Suartana and one in Tapanuli Siregar.
// The lists in names.cpp are our own, written for this project: common given names and family names of
// each tradition, not a copied data set.
enum class Culture : uint8_t {
  kJawa,
  kSunda,
  kMelayu,  // Malay, Acehnese, Betawi, Sasak, Gorontalo …: mostly Arabic-derived Muslim names
  kMinang,
  kBatak,
  kBali,
  kBugis,
  kBanjar,
  kDayak,
  kMinahasa,
  kMaluku,
  kNusaTenggara,  // Flores, Timor, Sumba: Christian given names and clan names
  kPapua,
  kTionghoa,
};

// A culture drawn from the mix of the province (2-digit code, e.g. "32"); kJawa for an unknown code.
Culture PickCulture(std::string_view provinsi_code, Rng& rng);

// Whether children carry their father's family name (marga, fam): Batak, Minahasa, Maluku, Nusa Tenggara,
// Papua, Tionghoa.
bool HasFamilyName(Culture culture);

// A family name of that culture; empty when it has none.
std::string_view PickFamilyName(Culture culture, Rng& rng);

// A full name: given name(s) and, for family-name cultures, `family_name` (ignored when empty).
// `birth_order` (1-based) matters only in Bali, where it names the child (Wayan, Made, Nyoman, Ketut).
// Names use letters, spaces, apostrophes and dots only, and are at most ~50 characters.
std::string PersonName(Culture culture, domain::Sex sex, Rng& rng, std::string_view family_name, int birth_order);

// A foreign parent's name (for births with a foreign parent).
std::string ForeignName(domain::Sex sex, Rng& rng);

// A street name for addresses ("Jl. Melati", "Jl. Pahlawan").
std::string_view PickStreetName(Rng& rng);

}  // namespace lampid::population
