// The real lampid-dukcapil-sim process over loopback: verify, batch verify, the error rate, down/up and
// faults through the control service and the ctl verb, latency, many calls in flight, and logs without
// personal data.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <sstream>

#include "core/civil_time.h"
#include "dukcapil/person_queries.h"
#include "lampid/dukcapil/v1/dukcapil.grpc.pb.h"
#include "lampid/dukcapil/v1/simulator_control.grpc.pb.h"
#include "population/report_generator.h"
#include "support/subprocess.h"

namespace lampid::testing {
namespace {

namespace dpb = ::lampid::dukcapil::v1;
namespace pb = domain::pb;

const std::string kSim = LAMPID_DUKCAPIL_SIM;
constexpr uint64_t kSeed = 5;
constexpr int64_t kPopulation = 300'000;

// A simulator process on a free port, with clients for both services.
class Sim {
 public:
  explicit Sim(std::vector<std::string> extra = {}) : port_(FreeTcpPort()) {
    std::vector<std::string> argv = {kSim, "--listen", Target(), "--seed", std::to_string(kSeed), "--population",
                                     std::to_string(kPopulation)};
    argv.insert(argv.end(), extra.begin(), extra.end());
    process_ = std::make_unique<BackgroundProcess>(argv, std::map<std::string, std::string>{}, log_.File("sim.log"));
    EXPECT_TRUE(WaitForPort(port_)) << Log();
    auto channel = grpc::CreateChannel(Target(), grpc::InsecureChannelCredentials());
    verify = dpb::DukcapilVerification::NewStub(channel);
    control = dpb::SimulatorControl::NewStub(channel);
  }

  std::string Target() const { return "127.0.0.1:" + std::to_string(port_); }
  std::string Log() const {
    std::ifstream in(log_.File("sim.log"));
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  BackgroundProcess& process() { return *process_; }

  grpc::Status Verify(const dpb::VerifyPersonRequest& req, dpb::VerifyPersonResponse* resp, int deadline_ms = 10'000) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(deadline_ms));
    return verify->VerifyPerson(&ctx, req, resp);
  }
  grpc::Status Batch(const dpb::VerifyBatchRequest& req, dpb::VerifyBatchResponse* resp) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    return verify->VerifyBatch(&ctx, req, resp);
  }
  dpb::SimulatorStats Stats() {
    grpc::ClientContext ctx;
    dpb::SimulatorStats s;
    EXPECT_TRUE(control->GetStats(&ctx, {}, &s).ok());
    return s;
  }
  ProcessResult Ctl(std::vector<std::string> args) {
    args.insert(args.begin(), {kSim, "ctl", "--target", Target()});
    return RunProcess(args);
  }

  std::unique_ptr<dpb::DukcapilVerification::Stub> verify;
  std::unique_ptr<dpb::SimulatorControl::Stub> control;

