#include "population/population.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "domain/nik.h"
#include "population/rng.h"

namespace lampid::population {
namespace {

using domain::RegionLevel;
using domain::pb::FamilyRelation;
namespace pb = domain::pb;

// Tags that keep the random streams of one household apart.
constexpr uint64_t kStreamHousehold = 0x686f757365ULL;
constexpr uint64_t kStreamSize = 0x73697a65ULL;

// People per household in this model (measured over a 1,000,000-person population; see the test
// PopulationTest.SizeIsNearTheConfiguredOne), used to turn a wanted size into numbers of households.
constexpr double kMeanHouseholdSize = 3.45;

CivilDate AddDays(CivilDate d, int64_t days) {
  return CivilDate{std::chrono::sys_days(d) + std::chrono::days{days}};
}

// A date uniformly between `from` and `to` (inclusive); `from` when the range is empty.
CivilDate DateBetween(CivilDate from, CivilDate to, Rng& rng) {
  const int64_t span = DaysBetween(from, to);
  if (span <= 0) return from;
  return AddDays(from, static_cast<int64_t>(rng.Below(static_cast<uint32_t>(span + 1))));
}

// Born `age` whole years before `as_of`, on a random day of that year of life.
CivilDate BirthForAge(CivilDate as_of, int age, Rng& rng) {
  return AddDays(as_of, -(static_cast<int64_t>(age) * 36525 / 100 + rng.Between(1, 364)));
}

int ClampInt(double v, int lo, int hi) { return std::clamp(static_cast<int>(v), lo, hi); }

std::string ThreeDigits(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%03d", n);
  return buf;
}

// Chance that the registry records a person of this age (at the snapshot) as deceased.
double DeceasedShare(int age) {
  if (age < 40) return 0.004;
  if (age < 60) return 0.02;
  if (age < 70) return 0.07;
  if (age < 80) return 0.18;
  return 0.35;
}

constexpr std::string_view kDusun[] = {"Krajan", "Kulon", "Wetan", "Lor", "Kidul", "Tengah", "Sukamaju",
                                       "Mekarsari", "Sidomulyo", "Karanganyar", "Sumbersari", "Tanjung",
                                       "Pasir", "Baru", "Sukaraja", "Cibeureum", "Talang", "Pematang"};

// The place of birth of somebody registered in `kabupaten`: mostly there, sometimes elsewhere in the
// province, rarely in another province.
std::string BirthPlace(const domain::RegionTable& regions, const domain::Region& kabupaten, Rng& rng) {
  const double r = rng.Unit();
  if (r < 0.8) return PlaceNameOf(kabupaten);
  if (r < 0.95) {
    const auto siblings = regions.Children(domain::RegionTable::Ancestor(kabupaten.code, RegionLevel::kProvinsi));
    if (!siblings.empty()) return PlaceNameOf(rng.Pick(siblings));
  }
  const auto all = regions.All(RegionLevel::kKabupaten);
  return PlaceNameOf(rng.Pick(all));
}

}  // namespace

const Person* Household::AtSlot(int slot) const {
  for (const Person& p : members) {
    if (p.slot == slot) return &p;
  }
  return nullptr;
}

const Person* Household::Mother() const {
  if (const Person* s = Spouse(); s && s->sex == pb::SEX_PEREMPUAN) return s;
  if (const Person* h = Head(); h && h->sex == pb::SEX_PEREMPUAN) return h;
  return nullptr;
}

pb::TimeZone ZoneOfProvince(std::string_view p) {
  // WITA: Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi. WIT: Maluku and Papua.
  if (p == "51" || p == "52" || p == "53" || p == "63" || p == "64" || p == "65" || (p >= "71" && p <= "76")) {
    return pb::TIME_ZONE_WITA;
  }
  if (p >= "81") return pb::TIME_ZONE_WIT;
  return pb::TIME_ZONE_WIB;
}

int ZoneOffsetMinutes(pb::TimeZone zone) {
  switch (zone) {
    case pb::TIME_ZONE_WITA: return 8 * 60;
    case pb::TIME_ZONE_WIT: return 9 * 60;
    default: return 7 * 60;
  }
}

std::string PlaceNameOf(const domain::Region& kabupaten) {
  std::string_view name = kabupaten.name;
  for (std::string_view prefix : {"KABUPATEN ADMINISTRASI ", "KOTA ADMINISTRASI ", "KOTA ADM. ", "KABUPATEN ",
                                  "KOTA "}) {
    if (name.substr(0, prefix.size()) == prefix) {
      name.remove_prefix(prefix.size());
      break;
    }
  }
  std::string out;
  bool word_start = true;
  for (char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    out += static_cast<char>(word_start ? std::toupper(c) : std::tolower(c));
    word_start = !std::isalpha(c);
  }
  return out;
}

Population::Population(const PopulationConfig& config, std::shared_ptr<const domain::RegionTable> regions)
    : config_(config), regions_(std::move(regions)) {}

Result<std::shared_ptr<const Population>> Population::Create(const PopulationConfig& config,
                                                              std::shared_ptr<const domain::RegionTable> regions) {
  if (config.size < 1000 || config.size > 20'000'000) {
    return Status::InvalidArgument("population size must be between 1,000 and 20,000,000");
  }
  if (!config.as_of.ok()) return Status::InvalidArgument("population snapshot date is not a valid date");
  std::shared_ptr<Population> p(new Population(config, std::move(regions)));
  const auto kecamatan = p->Kecamatan();
  if (kecamatan.empty()) return Status::InvalidArgument("the region table has no kecamatan");
  // A kecamatan's weight: its number of desa, varied by a factor 0.5–1.5 from the seed.
  std::vector<double> weights(kecamatan.size());
  double total = 0;
  for (size_t k = 0; k < kecamatan.size(); ++k) {
    Rng rng(HashOf({config.seed, kStreamSize, k}));
    const double desa = static_cast<double>(std::max<size_t>(1, p->regions_->Children(kecamatan[k].code).size()));
    weights[k] = desa * (0.5 + rng.Unit());
    total += weights[k];
  }
  const double households = static_cast<double>(config.size) / kMeanHouseholdSize;
  p->households_.resize(kecamatan.size());
  for (size_t k = 0; k < kecamatan.size(); ++k) {
    const double n = households * weights[k] / total + 0.5;
    p->households_[k] = static_cast<uint16_t>(std::clamp(static_cast<int>(n), 1, kMaxHouseholdsPerKecamatan));
    p->total_households_ += p->households_[k];
  }
  return std::shared_ptr<const Population>(std::move(p));
}

std::optional<int> Population::KecamatanIndex(std::string_view code) const {
  const auto all = Kecamatan();
  const auto it = std::lower_bound(all.begin(), all.end(), code,
                                   [](const domain::Region& r, std::string_view c) { return r.code < c; });
  if (it == all.end() || it->code != code) return std::nullopt;
  return static_cast<int>(it - all.begin());
}

const domain::Region& Population::DesaOf(int kecamatan_index, uint64_t pick) const {
  const auto desa = regions_->Children(Kecamatan()[static_cast<size_t>(kecamatan_index)].code);
  return desa[pick % desa.size()];  // every kecamatan of the built-in table has at least one desa
}

Household Population::GetHousehold(int kecamatan_index, int index) const {
  const domain::Region& kec = Kecamatan()[static_cast<size_t>(kecamatan_index)];
  const std::string_view provinsi = domain::RegionTable::Ancestor(kec.code, RegionLevel::kProvinsi);
  const domain::Region& kab = *regions_->Find(domain::RegionTable::Ancestor(kec.code, RegionLevel::kKabupaten));
  const CivilDate as_of = config_.as_of;
  Rng rng(HashOf({config_.seed, kStreamHousehold, static_cast<uint64_t>(kecamatan_index), static_cast<uint64_t>(index)}));

  Household h;
  h.kecamatan_index = kecamatan_index;
  h.index = index;
  h.registered_kecamatan = kec.code;
  h.culture = PickCulture(provinsi, rng);

  auto make = [&](int slot, pb::Sex sex, CivilDate birth, FamilyRelation relation) {
    Person p;
    p.slot = slot;
    p.sex = sex;
    p.birth_date = birth;
    p.relation = relation;
    p.birth_place = BirthPlace(*regions_, kab, rng);
    return p;
  };
  auto mother_name_for = [&](Culture culture) {
    return PersonName(culture, pb::SEX_PEREMPUAN, rng, PickFamilyName(culture, rng), rng.Between(1, 4));
  };

  // ---- Who lives here ----
  enum class Kind { kCouple, kFemaleHead, kMaleHead, kElderlyCouple };
  const double kinds[] = {0.76, 0.10, 0.07, 0.07};
  const Kind kind = static_cast<Kind>(rng.Weighted(kinds));
  int head_age = 0;
  pb::Sex head_sex = pb::SEX_LAKI_LAKI;
  switch (kind) {
    case Kind::kCouple: head_age = ClampInt(rng.Normal(41, 10), 20, 78); break;
    case Kind::kFemaleHead:
      head_sex = pb::SEX_PEREMPUAN;
      head_age = ClampInt(rng.Normal(47, 12), 20, 85);
      break;
    case Kind::kMaleHead: head_age = rng.Chance(0.5) ? rng.Between(20, 34) : rng.Between(45, 85); break;
    case Kind::kElderlyCouple: head_age = rng.Between(58, 88); break;
  }
  h.family_name = std::string(PickFamilyName(h.culture, rng));
  Person head = make(kSlotHead, head_sex, BirthForAge(as_of, head_age, rng), pb::FAMILY_RELATION_KEPALA_KELUARGA);
  // A female head carries her own family name; her children carry their late or absent father's.
  const std::string head_family = head_sex == pb::SEX_PEREMPUAN ? std::string(PickFamilyName(h.culture, rng)) : h.family_name;
  head.name = PersonName(h.culture, head_sex, rng, head_family, rng.Between(1, 4));
  head.mother_name = mother_name_for(h.culture);
  h.members.push_back(std::move(head));

  if (kind == Kind::kCouple || kind == Kind::kElderlyCouple) {
    const int age = std::clamp(head_age - rng.Between(-2, 8), 18, 90);
    // Most marry within their tradition; some across (the spouse named by her own).
    const Culture culture = rng.Chance(0.9) ? h.culture : PickCulture(provinsi, rng);
    Person spouse = make(kSlotSpouse, pb::SEX_PEREMPUAN, BirthForAge(as_of, age, rng), pb::FAMILY_RELATION_ISTRI);
    spouse.name = PersonName(culture, pb::SEX_PEREMPUAN, rng, PickFamilyName(culture, rng), rng.Between(1, 4));
    spouse.mother_name = mother_name_for(culture);
    h.members.push_back(std::move(spouse));
  }

  // ---- Children: born to the mother from about 19, 15–48 months apart; those over 30 have left ----
  const Person* mother = h.Mother();
  const bool widower_with_children = kind == Kind::kMaleHead && head_age >= 45 && rng.Chance(0.4);
  if ((mother && kind != Kind::kElderlyCouple) || widower_with_children) {
    const CivilDate parent_birth = mother ? mother->birth_date : AddDays(h.members[0].birth_date, 3 * 365);
    const std::string mother_name = mother ? mother->name : mother_name_for(h.culture);
    const double wanted[] = {0.10, 0.22, 0.30, 0.20, 0.11, 0.07};
    const int target = static_cast<int>(rng.Weighted(wanted)) + (mother ? 0 : 1);
    CivilDate next = AddDays(parent_birth, rng.Between(19 * 365, 29 * 365));
    int slot = kSlotFirstChild;
    for (int n = 0; n < target; ++n) {
      if (next > as_of || YearsBetween(parent_birth, next) > 44) break;
      ++h.children_born;
      if (YearsBetween(next, as_of) <= 30 && slot < kSlotFirstChild + kMaxChildren) {
        const pb::Sex sex = rng.Chance(0.51) ? pb::SEX_LAKI_LAKI : pb::SEX_PEREMPUAN;
        Person child = make(slot++, sex, next, pb::FAMILY_RELATION_ANAK);
        child.name = PersonName(h.culture, sex, rng, h.family_name, h.children_born);
        child.mother_name = mother_name;
        // Children are mostly born where the family lives.
        if (rng.Chance(0.85)) child.birth_place = PlaceNameOf(kab);
        h.members.push_back(std::move(child));
      }
      next = AddDays(next, rng.Between(450, 1460));
    }
  }

  // ---- Sometimes a parent of the head (or the head's mother-in-law) lives with them ----
  if (head_age <= 62 && rng.Chance(0.14)) {
    const double which[] = {0.6, 0.15, 0.25};  // head's mother, head's father, spouse's mother
    size_t w = rng.Weighted(which);
    if (w == 2 && !h.Spouse()) w = 0;
    const Person& child_of_elder = w == 2 ? *h.Spouse() : h.members[0];
    const int elder_age = child_of_elder.AgeAt(as_of) + rng.Between(20, 36);
    if (elder_age <= 95) {
      const pb::Sex sex = w == 1 ? pb::SEX_LAKI_LAKI : pb::SEX_PEREMPUAN;
      Person elder = make(kSlotElder, sex, BirthForAge(as_of, elder_age, rng),
                          w == 2 ? pb::FAMILY_RELATION_MERTUA : pb::FAMILY_RELATION_ORANG_TUA);
      const std::string family = w == 1 ? h.family_name : std::string(PickFamilyName(h.culture, rng));
      elder.name = PersonName(h.culture, sex, rng, family, rng.Between(1, 4));
      elder.mother_name = mother_name_for(h.culture);
      if (sex == pb::SEX_PEREMPUAN) {
        // She is the mother of the head (or of the spouse): their nama ibu kandung is hers.
        for (Person& p : h.members) {
          if (p.slot == child_of_elder.slot) p.mother_name = elder.name;
        }
      }
      h.members.push_back(std::move(elder));
    }
  }

  // ---- Deaths and deactivated NIKs, as the registry has them at the snapshot ----
  CivilDate youngest = h.members[0].birth_date;
  for (const Person& p : h.members) youngest = std::max(youngest, p.birth_date);
  for (Person& p : h.members) {
    if (rng.Chance(DeceasedShare(p.AgeAt(as_of)))) {
      // A parent died after their youngest child was born.
      const bool parent = p.slot == kSlotHead || p.slot == kSlotSpouse;
      const CivilDate earliest = AddDays(parent ? youngest : p.birth_date, 1);
      const CivilDate latest = AddDays(as_of, -1);
      if (earliest <= latest) {
        p.deceased = true;
        p.death_date = DateBetween(std::max(earliest, AddDays(as_of, -3650)), latest, rng);
        p.nik_active = false;
      }
    }
    if (!p.deceased && rng.Chance(0.004)) p.nik_active = false;  // a duplicate record, deactivated
  }

  // ---- NIKs, KK, where they live ----
  for (Person& p : h.members) {
    p.nik = domain::MakeNik(kec.code, p.birth_date, p.sex, index * kSlotsPerHousehold + p.slot + 1);
  }
  int domicile_index = kecamatan_index;
  if (rng.Chance(0.05)) {
    // Moved: mostly within the kabupaten, sometimes within the province, sometimes far.
    const double r = rng.Unit();
    std::span<const domain::Region> choices = Kecamatan();
    if (r < 0.55) {
      choices = regions_->Children(kab.code);
    } else if (r < 0.8) {
      const auto kabs = regions_->Children(provinsi);
      choices = regions_->Children(rng.Pick(kabs).code);
    }
    const domain::Region& to = rng.Pick(choices);
    if (to.code != kec.code) {
      h.moved = true;
      h.moved_on = DateBetween(AddDays(youngest, 1), as_of, rng);
      domicile_index = *KecamatanIndex(to.code);
    }
  }
  h.domicile_kecamatan = Kecamatan()[static_cast<size_t>(domicile_index)].code;
  if (h.moved) {
    // A new KK at the destination; serials from 1250 up stay clear of the native families' 1–1249.
    h.kk_issued = h.moved_on;
    h.kk_number = domain::MakeKk(h.domicile_kecamatan, h.kk_issued, 1250 + static_cast<int>(rng.Below(8750)));
  } else {
    // Reissued whenever the family changed: after the youngest member's birth.
    h.kk_issued = DateBetween(std::min(AddDays(youngest, 7), as_of), as_of, rng);
    h.kk_number = domain::MakeKk(kec.code, h.kk_issued, index + 1);
  }
  const domain::Region& desa = DesaOf(domicile_index, rng.Next());
  const bool city = regions_->Find(domain::RegionTable::Ancestor(desa.code, RegionLevel::kKabupaten))->name.rfind("KOTA", 0) == 0;
  if (city || rng.Chance(0.5)) {
    h.street = std::string(rng.Chance(0.2) ? "Gg. " : "Jl. ") + std::string(PickStreetName(rng)) + " No. " +
               std::to_string(rng.Between(1, 180));
  } else {
    h.street = "Dusun " + std::string(rng.Pick<std::string_view>(kDusun));
  }
  h.domicile_desa = desa.code;
  h.rt = ThreeDigits(rng.Between(1, 12));
  h.rw = ThreeDigits(rng.Between(1, 9));
  return h;
}

std::optional<Population::Found> Population::FindByNik(std::string_view nik) const {
  if (nik.size() != 16 || !std::all_of(nik.begin(), nik.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  std::string code;
  code.reserve(8);
  code.append(nik.substr(0, 2)).append(".").append(nik.substr(2, 2)).append(".").append(nik.substr(4, 2));
  const auto k = KecamatanIndex(code);
  if (!k) return std::nullopt;
  const int serial = (nik[12] - '0') * 1000 + (nik[13] - '0') * 100 + (nik[14] - '0') * 10 + (nik[15] - '0');
  if (serial < 1) return std::nullopt;
  const int household = (serial - 1) / kSlotsPerHousehold;
  const int slot = (serial - 1) % kSlotsPerHousehold;
  if (household >= HouseholdCount(*k)) return std::nullopt;
  Found found{GetHousehold(*k, household), 0};
  for (size_t i = 0; i < found.household.members.size(); ++i) {
    const Person& p = found.household.members[i];
    if (p.slot == slot) {
      if (p.nik != nik) return std::nullopt;
      found.member = i;
      return found;
    }
  }
  return std::nullopt;
}

}  // namespace lampid::population
