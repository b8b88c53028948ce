#pragma once

#include <atomic>
#include <string>

#include "central-server/http/dashboard_queries.h"
#include "core/result.h"

namespace lampid::central::http {

// Counters the dashboard keeps about itself. Thread-safe (atomics).
struct DashboardMetrics {
  std::atomic<uint64_t> logins_ok{0};
  std::atomic<uint64_t> logins_failed{0};      // wrong user name or password, inactive account
  std::atomic<uint64_t> logins_locked{0};      // refused: too many failures in a row
  std::atomic<uint64_t> logins_wrong_role{0};  // right password, but a role that does not use the dashboard
  std::atomic<uint64_t> requests{0};
  std::atomic<uint64_t> requests_unauthenticated{0};
  std::atomic<uint64_t> requests_forbidden{0};
  std::atomic<uint64_t> review_decisions{0};
};

// The server's state in the Prometheus text exposition format (version 0.0.4): sync counters, reports per
// workflow state, the verification queue and counters, the Dukcapil circuit breaker (state as a gauge,
// transitions per target state as counters), edges total and stale (no sync for `stale_days` days), and
// kecamatan without an edge. Metrics of parts that are not running (no Dukcapil configured) are left out.
// Counts only: no personal data, no user ids.
Result<std::string> RenderMetrics(const DashboardQueries& queries, const DashboardMetrics& dashboard,
                                  int stale_days);

}  // namespace lampid::central::http
