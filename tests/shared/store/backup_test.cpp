// Backup while in use, restore into the same or a new folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "store/store_test_util.h"

namespace lampid::store::testing {
namespace {

using domain::testing::VariedReport;

TEST_F(StoreTest, ABackupIsAConsistentCopyTakenWhileOthersWrite) {
  for (int i = 0; i < 20; ++i) MustAdd(VariedReport(i));
  auto writer_store = store_->Clone();
  ASSERT_TRUE(writer_store.ok());
  std::atomic<bool> stop = false;
  std::atomic<int> written = 0;
  std::thread writer([&] {
    for (int i = 100; !stop; ++i) {
      if ((*writer_store)->AddReport(VariedReport(i)).ok()) ++written;
    }
  });
  while (written < 5) std::this_thread::yield();
  const std::string backup = dir_.File("cadangan.lampid");
  const Status s = store_->Backup(backup);
  stop = true;
  writer.join();
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(store_->Backup(backup).code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(std::filesystem::status(backup).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);

  // Restore into a new folder (a new laptop).
  Store::Options o = Options();
  o.data_dir = dir_.File("laptop-baru");
  EXPECT_EQ(Store::Restore(o, backup, kOperator, "bukan kata sandinya").code(), StatusCode::kUnauthenticated);
  EXPECT_FALSE(std::filesystem::exists(o.data_dir + "/edge.db"));
  ASSERT_TRUE(Store::Restore(o, backup, "", kPassphrase).ok());
  auto restored = Store::Open(o);
  ASSERT_TRUE(restored.ok());
  ASSERT_TRUE((*restored)->Unlock(kOperator, kPassphrase).ok());
  EXPECT_EQ((*restored)->node().node_id, store_->node().node_id);
  EXPECT_EQ(*(*restored)->IntegrityCheck(), "ok");
  const int64_t n = *(*restored)->CountReports();
  EXPECT_GE(n, 25);  // the 20, and the writer's commits before the snapshot
  EXPECT_LE(n, 20 + written.load());
  // Every report in the copy is complete: content opens, outbox and audit agree.
  auto page = (*restored)->ListReports({.limit = 1000});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(static_cast<int64_t>(page->items.size()), n);
  auto v = (*restored)->VerifyAudit();
  EXPECT_TRUE(v->intact) << v->problem;
  EXPECT_EQ(QueryInt(o.data_dir + "/edge.db", "SELECT COUNT(*) FROM outbox"), n);
}

TEST_F(StoreTest, RestoreReplacesTheStoreOnlyWhenNobodyUsesIt) {
  const ReportSummary before = MustAdd(VariedReport(1));
  const std::string backup = dir_.File("b.lampid");
  ASSERT_TRUE(store_->Backup(backup).ok());
  const ReportSummary after = MustAdd(VariedReport(2));
  const Status busy = Store::Restore(Options(), backup, kOperator, kPassphrase);
  EXPECT_EQ(busy.code(), StatusCode::kUnavailable);
  EXPECT_NE(busy.message().find("sedang dipakai"), std::string::npos);
  store_.reset();
  ASSERT_TRUE(Store::Restore(Options(), backup, kOperator, kPassphrase).ok());
  store_ = OpenUnlocked();
  EXPECT_TRUE(store_->GetReport(before.id).ok());
  EXPECT_EQ(store_->GetReport(after.id).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->VerifyAudit()->intact);
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM audit WHERE event = 'store_restored'"), 1);
  // The replaced database was kept beside it.
  int kept = 0;
  for (const auto& e : std::filesystem::directory_iterator(Options().data_dir)) {
    if (e.path().filename().string().starts_with("edge.db.before-restore-")) ++kept;
  }
  EXPECT_EQ(kept, 1);
}

TEST_F(StoreTest, RestoreRefusesWhatIsNotAStore) {
  const std::string junk = dir_.File("junk.lampid");
  {
    std::ofstream out(junk);
    out << "bukan basis data";
  }
  store_.reset();
  const Status s = Store::Restore(Options(), junk, kOperator, kPassphrase);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(Store::Restore(Options(), dir_.File("missing"), kOperator, kPassphrase).code(), StatusCode::kNotFound);
  store_ = OpenUnlocked();  // untouched
  ASSERT_TRUE(store_);
}

}  // namespace
}  // namespace lampid::store::testing
