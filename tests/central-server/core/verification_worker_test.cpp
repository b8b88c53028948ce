// The verification queue against the real Dukcapil simulator process: results become server-owned fields
// and workflow transitions, the altered share is caught, an outage opens the breaker and nothing is lost or
// verified twice when Dukcapil returns.
#include "central-server/core/verification_worker.h"

#include <gtest/gtest.h>

#include <thread>

#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/sync_core.h"
#include "central-server/grpc/dukcapil_grpc_client.h"
#include "core/civil_time.h"
#include "core/test_device.h"
#include "population/report_generator.h"
#include "support/subprocess.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;
using lampid::testing::BackgroundProcess;
using lampid::testing::FreeTcpPort;
using lampid::testing::RunProcess;
using lampid::testing::TempDir;
using lampid::testing::WaitForPort;

const std::string kSim = LAMPID_DUKCAPIL_SIM;
constexpr uint64_t kSeed = 11;
constexpr int64_t kPopulationSize = 200'000;

class VerificationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    port_ = FreeTcpPort();
    sim_ = std::make_unique<BackgroundProcess>(
        std::vector<std::string>{kSim, "--listen", Target(), "--seed", std::to_string(kSeed), "--population",
                                 std::to_string(kPopulationSize)},
        std::map<std::string, std::string>{}, dir_.File("sim.log"));
    ASSERT_TRUE(WaitForPort(port_));
    auto regions = domain::RegionTable::LoadBuiltin();
    ASSERT_TRUE(regions.ok());
    regions_ = *regions;
    store_ = std::move(*SqliteCentralStore::Open(dir_.File("central.db")));
    core_ = std::make_unique<SyncCore>(*store_, regions_, clock_, syncwire::PayloadCodec::Builtin());
    client_ = MakeDukcapilGrpcClient(Target());
  }

  std::string Target() const { return "127.0.0.1:" + std::to_string(port_); }

  void Ctl(const std::string& verb) {
    const auto r = RunProcess({kSim, "ctl", "--target", Target(), verb});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  // Pushes `count` generated reports from one enrolled device; returns them with what was altered.
  std::vector<population::GeneratedReport> PushGenerated(size_t count, double unknown_share) {
    testing::TestDevice device("device-1", "32.73.05");
    auto code = core_->CreateEnrollmentCode("32.73.05", 3600000);
    EXPECT_TRUE(core_->Enroll(device.Enroll(*code)).ok());
    population::PopulationConfig config;
    config.seed = kSeed;
    config.size = kPopulationSize;
    auto pop = population::Population::Create(config, regions_);
    EXPECT_TRUE(pop.ok());
    population::GeneratorOptions options;
    options.unknown_share = unknown_share;
    auto gen = population::ReportGenerator::Create(*pop, "32.73.05", 3, clock_.NowMillis(), options);
    EXPECT_TRUE(gen.ok()) << gen.status().ToString();
    auto reports = gen->Generate(count);
    std::vector<syncpb::Change> changes;
    for (const auto& g : reports) {
      syncpb::Change c;
      c.set_report_id(g.report.id());
      c.set_version("v1");
      *c.mutable_report() = g.report;
      changes.push_back(std::move(c));
    }
    auto r = core_->Push(device.Push("batch", changes));
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return reports;
  }

  size_t VerificationEvents(const std::string& report_id) {
    auto txn = store_->BeginWrite();
    auto events = (*txn)->GetEvents(report_id);
    size_t n = 0;
    for (const auto& e : *events) n += e.type == "state" && e.actor == "dukcapil";
    return n;
  }

  TempDir dir_;
  int port_ = 0;
  std::unique_ptr<BackgroundProcess> sim_;
  SystemClock clock_;
  std::shared_ptr<const domain::RegionTable> regions_;
  std::unique_ptr<SqliteCentralStore> store_;
  std::unique_ptr<SyncCore> core_;
  std::unique_ptr<DukcapilClient> client_;
};

TEST_F(VerificationTest, ResultsBecomeServerFieldsAndTransitions) {
  const auto reports = PushGenerated(120, 0.3);
  EXPECT_EQ(*store_->CountPendingVerifications(), reports.size());
  CircuitBreaker breaker(clock_, {});
  VerificationWorker worker(*store_, *client_, breaker, clock_, {.reports_per_batch = 50});
  size_t done = 0;
  for (int i = 0; i < 20 && done < reports.size(); ++i) done += *worker.RunOnce();
  EXPECT_EQ(done, reports.size());
  EXPECT_EQ(*store_->CountPendingVerifications(), 0u);

  size_t altered = 0, caught = 0, clean_confirmed = 0, clean = 0;
  for (const auto& g : reports) {
    const auto stored = **store_->GetReport(g.report.id());
    const auto& v = stored.state.verification();
    EXPECT_EQ(v.report_version(), "v1");
    EXPECT_FALSE(v.verified_at().empty());
    if (g.alteration == population::Alteration::kNone) {
      ++clean;
      // A clean report is confirmed (a death of someone the registry already lists as dead is the only
      // other outcome, and the generator only reports deaths of the living).
      if (stored.state.workflow_state() == rpb::WORKFLOW_STATE_TERVERIFIKASI) ++clean_confirmed;
      EXPECT_EQ(v.status(), rpb::VERIFICATION_STATUS_SESUAI) << g.report.id();
    } else {
      ++altered;
      if (stored.state.workflow_state() == rpb::WORKFLOW_STATE_PERLU_PERBAIKAN &&
          v.status() == rpb::VERIFICATION_STATUS_TIDAK_SESUAI) {
        ++caught;
      }
      // The altered field itself is what the answer flags (for a misspelt name: that name field).
      if (g.alteration == population::Alteration::kMisspeltName) {
        bool flagged = false;
        for (const auto& p : v.persons()) {
          for (const auto& f : p.fields()) flagged |= f.field() == g.altered_field && f.match() == rpb::FIELD_MATCH_TIDAK_SESUAI;
        }
        EXPECT_TRUE(flagged) << g.altered_field;
      }
    }
    EXPECT_EQ(VerificationEvents(g.report.id()), 1u);
  }
  EXPECT_GT(altered, 10u);
  EXPECT_EQ(caught, altered);
  EXPECT_EQ(clean_confirmed, clean);
  EXPECT_EQ(worker.metrics().reports_verified.load(), reports.size());
}

