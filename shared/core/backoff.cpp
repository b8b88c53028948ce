#include "core/backoff.h"

namespace lampid {

Backoff::Backoff(int64_t base_ms, int64_t max_ms, std::function<double()> random01)
    : base_ms_(base_ms), max_ms_(max_ms), random01_(std::move(random01)) {}

int64_t Backoff::CeilingMs() const {
  int64_t ceiling = base_ms_;
  for (int i = 1; i < failures_ && ceiling < max_ms_; ++i) ceiling *= 2;
  return std::min(ceiling, max_ms_);
}

int64_t Backoff::NextDelayMs() {
  ++failures_;
  const double r = random01_();
  return static_cast<int64_t>(static_cast<double>(CeilingMs()) * std::clamp(r, 0.0, 1.0));
}

}  // namespace lampid
