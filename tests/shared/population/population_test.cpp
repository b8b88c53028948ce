// The synthetic population: deterministic, covers every kecamatan, NIK lookups find exactly its people,
// families hang together, and the registry's states (deceased, inactive, moved) occur.
#include "population/population.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "domain/nik.h"

namespace lampid::population {
namespace {

namespace pb = domain::pb;

std::shared_ptr<const domain::RegionTable> Regions() {
  static const auto regions = *domain::RegionTable::LoadBuiltin();
  return regions;
}

std::shared_ptr<const Population> Make(uint64_t seed, int64_t size = 1'000'000) {
  PopulationConfig c;
  c.seed = seed;
  c.size = size;
  return *Population::Create(c, Regions());
}

// Everything about a household, as text, to compare generations.
std::string Describe(const Household& h) {
  std::string s = h.kk_number + "|" + FormatIsoDate(h.kk_issued) + "|" + h.domicile_desa + "|" + h.street + "|" + h.rt +
                  "|" + h.rw + "|" + (h.moved ? "moved" : "home") + "|" + std::to_string(h.children_born);
  for (const Person& p : h.members) {
    s += "\n" + std::to_string(p.slot) + "|" + p.nik + "|" + p.name + "|" + FormatIsoDate(p.birth_date) + "|" +
         p.birth_place + "|" + p.mother_name + "|" + std::to_string(p.relation) + "|" + (p.deceased ? "dead" : "alive") +
         "|" + (p.nik_active ? "active" : "inactive");
  }
  return s;
}

TEST(PopulationTest, SameSeedSameHouseholdsOtherSeedOthers) {
  const auto a = Make(7), b = Make(7), c = Make(8);
  int differ = 0;
  for (int k : {0, 100, 3000, 7276}) {
    ASSERT_EQ(a->HouseholdCount(k), b->HouseholdCount(k));
    for (int h = 0; h < std::min(5, a->HouseholdCount(k)); ++h) {
      EXPECT_EQ(Describe(a->GetHousehold(k, h)), Describe(b->GetHousehold(k, h)));
      if (h < c->HouseholdCount(k) && Describe(a->GetHousehold(k, h)) != Describe(c->GetHousehold(k, h))) ++differ;
    }
  }
  EXPECT_GT(differ, 10);
}

TEST(PopulationTest, CoversEveryKecamatanAndSizeIsNearTheConfiguredOne) {
  const auto pop = Make(1, 1'000'000);
  ASSERT_EQ(pop->Kecamatan().size(), 7277u);
  int64_t households = 0;
  for (size_t k = 0; k < pop->Kecamatan().size(); ++k) {
    EXPECT_GE(pop->HouseholdCount(static_cast<int>(k)), 1) << pop->Kecamatan()[k].code;
    households += pop->HouseholdCount(static_cast<int>(k));
  }
  EXPECT_EQ(households, pop->TotalHouseholds());
  // People per household, measured on every 25th household of every kecamatan.
  int64_t sampled = 0, people = 0;
  for (size_t k = 0; k < pop->Kecamatan().size(); ++k) {
    for (int h = 0; h < pop->HouseholdCount(static_cast<int>(k)); h += 25) {
      ++sampled;
      people += static_cast<int64_t>(pop->GetHousehold(static_cast<int>(k), h).members.size());
    }
  }
  const double estimate = static_cast<double>(people) / static_cast<double>(sampled) * static_cast<double>(households);
  EXPECT_GT(estimate, 900'000);
  EXPECT_LT(estimate, 1'100'000);
}

TEST(PopulationTest, RejectsSizesOutOfRange) {
  PopulationConfig c;
  c.size = 10;
  EXPECT_FALSE(Population::Create(c, Regions()).ok());
  c.size = 50'000'000;
  EXPECT_FALSE(Population::Create(c, Regions()).ok());
}

TEST(PopulationTest, EveryPersonIsFoundByNikAndNothingElseIs) {
  const auto pop = Make(3);
  std::set<std::string> niks;
  int checked = 0;
  for (int k = 0; k < 7277; k += 97) {
    for (int h = 0; h < pop->HouseholdCount(k); ++h) {
      const Household hh = pop->GetHousehold(k, h);
      for (const Person& p : hh.members) {
        EXPECT_TRUE(niks.insert(p.nik).second) << "duplicate NIK";
        const auto found = pop->FindByNik(p.nik);
        ASSERT_TRUE(found) << p.nik;
        EXPECT_EQ(found->person().name, p.name);
        EXPECT_EQ(found->household.index, h);
        EXPECT_EQ(found->household.kecamatan_index, k);
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 10'000);
}

struct AlteredNik {
  const char* what;
  std::string (*alter)(const std::string& nik);
};

void PrintTo(const AlteredNik& a, std::ostream* os) { *os << a.what; }

class FindByNikRejects : public ::testing::TestWithParam<AlteredNik> {};

TEST_P(FindByNikRejects, AlteredNiks) {
  const auto pop = Make(3);
  int tried = 0;
  for (int k = 0; k < 7277; k += 331) {
    for (const Person& p : pop->GetHousehold(k, 0).members) {
      const std::string altered = GetParam().alter(p.nik);
      if (altered == p.nik) continue;
      EXPECT_FALSE(pop->FindByNik(altered)) << GetParam().what;
      ++tried;
    }
  }
  EXPECT_GT(tried, 20);
}

INSTANTIATE_TEST_SUITE_P(
    Table, FindByNikRejects,
    ::testing::Values(
        AlteredNik{"day of birth + 1", [](const std::string& n) {
                     std::string s = n;
                     s[7] = s[7] == '9' ? '8' : static_cast<char>(s[7] + 1);
                     return s;
                   }},
        AlteredNik{"other sex (day ± 40)", [](const std::string& n) {
                     std::string s = n;
                     const int d = (s[6] - '0') * 10 + (s[7] - '0');
                     const int other = d > 40 ? d - 40 : d + 40;
                     s[6] = static_cast<char>('0' + other / 10);
                     s[7] = static_cast<char>('0' + other % 10);
                     return s;
                   }},
        AlteredNik{"year of birth + 1", [](const std::string& n) {
                     std::string s = n;
                     s[11] = s[11] == '9' ? '0' : static_cast<char>(s[11] + 1);
                     return s;
                   }},
        AlteredNik{"serial of an empty slot", [](const std::string& n) {
                     // Slot 6 (the fifth child) is almost always empty; the serial of household 0 slot 6 is 7.
                     return n.substr(0, 12) + "0007";
                   }},
        AlteredNik{"serial beyond every household", [](const std::string& n) { return n.substr(0, 12) + "9999"; }},
        AlteredNik{"serial zero", [](const std::string& n) { return n.substr(0, 12) + "0000"; }},
        AlteredNik{"unknown kecamatan", [](const std::string& n) { return n.substr(0, 4) + "99" + n.substr(6); }},
        AlteredNik{"too short", [](const std::string& n) { return n.substr(0, 15); }},
        AlteredNik{"not digits", [](const std::string& n) { return n.substr(0, 15) + "x"; }}));

TEST(PopulationTest, FamiliesHangTogether) {
  const auto pop = Make(5);
  const CivilDate as_of = pop->config().as_of;
  const CivilDate today = as_of;
  int spouses = 0, children = 0, elders = 0;
  std::set<std::string> kks;
  for (int k = 0; k < 7277; k += 53) {
    for (int h = 0; h < pop->HouseholdCount(k); ++h) {
      const Household hh = pop->GetHousehold(k, h);
      EXPECT_TRUE(kks.insert(hh.kk_number).second) << "duplicate KK";
      domain::ProblemList problems;
      const auto kk = domain::CheckKk(hh.kk_number, pop->regions(), today, "kk", problems);
      ASSERT_TRUE(kk) << hh.kk_number;
      EXPECT_TRUE(problems.empty());
      EXPECT_EQ(kk->kecamatan_code, hh.domicile_kecamatan);
      EXPECT_EQ(kk->issue_date, hh.kk_issued);
      EXPECT_EQ(domain::RegionTable::Ancestor(hh.domicile_desa, domain::RegionLevel::kKecamatan), hh.domicile_kecamatan);
      EXPECT_EQ(hh.moved, hh.domicile_kecamatan != hh.registered_kecamatan);
      const Person* head = hh.Head();
      ASSERT_NE(head, nullptr);
      EXPECT_EQ(head->relation, pb::FAMILY_RELATION_KEPALA_KELUARGA);
      EXPECT_GE(head->AgeAt(as_of), 18);
      const Person* mother = hh.Mother();
      for (const Person& p : hh.members) {
        domain::ProblemList nik_problems;
        const auto info = domain::CheckNik(p.nik, pop->regions(), today, "nik", nik_problems);
        ASSERT_TRUE(info) << p.nik;
        EXPECT_TRUE(nik_problems.empty());
        EXPECT_EQ(info->birth_date, p.birth_date);
        EXPECT_EQ(info->sex, p.sex);
        EXPECT_EQ(info->kecamatan_code, hh.registered_kecamatan);
        EXPECT_LE(p.birth_date, as_of);
        EXPECT_FALSE(p.name.empty());
        EXPECT_FALSE(p.mother_name.empty());
        EXPECT_FALSE(p.birth_place.empty());
        if (p.deceased) {
          EXPECT_FALSE(p.nik_active);
          EXPECT_GT(p.death_date, p.birth_date);
          EXPECT_LE(p.death_date, as_of);
        }
        if (p.slot == kSlotSpouse) {
          ++spouses;
          EXPECT_EQ(p.relation, pb::FAMILY_RELATION_ISTRI);
          EXPECT_EQ(p.sex, pb::SEX_PEREMPUAN);
        }
        if (p.relation == pb::FAMILY_RELATION_ANAK) {
          ++children;
          EXPECT_GE(p.slot, kSlotFirstChild);
          if (mother) {
            EXPECT_EQ(p.mother_name, mother->name);
            EXPECT_GE(YearsBetween(mother->birth_date, p.birth_date), 18);
          }
        }
        if (p.slot == kSlotElder) {
          ++elders;
          EXPECT_TRUE(p.relation == pb::FAMILY_RELATION_ORANG_TUA || p.relation == pb::FAMILY_RELATION_MERTUA);
          EXPECT_GT(p.AgeAt(as_of), head->AgeAt(as_of) - 10);
          if (p.sex == pb::SEX_PEREMPUAN && p.relation == pb::FAMILY_RELATION_ORANG_TUA) {
            EXPECT_EQ(head->mother_name, p.name);
          }
        }
      }
    }
  }
  EXPECT_GT(spouses, 500);
  EXPECT_GT(children, 800);
  EXPECT_GT(elders, 50);
}

TEST(PopulationTest, SomeAreDeceasedSomeInactiveSomeMoved) {
  const auto pop = Make(11);
  int people = 0, deceased = 0, inactive_alive = 0, households = 0, moved = 0;
  for (int k = 0; k < 7277; k += 7) {
    for (int h = 0; h < pop->HouseholdCount(k); h += 3) {
      const Household hh = pop->GetHousehold(k, h);
      ++households;
      moved += hh.moved;
      for (const Person& p : hh.members) {
        ++people;
        deceased += p.deceased;
        inactive_alive += !p.deceased && !p.nik_active;
      }
    }
  }
  const auto share = [](int n, int of) { return static_cast<double>(n) / of; };
  EXPECT_GT(share(deceased, people), 0.01);
  EXPECT_LT(share(deceased, people), 0.08);
  EXPECT_GT(share(inactive_alive, people), 0.001);
  EXPECT_LT(share(inactive_alive, people), 0.01);
  EXPECT_GT(share(moved, households), 0.03);
  EXPECT_LT(share(moved, households), 0.07);
}

TEST(PopulationTest, NamesAreValidVariedAndRegional) {
  const auto pop = Make(2);
  std::set<std::string> names;
  int total = 0;
  std::map<std::string, int> bali_prefix, sumut_marga;
  const std::set<std::string> marga = {"Siregar", "Nasution", "Harahap", "Simanjuntak", "Hutapea", "Sitompul",
                                       "Pasaribu", "Sinaga", "Lubis", "Ginting", "Tarigan", "Sembiring", "Purba"};
  for (int k = 0; k < 7277; k += 13) {
    const std::string prov(domain::RegionTable::Ancestor(pop->Kecamatan()[static_cast<size_t>(k)].code,
                                                         domain::RegionLevel::kProvinsi));
    for (int h = 0; h < pop->HouseholdCount(k); ++h) {
      for (const Person& p : pop->GetHousehold(k, h).members) {
        ++total;
        names.insert(p.name);
        EXPECT_LE(p.name.size(), 100u);
        for (char c : p.name) {
          EXPECT_TRUE(std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '\'' || c == '-')
              << p.name;
        }
        if (prov == "51") ++bali_prefix[p.name.substr(0, p.name.find(' '))];
        if (prov == "12") {
          const std::string last = p.name.substr(p.name.rfind(' ') + 1);
          if (marga.count(last)) ++sumut_marga["batak"];
          ++sumut_marga["all"];
        }
      }
    }
  }
  // Indonesian names repeat a lot (many a Siti, many a Budi), but not this much.
  EXPECT_GT(static_cast<double>(names.size()) / total, 0.25) << "names repeat too often";
  EXPECT_GT(names.size(), 15'000u);
  // Bali: most people are I … or Ni …; North Sumatra: many carry a Batak marga.
  EXPECT_GT(bali_prefix["I"] + bali_prefix["Ni"], 50);
  EXPECT_GT(sumut_marga["batak"], sumut_marga["all"] / 10);
}

struct ZoneCase {
  const char* provinsi;
  pb::TimeZone zone;
};
void PrintTo(const ZoneCase& z, std::ostream* os) { *os << "provinsi " << z.provinsi; }
class ZoneOfProvinceTest : public ::testing::TestWithParam<ZoneCase> {};
TEST_P(ZoneOfProvinceTest, Table) { EXPECT_EQ(ZoneOfProvince(GetParam().provinsi), GetParam().zone); }
INSTANTIATE_TEST_SUITE_P(Table, ZoneOfProvinceTest,
                         ::testing::Values(ZoneCase{"11", pb::TIME_ZONE_WIB}, ZoneCase{"32", pb::TIME_ZONE_WIB},
                                           ZoneCase{"61", pb::TIME_ZONE_WIB}, ZoneCase{"62", pb::TIME_ZONE_WIB},
                                           ZoneCase{"51", pb::TIME_ZONE_WITA}, ZoneCase{"53", pb::TIME_ZONE_WITA},
                                           ZoneCase{"63", pb::TIME_ZONE_WITA}, ZoneCase{"65", pb::TIME_ZONE_WITA},
                                           ZoneCase{"73", pb::TIME_ZONE_WITA}, ZoneCase{"76", pb::TIME_ZONE_WITA},
                                           ZoneCase{"81", pb::TIME_ZONE_WIT}, ZoneCase{"91", pb::TIME_ZONE_WIT},
                                           ZoneCase{"96", pb::TIME_ZONE_WIT}));

TEST(PlaceNameOfTest, StripsTheKindAndTitleCases) {
  const auto regions = Regions();
  EXPECT_EQ(PlaceNameOf(*regions->Find("32.73")), "Bandung");
  EXPECT_EQ(PlaceNameOf(*regions->Find("11.01")), "Aceh Selatan");
  EXPECT_EQ(PlaceNameOf(*regions->Find("31.01")), "Kepulauan Seribu");
}

}  // namespace
}  // namespace lampid::population
