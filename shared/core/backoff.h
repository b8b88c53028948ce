#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>

namespace lampid {

// Exponential backoff with full jitter: after the n-th consecutive failure, wait a random time between
// 0 and min(max, base * 2^(n-1)). Jitter spreads retries out, so thousands of offices (or thousands of
// queued verifications) coming back at once do not arrive as one thundering herd.
// Not thread-safe; one per retrying loop.
class Backoff {
 public:
  // `random01` returns a uniform value in [0, 1); injectable for tests.
  Backoff(int64_t base_ms, int64_t max_ms, std::function<double()> random01);

  // Records a failure and returns how long to wait before the next attempt.
  int64_t NextDelayMs();
  // Records a success: the next failure starts from `base` again.
  void Reset() { failures_ = 0; }
  int failures() const { return failures_; }
  // The upper bound of the next delay (without jitter), for "next attempt within …" messages.
  int64_t CeilingMs() const;

 private:
  int64_t base_ms_;
  int64_t max_ms_;
  std::function<double()> random01_;
  int failures_ = 0;
};

}  // namespace lampid
