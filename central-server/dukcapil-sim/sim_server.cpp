#include "dukcapil-sim/sim_server.h"

#include <grpcpp/alarm.h>
#include <grpcpp/grpcpp.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <mutex>

#include "lampid/dukcapil/v1/dukcapil.grpc.pb.h"
#include "lampid/dukcapil/v1/simulator_control.grpc.pb.h"

namespace lampid::dukcapil_sim {
namespace {

// Finishes its call after a delay without holding a thread: a grpc::Alarm fires the Finish. Deletes
// itself when gRPC is done with the call.
class DelayedReactor final : public grpc::ServerUnaryReactor {
 public:
  DelayedReactor(int delay_ms, grpc::Status status) : status_(std::move(status)) {
    if (delay_ms <= 0) {
      Finish(status_);
      return;
    }
    alarm_.Set(std::chrono::system_clock::now() + std::chrono::milliseconds(delay_ms), [this](bool fired) {
      Finish(fired ? status_ : grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled"));
    });
  }

  // The client gave up (deadline, cancel) or the server shuts down: fire the alarm now.
  void OnCancel() override { alarm_.Cancel(); }
  void OnDone() override { delete this; }

 private:
  grpc::Status status_;
  grpc::Alarm alarm_;
};

const grpc::Status& DownStatus() {
  static const grpc::Status s(grpc::StatusCode::UNAVAILABLE, "Dukcapil sedang tidak tersedia (simulasi) / Dukcapil is down (simulated)");
  return s;
}
const grpc::Status& TransientStatus() {
  static const grpc::Status s(grpc::StatusCode::UNAVAILABLE, "gangguan sementara (simulasi) / transient failure (simulated)");
  return s;
}

class VerificationService final : public dpb::DukcapilVerification::CallbackService {
 public:
  VerificationService(const Registry& registry, FaultSwitches& faults) : registry_(registry), faults_(faults) {}

  grpc::ServerUnaryReactor* VerifyPerson(grpc::CallbackServerContext*, const dpb::VerifyPersonRequest* request,
                                         dpb::VerifyPersonResponse* response) override {
    const auto d = faults_.Next();
    switch (d.outcome) {
      case FaultSwitches::Decision::Outcome::kRefuseDown: return new DelayedReactor(0, DownStatus());
      case FaultSwitches::Decision::Outcome::kFail: return new DelayedReactor(d.delay_ms, TransientStatus());
      case FaultSwitches::Decision::Outcome::kAnswer: break;
    }
    *response = registry_.Verify(*request);
    faults_.CountPersons(1);
    return new DelayedReactor(d.delay_ms, grpc::Status::OK);
  }

  grpc::ServerUnaryReactor* VerifyBatch(grpc::CallbackServerContext*, const dpb::VerifyBatchRequest* request,
                                        dpb::VerifyBatchResponse* response) override {
    if (request->requests_size() > kMaxBatch) {
      return new DelayedReactor(0, grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                                                "at most " + std::to_string(kMaxBatch) + " persons per batch"));
    }
    const auto d = faults_.Next();
    switch (d.outcome) {
      case FaultSwitches::Decision::Outcome::kRefuseDown: return new DelayedReactor(0, DownStatus());
      case FaultSwitches::Decision::Outcome::kFail: return new DelayedReactor(d.delay_ms, TransientStatus());
      case FaultSwitches::Decision::Outcome::kAnswer: break;
    }
    response->mutable_responses()->Reserve(request->requests_size());
    for (const auto& r : request->requests()) *response->add_responses() = registry_.Verify(r);
    faults_.CountPersons(static_cast<uint64_t>(request->requests_size()));
    return new DelayedReactor(d.delay_ms, grpc::Status::OK);
  }

 private:
  const Registry& registry_;
  FaultSwitches& faults_;
};

class ControlService final : public dpb::SimulatorControl::CallbackService {
 public:
  ControlService(FaultSwitches& faults, uint64_t population_size) : faults_(faults), population_size_(population_size) {}

