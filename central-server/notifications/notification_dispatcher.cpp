#include "central-server/notifications/notification_dispatcher.h"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>

namespace lampid::central::notify {

NotificationDispatcher::NotificationDispatcher(CentralStore& store, NotificationSender& sender,
                                               std::shared_ptr<const domain::RegionTable> regions, Clock& clock,
                                               Options options)
    : store_(store), sender_(sender), regions_(std::move(regions)), clock_(clock), options_(options) {}

NotificationDispatcher::~NotificationDispatcher() { Stop(); }

void NotificationDispatcher::Start() {
  stop_ = false;
  thread_ = std::thread([this] { Loop(); });
}

void NotificationDispatcher::Stop() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

void NotificationDispatcher::Loop() {
  while (!stop_) {
    auto done = RunOnce();
    // The error names a folder or a database, never a recipient or a report's content.
    if (!done.ok()) spdlog::warn("notification round failed: {}", done.status().ToString());
    if (!done.ok() || *done == 0) std::this_thread::sleep_for(options_.idle_poll);
  }
}

Result<size_t> NotificationDispatcher::RunOnce() {
  const int64_t now = clock_.NowMillis();
  LAMPID_ASSIGN_OR_RETURN(std::vector<NotificationJob> jobs,
                          store_.ClaimNotifications(options_.batch, now, now + options_.lease_ms));
  if (jobs.empty()) return size_t{0};
  LAMPID_ASSIGN_OR_RETURN(std::vector<User> users, store_.ListUsers());
  LAMPID_ASSIGN_OR_RETURN(std::vector<UserContact> contacts, store_.ListUserContacts());
  size_t finished = 0;
  for (const auto& job : jobs) {
    const std::vector<OutgoingMessage> messages = ComposeMessages(job, users, contacts, *regions_);
    Status sent = Status::Ok();
    for (const auto& m : messages) {
      sent = sender_.Send(m);
      if (!sent.ok()) break;
      ++metrics_.messages_sent;
    }
    if (sent.ok()) {
      LAMPID_RETURN_IF_ERROR(store_.CompleteNotification(job.id, clock_.NowMillis()));
      ++metrics_.notifications_done;
      if (messages.empty()) ++metrics_.without_recipient;
      ++finished;
    } else {
      ++metrics_.send_failures;
      const int64_t ceiling = std::min(options_.retry_max_ms, options_.retry_base_ms << std::min(job.attempts, 16));
      const int64_t delay = static_cast<int64_t>(randombytes_uniform(static_cast<uint32_t>(ceiling) + 1));
      LAMPID_RETURN_IF_ERROR(store_.RetryNotification(job, now + delay, sent.message()));
    }
  }
  return finished;
}

}  // namespace lampid::central::notify
