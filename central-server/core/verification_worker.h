#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

#include "central-server/core/central_store.h"
#include "central-server/core/circuit_breaker.h"
#include "central-server/core/dukcapil_client.h"
#include "core/clock.h"

namespace lampid::central {

// Counters the worker keeps for /metrics. Thread-safe (atomics).
struct VerificationMetrics {
  std::atomic<uint64_t> reports_verified{0};   // results stored (terverifikasi or perlu_perbaikan)
  std::atomic<uint64_t> reports_matched{0};    // of which everything matched
  std::atomic<uint64_t> calls_ok{0};
  std::atomic<uint64_t> calls_failed{0};
  std::atomic<uint64_t> calls_refused_open{0};  // not made: the breaker was open
  std::atomic<uint64_t> persons_checked{0};
};

// Drains the durable verification queue: claims due jobs, asks Dukcapil about every person on them in
// batches (with a deadline), and stores each result as a server-owned field and a workflow transition
// (menunggu_verifikasi → terverifikasi, or perlu_perbaikan on any mismatch, unknown, inactive or
// already-dead NIK) in one transaction per batch. Failed calls count against a circuit breaker and
// reschedule their jobs with exponential backoff and full jitter, so that while Dukcapil is down edges keep
// pushing at full speed and reports wait, and when it comes back the backlog drains at the workers' pace
// (the breaker's half-open probe first) instead of as one herd. A job is leased while in flight; a crashed
// server's jobs come back when the lease ends. Each report version's result is stored once.
class VerificationWorker {
 public:
  struct Options {
    size_t reports_per_batch = 200;  // claimed, sent to Dukcapil and stored together
    size_t threads = 8;              // batches in flight at once (measured best in docs/benchmarks.md)
    std::chrono::milliseconds deadline{3000};
    std::chrono::milliseconds idle_poll{100};
    int64_t lease_ms = 60000;
    int64_t retry_base_ms = 1000;
    int64_t retry_max_ms = 60000;
  };

  VerificationWorker(CentralStore& store, DukcapilClient& dukcapil, CircuitBreaker& breaker, const Clock& clock,
                     Options options);
  ~VerificationWorker();

  void Start();
  void Stop();

  // One claim–call–store round; the number of reports whose result was stored. For tests and Start's loop.
  Result<size_t> RunOnce();

  const VerificationMetrics& metrics() const { return metrics_; }

 private:
  void Loop();
  CentralStore& store_;
  DukcapilClient& dukcapil_;
  CircuitBreaker& breaker_;
  const Clock& clock_;
  Options options_;
  VerificationMetrics metrics_;
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;
};

}  // namespace lampid::central
