#include <gtest/gtest.h>

#include <set>

#include "domain/problem.h"

namespace lampid::domain {
namespace {

TEST(ProblemCatalog, CodesAreUniqueAndHaveBothLanguages) {
  std::set<std::string_view> seen;
  for (std::string_view code : AllProblemCodes()) {
    EXPECT_TRUE(seen.insert(code).second) << "duplicate code " << code;
    const Problem p = MakeProblem(code, "kelahiran.mother.nik", "x");
    EXPECT_EQ(p.code, code);
    EXPECT_FALSE(p.message.empty());
    EXPECT_FALSE(p.message_en.empty());
    EXPECT_NE(p.message, p.message_en) << code;
    EXPECT_EQ(p.message.find("{label}"), std::string::npos);
    EXPECT_EQ(p.message_en.find("{detail}"), std::string::npos);
  }
}

TEST(ProblemCatalog, UnknownCodeIsFlaggedAsInternal) {
  const Problem p = MakeProblem("no_such_code", "x");
  EXPECT_EQ(p.code, "internal");
  EXPECT_TRUE(p.is_error());
}

TEST(ProblemCatalog, RegionUnknownInNikIsOnlyAWarning) {
  EXPECT_EQ(MakeProblem("nik_region_unknown", "nik").severity, Severity::kWarning);
  EXPECT_EQ(MakeProblem("nik_province_unknown", "nik").severity, Severity::kError);
}

}  // namespace
}  // namespace lampid::domain
