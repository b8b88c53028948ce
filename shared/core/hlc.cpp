#include "core/hlc.h"

#include <algorithm>
#include <cstdio>

namespace lampid {
namespace {

constexpr int64_t kMaxPhysical = (int64_t{1} << 48) - 1;

std::optional<uint64_t> Hex(std::string_view s) {
  uint64_t v = 0;
  for (char c : s) {
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else {
      return std::nullopt;
    }
    v = (v << 4) | static_cast<uint64_t>(d);
  }
  return v;
}

}  // namespace

std::string HlcTimestamp::ToString() const {
  if (empty()) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%012llx.%06x.", static_cast<unsigned long long>(physical_ms),
                static_cast<unsigned>(counter));
  return buf + node_id;
}

std::optional<HlcTimestamp> HlcTimestamp::Parse(std::string_view text) {
  if (text.empty()) return HlcTimestamp{};
  if (text.size() < 20 || text[12] != '.' || text[19] != '.') return std::nullopt;
  const auto physical = Hex(text.substr(0, 12));
  const auto counter = Hex(text.substr(13, 6));
  if (!physical || !counter) return std::nullopt;
  return HlcTimestamp{static_cast<int64_t>(*physical), static_cast<uint32_t>(*counter), std::string(text.substr(20))};
}

HybridLogicalClock::HybridLogicalClock(const Clock& clock, std::string node_id)
    : clock_(clock), node_id_(std::move(node_id)) {}

HlcTimestamp HybridLogicalClock::Advance(int64_t floor_physical, uint32_t floor_counter) {
  const int64_t wall = std::clamp<int64_t>(clock_.NowMillis(), 0, kMaxPhysical);
  // The candidate must be greater than (last_physical_, last_counter_) and (floor_physical, floor_counter).
  int64_t p = last_physical_;
  uint32_t c = last_counter_;
  if (floor_physical > p || (floor_physical == p && floor_counter > c)) {
    p = floor_physical;
    c = floor_counter;
  }
  if (wall > p) {
    p = wall;
    c = 0;
  } else if (c < kMaxCounter) {
    ++c;
  } else {
    ++p;
    c = 0;
  }
  last_physical_ = p;
  last_counter_ = c;
  return HlcTimestamp{p, c, node_id_};
}

HlcTimestamp HybridLogicalClock::Now() {
  std::lock_guard lock(mu_);
  return Advance(0, 0);
}

HlcTimestamp HybridLogicalClock::Observe(const HlcTimestamp& remote) {
  std::lock_guard lock(mu_);
  return Advance(std::min(remote.physical_ms, kMaxPhysical), remote.counter);
}

void HybridLogicalClock::Restore(const HlcTimestamp& last) {
  std::lock_guard lock(mu_);
  if (last.physical_ms > last_physical_ || (last.physical_ms == last_physical_ && last.counter > last_counter_)) {
    last_physical_ = std::min(last.physical_ms, kMaxPhysical);
    last_counter_ = last.counter;
  }
}

HlcTimestamp HybridLogicalClock::Last() const {
  std::lock_guard lock(mu_);
  if (last_physical_ == 0 && last_counter_ == 0) return {};
  return HlcTimestamp{last_physical_, last_counter_, node_id_};
}

}  // namespace lampid
