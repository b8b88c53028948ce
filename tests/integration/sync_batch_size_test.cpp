// Push batches follow the link: a run starts at Options::push_batch_start changes, a batch answered within a
// second doubles the size up to Options::push_batch, a slow or failed one halves it.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <vector>

#include "cluster.h"
#include "local_edge.h"
#include "core/clock.h"
#include "domain/test_reports.h"
#include "store/store.h"
#include "support/forwarding_transport.h"
#include "support/subprocess.h"
#include "sync/sync_engine.h"
#include "syncwire/push_body.h"

namespace lampid::testing {
namespace {

// Records how many changes each push carries on the way to the real transport.
class BatchRecordingTransport final : public ForwardingTransport {
 public:
  using ForwardingTransport::ForwardingTransport;
  Result<sync::syncpb::PushResponse> Push(const sync::syncpb::SignedRequest& r) override {
    const auto codec = syncwire::PayloadCodec::Builtin();
    auto bytes = codec.Decode(r.payload());
    EXPECT_TRUE(bytes.ok());
    auto body = syncwire::DecodePushBody(*bytes, codec.max_uncompressed());
    EXPECT_TRUE(body.ok());
    sizes.push_back(static_cast<size_t>(body->changes_size()));
    return ForwardingTransport::Push(r);
  }
  std::vector<size_t> sizes;  // written by the engine's push worker, one call at a time
};

TEST(SyncBatchSize, PushesStartSmallAndGrowOnAFastLink) {
  TempDir dir;
  CentralServer server(dir.path());
  const std::string code = server.NewEnrollmentCode("32.73.05");
  auto edge = OpenLocalEdge(dir.File("edge"), server.target());
  ASSERT_TRUE(edge.ok()) << edge.status().ToString();
  store::Store& store = *edge->store;
  BatchRecordingTransport transport(*edge->transport);
  SystemClock clock;
  sync::SyncEngine::Options eo;
  eo.push_batch = 40;
  eo.push_batch_start = 10;
  sync::SyncEngine engine(store, transport, syncwire::PayloadCodec::Builtin(), clock, eo);
  ASSERT_TRUE(engine.Enroll(code).ok());
  for (int i = 0; i < 100; ++i) ASSERT_TRUE(store.AddReport(domain::testing::VariedReport(i)).ok());

  auto run = engine.SyncOnce();
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->pushed, 100u);
  ASSERT_GE(transport.sizes.size(), 2u);
  EXPECT_EQ(transport.sizes.front(), 10u);
  EXPECT_EQ(std::accumulate(transport.sizes.begin(), transport.sizes.end(), size_t{0}), 100u);
  EXPECT_LE(*std::max_element(transport.sizes.begin(), transport.sizes.end()), 40u);
  // Ten-report pushes over loopback come back well within a second: the size grew.
  EXPECT_GT(*std::max_element(transport.sizes.begin(), transport.sizes.end()), 10u);
  EXPECT_EQ(store.CountBySyncState()->waiting(), 0);
}

TEST(SyncBatchSize, TheSizeDoublesOnQuickAnswersAndHalvesOnSlowOrFailedOnes) {
  TempDir dir;
  auto edge = OpenLocalEdge(dir.File("edge"), "127.0.0.1:1");  // never called: the policy alone is under test
  ASSERT_TRUE(edge.ok()) << edge.status().ToString();
  SystemClock clock;
  sync::SyncEngine engine(*edge->store, *edge->transport, syncwire::PayloadCodec::Builtin(), clock,
                          sync::SyncEngine::Options{});
  EXPECT_EQ(engine.NextPushBatch(), 500u);
  engine.AdaptPushBatch(0.2);
  EXPECT_EQ(engine.NextPushBatch(), 1000u);
  engine.AdaptPushBatch(0.2);
  engine.AdaptPushBatch(0.2);
  engine.AdaptPushBatch(0.2);
  EXPECT_EQ(engine.NextPushBatch(), 5000u);  // the server's limit
  engine.AdaptPushBatch(3.0);                 // neither quick nor slow
  EXPECT_EQ(engine.NextPushBatch(), 5000u);
  engine.AdaptPushBatch(12.0);
  EXPECT_EQ(engine.NextPushBatch(), 2500u);
  engine.AdaptPushBatch(-1);  // failed
  EXPECT_EQ(engine.NextPushBatch(), 1250u);
  for (int i = 0; i < 20; ++i) engine.AdaptPushBatch(-1);
  EXPECT_EQ(engine.NextPushBatch(), 50u);
}

}  // namespace
}  // namespace lampid::testing
