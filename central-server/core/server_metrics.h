#pragma once

#include <array>
#include <atomic>
#include <cstdint>

namespace lampid::central {

// Counters of the sync side for /metrics (Prometheus). Lock-free; shared by every thread.
struct SyncMetrics {
  std::atomic<uint64_t> enrollments{0};
  std::atomic<uint64_t> pushes{0};            // accepted push requests (replays included)
  std::atomic<uint64_t> push_replays{0};      // answered from the stored answer of a batch id
  std::atomic<uint64_t> pulls{0};
  std::atomic<uint64_t> logins{0};
  std::atomic<uint64_t> logins_failed{0};
  // Per change outcome, indexed by lampid.sync.v1.Outcome (0 unused).
  std::array<std::atomic<uint64_t>, 6> outcomes{};
  std::atomic<uint64_t> actions_applied{0};
  std::atomic<uint64_t> actions_refused{0};
  // Requests refused as a whole, by reason.
  std::atomic<uint64_t> refused_unauthenticated{0};
  std::atomic<uint64_t> refused_permission{0};
  std::atomic<uint64_t> refused_too_large{0};
  std::atomic<uint64_t> refused_invalid{0};
  std::atomic<uint64_t> refused_too_old{0};
};

// Counters of the notification dispatcher (central-server/notifications) for /metrics. Thread-safe.
struct NotificationMetrics {
  std::atomic<uint64_t> notifications_done{0};  // outbox rows finished (every recipient handed over)
  std::atomic<uint64_t> messages_sent{0};       // messages handed to the sender
  std::atomic<uint64_t> send_failures{0};       // attempts that failed and will be retried
  std::atomic<uint64_t> without_recipient{0};   // finished with nobody to tell (no contact in the region)
};

}  // namespace lampid::central
