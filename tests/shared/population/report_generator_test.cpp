// The report generator: every report validates, the same seed gives the same reports, all kinds and
// variants occur, and the people on unaltered reports are exactly the population's.
#include "population/report_generator.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/civil_time.h"
#include "domain/report_json.h"
#include "domain/report_validator.h"
#include "dukcapil/person_queries.h"

namespace lampid::population {
namespace {

namespace pb = domain::pb;

std::shared_ptr<const domain::RegionTable> Regions() {
  static const auto regions = *domain::RegionTable::LoadBuiltin();
  return regions;
}

std::shared_ptr<const Population> Make(uint64_t seed) {
  PopulationConfig c;
  c.seed = seed;
  return *Population::Create(c, Regions());
}

// 2026-11-25 08:30 UTC.
const int64_t kNow = *ParseTimestamp("2026-11-25T08:30:00Z");

ReportGenerator Generator(std::shared_ptr<const Population> pop, const std::string& kecamatan, uint64_t seed,
                          double unknown_share = 0.05) {
  GeneratorOptions o;
  o.unknown_share = unknown_share;
  return *ReportGenerator::Create(std::move(pop), kecamatan, seed, kNow, o);
}

TEST(ReportGeneratorTest, TwentyThousandReportsAcrossKecamatanAndSeedsValidate) {
  std::map<std::string, int> kinds, warnings;
  int reports = 0;
  for (uint64_t seed : {1, 2, 3, 4}) {
    const auto pop = Make(seed);
    // 50 kecamatan per seed, spread over every province, 100 reports each.
    for (size_t i = 0; i < 50; ++i) {
      const size_t k = (i * 7277 / 50 + seed * 31) % 7277;
      auto gen = Generator(pop, pop->Kecamatan()[k].code, seed * 1000 + i);
      for (const auto& g : gen.Generate(100)) {
        ++reports;
        ++kinds[domain::KindName(g.report.kind())];
        const auto problems = domain::ValidateReport(g.report, {*Regions(), kNow});
        for (const auto& p : problems.items()) {
          EXPECT_FALSE(p.is_error()) << p.code << " " << p.field << "\n" << domain::ReportToJsonText(g.report, true);
          // The only realistic warnings: a very small baby.
          if (!p.is_error()) {
            EXPECT_EQ(p.code, "value_unusual") << p.field;
            ++warnings[p.field];
          }
        }
        // Witnesses are two other people than the reporter.
        const auto& r = g.report;
        if (r.has_kelahiran() || r.has_kematian()) {
          const auto& ws = r.has_kelahiran() ? r.kelahiran().witnesses() : r.kematian().witnesses();
          const auto& reporter = r.has_kelahiran() ? r.kelahiran().reporter() : r.kematian().reporter();
          ASSERT_EQ(ws.size(), 2);
          EXPECT_NE(ws[0].nik(), ws[1].nik());
          EXPECT_NE(ws[0].nik(), reporter.nik());
          EXPECT_NE(ws[1].nik(), reporter.nik());
        }
        // The JSON round trip keeps everything.
        const auto parsed = domain::ParseReportJson(domain::ReportToJsonText(g.report));
        ASSERT_TRUE(parsed.ok());
        EXPECT_EQ(parsed.report.SerializeAsString(), g.report.SerializeAsString());
      }
    }
  }
  EXPECT_EQ(reports, 20'000);
  for (const char* kind : {"kelahiran", "kematian", "kepindahan", "kedatangan"}) EXPECT_GT(kinds[kind], 2000) << kind;
  int warned = 0;
  for (const auto& [field, n] : warnings) warned += n;
  EXPECT_LT(warned, 100);
}

TEST(ReportGeneratorTest, SameSeedSameReportsOtherSeedOthers) {
  const auto pop = Make(1);
  auto text = [&](uint64_t seed) {
    std::string s;
    for (const auto& g : Generator(pop, "32.73.05", seed).Generate(300)) s += domain::ReportToJsonText(g.report) + "\n";
    return s;
  };
  EXPECT_EQ(text(9), text(9));
  EXPECT_NE(text(9), text(10));
}

TEST(ReportGeneratorTest, EventsLieInTheRecentPast) {
  const auto pop = Make(1);
  const CivilDate today = DateAt(kNow, 7 * 60);
  for (const auto& g : Generator(pop, "35.78.01", 5).Generate(500)) {
    const auto& r = g.report;
    std::string date = r.has_kelahiran() ? r.kelahiran().birth_date()
                       : r.has_kematian() ? r.kematian().death_date()
                       : r.has_kedatangan() ? r.kedatangan().move_date()
                                            : "";
    if (date.empty()) continue;
    const auto d = ParseIsoDate(date);
    ASSERT_TRUE(d);
    EXPECT_LE(DaysBetween(*d, today), 61);
    EXPECT_GE(DaysBetween(*d, today), 0);
    EXPECT_LE(*ParseTimestamp(r.created_at()), kNow);
    EXPECT_EQ(r.kecamatan_code(), "35.78.01");
    EXPECT_EQ(r.desa_code().substr(0, 8), "35.78.01");
  }
}

TEST(ReportGeneratorTest, VariantsOccur) {
  const auto pop = Make(1);
  auto gen = Generator(pop, "32.04.05", 77);  // a large kabupaten: every variant has people to draw from
  int twins = 0, father_unknown = 0, foreign = 0, nik_unknown = 0, whole = 0, head_only = 0, some = 0, member_only = 0;
  std::vector<GeneratedReport> all = gen.Generate(6000);
  for (size_t i = 0; i < all.size(); ++i) {
    const auto& r = all[i].report;
    if (r.has_kelahiran()) {
      const auto& k = r.kelahiran();
      // An Indonesian mother is a woman of this kecamatan aged 18–45 at the birth.
      if (k.mother().citizenship() == pb::CITIZENSHIP_WNI && all[i].alteration != Alteration::kUnknownNik) {
        const auto mother = pop->FindByNik(k.mother().nik());
        ASSERT_TRUE(mother);
        EXPECT_EQ(mother->person().sex, pb::SEX_PEREMPUAN);
        EXPECT_EQ(mother->household.domicile_kecamatan, "32.04.05");
        const int age = mother->person().AgeAt(*ParseIsoDate(k.birth_date()));
        EXPECT_GE(age, 18);
        EXPECT_LE(age, 45);
      }
      father_unknown += k.father_unknown();
      foreign += k.mother().citizenship() == pb::CITIZENSHIP_WNA || k.father().citizenship() == pb::CITIZENSHIP_WNA;
      if (k.birth_type() == pb::BIRTH_TYPE_KEMBAR_2) {
        // Twins: two reports in a row, same mother, same birth date, consecutive birth order.
        ASSERT_LT(i + 1, all.size());
        const auto& other = all[i + 1].report.kelahiran();
        EXPECT_EQ(other.birth_type(), pb::BIRTH_TYPE_KEMBAR_2);
        EXPECT_EQ(other.mother().nik(), k.mother().nik());
        EXPECT_EQ(other.mother().name(), k.mother().name());
        EXPECT_EQ(other.birth_date(), k.birth_date());
        EXPECT_EQ(other.birth_order(), k.birth_order() + 1);
        EXPECT_NE(all[i + 1].report.id(), r.id());
        ++twins;
        ++i;
      }
    }
    if (r.has_kematian()) nik_unknown += r.kematian().deceased().nik_unknown();
    if (r.has_kepindahan()) {
      switch (r.kepindahan().move_type()) {
        case pb::MOVE_TYPE_KEPALA_DAN_SELURUH_ANGGOTA: ++whole; break;
        case pb::MOVE_TYPE_KEPALA_SAJA: ++head_only; break;
        case pb::MOVE_TYPE_KEPALA_DAN_SEBAGIAN_ANGGOTA: ++some; break;
        default: ++member_only; break;
      }
    }
  }
  EXPECT_GT(twins, 5);
  EXPECT_GT(father_unknown, 20);
  EXPECT_GT(foreign, 5);
  EXPECT_GT(nik_unknown, 5);
  EXPECT_GT(whole, 100);
  EXPECT_GT(head_only, 50);
  EXPECT_GT(some, 20);
  EXPECT_GT(member_only, 5);
}

TEST(ReportGeneratorTest, CountIsExactEvenWhenTwinsDoNotFit) {
  const auto pop = Make(1);
  for (size_t n : {0, 1, 2, 3, 17, 250}) EXPECT_EQ(Generator(pop, "32.73.05", n).Generate(n).size(), n);
  auto gen = Generator(pop, "32.73.05", 4);
  for (int i = 0; i < 500; ++i) EXPECT_EQ(gen.NextEvent(1).size(), 1u);
}

// Each person on an unaltered report is in the population, alive, active, and as the form says; on an
// altered report exactly the altered thing differs.
TEST(ReportGeneratorTest, PeopleOnReportsAreThePopulationsExceptTheAlteredShare) {
  const auto pop = Make(1);
  std::map<Alteration, int> count;
  for (const char* kec : {"32.73.05", "51.71.01", "12.71.01", "94.01.01", "73.71.01"}) {
    auto gen = Generator(pop, kec, 3, 0.3);
    for (const auto& g : gen.Generate(400)) {
      ++count[g.alteration];
      int unknown = 0, name_mismatch = 0, kk_mismatch = 0;
      const auto queries = dukcapil::PersonQueriesFromReport(g.report);
      std::string altered_nik;
      for (const auto& q : queries) {
        if (q.nik_field == g.altered_field) altered_nik = q.request.nik();
      }
      for (const auto& q : queries) {
        const auto found = pop->FindByNik(q.request.nik());
        if (!found) {
          // Only the altered NIK is unknown (it may appear twice: a mother who also reports).
          ++unknown;
          EXPECT_EQ(q.request.nik(), altered_nik) << q.nik_field;
          continue;
        }
        const Person& p = found->person();
        EXPECT_TRUE(p.Usable()) << q.nik_field;
        if (!q.request.name().empty() && q.request.name() != p.name) ++name_mismatch;
        if (!q.request.kk_number().empty() && q.request.kk_number() != found->household.kk_number) ++kk_mismatch;
        if (!q.request.birth_date().empty()) {
          EXPECT_EQ(q.request.birth_date(), FormatIsoDate(p.birth_date));
        }
        if (q.request.family_relation() != pb::FAMILY_RELATION_UNSPECIFIED) {
          EXPECT_EQ(q.request.family_relation(), p.relation);
        }
        if (!q.request.domicile_desa_code().empty()) {
          EXPECT_EQ(q.request.domicile_desa_code(), found->household.domicile_desa);
        }
      }
      switch (g.alteration) {
        case Alteration::kNone:
          EXPECT_EQ(unknown + name_mismatch + kk_mismatch, 0) << domain::ReportToJsonText(g.report, true);
          EXPECT_TRUE(g.altered_field.empty());
          break;
        case Alteration::kUnknownNik: EXPECT_GE(unknown, 1); break;
        case Alteration::kMisspeltName: EXPECT_GE(name_mismatch, 1) << g.altered_field; break;
        case Alteration::kWrongKk: EXPECT_GE(kk_mismatch, 1) << g.altered_field; break;
      }
    }
  }
  const int total = 2000;
  const int altered = total - count[Alteration::kNone];
  EXPECT_GT(altered, total * 0.2);
  EXPECT_LT(altered, total * 0.4);
  EXPECT_GT(count[Alteration::kUnknownNik], 50);
  EXPECT_GT(count[Alteration::kMisspeltName], 50);
  EXPECT_GT(count[Alteration::kWrongKk], 10);
}

TEST(ReportGeneratorTest, ZeroShareAltersNothingFullShareAltersEveryEvent) {
  const auto pop = Make(1);
  for (const auto& g : Generator(pop, "33.74.01", 1, 0.0).Generate(500)) EXPECT_EQ(g.alteration, Alteration::kNone);
  int unaltered_with_nik = 0;
  for (const auto& g : Generator(pop, "33.74.01", 1, 1.0).Generate(500)) {
    // Only a death without a known NIK has nobody to alter.
    if (g.alteration == Alteration::kNone) {
      EXPECT_TRUE(g.report.has_kematian() && g.report.kematian().deceased().nik_unknown());
    } else {
      ++unaltered_with_nik;
    }
  }
  EXPECT_GT(unaltered_with_nik, 450);
}

struct BadCreate {
  const char* what;
  std::string kecamatan;
  double share;
  int64_t now;
};
void PrintTo(const BadCreate& b, std::ostream* os) { *os << b.what; }
class ReportGeneratorCreate : public ::testing::TestWithParam<BadCreate> {};
TEST_P(ReportGeneratorCreate, Refuses) {
  GeneratorOptions o;
  o.unknown_share = GetParam().share;
  const auto r = ReportGenerator::Create(Make(1), GetParam().kecamatan, 1, GetParam().now, o);
  EXPECT_FALSE(r.ok()) << GetParam().what;
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}
INSTANTIATE_TEST_SUITE_P(Table, ReportGeneratorCreate,
                         ::testing::Values(BadCreate{"unknown kecamatan", "32.73.99", 0.1, kNow},
                                           BadCreate{"a kabupaten", "32.73", 0.1, kNow},
                                           BadCreate{"share above 1", "32.73.05", 1.5, kNow},
                                           BadCreate{"negative share", "32.73.05", -0.1, kNow},
                                           BadCreate{"before the snapshot", "32.73.05", 0.1,
                                                     *ParseTimestamp("2025-06-01T00:00:00Z")}));

TEST(AlterationNameTest, Names) {
  EXPECT_EQ(AlterationName(Alteration::kNone), "none");
  EXPECT_EQ(AlterationName(Alteration::kUnknownNik), "unknown_nik");
  EXPECT_EQ(AlterationName(Alteration::kMisspeltName), "misspelt_name");
  EXPECT_EQ(AlterationName(Alteration::kWrongKk), "wrong_kk");
}

}  // namespace
}  // namespace lampid::population
