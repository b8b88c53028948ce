#include "dukcapil-sim/fault_switches.h"

#include <algorithm>

#include "population/rng.h"

namespace lampid::dukcapil_sim {

FaultSwitches::FaultSwitches(uint64_t seed, int latency_ms, int jitter_ms, double error_rate)
    : seed_(seed),
      latency_ms_(std::max(latency_ms, 0)),
      jitter_ms_(std::max(jitter_ms, 0)),
      error_rate_(std::clamp(error_rate, 0.0, 1.0)) {}

void FaultSwitches::Set(const dpb::Faults& f) {
  if (f.has_latency_ms()) latency_ms_.store(std::max(f.latency_ms(), 0));
  if (f.has_jitter_ms()) jitter_ms_.store(std::max(f.jitter_ms(), 0));
  if (f.has_error_rate()) error_rate_.store(std::clamp(f.error_rate(), 0.0, 1.0));
}

FaultSwitches::Decision FaultSwitches::Next() {
  calls_.fetch_add(1, std::memory_order_relaxed);
  Decision d;
  if (down_.load()) {
    errors_.fetch_add(1, std::memory_order_relaxed);
    refused_down_.fetch_add(1, std::memory_order_relaxed);
    d.outcome = Decision::Outcome::kRefuseDown;
    return d;
  }
  population::Rng rng(population::HashOf({seed_, 0x6661756c74ULL, sequence_.fetch_add(1, std::memory_order_relaxed)}));
  const int latency = latency_ms_.load(), jitter = jitter_ms_.load();
  d.delay_ms = std::max(0, latency + (jitter > 0 ? rng.Between(-jitter, jitter) : 0));
  if (rng.Chance(error_rate_.load())) {
    errors_.fetch_add(1, std::memory_order_relaxed);
    d.outcome = Decision::Outcome::kFail;
  }
  return d;
}

dpb::SimulatorStats FaultSwitches::Stats() const {
  dpb::SimulatorStats s;
  s.mutable_faults()->set_latency_ms(latency_ms_.load());
  s.mutable_faults()->set_jitter_ms(jitter_ms_.load());
  s.mutable_faults()->set_error_rate(error_rate_.load());
  s.set_down(down_.load());
  s.set_calls(calls_.load());
  s.set_errors(errors_.load());
  s.set_persons(persons_.load());
  s.set_refused_while_down(refused_down_.load());
  return s;
}

}  // namespace lampid::dukcapil_sim
