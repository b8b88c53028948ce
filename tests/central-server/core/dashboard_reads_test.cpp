// The store's reads for the dashboard: per-region workflow state counts (CountByStateIn) kept in step with
// every save, with a rebuild's projection replacement, and filled in when a schema-1 database is opened;
// server secrets (GetOrCreateSecret); review queues by state and region (ListByState).
#include <gtest/gtest.h>

#include <map>

#include "central-server/core/central_on_disk.h"
#include "central-server/core/event_chain.h"
#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/sync_core.h"
#include "core/test_device.h"
#include "domain/test_reports.h"
#include "sqlite/sqlite_db.h"
#include "support/subprocess.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;

std::map<int, uint64_t> AsMap(const std::vector<std::pair<domain::WorkflowState, uint64_t>>& counts) {
  std::map<int, uint64_t> out;
  for (const auto& [state, n] : counts) out[static_cast<int>(state)] = n;
  return out;
}

class DashboardReadsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    Reopen();
    auto code = core_->CreateEnrollmentCode("32.73.05", 3600000);
    ASSERT_TRUE(core_->Enroll(device_.Enroll(*code)).ok());
  }

  void Reopen() { ASSERT_TRUE(testing::ReopenCentral(dir_.File("c.db"), clock_, store_, core_)); }

  void PushNew(domain::Report r, const std::string& id) {
    r.set_id(id);
    syncpb::Change c;
    c.set_report_id(id);
    c.set_version("v1");
    *c.mutable_report() = r;
    ASSERT_TRUE(core_->Push(device_.Push("b" + id, {c})).ok());
  }

  void SetState(const std::string& id, rpb::WorkflowState to) {
    auto txn = *store_->BeginWrite();
    auto rec = **txn->GetReport(id);
    rec.state.set_workflow_state(to);
    ReportEvent e;
    e.type = "state";
    e.version = rec.version;
    ChainEvent(rec, e);
    ASSERT_TRUE(txn->SaveReport(rec, e).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }

  lampid::testing::TempDir dir_;
  FixedClock clock_{domain::testing::kNow};
  std::unique_ptr<SqliteCentralStore> store_;
  std::unique_ptr<SyncCore> core_;
  testing::TestDevice device_{"d1", "32.73.05"};
};

constexpr int kMenunggu = rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI;
constexpr int kPerbaikan = rpb::WORKFLOW_STATE_PERLU_PERBAIKAN;
constexpr int kDisetujui = rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN;

TEST_F(DashboardReadsTest, FollowEverySaveAtEveryLevel) {
  PushNew(domain::testing::ValidKelahiran(), "0193a1b2-c3d4-7e5f-8a9b-000000000001");
  PushNew(domain::testing::ValidKematian(), "0193a1b2-c3d4-7e5f-8a9b-000000000002");
  domain::Report bad = domain::testing::ValidKelahiran();
  bad.mutable_kelahiran()->mutable_mother()->set_nik("1");
  PushNew(bad, "0193a1b2-c3d4-7e5f-8a9b-000000000003");

  const std::map<int, uint64_t> expected{{kMenunggu, 2}, {kPerbaikan, 1}};
  for (const std::string region : {"", "32", "32.73", "32.73.05"}) {
    EXPECT_EQ(AsMap(*store_->CountByStateIn(region)), expected) << "region " << region;
  }
  EXPECT_TRUE(store_->CountByStateIn("31")->empty());
  EXPECT_TRUE(store_->CountByStateIn("32.73.06")->empty());
  // Equal to the full count over the reports table.
  EXPECT_EQ(AsMap(*store_->CountByStateIn("")), AsMap(*store_->CountByState()));

  SetState("0193a1b2-c3d4-7e5f-8a9b-000000000001", rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN);
  const std::map<int, uint64_t> moved{{kMenunggu, 1}, {kPerbaikan, 1}, {kDisetujui, 1}};
  EXPECT_EQ(AsMap(*store_->CountByStateIn("32.73")), moved);
  EXPECT_EQ(AsMap(*store_->CountByStateIn("")), AsMap(*store_->CountByState()));

  // Desa codes and malformed codes are refused rather than answered wrongly.
  EXPECT_EQ(store_->CountByStateIn("32.73.05.1001").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->CountByStateIn("x").status().code(), StatusCode::kInvalidArgument);
}

TEST_F(DashboardReadsTest, ReplacingAProjectionMovesItsCount) {
  const std::string id = "0193a1b2-c3d4-7e5f-8a9b-000000000004";
  PushNew(domain::testing::ValidKematian(), id);
  auto rec = **store_->GetReport(id);
  rec.state.set_workflow_state(rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN);
  ASSERT_TRUE(store_->ReplaceProjection(rec).ok());
  EXPECT_EQ(AsMap(*store_->CountByStateIn("32.73.05")), (std::map<int, uint64_t>{{kDisetujui, 1}}));
  // Replacing an unknown report changes nothing.
  StoredReport unknown = rec;
  unknown.content.set_id("0193a1b2-c3d4-7e5f-8a9b-0000000000ff");
  ASSERT_TRUE(store_->ReplaceProjection(unknown).ok());
  EXPECT_EQ(AsMap(*store_->CountByStateIn("")), (std::map<int, uint64_t>{{kDisetujui, 1}}));
}

