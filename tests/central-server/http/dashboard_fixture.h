#pragma once

#include <memory>
#include <string>
#include <vector>

#include "central-server/core/circuit_breaker.h"
#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/sync_core.h"
#include "central-server/core/verification_worker.h"
#include "central-server/http/dashboard_server.h"
#include "core/clock.h"
#include "core/test_device.h"
#include "support/subprocess.h"

namespace lampid::central::testing {

// A Dukcapil that answers from the simulator's Registry in process (the same answers lampid-dukcapil-sim
// gives for the population's seed), with a switch to fail every call as if it were down.
class InProcessDukcapil;

// A central server with a realistic small data set and the dashboard running on a loopback port:
//   - four kecamatan with an enrolled edge each: two in Kota Bandung (32.73), one in Kabupaten Bandung
//     (32.04), one in Kota Semarang (33.74); the edges of the first and third synced just now, the other
//     two weeks ago;
//   - generated reports pushed through SyncCore from those edges, verified by the real VerificationWorker,
//     approved by verifiers and registered, rejected or left for the kab/kota through WorkflowService, with
//     the clock moving on between steps (so timeliness has something to measure);
//   - dashboard users (password kPassword): "analis" (national), "analis.jabar" (province 32),
//     "pejabat.bandung" (32.73), "pejabat.kabbandung" (32.04), "admin", and "operator" (operator_desa,
//     a role that may not use the dashboard).
class DashboardWorld {
 public:
  static constexpr const char* kPassword = "rahasia-dasbor-1";
  static constexpr const char* kKotaBandung = "32.73";
  static constexpr const char* kKabBandung = "32.04";

  DashboardWorld();
  ~DashboardWorld();

  // Builds everything; `reports_per_kecamatan` generated reports per edge. Fails the current test on error.
  void SetUp(size_t reports_per_kecamatan = 40);

  std::string BaseUrl() const { return "http://127.0.0.1:" + std::to_string(server_->port()); }
  int port() const { return server_->port(); }
  SqliteCentralStore& store() { return *store_; }
  FixedClock& clock() { return clock_; }
  CircuitBreaker& breaker() { return *breaker_; }
  VerificationWorker& worker() { return *worker_; }
  const std::vector<std::string>& kecamatan() const { return kecamatan_; }
  std::shared_ptr<const domain::RegionTable> regions() const { return regions_; }
  // Switches the in-process Dukcapil off (every call fails) or on.
  void SetDukcapilDown(bool down);
  void StopServer() { server_.reset(); }

 private:
  void PushGenerated(testing::TestDevice& device, size_t count, uint64_t seed);
  void MoveThroughWorkflow();

  lampid::testing::TempDir dir_;
  FixedClock clock_;
  std::shared_ptr<const domain::RegionTable> regions_;
  std::unique_ptr<SqliteCentralStore> store_;
  std::unique_ptr<SyncCore> core_;
  std::unique_ptr<InProcessDukcapil> dukcapil_;
  std::unique_ptr<CircuitBreaker> breaker_;
  std::unique_ptr<VerificationWorker> worker_;
  std::unique_ptr<http::DashboardServer> server_;
  std::vector<std::string> kecamatan_;
  std::vector<std::unique_ptr<testing::TestDevice>> devices_;
};

}  // namespace lampid::central::testing