TEST_F(VerificationTest, ABatchNamingMorePersonsThanDukcapilTakesIsVerifiedAsSeveralCalls) {
  // 300 reports name well over 1,000 persons, the simulator's limit per call (which it enforces: see
  // sim_process_test); the client splits them, and the batch is verified in one round, each report once.
  const auto reports = PushGenerated(300, 0.0);
  CircuitBreaker breaker(clock_, {});
  VerificationWorker worker(*store_, *client_, breaker, clock_, {.reports_per_batch = 300});
  auto done = worker.RunOnce();
  ASSERT_TRUE(done.ok()) << done.status().ToString();
  EXPECT_EQ(*done, reports.size());
  EXPECT_EQ(worker.metrics().calls_failed.load(), 0u);
  EXPECT_GT(worker.metrics().persons_checked.load(), DukcapilClient::kMaxPersonsPerCall);
  for (const auto& g : reports) EXPECT_EQ(VerificationEvents(g.report.id()), 1u);
}

TEST_F(VerificationTest, AnOutageOpensTheBreakerAndNothingIsLostOrVerifiedTwice) {
  const auto reports = PushGenerated(60, 0.0);
  Ctl("down");
  CircuitBreaker breaker(clock_, {.failure_threshold = 2, .open_ms = 300, .half_open_probes = 1});
  VerificationWorker worker(*store_, *client_, breaker, clock_,
                            {.reports_per_batch = 20, .retry_base_ms = 20, .retry_max_ms = 100});
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(*worker.RunOnce(), 0u);
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
  }
  EXPECT_EQ(breaker.state(), CircuitBreaker::State::kOpen);
  EXPECT_GT(worker.metrics().calls_refused_open.load(), 0u);
  EXPECT_EQ(*store_->CountPendingVerifications(), reports.size());
  for (const auto& g : reports) {
    EXPECT_EQ((*store_->GetReport(g.report.id()))->state.workflow_state(), rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
  }

  Ctl("up");
  size_t done = 0;
  for (int i = 0; i < 200 && done < reports.size(); ++i) {
    done += *worker.RunOnce();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(done, reports.size());
  EXPECT_EQ(breaker.state(), CircuitBreaker::State::kClosed);
  EXPECT_GE(breaker.transitions_to(CircuitBreaker::State::kHalfOpen), 1u);
  for (const auto& g : reports) {
    EXPECT_EQ((*store_->GetReport(g.report.id()))->state.workflow_state(), rpb::WORKFLOW_STATE_TERVERIFIKASI);
    EXPECT_EQ(VerificationEvents(g.report.id()), 1u);
  }
}

TEST_F(VerificationTest, ANewerVersionSupersedesTheQueuedOne) {
  const auto reports = PushGenerated(1, 0.0);
  const auto& r = reports[0].report;
  // The office edits the report (here from a second device of the kecamatan) before Dukcapil was asked:
  // only the new version is verified.
  testing::TestDevice second("device-2", "32.73.05");
  auto code = core_->CreateEnrollmentCode("32.73.05", 3600000);
  ASSERT_TRUE(core_->Enroll(second.Enroll(*code)).ok());
  syncpb::Change edit;
  edit.set_report_id(r.id());
  edit.set_version("v2");
  edit.set_base_version("v1");
  edit.add_changed_paths("operator_id");
  edit.mutable_report()->set_operator_id("siti");
  ASSERT_EQ(core_->Push(second.Push("b2", {edit}))->results(0).outcome(), syncpb::OUTCOME_ACCEPTED);
  EXPECT_EQ(*store_->CountPendingVerifications(), 1u);
  CircuitBreaker breaker(clock_, {});
  VerificationWorker worker(*store_, *client_, breaker, clock_, {});
  EXPECT_EQ(*worker.RunOnce(), 1u);
  const auto stored = **store_->GetReport(r.id());
  EXPECT_EQ(stored.state.verification().report_version(), "v2");
  EXPECT_EQ(VerificationEvents(r.id()), 1u);
}

}  // namespace
}  // namespace lampid::central
