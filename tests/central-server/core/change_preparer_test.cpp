// The new reports of a push batch, prepared on a second thread ahead of the writer, are exactly what the
// writer would have made of them, whether the helper or the writer (taking one first) prepared them.
#include <gtest/gtest.h>

#include <string>

#include "central-server/core/change_preparer.h"
#include "domain/report_validator.h"
#include "domain/test_reports.h"

namespace lampid::central {
namespace {

class ChangePreparerTest : public ::testing::TestWithParam<int> {};

// 300 changes: the helper thread prepares ahead; 10: fewer than kMinChangesForHelper, the writer alone.
TEST_P(ChangePreparerTest, NewReportsMatchWhatTheWriterWouldMake) {
  const auto regions = *domain::RegionTable::LoadBuiltin();
  const int64_t now = domain::testing::kNow;
  sync::v1::PushBody body;
  for (int i = 0; i < GetParam(); ++i) {
    auto* c = body.add_changes();
    char id[40];
    std::snprintf(id, sizeof id, "0193a1b2-c3d4-7e5f-8a9b-%012d", i);
    c->set_report_id(id);
    c->set_version("v1");
    domain::Report r = domain::testing::VariedReport(i);
    if (i % 7 == 0) r.set_desa_code("99.99.99.9999");  // some with validation errors
    *c->mutable_report() = r;
    if (i % 50 == 49) {  // some edits
      c->set_base_version("v0");
      c->add_changed_paths("desa_code");
    }
  }
  ChangePreparer preparer(body, *regions, now);
  for (int i = 0; i < body.changes_size(); ++i) {
    if (i % 50 == 49) continue;  // an edit: the writer applies it to the stored report, it never asks
    const PreparedReport got = preparer.Take(i);
    domain::Report expected = body.changes(i).report();
    expected.set_id(body.changes(i).report_id());
    domain::FillDerivedFields(&expected, *regions);
    EXPECT_EQ(got.report.SerializeAsString(), expected.SerializeAsString()) << i;
    EXPECT_EQ(got.serialized, expected.SerializeAsString()) << i;
    const auto problems = domain::ValidateReport(expected, {*regions, now});
    ASSERT_EQ(got.problems.items().size(), problems.items().size()) << i;
    EXPECT_EQ(got.problems.HasErrors(), problems.HasErrors()) << i;
    if (i % 7 == 0) {
      EXPECT_TRUE(got.problems.HasErrors()) << i;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(HelperAndWriterAlone, ChangePreparerTest, ::testing::Values(300, 10));

}  // namespace
}  // namespace lampid::central
