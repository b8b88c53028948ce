// The new reports of a push batch, prepared on a second thread ahead of the writer, are exactly what the
// writer would have made of them; edits are left to the writer.
#include <gtest/gtest.h>

#include <string>

#include "central-server/core/change_preparer.h"
#include "domain/report_validator.h"
#include "domain/test_reports.h"

namespace lampid::central {
namespace {

TEST(ChangePreparer, NewReportsMatchWhatTheWriterWouldMakeAndEditsAreLeftAlone) {
  const auto regions = *domain::RegionTable::LoadBuiltin();
  const int64_t now = domain::testing::kNow;
  sync::v1::PushBody body;
  for (int i = 0; i < 300; ++i) {
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
    auto got = preparer.Take(i);
    if (i % 50 == 49) {
      EXPECT_FALSE(got.has_value()) << i;
      continue;
    }
    ASSERT_TRUE(got.has_value()) << i;
    domain::Report expected = body.changes(i).report();
    expected.set_id(body.changes(i).report_id());
    domain::FillDerivedFields(&expected, *regions);
    EXPECT_EQ(got->report.SerializeAsString(), expected.SerializeAsString()) << i;
    EXPECT_EQ(got->serialized, expected.SerializeAsString()) << i;
    const auto problems = domain::ValidateReport(expected, {*regions, now});
    ASSERT_EQ(got->problems.items().size(), problems.items().size()) << i;
    EXPECT_EQ(got->problems.HasErrors(), problems.HasErrors()) << i;
    if (i % 7 == 0) {
      EXPECT_TRUE(got->problems.HasErrors()) << i;
    }
  }
  EXPECT_FALSE(preparer.Take(-1).has_value());
  EXPECT_FALSE(preparer.Take(body.changes_size()).has_value());
}

}  // namespace
}  // namespace lampid::central
