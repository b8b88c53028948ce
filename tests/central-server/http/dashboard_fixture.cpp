#include "dashboard_fixture.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <atomic>

#include "central-server/core/workflow_service.h"
#include "domain/test_reports.h"
#include "dukcapil-sim/registry.h"
#include "population/report_generator.h"

namespace lampid::central::testing {

namespace rpb = ::lampid::report::v1;

class InProcessDukcapil final : public DukcapilClient {
 public:
  explicit InProcessDukcapil(std::shared_ptr<const population::Population> pop) : registry_(std::move(pop)) {}

  Result<std::vector<dpb::VerifyPersonResponse>> VerifyBatch(
      const std::vector<dpb::VerifyPersonRequest>& requests, std::chrono::milliseconds) override {
    if (down_) return Status::Unavailable("Dukcapil is down (test switch)");
    std::vector<dpb::VerifyPersonResponse> out;
    for (const auto& r : requests) out.push_back(registry_.Verify(r));
    return out;
  }

  std::atomic<bool> down_{false};

 private:
  dukcapil_sim::Registry registry_;
};

namespace {

constexpr uint64_t kPopulationSeed = 11;
constexpr int64_t kDayMs = 86'400'000;

std::string FirstKecamatanOf(const domain::RegionTable& regions, const std::string& kab) {
  const auto children = regions.Children(kab);
  return children.empty() ? std::string() : children.front().code;
}

}  // namespace

DashboardWorld::DashboardWorld() : clock_(domain::testing::kNow - 40 * kDayMs) {}

DashboardWorld::~DashboardWorld() {
  server_.reset();
  worker_.reset();
}

void DashboardWorld::SetDukcapilDown(bool down) {
  dukcapil_->down_ = down;
}

void DashboardWorld::SetUp(size_t reports_per_kecamatan) {
  ASSERT_GE(sodium_init(), 0);
  auto regions = domain::RegionTable::LoadBuiltin();
  ASSERT_TRUE(regions.ok());
  regions_ = *regions;
  auto store = SqliteCentralStore::Open(dir_.File("central.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  store_ = std::move(*store);
  core_ = std::make_unique<SyncCore>(*store_, regions_, clock_, syncwire::PayloadCodec::Builtin());

  population::PopulationConfig config;
  config.seed = kPopulationSeed;
  config.size = 200'000;
  auto pop = population::Population::Create(config, regions_);
  ASSERT_TRUE(pop.ok());
  dukcapil_ = std::make_unique<InProcessDukcapil>(*pop);
  breaker_ = std::make_unique<CircuitBreaker>(clock_, CircuitBreaker::Options{2, 5000, 1});
  VerificationWorker::Options wopt;
  wopt.threads = 1;
  worker_ = std::make_unique<VerificationWorker>(*store_, *dukcapil_, *breaker_, clock_, wopt);

  // Users who log in to the dashboard (one Argon2id hash for all: hashing is slow on purpose).
  const std::string hash = HashPassword(kPassword);
  const int64_t now = clock_.NowMillis();
  for (const User& u :
       {User{"analis", "Analis Nasional", Role::kAnalisPusat, "", hash, true},
        User{"analis.jabar", "Analis Jawa Barat", Role::kAnalisPusat, "32", hash, true},
        User{"pejabat.bandung", "Pejabat Kota Bandung", Role::kPejabatKabKota, kKotaBandung, hash, true},
        User{"pejabat.kabbandung", "Pejabat Kab. Bandung", Role::kPejabatKabKota, kKabBandung, hash, true},
        User{"admin", "Administrator", Role::kAdmin, "", hash, true},
        User{"operator", "Operator Andir", Role::kOperatorDesa, "32.73.05", hash, true}}) {
    ASSERT_TRUE(store_->PutUser(u, now).ok());
  }

  kecamatan_ = {"32.73.05", "32.73.01", FirstKecamatanOf(*regions_, kKabBandung),
                FirstKecamatanOf(*regions_, "33.74")};
  uint64_t seed = 100;
  for (const auto& k : kecamatan_) {
    ASSERT_FALSE(k.empty());
    devices_.push_back(std::make_unique<testing::TestDevice>("edge-" + k, k));
    testing::TestDevice& device = *devices_.back();
    auto code = core_->CreateEnrollmentCode(k, 3600000);
    ASSERT_TRUE(code.ok());
    ASSERT_TRUE(core_->Enroll(device.Enroll(*code)).ok());
    PushGenerated(device, reports_per_kecamatan, ++seed);
    clock_.Advance(kDayMs / 4);
  }
  MoveThroughWorkflow();
  // Weeks have passed: the edges of Andir and Kabupaten Bandung synced just now, the other two did not.
  for (size_t d : {0u, 2u}) ASSERT_TRUE(core_->Pull(devices_[d]->Pull("")).ok());

  http::DashboardOptions options;
  options.listen = "127.0.0.1:0";
  auto server = http::DashboardServer::Start(
      *store_, regions_, clock_, {&core_->metrics(), &worker_->metrics(), breaker_.get()}, options);
  ASSERT_TRUE(server.ok()) << server.status().ToString();
  server_ = std::move(*server);
}

void DashboardWorld::PushGenerated(testing::TestDevice& device, size_t count, uint64_t seed) {
  population::PopulationConfig config;
  config.seed = kPopulationSeed;
  config.size = 200'000;
  auto pop = population::Population::Create(config, regions_);
  ASSERT_TRUE(pop.ok());
  population::GeneratorOptions options;
  options.unknown_share = 0.1;
  options.max_days_back = 90;
  auto gen = population::ReportGenerator::Create(*pop, device.kecamatan(), seed, clock_.NowMillis(), options);
  ASSERT_TRUE(gen.ok()) << gen.status().ToString();
  std::vector<syncpb::Change> changes;
  for (const auto& g : gen->Generate(count)) {
    syncpb::Change c;
    c.set_report_id(g.report.id());
    c.set_version("v1");
    *c.mutable_report() = g.report;
    changes.push_back(std::move(c));
  }
  auto pushed = core_->Push(device.Push("batch-" + device.id(), changes));
  ASSERT_TRUE(pushed.ok()) << pushed.status().ToString();
}

void DashboardWorld::MoveThroughWorkflow() {
  // Dukcapil answers a few hours later.
  clock_.Advance(3 * 3600 * 1000);
  for (;;) {
    auto n = worker_->RunOnce();
    ASSERT_TRUE(n.ok()) << n.status().ToString();
    if (*n == 0) break;
  }
  // Verifiers approve most confirmed reports the next day; the kab/kota registers, rejects or returns some
  // of them over the following days and leaves the rest in its queue.
  clock_.Advance(kDayMs);
  auto verified = store_->ListByState(rpb::WORKFLOW_STATE_TERVERIFIKASI, "", 0, 100000);
  ASSERT_TRUE(verified.ok());
  size_t i = 0;
  std::vector<std::string> approved;
  {
    auto txn = *store_->BeginWrite();
    for (const auto& r : *verified) {
      if (i++ % 5 == 4) continue;  // one in five stays terverifikasi
      const std::string& k = r.content.kecamatan_code();
      const User verifier{"verif." + k, "Verifikator", Role::kVerifikatorKecamatan, k, "", true};
      auto s = WorkflowService::Apply(*txn, verifier, r.content.id(), WorkflowAction::kApprove, "", "",
                                      clock_.NowMillis());
      ASSERT_TRUE(s.ok()) << s.status().ToString();
      approved.push_back(r.content.id());
    }
    ASSERT_TRUE(txn->Commit().ok());
  }
  i = 0;
  for (const auto& id : approved) {
    const size_t step = i++ % 4;
    if (step == 3) continue;  // one in four waits for the kab/kota
    clock_.Advance(kDayMs / 3);
    auto txn = *store_->BeginWrite();
    auto rec = **txn->GetReport(id);
    const std::string kab(
        domain::RegionTable::Ancestor(rec.content.kecamatan_code(), domain::RegionLevel::kKabupaten));
    const User pejabat{"pj." + kab, "Pejabat", Role::kPejabatKabKota, kab, "", true};
    const WorkflowAction action =
        step == 2 && i % 3 == 0 ? WorkflowAction::kReject : WorkflowAction::kRegister;
    auto s = WorkflowService::Apply(*txn, pejabat, id, action,
                                    action == WorkflowAction::kReject ? "Akta tidak lengkap" : "", "",
                                    clock_.NowMillis());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    ASSERT_TRUE(txn->Commit().ok());
  }
  clock_.Advance(kDayMs);
}

}  // namespace lampid::central::testing
