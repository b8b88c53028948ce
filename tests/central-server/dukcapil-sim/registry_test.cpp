// The simulated registry answers from the population: the generator's people are found with every field
// SESUAI, the altered share comes back TIDAK_SESUAI or not found, and deceased/inactive records say so.
#include "dukcapil-sim/registry.h"

#include <gtest/gtest.h>

#include "core/civil_time.h"
#include "dukcapil/person_queries.h"
#include "population/report_generator.h"

namespace lampid::dukcapil_sim {
namespace {

namespace pb = domain::pb;
using population::Alteration;

std::shared_ptr<const population::Population> Pop() {
  static const auto pop = [] {
    population::PopulationConfig c;
    c.seed = 21;
    return *population::Population::Create(c, *domain::RegionTable::LoadBuiltin());
  }();
  return pop;
}

const int64_t kNow = *ParseTimestamp("2026-11-25T08:30:00Z");

TEST(RegistryTest, GeneratedPeopleAreFoundAndAlteredOnesAreNot) {
  const Registry registry(Pop());
  int persons = 0, reports_altered = 0;
  for (const char* kec : {"32.73.05", "35.15.01", "51.03.01", "12.12.01", "91.03.01", "64.72.01"}) {
    population::GeneratorOptions o;
    o.unknown_share = 0.25;
    auto gen = *population::ReportGenerator::Create(Pop(), kec, 8, kNow, o);
    for (const auto& g : gen.Generate(300)) {
      int not_found = 0, mismatched = 0;
      std::vector<std::string> mismatched_paths;
      for (const auto& q : dukcapil::PersonQueriesFromReport(g.report)) {
        ++persons;
        const auto answer = registry.Verify(q.request);
        EXPECT_EQ(answer.request_id(), q.request.request_id());
        const auto check = dukcapil::ToPersonCheck(q, answer);
        EXPECT_EQ(check.field(), q.nik_field);
        if (!check.nik_found()) {
          ++not_found;
          EXPECT_EQ(check.fields_size(), 0);
          continue;
        }
        EXPECT_TRUE(check.nik_active()) << q.nik_field;
        EXPECT_FALSE(check.deceased()) << q.nik_field;
        EXPECT_EQ(check.fields_size(), static_cast<int>(q.fields.size()));
        for (const auto& f : check.fields()) {
          EXPECT_NE(f.match(), pb::FIELD_MATCH_UNSPECIFIED) << f.field();
          if (f.match() == pb::FIELD_MATCH_TIDAK_SESUAI) {
            ++mismatched;
            mismatched_paths.push_back(f.field());
          }
        }
      }
      switch (g.alteration) {
        case Alteration::kNone:
          EXPECT_EQ(not_found + mismatched, 0);
          break;
        case Alteration::kUnknownNik:
          ++reports_altered;
          EXPECT_GE(not_found, 1);
          EXPECT_EQ(mismatched, 0);
          break;
        case Alteration::kMisspeltName:
        case Alteration::kWrongKk:
          ++reports_altered;
          EXPECT_EQ(not_found, 0);
          ASSERT_GE(mismatched, 1);
          // Only the altered field is TIDAK_SESUAI (it may be asked for more than one person, e.g. the KK).
          for (const auto& path : mismatched_paths) {
            if (g.alteration == Alteration::kMisspeltName) {
              EXPECT_TRUE(path == g.altered_field || path.find(".name") != std::string::npos) << path;
            } else {
              EXPECT_EQ(path, g.altered_field);
            }
          }
          break;
      }
    }
  }
  EXPECT_GT(persons, 5000);
  EXPECT_GT(reports_altered, 300);
}

// Finds a person of the population with a property.
template <typename Pred>
population::Person Find(Pred pred) {
  for (int k = 0; k < 7277; k += 11) {
    for (int h = 0; h < Pop()->HouseholdCount(k); ++h) {
      for (const auto& p : Pop()->GetHousehold(k, h).members) {
        if (pred(p)) return p;
      }
    }
  }
  ADD_FAILURE() << "no such person";
  return {};
}

TEST(RegistryTest, DeceasedAndInactiveRecordsSaySo) {
  const Registry registry(Pop());
  const auto dead = Find([](const population::Person& p) { return p.deceased; });
  const auto inactive = Find([](const population::Person& p) { return !p.deceased && !p.nik_active; });
  const auto alive = Find([](const population::Person& p) { return p.Usable(); });
  dpb::VerifyPersonRequest r;
  r.set_nik(dead.nik);
  auto a = registry.Verify(r);
  EXPECT_TRUE(a.nik_found());
  EXPECT_TRUE(a.deceased());
  EXPECT_FALSE(a.nik_active());
  r.set_nik(inactive.nik);
  a = registry.Verify(r);
  EXPECT_TRUE(a.nik_found());
  EXPECT_FALSE(a.deceased());
  EXPECT_FALSE(a.nik_active());
  r.set_nik(alive.nik);
  a = registry.Verify(r);
  EXPECT_TRUE(a.nik_found());
  EXPECT_FALSE(a.deceased());
  EXPECT_TRUE(a.nik_active());
}

// One row per field: the true value gives SESUAI, a wrong one TIDAK_SESUAI, none UNSPECIFIED.
struct FieldCase {
  const char* name;
  void (*set_true)(dpb::VerifyPersonRequest&, const population::Population::Found&);
  void (*set_wrong)(dpb::VerifyPersonRequest&);
  pb::FieldMatch (*answer)(const dpb::VerifyPersonResponse&);
};

void PrintTo(const FieldCase& f, std::ostream* os) { *os << f.name; }

class RegistryField : public ::testing::TestWithParam<FieldCase> {};

TEST_P(RegistryField, TrueWrongAndAbsent) {
  const Registry registry(Pop());
  const auto person = Find([](const population::Person& p) { return p.Usable() && p.slot == population::kSlotSpouse; });
  const auto found = *Pop()->FindByNik(person.nik);
  dpb::VerifyPersonRequest r;
  r.set_nik(person.nik);
  EXPECT_EQ(GetParam().answer(registry.Verify(r)), pb::FIELD_MATCH_UNSPECIFIED);
  GetParam().set_true(r, found);
  EXPECT_EQ(GetParam().answer(registry.Verify(r)), pb::FIELD_MATCH_SESUAI);
  GetParam().set_wrong(r);
  EXPECT_EQ(GetParam().answer(registry.Verify(r)), pb::FIELD_MATCH_TIDAK_SESUAI);
}

using F = population::Population::Found;
using Req = dpb::VerifyPersonRequest;
using Resp = dpb::VerifyPersonResponse;
INSTANTIATE_TEST_SUITE_P(
    Table, RegistryField,
    ::testing::Values(
        FieldCase{"name", [](Req& r, const F& f) { r.set_name(f.person().name); }, [](Req& r) { r.set_name("Orang Lain"); },
                  [](const Resp& a) { return a.name(); }},
        FieldCase{"birth_place", [](Req& r, const F& f) { r.set_birth_place(f.person().birth_place); },
                  [](Req& r) { r.set_birth_place("Tempat Lain"); }, [](const Resp& a) { return a.birth_place(); }},
        FieldCase{"birth_date", [](Req& r, const F& f) { r.set_birth_date(FormatIsoDate(f.person().birth_date)); },
                  [](Req& r) { r.set_birth_date("1901-01-01"); }, [](const Resp& a) { return a.birth_date(); }},
        FieldCase{"sex", [](Req& r, const F& f) { r.set_sex(f.person().sex); },
                  [](Req& r) { r.set_sex(r.sex() == pb::SEX_PEREMPUAN ? pb::SEX_LAKI_LAKI : pb::SEX_PEREMPUAN); },
                  [](const Resp& a) { return a.sex(); }},
        FieldCase{"mother_name", [](Req& r, const F& f) { r.set_mother_name(f.person().mother_name); },
                  [](Req& r) { r.set_mother_name("Ibu Lain"); }, [](const Resp& a) { return a.mother_name(); }},
        FieldCase{"kk_number", [](Req& r, const F& f) { r.set_kk_number(f.household.kk_number); },
                  [](Req& r) { r.set_kk_number("3273050101200001"); }, [](const Resp& a) { return a.kk_number(); }},
        FieldCase{"family_relation", [](Req& r, const F& f) { r.set_family_relation(f.person().relation); },
                  [](Req& r) { r.set_family_relation(pb::FAMILY_RELATION_PEMBANTU); },
                  [](const Resp& a) { return a.family_relation(); }},
        FieldCase{"domicile_desa_code", [](Req& r, const F& f) { r.set_domicile_desa_code(f.household.domicile_desa); },
                  [](Req& r) { r.set_domicile_desa_code("11.01.01.2001x"); },
                  [](const Resp& a) { return a.domicile_desa_code(); }}),
    [](const ::testing::TestParamInfo<FieldCase>& p) { return std::string(p.param.name); });

TEST(RegistryTest, UnknownAndMalformedNiksAreNotFoundAndNothingIsCompared) {
  const Registry registry(Pop());
  for (const char* nik : {"", "123", "32730552039500xx", "9999990101900001", "3273050101900000"}) {
    dpb::VerifyPersonRequest r;
    r.set_nik(nik);
    r.set_name("Siapa Saja");
    const auto a = registry.Verify(r);
    EXPECT_FALSE(a.nik_found()) << nik;
    EXPECT_FALSE(a.nik_active());
    EXPECT_EQ(a.name(), pb::FIELD_MATCH_UNSPECIFIED);
  }
}

struct NormCase {
  const char* in;
  const char* out;
};
void PrintTo(const NormCase& n, std::ostream* os) { *os << '"' << n.in << '"'; }
class Normalize : public ::testing::TestWithParam<NormCase> {};
TEST_P(Normalize, Table) { EXPECT_EQ(NormalizeForMatch(GetParam().in), GetParam().out); }
INSTANTIATE_TEST_SUITE_P(Table, Normalize,
                         ::testing::Values(NormCase{"Siti Aminah", "SITI AMINAH"}, NormCase{"  siti   aminah ", "SITI AMINAH"},
                                           NormCase{"Yohana br. Hutapea", "YOHANA BR HUTAPEA"},
                                           NormCase{"Hutapea, Yohana", "HUTAPEA YOHANA"},
                                           NormCase{"Sa'adah", "SA'ADAH"}, NormCase{"Al-Sayed", "AL-SAYED"},
                                           NormCase{"", ""}, NormCase{" . ", ""}));

}  // namespace
}  // namespace lampid::dukcapil_sim