TEST_F(DashboardReadsTest, ASchemaOneDatabaseGetsItsCountsFilledIn) {
  PushNew(domain::testing::ValidKelahiran(), "0193a1b2-c3d4-7e5f-8a9b-000000000005");
  PushNew(domain::testing::ValidKematian(), "0193a1b2-c3d4-7e5f-8a9b-000000000006");
  SetState("0193a1b2-c3d4-7e5f-8a9b-000000000006", rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN);
  const auto before = AsMap(*store_->CountByStateIn("32.73"));
  core_.reset();
  store_.reset();
  {
    // What schema 1 looked like: no state_counts, no secrets.
    auto db = sqlite::Database::Open(dir_.File("c.db"));
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("DROP TABLE state_counts; DROP TABLE secrets; PRAGMA user_version = 1;").ok());
  }
  Reopen();
  EXPECT_EQ(AsMap(*store_->CountByStateIn("32.73")), before);
  EXPECT_EQ(AsMap(*store_->CountByStateIn("32.73.05")), before);
  EXPECT_EQ(AsMap(*store_->CountByStateIn("")), AsMap(*store_->CountByState()));
  EXPECT_TRUE(store_->GetOrCreateSecret("k", "v").ok());
}

TEST_F(DashboardReadsTest, TheFirstSecretStoredWins) {
  auto first = store_->GetOrCreateSecret("session_key", std::string("\x01\x00\x02", 3));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(*first, std::string("\x01\x00\x02", 3));
  EXPECT_EQ(*store_->GetOrCreateSecret("session_key", "other"), std::string("\x01\x00\x02", 3));
  EXPECT_EQ(*store_->GetOrCreateSecret("another", "b"), "b");
  Reopen();
  EXPECT_EQ(*store_->GetOrCreateSecret("session_key", "third"), std::string("\x01\x00\x02", 3));
}

TEST_F(DashboardReadsTest, ListByStateKeepsToTheRegionOldestChangeFirst) {
  testing::TestDevice other("d2", "32.73.06");
  auto code = core_->CreateEnrollmentCode("32.73.06", 3600000);
  ASSERT_TRUE(core_->Enroll(other.Enroll(*code)).ok());
  PushNew(domain::testing::ValidKelahiran(), "0193a1b2-c3d4-7e5f-8a9b-000000000011");
  {
    domain::Report r = domain::testing::ValidKematian();
    r.set_id("0193a1b2-c3d4-7e5f-8a9b-000000000012");
    r.set_kecamatan_code("32.73.06");
    r.set_desa_code("32.73.06.1001");
    syncpb::Change c;
    c.set_report_id(r.id());
    c.set_version("v1");
    *c.mutable_report() = r;
    ASSERT_TRUE(core_->Push(other.Push("b2", {c})).ok());
  }
  PushNew(domain::testing::ValidKematian(), "0193a1b2-c3d4-7e5f-8a9b-000000000013");
  auto ids = [&](const std::string& region, size_t limit) {
    std::vector<std::string> out;
    auto listed = store_->ListByState(rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI, region, 0, limit);
    EXPECT_TRUE(listed.ok());
    for (const auto& r : *listed) out.push_back(r.content.id());
    return out;
  };
  using V = std::vector<std::string>;
  const V all{"0193a1b2-c3d4-7e5f-8a9b-000000000011", "0193a1b2-c3d4-7e5f-8a9b-000000000012",
              "0193a1b2-c3d4-7e5f-8a9b-000000000013"};
  EXPECT_EQ(ids("", 10), all);
  EXPECT_EQ(ids("32", 10), all);
  EXPECT_EQ(ids("32.73", 10), all);
  EXPECT_EQ(ids("32.73", 2), V(all.begin(), all.begin() + 2));
  EXPECT_EQ(ids("32.73.05", 10), (V{all[0], all[2]}));
  EXPECT_EQ(ids("32.73.06", 10), V{all[1]});
  EXPECT_EQ(ids("32.7", 10), V{}) << "a code prefix is not a region";
  EXPECT_EQ(ids("33", 10), V{});
  // A change moves a report to the end (oldest change first) and out of its old state's list.
  SetState(all[0], rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN);
  EXPECT_EQ(ids("32.73", 10), (V{all[1], all[2]}));
  auto approved = store_->ListByState(rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN, "32.73.05", 0, 10);
  ASSERT_TRUE(approved.ok());
  ASSERT_EQ(approved->size(), 1u);
  EXPECT_EQ((*approved)[0].content.kind(), rpb::REPORT_KIND_KELAHIRAN) << "whole rows are read";
}

}  // namespace
}  // namespace lampid::central
