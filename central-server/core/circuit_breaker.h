#pragma once

#include <cstdint>
#include <mutex>
#include <string_view>

#include "core/clock.h"

namespace lampid::central {

// Guards calls to a dependency that may be down (Dukcapil). Closed: calls go through; after
// `failure_threshold` consecutive failures it opens. Open: calls are refused without trying, for
// `open_ms`; then half-open. Half-open: up to `half_open_probes` trial calls; one success closes it, a failure
// opens it again. Thread-safe.
class CircuitBreaker {
 public:
  enum class State { kClosed = 0, kOpen = 1, kHalfOpen = 2 };

  struct Options {
    int failure_threshold = 5;
    int64_t open_ms = 5000;
    int half_open_probes = 1;
  };

  CircuitBreaker(const Clock& clock, Options options);

  // True when a call may be made now (and, when half-open, counts it as a probe).
  bool Allow();
  void RecordSuccess();
  void RecordFailure();
  // A call that Allow() admitted was not made after all (nothing to do): frees a half-open probe slot
  // without counting as evidence either way.
  void Cancel();

  State state() const;
  // How many times the breaker changed state, per target state (for /metrics).
  uint64_t transitions_to(State s) const;
  static std::string_view StateName(State s);

 private:
  void MoveTo(State s);  // requires mu_
  const Clock& clock_;
  Options options_;
  mutable std::mutex mu_;
  State state_ = State::kClosed;     // guarded by mu_
  int consecutive_failures_ = 0;     // guarded by mu_
  int64_t opened_at_ms_ = 0;         // guarded by mu_
  int probes_in_flight_ = 0;         // guarded by mu_
  uint64_t transitions_[3] = {0, 0, 0};  // guarded by mu_
};

}  // namespace lampid::central