  grpc::ServerUnaryReactor* SetFaults(grpc::CallbackServerContext* ctx, const dpb::SetFaultsRequest* request,
                                      dpb::SimulatorStats* response) override {
    faults_.Set(request->faults());
    *response = Stats();
    spdlog::info("faults set: latency {} ms, jitter {} ms, error rate {}", response->faults().latency_ms(),
                 response->faults().jitter_ms(), response->faults().error_rate());
    return Done(ctx);
  }

  grpc::ServerUnaryReactor* SetDown(grpc::CallbackServerContext* ctx, const dpb::SetDownRequest* request,
                                    dpb::SimulatorStats* response) override {
    faults_.SetDown(request->down());
    *response = Stats();
    spdlog::info(request->down() ? "down: every verification now fails with UNAVAILABLE" : "up: answering again");
    return Done(ctx);
  }

  grpc::ServerUnaryReactor* GetStats(grpc::CallbackServerContext* ctx, const dpb::GetStatsRequest*,
                                     dpb::SimulatorStats* response) override {
    *response = Stats();
    return Done(ctx);
  }

 private:
  dpb::SimulatorStats Stats() const {
    dpb::SimulatorStats s = faults_.Stats();
    s.set_population_size(population_size_);
    return s;
  }
  static grpc::ServerUnaryReactor* Done(grpc::CallbackServerContext* ctx) {
    auto* reactor = ctx->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }
  FaultSwitches& faults_;
  const uint64_t population_size_;
};

}  // namespace

struct SimulatorServer::Impl {
  Impl(std::shared_ptr<const population::Population> population, const SimulatorOptions& o)
      : registry(std::move(population)),
        faults(o.seed, o.latency_ms, o.jitter_ms, o.error_rate),
        verification(registry, faults),
        control(faults, static_cast<uint64_t>(o.population)) {}

  Registry registry;
  FaultSwitches faults;
  VerificationService verification;
  ControlService control;
  std::unique_ptr<grpc::Server> server;
  int port = 0;
  std::once_flag shutdown_once;
};

SimulatorServer::SimulatorServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

SimulatorServer::~SimulatorServer() {
  Shutdown();
  Wait();
}

Result<std::unique_ptr<SimulatorServer>> SimulatorServer::Start(const SimulatorOptions& options,
                                                                std::shared_ptr<const domain::RegionTable> regions) {
  population::PopulationConfig config;
  config.seed = options.seed;
  config.size = options.population;
  LAMPID_ASSIGN_OR_RETURN(auto population, population::Population::Create(config, std::move(regions)));
  auto impl = std::make_unique<Impl>(std::move(population), options);
  grpc::ServerBuilder builder;
  builder.AddListeningPort(options.listen, grpc::InsecureServerCredentials(), &impl->port);
  builder.RegisterService(&impl->verification);
  builder.RegisterService(&impl->control);
  // A batch of 1,000 persons is ~200 KB; leave room.
  builder.SetMaxReceiveMessageSize(16 << 20);
  impl->server = builder.BuildAndStart();
  if (!impl->server || impl->port == 0) {
    return Status::Unavailable("cannot listen on " + options.listen);
  }
  spdlog::info("Dukcapil simulator listening on port {}: population {} (seed {}), latency {} ms ± {} ms, error rate {}",
               impl->port, options.population, options.seed, options.latency_ms, options.jitter_ms, options.error_rate);
  return std::unique_ptr<SimulatorServer>(new SimulatorServer(std::move(impl)));
}

int SimulatorServer::port() const { return impl_->port; }
FaultSwitches& SimulatorServer::faults() { return impl_->faults; }
const Registry& SimulatorServer::registry() const { return impl_->registry; }

void SimulatorServer::Shutdown(int grace_ms) {
  std::call_once(impl_->shutdown_once, [&] {
    impl_->server->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(grace_ms));
    const auto s = impl_->faults.Stats();
    spdlog::info("Dukcapil simulator stopped: {} calls, {} failed on purpose, {} persons verified", s.calls(),
                 s.errors(), s.persons());
  });
}

void SimulatorServer::Wait() { impl_->server->Wait(); }

}  // namespace lampid::dukcapil_sim
