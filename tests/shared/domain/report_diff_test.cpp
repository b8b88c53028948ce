#include "domain/report_diff.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include "domain/test_reports.h"

namespace lampid::domain {
namespace {

using google::protobuf::util::MessageDifferencer;
using Paths = std::vector<std::string>;

TEST(ReportDiff, IdenticalReportsHaveNoChanges) {
  EXPECT_TRUE(DiffMessages(testing::ValidKelahiran(), testing::ValidKelahiran()).empty());
}

TEST(ReportDiff, OneFieldEditIsThatOnePath) {
  const Report before = testing::ValidKelahiran();
  Report after = before;
  after.mutable_kelahiran()->mutable_mother()->set_name("Dewi Lestari Putri");
  EXPECT_EQ(DiffMessages(before, after), Paths{"kelahiran.mother.name"});
}

TEST(ReportDiff, SeveralEditsAndARepeatedField) {
  const Report before = testing::ValidKelahiran();
  Report after = before;
  after.mutable_kelahiran()->set_weight_grams(3300);
  after.mutable_kelahiran()->mutable_witnesses(1)->set_name("Euis K.");
  after.set_desa_code("32.73.05.1002");
  EXPECT_EQ(DiffMessages(before, after),
            (Paths{"desa_code", "kelahiran.weight_grams", "kelahiran.witnesses"}));
}

TEST(ReportDiff, SettingAndClearingSubMessages) {
  const Report before = testing::ValidKelahiran();
  Report after = before;
  after.mutable_kelahiran()->clear_father();
  after.mutable_kelahiran()->set_father_unknown(true);
  EXPECT_EQ(DiffMessages(before, after), (Paths{"kelahiran.father", "kelahiran.father_unknown"}));
  EXPECT_EQ(DiffMessages(after, before), (Paths{"kelahiran.father", "kelahiran.father_unknown"}));
}

TEST(ReportDiff, ApplyingTheDiffReproducesTheEdit) {
  const Report base = testing::ValidKelahiran();
  Report edited = base;
  edited.mutable_kelahiran()->set_weight_grams(3300);
  edited.mutable_kelahiran()->clear_length_cm();
  edited.mutable_kelahiran()->mutable_mother()->set_name("Dewi L.");
  const Paths paths = DiffMessages(base, edited);

  // What travels: only the changed fields.
  Report patch = edited;
  ASSERT_TRUE(PruneToPaths(paths, &patch).ok());
  EXPECT_FALSE(patch.kelahiran().has_father());
  EXPECT_EQ(patch.kelahiran().mother().name(), "Dewi L.");
  EXPECT_TRUE(patch.kelahiran().mother().nik().empty());
  EXPECT_LT(patch.ByteSizeLong(), edited.ByteSizeLong() / 4);

  // What the receiver does: the base plus the patch equals the edit, including the cleared field.
  Report rebuilt = base;
  ASSERT_TRUE(ApplyPaths(patch, paths, &rebuilt).ok());
  EXPECT_TRUE(MessageDifferencer::Equals(rebuilt, edited));
}

TEST(ReportDiff, EditsOfDifferentFieldsMergeWithoutLoss) {
  const Report base = testing::ValidKepindahan();
  Report a = base;
  a.mutable_kepindahan()->mutable_origin()->set_rt("004");
  Report b = base;
  b.mutable_kepindahan()->set_reason(pb::MOVE_REASON_PENDIDIKAN);
  Report merged = base;
  ASSERT_TRUE(ApplyPaths(a, DiffMessages(base, a), &merged).ok());
  ASSERT_TRUE(ApplyPaths(b, DiffMessages(base, b), &merged).ok());
  EXPECT_EQ(merged.kepindahan().origin().rt(), "004");
  EXPECT_EQ(merged.kepindahan().reason(), pb::MOVE_REASON_PENDIDIKAN);
}

TEST(ReportDiff, UnknownPathIsRefused) {
  Report r = testing::ValidKelahiran();
  EXPECT_EQ(ApplyPaths(r, {"kelahiran.shoe_size"}, &r).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ApplyPaths(r, {"kelahiran.child_name.x"}, &r).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace lampid::domain
