// The SQLite store's verification queue as one transaction writes it: one job per report, the last version
// queued wins, a job completed in the same transaction is gone, and batches of any size are kept whole.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "central-server/core/sqlite_central_store.h"
#include "support/subprocess.h"

namespace lampid::central {
namespace {

std::string Id(int n) {
  char id[40];
  std::snprintf(id, sizeof id, "0193a1b2-c3d4-7e5f-8a9b-%012d", n);
  return id;
}

class VerificationQueueTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = SqliteCentralStore::Open(dir_.File("c.db"));
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }

  // Every pending job by report id (version).
  std::map<std::string, std::string> Jobs() {
    auto jobs = store_->ClaimVerificationJobs(100000, kNow + 1, kNow + 2);
    EXPECT_TRUE(jobs.ok());
    std::map<std::string, std::string> out;
    for (const auto& j : *jobs) EXPECT_TRUE(out.emplace(j.report_id, j.version).second) << j.report_id;
    return out;
  }

  static constexpr int64_t kNow = 1'760'000'000'000;
  lampid::testing::TempDir dir_;
  std::unique_ptr<SqliteCentralStore> store_;
};

TEST_F(VerificationQueueTest, ABatchOfAnySizeIsQueuedWholeOneJobPerReportTheLastVersionWinning) {
  {
    auto txn = *store_->BeginWrite();
    // 150 reports (two statements of many rows and some single ones), the first 10 queued again later with v2.
    for (int i = 0; i < 150; ++i) ASSERT_TRUE(txn->EnqueueVerification(Id(i), "v1", kNow).ok());
    for (int i = 0; i < 10; ++i) ASSERT_TRUE(txn->EnqueueVerification(Id(i), "v2", kNow).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  auto jobs = Jobs();
  ASSERT_EQ(jobs.size(), 150u);
  for (int i = 0; i < 150; ++i) EXPECT_EQ(jobs[Id(i)], i < 10 ? "v2" : "v1") << i;
  EXPECT_EQ(*store_->CountPendingVerifications(), 150u);

  // A later transaction supersedes a stored job.
  {
    auto txn = *store_->BeginWrite();
    ASSERT_TRUE(txn->EnqueueVerification(Id(20), "v3", kNow).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  EXPECT_EQ(*store_->CountPendingVerifications(), 150u);
}

TEST_F(VerificationQueueTest, AJobCompletedInTheTransactionThatQueuedItIsGone) {
  {
    auto txn = *store_->BeginWrite();
    ASSERT_TRUE(txn->EnqueueVerification(Id(1), "v1", kNow).ok());
    ASSERT_TRUE(txn->EnqueueVerification(Id(2), "v1", kNow).ok());
    ASSERT_TRUE(txn->CompleteVerification(Id(1), "v1").ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  auto jobs = Jobs();
  ASSERT_EQ(jobs.size(), 1u);
  EXPECT_EQ(jobs.count(Id(2)), 1u);
}

TEST_F(VerificationQueueTest, NothingIsQueuedByATransactionThatDoesNotCommit) {
  {
    auto txn = *store_->BeginWrite();
    for (int i = 0; i < 100; ++i) ASSERT_TRUE(txn->EnqueueVerification(Id(i), "v1", kNow).ok());
  }
  EXPECT_EQ(*store_->CountPendingVerifications(), 0u);
}

}  // namespace
}  // namespace lampid::central
