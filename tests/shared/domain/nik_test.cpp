#include "domain/nik.h"

#include <gtest/gtest.h>

#include "domain/test_reports.h"

namespace lampid::domain {
namespace {

using testing::Regions;

const CivilDate kToday = DateAt(testing::kNow, 9 * 60);  // 2026-11-25

struct NikCase {
  const char* name;
  const char* nik;
  const char* error;          // expected error code, or "" when valid
  const char* warning;        // expected warning code, or ""
  const char* birth_date;     // expected decoded birth date when valid
  Sex sex;
};

// gtest prints a parameter by its name, which keeps ctest's test names readable.
void PrintTo(const NikCase& c, std::ostream* os) { *os << c.name; }

class NikRules : public ::testing::TestWithParam<NikCase> {};

TEST_P(NikRules, DecodesOrReportsTheRightProblem) {
  const NikCase& c = GetParam();
  ProblemList problems;
  const auto info = CheckNik(c.nik, Regions(), kToday, "nik", problems);
  if (*c.error) {
    EXPECT_FALSE(info.has_value());
    EXPECT_TRUE(problems.Contains(c.error, "nik")) << "expected " << c.error;
    EXPECT_TRUE(problems.HasErrors());
  } else {
    ASSERT_TRUE(info.has_value()) << (problems.empty() ? "" : problems.items()[0].code);
    EXPECT_FALSE(problems.HasErrors());
    EXPECT_EQ(FormatIsoDate(info->birth_date), c.birth_date);
    EXPECT_EQ(info->sex, c.sex);
  }
  if (*c.warning) {
    EXPECT_TRUE(problems.Contains(c.warning, "nik")) << "expected warning " << c.warning;
  } else if (!*c.error) {
    EXPECT_TRUE(problems.empty());
  }
  for (const auto& p : problems.items()) {
    EXPECT_EQ(p.field, "nik");
    EXPECT_FALSE(p.message.empty());
    EXPECT_FALSE(p.message_en.empty());
  }
}

constexpr Sex L = pb::SEX_LAKI_LAKI;
constexpr Sex P = pb::SEX_PEREMPUAN;
constexpr Sex U = pb::SEX_UNSPECIFIED;

INSTANTIATE_TEST_SUITE_P(
    Table, NikRules,
    ::testing::Values(
        NikCase{"man", "3273050107920002", "", "", "1992-07-01", L},
        NikCase{"woman_day_plus_40", "3273055203950001", "", "", "1995-03-12", P},
        NikCase{"woman_first_of_month", "3273054101900001", "", "", "1990-01-01", P},
        NikCase{"woman_day_71", "3273057101900001", "", "", "1990-01-31", P},
        NikCase{"woman_day_72", "3273057201900001", "nik_date_invalid", "", "", U},
        NikCase{"day_40", "3273054001900001", "nik_date_invalid", "", "", U},
        NikCase{"day_32", "3273053201900001", "nik_date_invalid", "", "", U},
        NikCase{"day_00", "3273050001900001", "nik_date_invalid", "", "", U},
        NikCase{"month_13", "3273050113920002", "nik_date_invalid", "", "", U},
        NikCase{"month_00", "3273050100920002", "nik_date_invalid", "", "", U},
        NikCase{"april_31", "3273053104920002", "nik_date_invalid", "", "", U},
        NikCase{"feb_29_leap_2000", "3273052902000001", "", "", "2000-02-29", L},
        NikCase{"feb_29_leap_1996", "3273052902960001", "", "", "1996-02-29", L},
        NikCase{"feb_29_woman_leap_2004", "3273056902040001", "", "", "2004-02-29", P},
        NikCase{"feb_29_not_leap_2001", "3273052902010001", "nik_date_invalid", "", "", U},
        NikCase{"feb_29_not_leap_1997", "3273052902970001", "nik_date_invalid", "", "", U},
        NikCase{"century_recent", "3273050101250001", "", "", "2025-01-01", L},
        NikCase{"century_today", "3273052511260001", "", "", "2026-11-25", L},
        NikCase{"century_tomorrow_is_1926", "3273052611260001", "", "", "1926-11-26", L},
        NikCase{"century_old", "3273050112260001", "", "", "1926-12-01", L},
        NikCase{"province_unknown_10", "1073050107920002", "nik_province_unknown", "", "", U},
        NikCase{"province_unknown_99", "9973050107920002", "nik_province_unknown", "", "", U},
        NikCase{"kecamatan_unknown_is_warning", "3273990107920002", "", "nik_region_unknown", "1992-07-01", L},
        NikCase{"kabupaten_unknown_is_warning", "3299050107920002", "", "nik_region_unknown", "1992-07-01", L},
        NikCase{"letter_o", "32730501079200O2", "nik_not_digits", "", "", U},
        NikCase{"spaces", "3273 0501 0792 0002", "nik_not_digits", "", "", U},
        NikCase{"dashes", "3273-0501-0792-02", "nik_not_digits", "", "", U},
        NikCase{"too_short", "327305010792000", "nik_length", "", "", U},
        NikCase{"too_long", "32730501079200021", "nik_length", "", "", U},
        NikCase{"empty", "", "nik_length", "", "", U},
        NikCase{"serial_zero", "3273050107920000", "nik_serial_zero", "", "", U},
        NikCase{"serial_9999", "3273050107929999", "", "", "1992-07-01", L}),
    [](const ::testing::TestParamInfo<NikCase>& tp) { return std::string(tp.param.name); });

TEST(Nik, DecodesTheRegionsItWasFirstRegisteredIn) {
  ProblemList problems;
  const auto info = CheckNik("3273050107920002", Regions(), kToday, "nik", problems);
  ASSERT_TRUE(info);
  EXPECT_EQ(info->provinsi_code, "32");
  EXPECT_EQ(info->kabupaten_code, "32.73");
  EXPECT_EQ(info->kecamatan_code, "32.73.05");
  EXPECT_EQ(info->serial, 2);
  EXPECT_TRUE(info->region_known);
}

TEST(Nik, MakeNikRoundTripsThroughCheckNik) {
  const CivilDate birth{std::chrono::year{1988}, std::chrono::month{2}, std::chrono::day{29}};
  for (Sex sex : {L, P}) {
    const std::string nik = MakeNik("35.78.01", birth, sex, 42);
    ProblemList problems;
    const auto info = CheckNik(nik, Regions(), kToday, "nik", problems);
    ASSERT_TRUE(info) << nik;
    EXPECT_EQ(info->birth_date, birth);
    EXPECT_EQ(info->sex, sex);
    EXPECT_EQ(info->serial, 42);
    EXPECT_EQ(info->kecamatan_code, "35.78.01");
  }
}

struct KkCase {
  const char* name;
  const char* kk;
  const char* error;
  const char* warning;
};

// gtest prints a parameter by its name, which keeps ctest's test names readable.
void PrintTo(const KkCase& c, std::ostream* os) { *os << c.name; }

class KkRules : public ::testing::TestWithParam<KkCase> {};

TEST_P(KkRules, AcceptsOrReportsTheRightProblem) {
  const KkCase& c = GetParam();
  ProblemList problems;
  const auto info = CheckKk(c.kk, Regions(), kToday, "kk_number", problems);
  if (*c.error) {
    EXPECT_FALSE(info);
    EXPECT_TRUE(problems.Contains(c.error, "kk_number")) << "expected " << c.error;
  } else {
    EXPECT_TRUE(info);
    EXPECT_FALSE(problems.HasErrors());
  }
  if (*c.warning) {
    EXPECT_TRUE(problems.Contains(c.warning, "kk_number"));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, KkRules,
    ::testing::Values(KkCase{"valid", "3273051006150001", "", ""},
                      KkCase{"feb_29_leap", "3273052902200001", "", ""},
                      KkCase{"feb_29_not_leap", "3273052902190001", "kk_date_invalid", ""},
                      KkCase{"no_plus_40_for_kk", "3273055006150001", "kk_date_invalid", ""},
                      KkCase{"day_32", "3273053206150001", "kk_date_invalid", ""},
                      KkCase{"month_13", "3273051013150001", "kk_date_invalid", ""},
                      KkCase{"serial_zero", "3273051006150000", "kk_serial_zero", ""},
                      KkCase{"province_unknown", "2073051006150001", "kk_province_unknown", ""},
                      KkCase{"region_unknown", "3273981006150001", "", "kk_region_unknown"},
                      KkCase{"too_short", "327305100615001", "kk_length", ""},
                      KkCase{"letters", "32730510061500A1", "kk_not_digits", ""}),
    [](const ::testing::TestParamInfo<KkCase>& tp) { return std::string(tp.param.name); });

}  // namespace
}  // namespace lampid::domain
