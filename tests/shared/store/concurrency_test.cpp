// The desktop app's UI thread and its sync worker use the store at once, each with its own connection,
// while another program (the CLI) reads it too. Nobody may see SQLITE_BUSY or any other error.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "store/store_test_util.h"

namespace lampid::store::testing {
namespace {

using domain::testing::VariedReport;

// Errors that are a correct answer to a race (e.g. editing a report the worker just sent) are fine;
// anything else means a connection was not isolated or waited too little.
bool Unexpected(const Status& s) {
  return !s.ok() && s.code() != StatusCode::kFailedPrecondition && s.code() != StatusCode::kAborted;
}

TEST_F(StoreTest, UiAndSyncThreadsAndAnotherProgramWorkAtOnce) {
  auto worker_store = store_->Clone();
  ASSERT_TRUE(worker_store.ok());
  auto reader_store = OpenUnlocked();  // as another process would
  std::mutex mu;
  std::vector<std::string> errors;
  auto record = [&](const char* what, const Status& s) {
    if (!Unexpected(s)) return;
    std::lock_guard lock(mu);
    errors.push_back(std::string(what) + ": " + s.ToString());
  };
  std::atomic<bool> ui_done = false;
  std::atomic<int> edits = 0, acknowledged = 0, reads = 0;
  constexpr int kReports = 300;

  std::thread ui([&] {
    std::vector<std::string> ids;
    for (int i = 0; i < kReports; ++i) {
      SaveResult r = store_->AddReport(VariedReport(i));
      record("add", r.status);
      if (!r.ok()) continue;
      ids.push_back(r.saved.id);
      if (i % 5 == 4) {  // edit an earlier one; the worker may have sent it meanwhile
        domain::Report edited = VariedReport(i - 4 + 1000000);
        SaveResult e = store_->EditReport(ids[ids.size() - 5], edited);
        record("edit", e.status);
        if (e.ok()) ++edits;
      }
      if (i % 10 == 0) record("list", store_->ListReports({.limit = 20}).status());
    }
    ui_done = true;
  });

  std::thread worker([&] {
    Store& s = **worker_store;
    while (true) {
      auto pending = s.PendingChanges(25);
      record("pending", pending.status());
      if (!pending.ok()) break;
      if (pending->empty()) {
        if (ui_done) break;
        std::this_thread::yield();
        continue;
      }
      std::vector<VersionRef> refs;
      for (const auto& c : *pending) refs.push_back({c.report_id, c.version});
      record("sent", s.MarkSent(refs));
      record("ack", s.Acknowledge(refs));
      acknowledged += static_cast<int>(refs.size());
      record("counts", s.CountBySyncState().status());
      record("meta", s.SetMeta("sync.last", std::to_string(acknowledged.load())));
    }
  });

  std::thread reader([&] {
    while (!ui_done) {
      record("read", reader_store->ListReports({.limit = 50}).status());
      record("count", reader_store->CountReports().status());
      ++reads;
    }
  });

  ui.join();
  worker.join();
  reader.join();
  for (const auto& e : errors) ADD_FAILURE() << e;
  EXPECT_GT(reads.load(), 0);
  EXPECT_GT(edits.load(), 0);
  // Everything reached the "server", including edits made while their report was in flight.
  EXPECT_EQ(*store_->CountReports(), kReports);
  const SyncCounts c = *store_->CountBySyncState();
  EXPECT_EQ(c.waiting(), 0);
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM reports WHERE sync_state = 4"), kReports);
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM outbox"), 0);
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM reports WHERE base_version != version"), 0);
  EXPECT_EQ(*store_->IntegrityCheck(), "ok");
  auto v = store_->VerifyAudit();
  EXPECT_TRUE(v->intact) << v->problem;
}

}  // namespace
}  // namespace lampid::store::testing
