#pragma once

#include <atomic>
#include <cstdint>

namespace lampid {

// Wall-clock time, behind an interface so that tests can fix "now".
// Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  // Milliseconds since the Unix epoch, UTC.
  virtual int64_t NowMillis() const = 0;
};

// The operating system's clock.
class SystemClock final : public Clock {
 public:
  int64_t NowMillis() const override;
};

// A clock that says what it is told; for tests.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(int64_t millis) : millis_(millis) {}
  int64_t NowMillis() const override { return millis_.load(); }
  void Set(int64_t millis) { millis_.store(millis); }
  void Advance(int64_t millis) { millis_.fetch_add(millis); }

 private:
  std::atomic<int64_t> millis_;
};

}  // namespace lampid
