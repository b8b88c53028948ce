// Init, open, unlock, operators, recovery, node identity, meta values, schema version guard.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/uuid.h"
#include "crypto/signing.h"
#include "store/schema.h"
#include "store/store_test_util.h"

namespace lampid::store::testing {
namespace {

using domain::testing::VariedReport;

int64_t AuditEvents(const std::string& db, const std::string& event) {
  return QueryInt(db, "SELECT COUNT(*) FROM audit WHERE event = '" + event + "'");
}

TEST_F(StoreTest, InitCreatesANodeThatSignsWithItsKey) {
  const NodeInfo& node = store_->node();
  EXPECT_TRUE(IsCanonicalUuid(node.node_id));
  EXPECT_EQ(node.node_id[14], '7');
  EXPECT_EQ(node.kecamatan_code, kKecamatan);
  ASSERT_EQ(node.public_key.size(), crypto::kSigningPublicKeyBytes);
  auto sig = store_->Sign("sync request 1");
  ASSERT_TRUE(sig.ok());
  EXPECT_TRUE(crypto::VerifySignature(node.public_key, "sync request 1", *sig));
  EXPECT_FALSE(crypto::VerifySignature(node.public_key, "sync request 2", *sig));
  EXPECT_EQ(store_->operator_id(), kOperator);
  EXPECT_EQ(*store_->ListOperators(), std::vector<std::string>{kOperator});
  EXPECT_EQ(recovery_code_.size(), 39u);
  // The same identity after reopening.
  auto again = OpenLocked();
  EXPECT_EQ(again->node().node_id, node.node_id);
  EXPECT_EQ(again->node().public_key, node.public_key);
  EXPECT_EQ(again->Sign("x").status().code(), StatusCode::kFailedPrecondition);
  // Only the database and its lock file: the WAL of init was checkpointed, the temporary name is gone.
  EXPECT_FALSE(std::filesystem::exists(Options().data_dir + "/edge.db.init"));
  EXPECT_EQ(std::filesystem::status(Options().data_dir).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_all);
}

TEST_F(StoreTest, InitRefusesAnExistingStoreAndBadInput) {
  auto again = Store::Init(Options(), {kKecamatan, kOperator, kPassphrase});
  EXPECT_EQ(again.status().code(), StatusCode::kAlreadyExists);
  lampid::testing::TempDir other;
  Store::Options o = Options();
  o.data_dir = other.File("d");
  EXPECT_EQ(Store::Init(o, {"32.73.99", kOperator, kPassphrase}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Store::Init(o, {"32.73", kOperator, kPassphrase}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Store::Init(o, {kKecamatan, "bad id!", kPassphrase}).status().code(), StatusCode::kInvalidArgument);
  const auto short_pass = Store::Init(o, {kKecamatan, kOperator, "pendek"});
  EXPECT_EQ(short_pass.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(short_pass.status().message().find("minimal 8"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(o.data_dir + "/edge.db"));
}

TEST_F(StoreTest, OpeningAFolderWithoutAStoreIsNotFound) {
  lampid::testing::TempDir other;
  Store::Options o = Options();
  o.data_dir = other.path();
  auto s = Store::Open(o);
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
  EXPECT_NE(s.status().message().find("init"), std::string::npos);
}

TEST_F(StoreTest, AWrongPassphraseIsRefusedClearlyAndChangesNothing) {
  const ReportSummary saved = MustAdd(VariedReport(1));
  const std::string db = store_->database_path();
  const int64_t audit_rows = QueryInt(db, "SELECT COUNT(*) FROM audit");
  const std::string reports_before = QueryText(db, "SELECT group_concat(id || version || sync_state) FROM reports");
  auto other = OpenLocked();
  const Status s = other->Unlock(kOperator, "kata sandi yang salah");
  EXPECT_EQ(s.code(), StatusCode::kUnauthenticated);
  EXPECT_NE(s.message().find("Kata sandi atau ID operator salah"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("wrong passphrase"), std::string::npos);
  EXPECT_FALSE(other->unlocked());
  EXPECT_EQ(other->GetReport(saved.id).status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(other->Unlock("nobody", kPassphrase).code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(other->Unlock("#recovery", recovery_code_).code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM audit"), audit_rows);
  EXPECT_EQ(QueryText(db, "SELECT group_concat(id || version || sync_state) FROM reports"), reports_before);
  ASSERT_TRUE(other->Unlock(kOperator, kPassphrase).ok());
  EXPECT_TRUE(other->GetReport(saved.id).ok());
}

TEST_F(StoreTest, FiveWrongTriesInARowAreAudited) {
  const std::string db = store_->database_path();
  auto other = OpenLocked();
  for (int i = 0; i < 4; ++i) EXPECT_EQ(other->Unlock(kOperator, "salah salah salah").code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(AuditEvents(db, "unlock_failed_repeatedly"), 0);
  EXPECT_EQ(other->Unlock("", "salah salah salah").code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(AuditEvents(db, "unlock_failed_repeatedly"), 1);
  EXPECT_EQ(QueryText(db, "SELECT detail FROM audit WHERE event = 'unlock_failed_repeatedly'"), "failures_in_a_row=5");
  // A success resets the run: four more failures are not another five in a row.
  ASSERT_TRUE(other->Unlock(kOperator, kPassphrase).ok());
  auto third = OpenLocked();
  for (int i = 0; i < 4; ++i) EXPECT_FALSE(third->Unlock(kOperator, "salah salah salah").ok());
  EXPECT_EQ(AuditEvents(db, "unlock_failed_repeatedly"), 1);
  EXPECT_FALSE(third->Unlock(kOperator, "salah salah salah").ok());
  EXPECT_EQ(AuditEvents(db, "unlock_failed_repeatedly"), 2);
  // Unkeyed rows written while locked keep the chain intact.
  auto v = store_->VerifyAudit();
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->intact) << v->problem;
}

TEST_F(StoreTest, ALockedStoreShowsMetadataButNoContent) {
  const ReportSummary saved = MustAdd(VariedReport(2));
  auto locked = OpenLocked();
  EXPECT_FALSE(locked->unlocked());
  EXPECT_EQ(locked->operator_id(), "");
  EXPECT_EQ(locked->GetReport(saved.id).status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(locked->ListReports({}).status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(locked->FindByNik("3273055203950001").status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(locked->AddReport(VariedReport(3)).status.code(), StatusCode::kFailedPrecondition);
  auto page = locked->ListReports({.with_content = false});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].summary.id, saved.id);
  EXPECT_EQ(page->items[0].report.ByteSizeLong(), 0u);
  EXPECT_EQ(locked->CountBySyncState()->queued, 1);
  EXPECT_EQ(*locked->CountReports(), 1);
  EXPECT_EQ(locked->GetSummary(saved.id)->version, saved.version);
}

TEST_F(StoreTest, LockingOneConnectionLocksItsClones) {
  auto clone = store_->Clone();
  ASSERT_TRUE(clone.ok());
  EXPECT_TRUE((*clone)->unlocked());
  EXPECT_EQ((*clone)->operator_id(), kOperator);
  (*clone)->Lock();
  EXPECT_FALSE(store_->unlocked());
  EXPECT_EQ(store_->AddReport(VariedReport(1)).status.code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store_->Unlock("", kPassphrase).ok());
  EXPECT_TRUE((*clone)->unlocked());
}

TEST_F(StoreTest, ChangingThePassphraseRewrapsTheKeyNotTheData) {
  const ReportSummary saved = MustAdd(VariedReport(5));
  const std::string db = store_->database_path();
  const std::string sealed_before = QueryText(db, "SELECT hex(sealed) FROM report_content");
  EXPECT_EQ(store_->ChangePassphrase(kOperator, "bukan kata sandinya", "kata sandi baru sekali").code(),
            StatusCode::kUnauthenticated);
  EXPECT_EQ(store_->ChangePassphrase(kOperator, kPassphrase, "pendek").code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(store_->ChangePassphrase(kOperator, kPassphrase, "kata sandi baru sekali").ok());
  EXPECT_EQ(QueryText(db, "SELECT hex(sealed) FROM report_content"), sealed_before);
  auto other = OpenLocked();
  EXPECT_EQ(other->Unlock(kOperator, kPassphrase).code(), StatusCode::kUnauthenticated);
  ASSERT_TRUE(other->Unlock(kOperator, "kata sandi baru sekali").ok());
  EXPECT_TRUE(other->GetReport(saved.id).ok());
  EXPECT_EQ(AuditEvents(db, "passphrase_changed"), 1);
}

TEST_F(StoreTest, TheRecoveryCodeSetsANewPassphraseAndNoReportIsLost) {
  const ReportSummary a = MustAdd(VariedReport(6));
  const ReportSummary b = MustAdd(VariedReport(7), /*submit=*/false);
  auto other = OpenLocked();
  EXPECT_EQ(other->Recover("1234", kOperator, "kata sandi pengganti").code(), StatusCode::kInvalidArgument);
  const Status wrong = other->Recover("0000-0000-0000-0000-0000-0000-0000-0000", kOperator, "kata sandi pengganti");
  EXPECT_EQ(wrong.code(), StatusCode::kUnauthenticated);
  EXPECT_NE(wrong.message().find("Kode pemulihan salah"), std::string::npos);
  // Typed in lower case with spaces instead of dashes.
  std::string typed = recovery_code_;
  for (char& c : typed) c = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  ASSERT_TRUE(other->Recover(typed, kOperator, "kata sandi pengganti").ok());
  EXPECT_TRUE(other->unlocked());
  EXPECT_EQ(other->GetReport(a.id)->summary.sync_state, domain::pb::SYNC_STATE_QUEUED);
  EXPECT_EQ(other->GetReport(b.id)->summary.sync_state, domain::pb::SYNC_STATE_DRAFT);
  auto third = OpenLocked();
  EXPECT_FALSE(third->Unlock(kOperator, kPassphrase).ok());
  EXPECT_TRUE(third->Unlock(kOperator, "kata sandi pengganti").ok());
  // The code also gives a slot to an operator that had none, and keeps working.
  ASSERT_TRUE(third->Recover(recovery_code_, "kepala.kantor", "kata sandi kepala").ok());
  EXPECT_EQ(*third->ListOperators(), (std::vector<std::string>{"kepala.kantor", kOperator}));
  EXPECT_EQ(AuditEvents(store_->database_path(), "passphrase_recovered"), 2);
  EXPECT_TRUE(store_->VerifyAudit()->intact);
}

TEST_F(StoreTest, EachOperatorUnlocksWithTheirOwnPassphrase) {
  EXPECT_EQ(store_->AddOperator(kOperator, "apa saja sembarang").code(), StatusCode::kAlreadyExists);
  ASSERT_TRUE(store_->AddOperator("operator.dua", "kata sandi operator dua").ok());
  auto other = OpenLocked();
  EXPECT_FALSE(other->Unlock(kOperator, "kata sandi operator dua").ok());
  ASSERT_TRUE(other->Unlock("", "kata sandi operator dua").ok());
  EXPECT_EQ(other->operator_id(), "operator.dua");
  const ReportSummary saved = other->AddReport(VariedReport(8)).saved;
  EXPECT_EQ(saved.operator_id, "operator.dua");
  EXPECT_EQ(other->GetReport(saved.id)->report.operator_id(), "operator.dua");
  auto locked = OpenLocked();
  EXPECT_EQ(locked->AddOperator("operator.tiga", "kata sandi operator tiga").code(), StatusCode::kFailedPrecondition);
}

TEST_F(StoreTest, AStoreFromANewerProgramIsRefusedAndLeftUntouched) {
  MustAdd(VariedReport(9));
  const std::string db = store_->database_path();
  store_.reset();
  ExecSql(db, "PRAGMA user_version = " + std::to_string(CurrentSchemaVersion() + 1));
  const std::string before = ReadFileBytes(db);
  auto opened = Store::Open(Options());
  ASSERT_EQ(opened.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(opened.status().message().find("versi program yang lebih baru"), std::string::npos);
  EXPECT_NE(opened.status().message().find("newer version"), std::string::npos);
  EXPECT_EQ(ReadFileBytes(db), before);
  EXPECT_EQ(QueryInt(db, "PRAGMA user_version"), CurrentSchemaVersion() + 1);
}

TEST_F(StoreTest, MetaValuesForTheSyncEngine) {
  EXPECT_EQ(store_->GetMeta("sync.cursor")->has_value(), false);
  ASSERT_TRUE(store_->SetMeta("sync.cursor", "c-42").ok());
  ASSERT_TRUE(store_->SetMeta("sync.cursor", "c-43").ok());
  EXPECT_EQ(store_->GetMeta("sync.cursor")->value(), "c-43");
  EXPECT_EQ(store_->SetMeta("store.node_id", "x").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->SetMeta("Bad Key", "x").code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(store_->SetSealedMeta("enrollment.token", "rahasia-token-perangkat").ok());
  EXPECT_EQ(store_->GetSealedMeta("enrollment.token")->value(), "rahasia-token-perangkat");
  auto locked = OpenLocked();
  EXPECT_EQ(locked->GetMeta("sync.cursor")->value(), "c-43");
  EXPECT_EQ(locked->GetSealedMeta("enrollment.token").status().code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store_->DeleteMeta("sync.cursor").ok());
  ASSERT_TRUE(store_->DeleteMeta("enrollment.token").ok());
  EXPECT_FALSE(store_->GetMeta("sync.cursor")->has_value());
  EXPECT_FALSE(store_->GetSealedMeta("enrollment.token")->has_value());
}

}  // namespace
}  // namespace lampid::store::testing
