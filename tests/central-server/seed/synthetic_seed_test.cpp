// The bulk seeding path (lampid-central admin seed-synthetic): what it writes is a consistent store —
// aggregates equal to the reports, queued verifications for the waiting ones, registration numbers for the
// registered, an intact audit trail that replays to the same projections — and it is deterministic.
#include "central-server/seed/synthetic_seed.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "central-server/core/audit.h"
#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/statistics.h"
#include "support/subprocess.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;
constexpr int64_t kNow = 1795600800000;  // 2026-11-25T10:00:00Z

SyntheticSeedOptions SmallSeed() {
  SyntheticSeedOptions o;
  o.seed = 5;
  o.reports = 2000;
  o.population_size = 100'000;
  o.now_ms = kNow;
  o.days_back = 120;
  o.reports_per_transaction = 700;
  o.edge_share = 0.01;  // enrolling an edge per kecamatan is slow (two durable transactions each)
  return o;
}

TEST(SyntheticSeed, WritesAConsistentStore) {
  ASSERT_GE(sodium_init(), 0);
  lampid::testing::TempDir dir;
  auto store = *SqliteCentralStore::Open(dir.File("c.db"));
  auto regions = *domain::RegionTable::LoadBuiltin();
  std::vector<int64_t> progress;
  auto seeded = SeedSynthetic(*store, regions, SmallSeed(), [&](int64_t n) { progress.push_back(n); });
  ASSERT_TRUE(seeded.ok()) << seeded.status().ToString();
  EXPECT_EQ(seeded->reports, 2000);
  EXPECT_EQ(seeded->kecamatan, static_cast<int64_t>(regions->Count(domain::RegionLevel::kKecamatan)));
  EXPECT_GT(seeded->devices, 20);
  EXPECT_LT(seeded->devices, 200);
  EXPECT_EQ(progress, (std::vector<int64_t>{700, 1400, 2000}));

  EXPECT_EQ(*store->CountReports(), 2000u);
  int64_t stats = 0;
  const auto national = *store->QueryStats(kStatsNasional, "", "", "");
  for (const auto& r : national) stats += r.reports;
  EXPECT_EQ(stats, 2000);
  std::map<int, uint64_t> states;
  uint64_t total = 0;
  const auto counts = *store->CountByStateIn("");
  for (const auto& [state, n] : counts) {
    states[static_cast<int>(state)] = n;
    total += n;
  }
  EXPECT_EQ(total, 2000u);
  EXPECT_GT(states[rpb::WORKFLOW_STATE_TERCATAT], 1000u);
  EXPECT_GT(states[rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN], 100u);
  EXPECT_GT(states[rpb::WORKFLOW_STATE_PERLU_PERBAIKAN], 20u)
      << "the generator's altered share fails verification";
  EXPECT_EQ(*store->CountPendingVerifications(), states[rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI]);

  auto registered = *store->ListByState(rpb::WORKFLOW_STATE_TERCATAT, "", 0, 50);
  ASSERT_FALSE(registered.empty());
  for (const auto& r : registered) {
    EXPECT_FALSE(r.state.registration_number().empty());
    EXPECT_EQ(r.state.verification().status(), rpb::VERIFICATION_STATUS_SESUAI);
    EXPECT_GT(r.updated_at_ms, r.created_at_ms);
    EXPECT_LE(r.updated_at_ms, kNow);
  }
  const auto devices = *store->ListDevices();
  EXPECT_EQ(static_cast<int64_t>(devices.size()), seeded->devices);
  for (const auto& d : devices) EXPECT_GT(d.last_seen_ms, kNow - 61LL * 86'400'000);

  auto audit = VerifyAudit(*store);
  ASSERT_TRUE(audit.ok());
  EXPECT_TRUE(audit->intact());
  auto rebuilt = RebuildProjections(*store, false);
  ASSERT_TRUE(rebuilt.ok());
  EXPECT_EQ(rebuilt->reports, 2000u);
  EXPECT_EQ(rebuilt->differing, 0u);
}

TEST(SyntheticSeed, TheSameSeedGivesTheSameReports) {
  ASSERT_GE(sodium_init(), 0);
  lampid::testing::TempDir dir;
  auto regions = *domain::RegionTable::LoadBuiltin();
  SyntheticSeedOptions o = SmallSeed();
  o.reports = 300;
  o.edge_share = 0;
  std::vector<std::vector<std::string>> ids;
  for (const char* name : {"a.db", "b.db"}) {
    auto store = *SqliteCentralStore::Open(dir.File(name));
    ASSERT_TRUE(SeedSynthetic(*store, regions, o).ok());
    ids.push_back(*store->ListReportIds("", 1000));
  }
  EXPECT_EQ(ids[0].size(), 300u);
  EXPECT_EQ(ids[0], ids[1]);
  // A database that already holds reports is refused.
  auto again = *SqliteCentralStore::Open(dir.File("a.db"));
  EXPECT_EQ(SeedSynthetic(*again, regions, o).status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(*again->CountReports(), 300u);
}

}  // namespace
}  // namespace lampid::central
