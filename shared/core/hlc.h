#pragma once

#include <compare>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace lampid {

// A hybrid logical clock timestamp (Kulkarni et al., 2014): wall-clock milliseconds, a counter that
// orders events within one millisecond (or while the wall clock lags behind what was already seen), and
// the node that issued it. Timestamps are totally ordered by (physical, counter, node_id), so two edits of
// one report made on different machines always have a winner that every machine agrees on, without
// trusting either machine's wall clock beyond "roughly right".
struct HlcTimestamp {
  int64_t physical_ms = 0;  // ≥ 0, < 2^48 (until the year 10889)
  uint32_t counter = 0;     // < 2^24
  std::string node_id;      // the issuing node; no character restrictions (it is last in the text form)

  bool empty() const { return physical_ms == 0 && counter == 0 && node_id.empty(); }

  // Compact text form, e.g. "0193f0a1b2c3.000000.0193f0a1-…": 12 hex digits of milliseconds, '.', 6 hex
  // digits of counter, '.', the node id. Fixed-width lower-case hex, so comparing two texts as byte strings
  // (std::string <, SQLite's BINARY collation) gives the same order as comparing the timestamps.
  // The empty timestamp's text is "" (sorts before every other).
  std::string ToString() const;
  static std::optional<HlcTimestamp> Parse(std::string_view text);

  friend auto operator<=>(const HlcTimestamp& a, const HlcTimestamp& b) = default;
  friend bool operator==(const HlcTimestamp& a, const HlcTimestamp& b) = default;
};

// Issues HLC timestamps for one node. Thread-safe (one mutex). Stores nothing itself: callers persist
// Last() and Restore() it when they start, so that the clock never runs backwards across restarts even
// when the wall clock does.
class HybridLogicalClock {
 public:
  static constexpr uint32_t kMaxCounter = (1u << 24) - 1;

  // `clock` must outlive this object.
  HybridLogicalClock(const Clock& clock, std::string node_id);

  // A timestamp greater than every timestamp this clock issued, restored or observed, and with
  // physical_ms ≥ the wall clock's now. When the counter would overflow (16 million events within one
  // millisecond of a clock that stands still) the physical part is advanced by one instead.
  HlcTimestamp Now();

  // Takes a timestamp received from elsewhere into account and returns a local timestamp greater than
  // it and than everything issued before (the receive event of the HLC paper). A remote far in the
  // future pulls this clock forward with it: that is the price of a total order without trusted clocks;
  // later local timestamps still sort after it.
  HlcTimestamp Observe(const HlcTimestamp& remote);

  // Raises the clock to at least `last` without issuing anything (after loading the last persisted value).
  void Restore(const HlcTimestamp& last);

  // The greatest timestamp issued, restored or observed so far (empty at first).
  HlcTimestamp Last() const;

  const std::string& node_id() const { return node_id_; }

 private:
  HlcTimestamp Advance(int64_t floor_physical, uint32_t floor_counter);  // requires mu_

  const Clock& clock_;
  const std::string node_id_;
  mutable std::mutex mu_;
  int64_t last_physical_ = 0;  // guarded by mu_
  uint32_t last_counter_ = 0;  // guarded by mu_
};

}  // namespace lampid
