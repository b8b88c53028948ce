#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.h"
#include "core/result.h"
#include "domain/region_table.h"
#include "domain/report_types.h"
#include "population/names.h"

namespace lampid::population {

// A deterministic synthetic population of Indonesia: the people the edge's sample generator writes reports
// about and the Dukcapil simulator knows. See docs/population.md for the model.
//
// Nobody is stored. Every kecamatan of the region table holds a number of households (fixed when the
// Population is created, a few kilobytes in all); a household is a pure function of (seed, kecamatan,
// household number), and its members sit in fixed slots, so a person's NIK serial tells where to find
// them: serial = household × 8 + slot + 1. Looking a NIK up decodes kecamatan and serial, regenerates that
// household and compares the NIK — O(1), no table.

struct PopulationConfig {
  uint64_t seed = 1;
  // About how many people (registered anywhere, living or dead). 1,000 … 20,000,000.
  int64_t size = 1'000'000;
  // The registry's snapshot date: every birth, death, move and KK issue in the population lies on or
  // before it. Reports are generated after it. Fixed (not "today") so that a generator and a simulator
  // started on different days agree.
  CivilDate as_of = CivilDate{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}};
};

inline constexpr int kSlotsPerHousehold = 8;
// Serials are 4 digits: household × 8 + slot + 1 ≤ 9999.
inline constexpr int kMaxHouseholdsPerKecamatan = 1249;

// Member slots of a household. Slots 2–6 are children, oldest first.
inline constexpr int kSlotHead = 0;
inline constexpr int kSlotSpouse = 1;
inline constexpr int kSlotFirstChild = 2;
inline constexpr int kMaxChildren = 5;
inline constexpr int kSlotElder = 7;  // a parent of the head or of the spouse living with them

struct Person {
  int slot = 0;
  std::string nik;
  std::string name;
  domain::Sex sex = domain::pb::SEX_UNSPECIFIED;
  CivilDate birth_date;
  std::string birth_place;  // kabupaten/kota name, e.g. "Bandung"
  std::string mother_name;  // nama ibu kandung
  domain::pb::FamilyRelation relation = domain::pb::FAMILY_RELATION_UNSPECIFIED;  // SHDK in the household
  bool deceased = false;
  CivilDate death_date;    // meaningful when deceased
  bool nik_active = true;  // false after a recorded death or when deactivated as a duplicate record

  // Whole years at `date`.
  int AgeAt(CivilDate date) const { return YearsBetween(birth_date, date); }
  // Alive, with an active NIK: somebody who can appear on a form as a living person.
  bool Usable() const { return !deceased && nik_active; }
};

struct Household {
  int kecamatan_index = 0;
  int index = 0;                     // household number within its kecamatan
  std::string registered_kecamatan;  // where the members' NIKs were issued, dotted
  std::string kk_number;
  CivilDate kk_issued;
  // The family moved away: it lives in another kecamatan than the one its NIKs name, on a KK issued there.
  bool moved = false;
  CivilDate moved_on;  // meaningful when moved
  std::string domicile_kecamatan;
  std::string domicile_desa;
  std::string street;
  std::string rt;  // "003"
  std::string rw;  // "011"
  Culture culture = Culture::kJawa;
  std::string family_name;  // the children's family name (marga), empty in cultures without
  // Children the mother (spouse, or the head when she heads the family) has borne, including those who
  // have left the household: the next baby is number children_born + 1.
  int children_born = 0;
  std::vector<Person> members;  // present slots only, in slot order

  const Person* AtSlot(int slot) const;
  const Person* Head() const { return AtSlot(kSlotHead); }
  const Person* Spouse() const { return AtSlot(kSlotSpouse); }
  // The woman who bears the household's children (spouse, or a female head), or nullptr.
  const Person* Mother() const;
};

// The time zone of a province (2-digit code) and its offset east of UTC in minutes.
domain::pb::TimeZone ZoneOfProvince(std::string_view provinsi_code);
int ZoneOffsetMinutes(domain::pb::TimeZone zone);

// "KABUPATEN ACEH SELATAN" → "Aceh Selatan", "KOTA ADM. JAKARTA PUSAT" → "Jakarta Pusat".
std::string PlaceNameOf(const domain::Region& kabupaten);

// Immutable once created: safe to share between threads.
class Population {
 public:
  // Fixes how many households each kecamatan holds (weighted by its number of desa, varied by the seed).
  // InvalidArgument when size is out of range.
  static Result<std::shared_ptr<const Population>> Create(const PopulationConfig& config,
                                                          std::shared_ptr<const domain::RegionTable> regions);

  const PopulationConfig& config() const { return config_; }
  const domain::RegionTable& regions() const { return *regions_; }

  // Every kecamatan of the region table, in code order; a kecamatan's index is its position here.
  std::span<const domain::Region> Kecamatan() const { return regions_->All(domain::RegionLevel::kKecamatan); }
  std::optional<int> KecamatanIndex(std::string_view kecamatan_code) const;
  int HouseholdCount(int kecamatan_index) const { return households_[static_cast<size_t>(kecamatan_index)]; }
  int64_t TotalHouseholds() const { return total_households_; }

  // Household `index` (0 … HouseholdCount − 1) of a kecamatan; both must be in range.
  Household GetHousehold(int kecamatan_index, int index) const;

  struct Found {
    Household household;
    size_t member = 0;  // index into household.members
    const Person& person() const { return household.members[member]; }
  };
  // The person with exactly this NIK, or nullopt (malformed, unknown kecamatan, empty slot, or a NIK whose
  // birth date or sex differ from the person's at that serial).
  std::optional<Found> FindByNik(std::string_view nik) const;

  // A desa of the kecamatan chosen by `pick` (any value; reduced modulo the number of desa).
  const domain::Region& DesaOf(int kecamatan_index, uint64_t pick) const;

 private:
  Population(const PopulationConfig& config, std::shared_ptr<const domain::RegionTable> regions);

  PopulationConfig config_;
  std::shared_ptr<const domain::RegionTable> regions_;
  std::vector<uint16_t> households_;  // per kecamatan index
  int64_t total_households_ = 0;
};

}  // namespace lampid::population
