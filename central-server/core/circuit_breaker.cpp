#include "central-server/core/circuit_breaker.h"

namespace lampid::central {

CircuitBreaker::CircuitBreaker(const Clock& clock, Options options) : clock_(clock), options_(options) {}

std::string_view CircuitBreaker::StateName(State s) {
  switch (s) {
    case State::kClosed: return "closed";
    case State::kOpen: return "open";
    case State::kHalfOpen: return "half_open";
  }
  return "unknown";
}

void CircuitBreaker::MoveTo(State s) {
  if (state_ == s) return;
  state_ = s;
  ++transitions_[static_cast<int>(s)];
  if (s == State::kOpen) opened_at_ms_ = clock_.NowMillis();
  if (s != State::kClosed) probes_in_flight_ = 0;
  if (s == State::kClosed) consecutive_failures_ = 0;
}

bool CircuitBreaker::Allow() {
  std::lock_guard lock(mu_);
  if (state_ == State::kOpen && clock_.NowMillis() - opened_at_ms_ >= options_.open_ms) MoveTo(State::kHalfOpen);
  switch (state_) {
    case State::kClosed: return true;
    case State::kOpen: return false;
    case State::kHalfOpen:
      if (probes_in_flight_ >= options_.half_open_probes) return false;
      ++probes_in_flight_;
      return true;
  }
  return false;
}

void CircuitBreaker::RecordSuccess() {
  std::lock_guard lock(mu_);
  consecutive_failures_ = 0;
  MoveTo(State::kClosed);
}

void CircuitBreaker::RecordFailure() {
  std::lock_guard lock(mu_);
  if (state_ == State::kHalfOpen) {
    MoveTo(State::kOpen);
    return;
  }
  if (++consecutive_failures_ >= options_.failure_threshold) MoveTo(State::kOpen);
}

void CircuitBreaker::Cancel() {
  std::lock_guard lock(mu_);
  if (state_ == State::kHalfOpen && probes_in_flight_ > 0) --probes_in_flight_;
}

CircuitBreaker::State CircuitBreaker::state() const {
  std::lock_guard lock(mu_);
  return state_;
}

uint64_t CircuitBreaker::transitions_to(State s) const {
  std::lock_guard lock(mu_);
  return transitions_[static_cast<int>(s)];
}

}  // namespace lampid::central
