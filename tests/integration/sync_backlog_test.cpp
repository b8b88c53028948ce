// The backlog each signed request tells the server (shown on its dashboard as the edge's queue): during a
// sync the engine carries it (the changes waiting when the sync began, less those answered since) instead of
// counting the store for every batch; the figures are the ones a count would give.
#include <gtest/gtest.h>

#include <vector>

#include "cluster.h"
#include "local_edge.h"
#include "core/clock.h"
#include "domain/test_reports.h"
#include "store/store.h"
#include "support/forwarding_transport.h"
#include "support/subprocess.h"
#include "sync/sync_engine.h"

namespace lampid::testing {
namespace {

// Records the backlog of every push and pull on the way to the real transport.
class RecordingTransport final : public ForwardingTransport {
 public:
  using ForwardingTransport::ForwardingTransport;
  Result<sync::syncpb::PushResponse> Push(const sync::syncpb::SignedRequest& r) override {
    push_backlogs.push_back(r.backlog());
    return ForwardingTransport::Push(r);
  }
  Result<sync::syncpb::PullResponse> Pull(const sync::syncpb::SignedRequest& r) override {
    pull_backlogs.push_back(r.backlog());
    return ForwardingTransport::Pull(r);
  }
  std::vector<uint32_t> push_backlogs;  // written by the engine's push worker, one call at a time
  std::vector<uint32_t> pull_backlogs;
};

TEST(SyncBacklog, EachRequestCarriesWhatIsStillWaiting) {
  TempDir dir;
  CentralServer server(dir.path());
  const std::string code = server.NewEnrollmentCode("32.73.05");
  auto edge = OpenLocalEdge(dir.File("edge"), server.target());
  ASSERT_TRUE(edge.ok()) << edge.status().ToString();
  store::Store& store = *edge->store;
  RecordingTransport transport(*edge->transport);
  SystemClock clock;
  sync::SyncEngine::Options eo;
  eo.push_batch = 2;
  sync::SyncEngine engine(store, transport, syncwire::PayloadCodec::Builtin(), clock, eo);
  auto enrolled = engine.Enroll(code);
  ASSERT_TRUE(enrolled.ok()) << enrolled.status().ToString() << " code=" << code;

  for (int i = 0; i < 5; ++i) {
    const store::SaveResult saved = store.AddReport(domain::testing::VariedReport(i));
    ASSERT_TRUE(saved.ok()) << saved.status.ToString();
  }
  auto first = engine.SyncOnce();
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->pushed, 5u);
  // Batches of 2, one prepared ahead while the one before travels: 5 waiting at the first two (nothing
  // answered yet), 3 at the third (the first batch answered), none at the pull.
  EXPECT_EQ(transport.push_backlogs, (std::vector<uint32_t>{5, 5, 3}));
  ASSERT_FALSE(transport.pull_backlogs.empty());
  EXPECT_EQ(transport.pull_backlogs.back(), 0u);
  EXPECT_EQ(store.CountBySyncState()->waiting(), 0);

  // Outside a sync the engine counts again: an edit saved afterwards is in the next sync's first request.
  transport.push_backlogs.clear();
  ASSERT_TRUE(store.AddReport(domain::testing::VariedReport(5)).ok());
  ASSERT_TRUE(store.AddReport(domain::testing::VariedReport(6)).ok());
  auto second = engine.SyncOnce();
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(transport.push_backlogs, (std::vector<uint32_t>{2}));
}

}  // namespace
}  // namespace lampid::testing
