#include "edge-app/app/form/report_path.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/report_types.h"

namespace lampid::edge::ui {
namespace {

using domain::Report;
namespace pb = domain::pb;

TEST(ParseFieldPathTest, SplitsStepsAndIndices) {
  const auto steps = ParseFieldPath("kelahiran.witnesses[1].nik");
  ASSERT_TRUE(steps.ok());
  ASSERT_EQ(steps->size(), 3u);
  EXPECT_EQ((*steps)[0].name, "kelahiran");
  EXPECT_EQ((*steps)[0].index, -1);
  EXPECT_EQ((*steps)[1].name, "witnesses");
  EXPECT_EQ((*steps)[1].index, 1);
  EXPECT_EQ((*steps)[2].name, "nik");
}

TEST(ParseFieldPathTest, RejectsMalformedPaths) {
  for (const char* bad : {"", "a..b", "a[", "a[x]", "a[-1]", "a[1]b", ".a", "a."}) {
    EXPECT_FALSE(ParseFieldPath(bad).ok()) << bad;
  }
}

TEST(ResolveFieldPathTest, FindsLeafAndRejectsWrongShapes) {
  const auto f = ResolveFieldPath(Report::descriptor(), "kepindahan.members[3].relation");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ((*f)->enum_type(), pb::FamilyRelation_descriptor());
  EXPECT_FALSE(ResolveFieldPath(Report::descriptor(), "kelahiran.witnesses.nik").ok());   // repeated, no index
  EXPECT_FALSE(ResolveFieldPath(Report::descriptor(), "kelahiran.child_name[0]").ok());   // not repeated
  EXPECT_FALSE(ResolveFieldPath(Report::descriptor(), "kelahiran.no_such_field").ok());
  EXPECT_FALSE(ResolveFieldPath(Report::descriptor(), "kelahiran.child_name.x").ok());    // a scalar has no fields
}

TEST(FieldValueTest, SetCreatesParentsAndGetReadsBack) {
  Report r;
  ASSERT_TRUE(SetFieldValue(&r, "kelahiran.mother.nik", std::string("3273055203950001")).ok());
  EXPECT_TRUE(r.has_kelahiran());
  EXPECT_TRUE(r.kelahiran().has_mother());
  EXPECT_EQ(r.kelahiran().mother().nik(), "3273055203950001");
  const auto v = GetFieldValue(r, "kelahiran.mother.nik");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(std::get<std::string>(*v), "3273055203950001");
}

TEST(FieldValueTest, AbsentParentsReadAsNothingAndClearingCreatesNothing) {
  Report r;
  const auto v = GetFieldValue(r, "kelahiran.father.name");
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(std::holds_alternative<std::monostate>(*v));
  ASSERT_TRUE(SetFieldValue(&r, "kelahiran.father.name", FieldValue{}).ok());
  EXPECT_FALSE(r.has_kelahiran());
}

TEST(FieldValueTest, RepeatedElementsGrowUpToTheIndex) {
  Report r;
  ASSERT_TRUE(SetFieldValue(&r, "kelahiran.witnesses[1].name", std::string("Euis Komariah")).ok());
  ASSERT_EQ(r.kelahiran().witnesses_size(), 2);
  EXPECT_EQ(r.kelahiran().witnesses(0).name(), "");
  EXPECT_EQ(r.kelahiran().witnesses(1).name(), "Euis Komariah");
  const auto size = RepeatedFieldSize(r, "kelahiran.witnesses");
  ASSERT_TRUE(size.ok());
  EXPECT_EQ(*size, 2);
  EXPECT_EQ(*RepeatedFieldSize(r, "kematian.witnesses"), 0);
  EXPECT_FALSE(RepeatedFieldSize(r, "kelahiran.child_name").ok());
  const auto absent = GetFieldValue(r, "kelahiran.witnesses[5].nik");
  ASSERT_TRUE(absent.ok());
  EXPECT_TRUE(std::holds_alternative<std::monostate>(*absent));
}

TEST(FieldValueTest, OptionalNumbersHavePresence) {
  Report r;
  EXPECT_TRUE(std::holds_alternative<std::monostate>(*GetFieldValue(r, "kelahiran.birth_order")));
  ASSERT_TRUE(SetFieldValue(&r, "kelahiran.birth_order", int64_t{2}).ok());
  EXPECT_EQ(std::get<int64_t>(*GetFieldValue(r, "kelahiran.birth_order")), 2);
  ASSERT_TRUE(SetFieldValue(&r, "kelahiran.length_cm", 49.5).ok());
  EXPECT_DOUBLE_EQ(std::get<double>(*GetFieldValue(r, "kelahiran.length_cm")), 49.5);
  ASSERT_TRUE(SetFieldValue(&r, "kelahiran.birth_order", FieldValue{}).ok());
  EXPECT_FALSE(r.kelahiran().has_birth_order());
}

TEST(FieldValueTest, EnumsAndFlags) {
  Report r;
  ASSERT_TRUE(SetFieldValue(&r, "kelahiran.child_sex", int64_t{pb::SEX_PEREMPUAN}).ok());
  EXPECT_EQ(r.kelahiran().child_sex(), pb::SEX_PEREMPUAN);
  ASSERT_TRUE(SetFieldValue(&r, "kelahiran.father_unknown", true).ok());
  EXPECT_TRUE(std::get<bool>(*GetFieldValue(r, "kelahiran.father_unknown")));
}

TEST(FieldValueTest, RejectsValuesThatDoNotFit) {
  Report r;
  EXPECT_FALSE(SetFieldValue(&r, "kelahiran.child_sex", int64_t{99}).ok());         // no such enum value
  EXPECT_FALSE(SetFieldValue(&r, "kelahiran.child_sex", std::string("perempuan")).ok());
  EXPECT_FALSE(SetFieldValue(&r, "kelahiran.child_name", int64_t{1}).ok());
  EXPECT_FALSE(SetFieldValue(&r, "kelahiran.birth_order", int64_t{1} << 40).ok());  // beyond int32
  EXPECT_FALSE(SetFieldValue(&r, "kelahiran.mother", std::string("x")).ok());       // a message, not a value
  EXPECT_FALSE(GetFieldValue(r, "kelahiran.mother").ok());
}

TEST(LeafFieldPathsTest, ListsNestedAndRepeatedLeaves) {
  const auto paths = LeafFieldPaths(pb::Kelahiran::descriptor());
  auto has = [&](const std::string& p) { return std::find(paths.begin(), paths.end(), p) != paths.end(); };
  EXPECT_TRUE(has("child_name"));
  EXPECT_TRUE(has("mother.passport_number"));
  EXPECT_TRUE(has("witnesses[].nik"));
  EXPECT_FALSE(has("mother"));
  EXPECT_EQ(GenericFieldPath("kepindahan.members[12].nik"), "kepindahan.members[].nik");
}

}  // namespace
}  // namespace lampid::edge::ui
