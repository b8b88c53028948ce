#include "central-server/core/statistics.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>

#include "central-server/core/event_chain.h"
#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/sync_core.h"
#include "central-server/core/workflow_service.h"
#include "core/test_device.h"
#include "domain/report_diff.h"
#include "domain/test_reports.h"
#include "support/subprocess.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;

int64_t Sum(const std::vector<StatsRow>& rows, int kind = 0, const std::string& month = {}) {
  int64_t n = 0;
  for (const auto& r : rows) {
    if ((kind == 0 || r.kind == kind) && (month.empty() || r.month == month)) n += r.reports;
  }
  return n;
}

class StatisticsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    store_ = std::move(*SqliteCentralStore::Open(dir_.File("c.db")));
    core_ = std::make_unique<SyncCore>(*store_, *domain::RegionTable::LoadBuiltin(), clock_,
                                       syncwire::PayloadCodec::Builtin());
    auto code = core_->CreateEnrollmentCode("32.73.05", 3600000);
    ASSERT_TRUE(core_->Enroll(device_.Enroll(*code)).ok());
  }

  void PushNew(const domain::Report& r) {
    syncpb::Change c;
    c.set_report_id(r.id());
    c.set_version("v1");
    *c.mutable_report() = r;
    ASSERT_TRUE(core_->Push(device_.Push("b" + r.id(), {c})).ok());
  }

  lampid::testing::TempDir dir_;
  FixedClock clock_{domain::testing::kNow};
  std::unique_ptr<SqliteCentralStore> store_;
  std::unique_ptr<SyncCore> core_;
  testing::TestDevice device_{"d1", "32.73.05"};
};

TEST_F(StatisticsTest, CountsAtEveryLevelAndFollowEdits) {
  domain::Report birth = domain::testing::ValidKelahiran();
  birth.set_id("0193a1b2-c3d4-7e5f-8a9b-000000000001");
  domain::Report death = domain::testing::ValidKematian();
  death.set_id("0193a1b2-c3d4-7e5f-8a9b-000000000002");
  PushNew(birth);
  PushNew(death);

  EXPECT_EQ(Sum(*store_->QueryStats(kStatsNasional, "", "", "")), 2);
  EXPECT_EQ(Sum(*store_->QueryStats(kStatsProvinsi, "", "", "")), 2);
  const auto kab = *store_->QueryStats(kStatsKabupaten, "32", "", "");
  ASSERT_FALSE(kab.empty());
  EXPECT_EQ(kab[0].region, "32.73");
  const auto kec = *store_->QueryStats(kStatsKecamatan, "32.73", "", "");
  EXPECT_EQ(Sum(kec, rpb::REPORT_KIND_KELAHIRAN, "2026-11"), 1);
  EXPECT_EQ(Sum(kec, rpb::REPORT_KIND_KEMATIAN, "2026-11"), 1);
  EXPECT_TRUE(store_->QueryStats(kStatsKecamatan, "31.71", "", "")->empty());
  // The death is in an age band (76 years old: 65+), the birth is not.
  for (const auto& r : kec) EXPECT_EQ(r.age_band, r.kind == rpb::REPORT_KIND_KEMATIAN ? 5 : -1);
  // Reported 5 days after the birth (2026-11-20 → 11-25) and 1 day after the death.
  int64_t days = 0;
  for (const auto& r : kec) days += r.event_to_report_days;
  EXPECT_EQ(days, 6);

  // An edit that moves the birth to another month moves its count; nothing is counted twice.
  domain::Report edited = birth;
  edited.mutable_kelahiran()->set_birth_date("2026-10-30");
  syncpb::Change c;
  c.set_report_id(birth.id());
  c.set_version("v2");
  c.set_base_version("v1");
  for (const auto& p : domain::DiffMessages(birth, edited)) c.add_changed_paths(p);
  *c.mutable_report() = edited;
  ASSERT_TRUE(core_->Push(device_.Push("edit", {c})).ok());
  const auto nat = *store_->QueryStats(kStatsNasional, "", "", "");
  EXPECT_EQ(Sum(nat, rpb::REPORT_KIND_KELAHIRAN, "2026-11"), 0);
  EXPECT_EQ(Sum(nat, rpb::REPORT_KIND_KELAHIRAN, "2026-10"), 1);
  EXPECT_EQ(Sum(nat), 2);
  EXPECT_EQ(Sum(*store_->QueryStats(kStatsNasional, "", "2026-11", "2026-11")), 1);
}

