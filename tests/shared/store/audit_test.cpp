// The audit chain: every change is logged, and editing or deleting history is detected.
#include <gtest/gtest.h>

#include "crypto/secret.h"
#include "store/audit_chain.h"
#include "store/store_test_util.h"

namespace lampid::store::testing {
namespace {

using domain::testing::VariedReport;

class AuditTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    for (int i = 0; i < 4; ++i) ids_.push_back(MustAdd(VariedReport(i)).id);
    domain::Report edited = VariedReport(0);
    edited.mutable_kelahiran()->set_child_name("Putri Wijaya");
    ASSERT_TRUE(store_->EditReport(ids_[0], edited).ok());
    ASSERT_TRUE(store_->AppendAudit({"pushed", ids_[1], "", "batch=1"}).ok());
    db_ = store_->database_path();
    // store_created, 4 × report_created, report_edited, pushed
    ASSERT_EQ(QueryInt(db_, "SELECT COUNT(*) FROM audit"), 7);
    ASSERT_TRUE(Verify().intact) << Verify().problem;
  }

  AuditVerification Verify() {
    auto v = store_->VerifyAudit();
    EXPECT_TRUE(v.ok()) << v.status().ToString();
    return v.ok() ? *v : AuditVerification{};
  }

  std::vector<std::string> ids_;
  std::string db_;
};

TEST_F(AuditTest, EveryChangeIsLoggedWithoutPersonalData) {
  auto entries = store_->ReadAudit(0, 100);
  ASSERT_TRUE(entries.ok());
  std::vector<std::string> events;
  for (const auto& e : *entries) {
    events.push_back(e.event);
    EXPECT_TRUE(e.keyed);
    EXPECT_EQ(e.detail.find("Putri"), std::string::npos);
  }
  EXPECT_EQ(events, (std::vector<std::string>{"store_created", "report_created", "report_created", "report_created",
                                              "report_created", "report_edited", "pushed"}));
  EXPECT_EQ((*entries)[6].operator_id, kOperator);
  EXPECT_EQ((*entries)[6].report_id, ids_[1]);
  EXPECT_EQ(store_->ReadAudit(5, 100)->size(), 2u);
  const AuditVerification v = Verify();
  EXPECT_EQ(v.rows, 7);
  EXPECT_TRUE(v.macs_checked);
}

TEST_F(AuditTest, AppendRejectsMalformedEventsAndNeedsTheKey) {
  EXPECT_EQ(store_->AppendAudit({"Pushed!", "", "", ""}).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->AppendAudit({"pushed", "", "", std::string(1001, 'x')}).code(), StatusCode::kInvalidArgument);
  auto locked = OpenLocked();
  EXPECT_EQ(locked->AppendAudit({"pushed", "", "", ""}).code(), StatusCode::kFailedPrecondition);
}

TEST_F(AuditTest, EditingOneRowIsDetected) {
  ExecSql(db_, "UPDATE audit SET detail = 'kind=kepindahan state=queued' WHERE seq = 3");
  const AuditVerification v = Verify();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 3);
  EXPECT_NE(v.problem.find("baris 3"), std::string::npos) << v.problem;
}

TEST_F(AuditTest, ChangingWhoOrWhenIsDetected) {
  ExecSql(db_, "UPDATE audit SET operator_id = 'orang.lain' WHERE seq = 6");
  EXPECT_EQ(Verify().first_bad_seq, 6);
  ExecSql(db_, "UPDATE audit SET operator_id = '" + std::string(kOperator) + "' WHERE seq = 6");
  EXPECT_TRUE(Verify().intact);
  ExecSql(db_, "UPDATE audit SET at = at - 1000 WHERE seq = 2");
  EXPECT_EQ(Verify().first_bad_seq, 2);
}

TEST_F(AuditTest, DeletingAMiddleRowIsDetected) {
  ExecSql(db_, "DELETE FROM audit WHERE seq = 4");
  const AuditVerification v = Verify();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 4);
  EXPECT_NE(v.problem.find("hilang"), std::string::npos) << v.problem;
}

TEST_F(AuditTest, DeletingTheLastRowsIsDetected) {
  ExecSql(db_, "DELETE FROM audit WHERE seq = 7");
  EXPECT_FALSE(Verify().intact);
  // Also while locked, without the key: the recorded head no longer matches.
  auto locked = OpenLocked();
  auto v = locked->VerifyAudit();
  ASSERT_TRUE(v.ok());
  EXPECT_FALSE(v->intact);
  EXPECT_FALSE(v->macs_checked);
}

TEST_F(AuditTest, RenumberingAfterADeletionIsDetected) {
  ExecSql(db_, "DELETE FROM audit WHERE seq = 4; UPDATE audit SET seq = seq - 1 WHERE seq > 4");
  EXPECT_FALSE(Verify().intact);
}

TEST_F(AuditTest, ARebuiltChainWithoutTheKeyIsDetected) {
  // Someone who knows the algorithm deletes row 4 and recomputes every later hash, and the head record:
  // the chain links again, but the MACs (keyed by the data key) cannot be recomputed without a passphrase.
  auto entries = *store_->ReadAudit(0, 100);
  entries.erase(entries.begin() + 3);
  std::string prev = AuditGenesisHash(store_->node().node_id);
  std::string sql = "DELETE FROM audit;";
  for (size_t i = 0; i < entries.size(); ++i) {
    entries[i].seq = static_cast<int64_t>(i + 1);
    const std::string hash = AuditRowHash(prev, entries[i]);
    sql += "INSERT INTO audit VALUES (" + std::to_string(entries[i].seq) + ", " + std::to_string(entries[i].at_ms) +
           ", '" + entries[i].event + "', '" + entries[i].report_id + "', '" + entries[i].operator_id + "', '" +
           entries[i].version + "', '" + entries[i].detail + "', X'" + crypto::ToHex(prev) + "', X'" +
           crypto::ToHex(hash) + "', X'" + std::string(64, '0') + "');";
    prev = hash;
  }
  ExecSql(db_, sql);
  const AuditVerification v = Verify();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 1);
  EXPECT_NE(v.problem.find("authentication tag"), std::string::npos) << v.problem;
}

TEST_F(AuditTest, RowsWithoutATagAreOnlyAcceptedForEventsWrittenWhileLocked) {
  ExecSql(db_, "UPDATE audit SET mac = NULL WHERE seq = 5");
  const AuditVerification v = Verify();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 5);
}

}  // namespace
}  // namespace lampid::store::testing
