#pragma once

#include <atomic>
#include <cstdint>

#include "lampid/dukcapil/v1/simulator_control.pb.h"

namespace lampid::dukcapil_sim {

namespace dpb = ::lampid::dukcapil::v1;

// The simulator's fault switches and counters, changed at run time by the control service and read by
// every call. Lock-free (atomics); thread-safe. Which calls fail is decided by a counter-based hash of the
// seed, so a run with the same seed and the same order of calls fails the same calls.
class FaultSwitches {
 public:
  FaultSwitches(uint64_t seed, int latency_ms, int jitter_ms, double error_rate);

  // Applies the fields present in `faults` (negative latency/jitter count as 0; the error rate is
  // clamped to 0–1).
  void Set(const dpb::Faults& faults);
  void SetDown(bool down) { down_.store(down); }

  // What happens to one verification call.
  struct Decision {
    enum class Outcome { kAnswer, kFail, kRefuseDown } outcome = Outcome::kAnswer;
    int delay_ms = 0;  // wait this long before answering or failing (0 when refused because down)
  };
  // Decides the fate of the next call and counts it (calls, errors, refused_while_down).
  Decision Next();
  // Counts persons answered by a call that succeeded.
  void CountPersons(uint64_t n) { persons_.fetch_add(n, std::memory_order_relaxed); }

  // The switches in force and the counters.
  dpb::SimulatorStats Stats() const;

 private:
  const uint64_t seed_;
  std::atomic<int> latency_ms_;
  std::atomic<int> jitter_ms_;
  std::atomic<double> error_rate_;
  std::atomic<bool> down_{false};
  std::atomic<uint64_t> sequence_{0};
  std::atomic<uint64_t> calls_{0};
  std::atomic<uint64_t> errors_{0};
  std::atomic<uint64_t> persons_{0};
  std::atomic<uint64_t> refused_down_{0};
};

}  // namespace lampid::dukcapil_sim
