#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "central-server/core/central_store.h"
#include "central-server/core/server_metrics.h"
#include "central-server/notifications/notification_sender.h"
#include "core/clock.h"
#include "domain/region_table.h"

namespace lampid::central::notify {

// Drains the notification outbox: claims due rows, composes the messages (recipients are read when sending,
// so a contact added later still gets the news) and hands them to the sender. A row is finished only when
// every message of it was handed over; otherwise it is retried with exponential backoff and full jitter.
// Messages already handed over are handed over again on a retry — with the same id (see OutgoingMessage).
// Start/Stop from one thread; RunOnce is for tests and may not run concurrently with Start().
class NotificationDispatcher {
 public:
  struct Options {
    size_t batch = 100;
    int64_t lease_ms = 60'000;
    int64_t retry_base_ms = 2'000;
    int64_t retry_max_ms = 600'000;
    std::chrono::milliseconds idle_poll{500};
  };

  NotificationDispatcher(CentralStore& store, NotificationSender& sender,
                         std::shared_ptr<const domain::RegionTable> regions, Clock& clock, Options options);
  ~NotificationDispatcher();

  void Start();
  void Stop();

  // One round: returns how many outbox rows were finished.
  Result<size_t> RunOnce();

  const NotificationMetrics& metrics() const { return metrics_; }

 private:
  void Loop();

  CentralStore& store_;
  NotificationSender& sender_;
  std::shared_ptr<const domain::RegionTable> regions_;
  Clock& clock_;
  Options options_;
  NotificationMetrics metrics_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace lampid::central::notify
