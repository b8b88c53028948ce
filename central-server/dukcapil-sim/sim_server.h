#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/result.h"
#include "dukcapil-sim/fault_switches.h"
#include "dukcapil-sim/registry.h"

namespace lampid::dukcapil_sim {

// Maximum persons in one VerifyBatch call (the contract's limit).
inline constexpr int kMaxBatch = 1000;

struct SimulatorOptions {
  std::string listen = "127.0.0.1:0";  // HOST:PORT; port 0 picks a free one (see port())
  int latency_ms = 0;
  int jitter_ms = 0;
  double error_rate = 0;
  uint64_t seed = 1;             // population seed (the same as the sample generator's)
  int64_t population = 1'000'000;  // population size
};

// lampid-dukcapil-sim's gRPC server: lampid.dukcapil.v1.DukcapilVerification answered from the synthetic
// population, and lampid.dukcapil.v1.SimulatorControl for the fault switches.
//
// Callback API, one reactor per call; latency is a grpc::Alarm per call, so no thread ever sleeps and
// thousands of calls can wait out their latency at once. Failures are UNAVAILABLE: at the error rate
// (after the latency), or at once while down. Nothing logged names a person or a NIK.
//
// Start, port, faults and Shutdown are thread-safe. The header keeps gRPC out of its includers.
class SimulatorServer {
 public:
  // Builds the population and starts listening. Unavailable when the address cannot be bound,
  // InvalidArgument for a bad population size.
  static Result<std::unique_ptr<SimulatorServer>> Start(const SimulatorOptions& options,
                                                        std::shared_ptr<const domain::RegionTable> regions);
  ~SimulatorServer();  // Shutdown(), then waits for the server to stop
  SimulatorServer(const SimulatorServer&) = delete;
  SimulatorServer& operator=(const SimulatorServer&) = delete;

  int port() const;
  FaultSwitches& faults();
  const Registry& registry() const;

  // Stops accepting calls; calls still waiting out their latency are cancelled after a grace period of
  // `grace_ms`. Idempotent.
  void Shutdown(int grace_ms = 2000);
  // Blocks until the server has shut down.
  void Wait();

 private:
  struct Impl;
  explicit SimulatorServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lampid::dukcapil_sim