TEST_F(StatisticsTest, InvalidReportsCountOnceCorrectedAndRegistrationsAreCounted) {
  domain::Report bad = domain::testing::ValidKelahiran();
  bad.set_id("0193a1b2-c3d4-7e5f-8a9b-000000000003");
  bad.mutable_kelahiran()->mutable_mother()->set_nik("1");
  PushNew(bad);
  EXPECT_EQ(Sum(*store_->QueryStats(kStatsNasional, "", "", "")), 0);

  domain::Report good = domain::testing::ValidKematian();
  good.set_id("0193a1b2-c3d4-7e5f-8a9b-000000000004");
  PushNew(good);
  // Walk it to tercatat directly in the store, as verification and the two officials would.
  {
    auto txn = *store_->BeginWrite();
    auto rec = **txn->GetReport(good.id());
    rec.state.set_workflow_state(rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN);
    ReportEvent e;
    e.type = "state";
    e.version = rec.version;
    ChainEvent(rec, e);
    ASSERT_TRUE(txn->SaveReport(rec, e).ok());
    User pejabat{"p", "Pejabat", Role::kPejabatKabKota, "32.73", "", true};
    clock_.Advance(3 * 86400000LL);
    auto state = WorkflowService::Apply(*txn, pejabat, good.id(), WorkflowAction::kRegister, "", "a1", clock_.NowMillis());
    ASSERT_TRUE(state.ok()) << state.status().ToString();
    EXPECT_EQ(state->registration_number().rfind("3273-KM-28112026-", 0), 0u) << state->registration_number();
    ASSERT_TRUE(txn->Commit().ok());
  }
  const auto nat = *store_->QueryStats(kStatsNasional, "", "", "");
  ASSERT_EQ(Sum(nat), 1);
  int64_t registered = 0, reg_days = 0;
  for (const auto& r : nat) {
    registered += r.registered;
    reg_days += r.report_to_registration_days;
  }
  EXPECT_EQ(registered, 1);
  EXPECT_EQ(reg_days, 3);
}

TEST_F(StatisticsTest, OneBigBatchEqualsARecountOfTheStoredReports) {
  // Batches of new reports skip the per-report lookup of an old contribution and aggregate the counters
  // per transaction: the result must be exactly what a recount from the projections gives, at every level.
  std::vector<syncpb::Change> changes;
  std::vector<std::string> ids;
  for (int i = 0; i < 400; ++i) {
    domain::Report r = domain::testing::VariedReport(i);
    char id[40];
    std::snprintf(id, sizeof id, "0193a1b2-c3d4-7e5f-8a9b-%012d", i);
    r.set_id(id);
    if (i % 37 == 0) r.clear_desa_code();  // a few invalid ones: stored, not counted
    syncpb::Change c;
    c.set_report_id(id);
    c.set_version("v1");
    *c.mutable_report() = r;
    changes.push_back(std::move(c));
    ids.push_back(id);
  }
  auto pushed = core_->Push(device_.Push("big", changes));
  ASSERT_TRUE(pushed.ok()) << pushed.status().ToString();
  ASSERT_EQ(pushed->results_size(), 400);

  std::map<StatsKey, StatsDelta> recount;
  int counted = 0;
  for (const auto& id : ids) {
    auto stored = store_->GetReport(id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    const StatsFacts facts = FactsOf(**stored);
    counted += facts.counted ? 1 : 0;
    AccumulateStats(facts, +1, recount);
  }
  EXPECT_GT(counted, 300);
  EXPECT_LT(counted, 400);
  size_t rows_seen = 0;
  for (int level = kStatsNasional; level <= kStatsKecamatan; ++level) {
    auto rows = store_->QueryStats(level, "", "", "");
    ASSERT_TRUE(rows.ok());
    int64_t total = 0;
    for (const auto& row : *rows) {
      const StatsKey key{row.level, row.region, row.month, row.kind, row.sex, row.age_band};
      auto it = recount.find(key);
      ASSERT_NE(it, recount.end()) << "level " << level << " region " << row.region << " month " << row.month;
      EXPECT_EQ(row.reports, it->second.reports);
      EXPECT_EQ(row.event_to_report_days, it->second.event_to_report_days);
      EXPECT_EQ(row.registered, it->second.registered);
      total += row.reports;
      ++rows_seen;
    }
    EXPECT_EQ(total, counted) << "level " << level;
  }
  size_t nonzero = 0;
  for (const auto& [k, d] : recount) nonzero += d.reports != 0 ? 1 : 0;
  EXPECT_EQ(rows_seen, nonzero);
}

TEST(StatisticsFacts, AgeBands) {
  EXPECT_EQ(AgeBand(0), 0);
  EXPECT_EQ(AgeBand(4), 0);
  EXPECT_EQ(AgeBand(5), 1);
  EXPECT_EQ(AgeBand(24), 2);
  EXPECT_EQ(AgeBand(44), 3);
  EXPECT_EQ(AgeBand(64), 4);
  EXPECT_EQ(AgeBand(65), 5);
  EXPECT_STREQ(AgeBandName(5), "65+");
}

}  // namespace
}  // namespace lampid::central
