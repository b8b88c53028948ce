#include "central-server/core/audit.h"

#include <gtest/gtest.h>

#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/sync_core.h"
#include "core/test_device.h"
#include "domain/report_diff.h"
#include "domain/test_reports.h"
#include "sqlite/sqlite_db.h"
#include "support/subprocess.h"

namespace lampid::central {
namespace {

constexpr int64_t kHour = 3600 * 1000;

class AuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    store_ = std::move(*SqliteCentralStore::Open(Path()));
    core_ = std::make_unique<SyncCore>(*store_, *domain::RegionTable::LoadBuiltin(), clock_,
                                       syncwire::PayloadCodec::Builtin());
    auto code = core_->CreateEnrollmentCode("32.73.05", 3600000);
    ASSERT_TRUE(core_->Enroll(device_.Enroll(*code)).ok());
    // Three reports, one of them edited twice, one refused and corrected.
    for (int i = 0; i < 3; ++i) {
      domain::Report r = i == 1 ? domain::testing::ValidKematian() : domain::testing::ValidKelahiran();
      r.set_id("0193a1b2-c3d4-7e5f-8a9b-00000000000" + std::to_string(i));
      if (i == 2) r.mutable_kelahiran()->mutable_mother()->set_nik("1");
      Push(r, "v1", {});
      ids_.push_back(r.id());
      reports_.push_back(r);
    }
    domain::Report e1 = reports_[0];
    e1.mutable_kelahiran()->set_weight_grams(3100);
    Push(e1, "v2", reports_[0]);
    domain::Report e2 = e1;
    e2.mutable_kelahiran()->set_birth_date("2026-11-19");
    Push(e2, "v3", e1);
    domain::Report fixed = reports_[2];
    fixed.mutable_kelahiran()->mutable_mother()->set_nik("3273055203950001");
    Push(fixed, "v2", reports_[2]);
  }

  std::string Path() const { return dir_.File("c.db"); }

  void Push(const domain::Report& r, const std::string& version, const domain::Report& base) {
    syncpb::Change c;
    c.set_report_id(r.id());
    c.set_version(version);
    if (base.id().empty()) {
      *c.mutable_report() = r;
    } else {
      c.set_base_version(version == "v2" ? "v1" : "v2");
      for (const auto& p : domain::DiffMessages(base, r)) c.add_changed_paths(p);
      *c.mutable_report() = r;
    }
    auto res = core_->Push(device_.Push("b-" + r.id() + version, {c}));
    ASSERT_TRUE(res.ok()) << res.status().ToString();
    clock_.Advance(60000);
  }

  void Sql(const std::string& sql) {
    auto db = sqlite::Database::Open(Path());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec(sql).ok()) << sql;
  }

  lampid::testing::TempDir dir_;
  FixedClock clock_{domain::testing::kNow};
  std::unique_ptr<SqliteCentralStore> store_;
  std::unique_ptr<SyncCore> core_;
  testing::TestDevice device_{"d1", "32.73.05"};
  std::vector<std::string> ids_;
  std::vector<domain::Report> reports_;
};

TEST_F(AuditTest, AnUntouchedTrailVerifiesAndRebuildReproducesTheProjection) {
  ASSERT_EQ(*SealPeriods(*store_, clock_.NowMillis() + 2 * kHour, kHour), 2u);
  const auto r = VerifyAudit(*store_);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->intact()) << r->findings[0].problem;
  EXPECT_EQ(r->reports, 3u);
  // 3 + 2 edits + 1 correction, and a duplicate flag on the first birth (the corrected one names the same
  // mother and birth date).
  EXPECT_EQ(r->events, 7u);
  EXPECT_EQ(r->checkpoints, 2u);
  const auto rebuilt = RebuildProjections(*store_, false);
  ASSERT_TRUE(rebuilt.ok());
  EXPECT_EQ(rebuilt->reports, 3u);
  EXPECT_EQ(rebuilt->differing, 0u) << rebuilt->differing_ids[0];
  // Sealing again adds nothing for periods already sealed.
  EXPECT_EQ(*SealPeriods(*store_, clock_.NowMillis() + 2 * kHour, kHour), 0u);
}

TEST_F(AuditTest, AnEditedEventIsDetected) {
  Sql("UPDATE report_events SET actor = 'someone-else' WHERE report_id = '" + ids_[0] + "' AND sequence = 2");
  const auto r = VerifyAudit(*store_);
  ASSERT_FALSE(r->intact());
  EXPECT_EQ(r->findings[0].report_id, ids_[0]);
  EXPECT_NE(r->findings[0].problem.find("altered"), std::string::npos);
}

TEST_F(AuditTest, ADeletedEventIsDetectedWhereverItWas) {
  Sql("DELETE FROM report_events WHERE report_id = '" + ids_[0] + "' AND sequence = 2");
  auto r = VerifyAudit(*store_);
  ASSERT_FALSE(r->intact());
  EXPECT_EQ(r->findings[0].report_id, ids_[0]);

  // The last event: the chain is fine up to there, but the projection's head says more.
  Sql("DELETE FROM report_events WHERE report_id = '" + ids_[1] + "' AND sequence = 1");
  r = VerifyAudit(*store_);
  bool found = false;
  for (const auto& f : r->findings) found |= f.report_id == ids_[1];
  EXPECT_TRUE(found);
}

TEST_F(AuditTest, DeletingAWholeReportIsCaughtByTheCheckpoint) {
  ASSERT_EQ(*SealPeriods(*store_, clock_.NowMillis() + 2 * kHour, kHour), 2u);
  Sql("DELETE FROM report_events WHERE report_id = '" + ids_[1] + "'; DELETE FROM reports WHERE id = '" + ids_[1] + "'");
  const auto r = VerifyAudit(*store_);
  ASSERT_FALSE(r->intact());
  EXPECT_EQ(r->reports, 2u);
  EXPECT_EQ(r->findings[0].report_id, "");
  EXPECT_NE(r->findings[0].problem.find("checkpoint"), std::string::npos);
}

TEST_F(AuditTest, RebuildFindsAndRepairsATamperedProjection) {
  // Someone rewrote a report's current state directly (a registration that never happened).
  auto txn = *store_->BeginWrite();
  auto rec = **txn->GetReport(ids_[0]);
  txn.reset();
  rec.state.set_workflow_state(domain::pb::WORKFLOW_STATE_TERCATAT);
  ASSERT_TRUE(store_->ReplaceProjection(rec).ok());
  auto r = RebuildProjections(*store_, false);
  EXPECT_EQ(r->differing, 1u);
  EXPECT_EQ(r->differing_ids[0], ids_[0]);
  r = RebuildProjections(*store_, true);
  EXPECT_EQ(r->differing, 1u);
  EXPECT_EQ(RebuildProjections(*store_, false)->differing, 0u);
  EXPECT_EQ((*store_->GetReport(ids_[0]))->state.workflow_state(), domain::pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
}

}  // namespace
}  // namespace lampid::central