 private:
  TempDir log_;
  int port_;
  std::unique_ptr<BackgroundProcess> process_;
};

std::shared_ptr<const population::Population> Pop() {
  static const auto pop = [] {
    population::PopulationConfig c;
    c.seed = kSeed;
    c.size = kPopulation;
    return *population::Population::Create(c, *domain::RegionTable::LoadBuiltin());
  }();
  return pop;
}

std::vector<population::GeneratedReport> Reports(const char* kecamatan, size_t n, double unknown_share) {
  population::GeneratorOptions o;
  o.unknown_share = unknown_share;
  const int64_t now = *ParseTimestamp("2026-11-25T08:30:00Z");
  return population::ReportGenerator::Create(Pop(), kecamatan, 77, now, o)->Generate(n);
}

class SimProcessTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { sim_ = new Sim(); }
  static void TearDownTestSuite() {
    delete sim_;
    sim_ = nullptr;
  }
  static Sim* sim_;
};
Sim* SimProcessTest::sim_ = nullptr;

TEST_F(SimProcessTest, VerifiesTheGeneratorsPeopleOneByOne) {
  int checked = 0;
  for (const auto& g : Reports("32.73.05", 40, 0.0)) {
    for (const auto& q : dukcapil::PersonQueriesFromReport(g.report)) {
      dpb::VerifyPersonResponse resp;
      ASSERT_TRUE(sim_->Verify(q.request, &resp).ok());
      EXPECT_EQ(resp.request_id(), q.request.request_id());
      const auto check = dukcapil::ToPersonCheck(q, resp);
      EXPECT_TRUE(check.nik_found());
      EXPECT_TRUE(check.nik_active());
      for (const auto& f : check.fields()) EXPECT_EQ(f.match(), pb::FIELD_MATCH_SESUAI) << f.field();
      ++checked;
    }
  }
  EXPECT_GT(checked, 150);
}

TEST_F(SimProcessTest, BatchVerifyAnswersInOrderAndFindsTheAlteredShare) {
  const auto reports = Reports("35.15.01", 200, 0.3);
  dpb::VerifyBatchRequest batch;
  std::vector<std::pair<size_t, dukcapil::PersonQuery>> queries;  // report index, query
  for (size_t i = 0; i < reports.size(); ++i) {
    for (auto& q : dukcapil::PersonQueriesFromReport(reports[i].report)) {
      *batch.add_requests() = q.request;
      queries.emplace_back(i, std::move(q));
    }
  }
  ASSERT_LE(batch.requests_size(), 1000);
  dpb::VerifyBatchResponse resp;
  ASSERT_TRUE(sim_->Batch(batch, &resp).ok());
  ASSERT_EQ(resp.responses_size(), batch.requests_size());
  std::vector<int> bad(reports.size(), 0);
  for (size_t j = 0; j < queries.size(); ++j) {
    EXPECT_EQ(resp.responses(static_cast<int>(j)).request_id(), queries[j].second.request.request_id());
    const auto check = dukcapil::ToPersonCheck(queries[j].second, resp.responses(static_cast<int>(j)));
    if (!check.nik_found()) ++bad[queries[j].first];
    for (const auto& f : check.fields()) bad[queries[j].first] += f.match() == pb::FIELD_MATCH_TIDAK_SESUAI;
  }
  int altered = 0;
  for (size_t i = 0; i < reports.size(); ++i) {
    if (reports[i].alteration == population::Alteration::kNone) {
      EXPECT_EQ(bad[i], 0) << i;
    } else {
      ++altered;
      EXPECT_GT(bad[i], 0) << population::AlterationName(reports[i].alteration) << " " << reports[i].altered_field;
    }
  }
  EXPECT_GT(altered, 30);
}

TEST_F(SimProcessTest, BatchOfMoreThanAThousandIsRefused) {
  dpb::VerifyBatchRequest batch;
  for (int i = 0; i < 1001; ++i) batch.add_requests()->set_nik("3273050101900001");
  dpb::VerifyBatchResponse resp;
  EXPECT_EQ(sim_->Batch(batch, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(SimProcessTest, DownAndUpThroughTheCtlVerb) {
  const auto before = sim_->Stats();
  auto down = sim_->Ctl({"down"});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  EXPECT_NE(down.out.find("\"down\":true"), std::string::npos) << down.out;
  dpb::VerifyPersonRequest req;
  req.set_nik(Pop()->GetHousehold(0, 0).members[0].nik);
  dpb::VerifyPersonResponse resp;
  for (int i = 0; i < 5; ++i) EXPECT_EQ(sim_->Verify(req, &resp).error_code(), grpc::StatusCode::UNAVAILABLE);
  dpb::VerifyBatchRequest batch;
  *batch.add_requests() = req;
  dpb::VerifyBatchResponse batch_resp;
  EXPECT_EQ(sim_->Batch(batch, &batch_resp).error_code(), grpc::StatusCode::UNAVAILABLE);
  const auto during = sim_->Stats();
  EXPECT_TRUE(during.down());
  EXPECT_EQ(during.refused_while_down() - before.refused_while_down(), 6u);
  auto up = sim_->Ctl({"up"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_NE(up.out.find("\"down\":false"), std::string::npos);
  EXPECT_TRUE(sim_->Verify(req, &resp).ok());
  EXPECT_TRUE(resp.nik_found());
}

TEST_F(SimProcessTest, LatencyIsApplied) {
  ASSERT_EQ(sim_->Ctl({"faults", "--latency-ms", "400"}).exit_code, 0);
  dpb::VerifyPersonRequest req;
  req.set_nik(Pop()->GetHousehold(1, 0).members[0].nik);
  dpb::VerifyPersonResponse resp;
  // A caller that waits less than the latency gets no answer in time.
  EXPECT_EQ(sim_->Verify(req, &resp, 100).error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
  // One that waits long enough gets it, no sooner than the latency.
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(sim_->Verify(req, &resp, 10'000).ok());
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(400));
  const auto stats = sim_->Ctl({"stats"});
  EXPECT_NE(stats.out.find("\"latency_ms\":400"), std::string::npos) << stats.out;
  ASSERT_EQ(sim_->Ctl({"faults", "--latency-ms", "0"}).exit_code, 0);
}

TEST_F(SimProcessTest, ManyCallsWaitOutTheirLatencyTogether) {
  ASSERT_EQ(sim_->Ctl({"faults", "--latency-ms", "100"}).exit_code, 0);
  constexpr int kCalls = 1000;
  const auto h = Pop()->GetHousehold(2, 0);
  std::mutex mu;
  std::condition_variable cv;
  int done = 0, ok = 0;
  std::vector<std::unique_ptr<grpc::ClientContext>> contexts;
  std::vector<dpb::VerifyPersonRequest> requests(kCalls);
  std::vector<dpb::VerifyPersonResponse> responses(kCalls);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kCalls; ++i) {
    contexts.push_back(std::make_unique<grpc::ClientContext>());
    contexts.back()->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
    requests[static_cast<size_t>(i)].set_nik(h.members[0].nik);
    sim_->verify->async()->VerifyPerson(contexts.back().get(), &requests[static_cast<size_t>(i)],
                                        &responses[static_cast<size_t>(i)], [&](grpc::Status s) {
                                          std::lock_guard lock(mu);
                                          ++done;
                                          ok += s.ok();
                                          cv.notify_one();
                                        });
  }
  {
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return done == kCalls; });
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(ok, kCalls);
  for (const auto& r : responses) EXPECT_TRUE(r.nik_found());
  // A figure, not an assertion: one after another they would take kCalls × 100 ms = 100 s.
  std::printf("%d concurrent calls at 100 ms latency took %.2f s\n", kCalls, seconds);
  ASSERT_EQ(sim_->Ctl({"faults", "--latency-ms", "0"}).exit_code, 0);
}

TEST_F(SimProcessTest, LogsNameNoPersonAndNoNik) {
  const auto reports = Reports("32.73.05", 20, 0.0);
  std::vector<std::string> secrets;
  for (const auto& g : reports) {
    for (const auto& q : dukcapil::PersonQueriesFromReport(g.report)) {
      dpb::VerifyPersonResponse resp;
      ASSERT_TRUE(sim_->Verify(q.request, &resp).ok());
      secrets.push_back(q.request.nik());
      secrets.push_back(q.request.name());
    }
  }
  ASSERT_EQ(sim_->Ctl({"faults", "--error-rate", "0"}).exit_code, 0);
  const std::string log = sim_->Log();
  EXPECT_NE(log.find("listening"), std::string::npos) << log;
  for (const auto& s : secrets) EXPECT_EQ(log.find(s), std::string::npos) << "personal data in the log";
}

TEST(SimProcessErrorRate, AboutTheRequestedShareFailsWithUnavailable) {
  Sim sim({"--error-rate", "0.3"});
  dpb::VerifyPersonRequest req;
  req.set_nik(Pop()->GetHousehold(3, 0).members[0].nik);
  int unavailable = 0, ok = 0;
  constexpr int kCalls = 1000;
  for (int i = 0; i < kCalls; ++i) {
    dpb::VerifyPersonResponse resp;
    const auto s = sim.Verify(req, &resp);
    if (s.ok()) {
      ++ok;
    } else {
      EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAVAILABLE);
      ++unavailable;
    }
  }
  EXPECT_NEAR(unavailable / static_cast<double>(kCalls), 0.3, 0.06);
  const auto stats = sim.Stats();
  EXPECT_EQ(stats.calls(), static_cast<uint64_t>(kCalls));
  EXPECT_EQ(stats.errors(), static_cast<uint64_t>(unavailable));
  EXPECT_EQ(stats.persons(), static_cast<uint64_t>(ok));
  EXPECT_EQ(stats.population_size(), static_cast<uint64_t>(kPopulation));
}

TEST(SimProcessCli, StopsCleanlyOnSigterm) {
  Sim sim;
  sim.process().Signal(SIGTERM);
  EXPECT_EQ(sim.process().Wait(), 0);
  EXPECT_NE(sim.Log().find("stopped"), std::string::npos);
}

TEST(SimProcessCli, CommandLineContract) {
  EXPECT_EQ(RunProcess({kSim}).exit_code, 2);                                 // no --listen
  EXPECT_EQ(RunProcess({kSim, "--listen", "127.0.0.1:1", "--error-rate", "2"}).exit_code, 2);
  EXPECT_EQ(RunProcess({kSim, "ctl", "--target", "127.0.0.1:1", "sideways"}).exit_code, 2);
  // Nothing listens on port 1: the control verb fails.
  EXPECT_EQ(RunProcess({kSim, "ctl", "--target", "127.0.0.1:1", "stats"}).exit_code, 1);
  const auto help = RunProcess({kSim, "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--latency-ms"), std::string::npos);
}

}  // namespace
}  // namespace lampid::testing
