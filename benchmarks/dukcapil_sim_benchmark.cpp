// Verifications per second from the Dukcapil simulator at a given latency, with many calls in flight.
//   build/release/benchmarks/dukcapil_sim_benchmark [--latency-ms 50] [--seconds 5] [--inflight 2000] [--batch 0]
// --batch 0 sends single VerifyPerson calls; --batch N sends VerifyBatch calls of N persons each.
// The simulator runs in this process (the same server code as lampid-dukcapil-sim) on a loopback port;
// client and server share the machine's cores.
#include <grpcpp/grpcpp.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "dukcapil-sim/sim_server.h"
#include "lampid/dukcapil/v1/dukcapil.grpc.pb.h"

namespace lampid::dukcapil_sim {
namespace {

struct Options {
  int latency_ms = 50;
  double seconds = 5;
  int inflight = 2000;
  int batch = 0;
};

// A closed loop: `inflight` calls outstanding; each completion starts the next until time is up.
class Load {
 public:
  Load(dpb::DukcapilVerification::Stub* stub, const Options& o, std::vector<std::string> niks)
      : stub_(stub), o_(o), niks_(std::move(niks)) {}

  void Run() {
    start_ = std::chrono::steady_clock::now();
    end_ = start_ + std::chrono::milliseconds(static_cast<int64_t>(o_.seconds * 1000));
    for (int i = 0; i < o_.inflight; ++i) Issue(static_cast<size_t>(i));
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return outstanding_ == 0; });
    elapsed_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

  void Print() const {
    const double persons = static_cast<double>(persons_.load());
    std::printf("latency %d ms, %d in flight, %s: %.0f verifications/s (%llu calls ok, %llu failed, %.1f s)\n",
                o_.latency_ms, o_.inflight, o_.batch ? ("batches of " + std::to_string(o_.batch)).c_str() : "single calls",
                persons / elapsed_, static_cast<unsigned long long>(calls_.load()),
                static_cast<unsigned long long>(failed_.load()), elapsed_);
  }

 private:
  struct Call {
    grpc::ClientContext ctx;
    dpb::VerifyPersonRequest single;
    dpb::VerifyPersonResponse single_resp;
    dpb::VerifyBatchRequest batch;
    dpb::VerifyBatchResponse batch_resp;
  };

  void Issue(size_t n) {
    {
      std::lock_guard lock(mu_);
      ++outstanding_;
    }
    auto* call = new Call;
    call->ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    auto done = [this, call, n](grpc::Status s) {
      if (s.ok()) {
        calls_.fetch_add(1);
        persons_.fetch_add(o_.batch ? static_cast<uint64_t>(call->batch_resp.responses_size()) : 1);
      } else {
        failed_.fetch_add(1);
      }
      delete call;
      if (std::chrono::steady_clock::now() < end_) Issue(n + static_cast<size_t>(o_.inflight));
      std::lock_guard lock(mu_);
      if (--outstanding_ == 0) cv_.notify_one();
    };
    if (o_.batch == 0) {
      call->single.set_nik(niks_[n % niks_.size()]);
      call->single.set_name("Nama Pada Formulir");
      stub_->async()->VerifyPerson(&call->ctx, &call->single, &call->single_resp, done);
    } else {
      for (int i = 0; i < o_.batch; ++i) {
        auto* r = call->batch.add_requests();
        r->set_nik(niks_[(n * static_cast<size_t>(o_.batch) + static_cast<size_t>(i)) % niks_.size()]);
        r->set_name("Nama Pada Formulir");
      }
      stub_->async()->VerifyBatch(&call->ctx, &call->batch, &call->batch_resp, done);
    }
  }

  dpb::DukcapilVerification::Stub* stub_;
  const Options o_;
  std::vector<std::string> niks_;
  std::chrono::steady_clock::time_point start_, end_;
  double elapsed_ = 0;
  std::mutex mu_;
  std::condition_variable cv_;
  int outstanding_ = 0;
  std::atomic<uint64_t> calls_{0}, failed_{0}, persons_{0};
};

int Main(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const char* v = argv[i + 1];
    if (flag == "--latency-ms") o.latency_ms = std::atoi(v);
    else if (flag == "--seconds") o.seconds = std::atof(v);
    else if (flag == "--inflight") o.inflight = std::atoi(v);
    else if (flag == "--batch") o.batch = std::atoi(v);
  }
  SimulatorOptions so;
  so.latency_ms = o.latency_ms;
  auto server = SimulatorServer::Start(so, *domain::RegionTable::LoadBuiltin());
  if (!server.ok()) {
    std::fprintf(stderr, "%s\n", server.status().ToString().c_str());
    return 1;
  }
  std::vector<std::string> niks;
  const auto& pop = (*server)->registry().population();
  for (int k = 0; k < 7277; k += 3) {
    for (const auto& p : pop.GetHousehold(k, 0).members) niks.push_back(p.nik);
  }
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(16 << 20);
  auto channel = grpc::CreateCustomChannel("127.0.0.1:" + std::to_string((*server)->port()),
                                           grpc::InsecureChannelCredentials(), args);
  auto stub = dpb::DukcapilVerification::NewStub(channel);
  Load load(stub.get(), o, std::move(niks));
  load.Run();
  load.Print();
  return 0;
}

}  // namespace
}  // namespace lampid::dukcapil_sim

int main(int argc, char** argv) { return lampid::dukcapil_sim::Main(argc, argv); }
