#pragma once

#include <string>

#include "central-server/notifications/notification_sender.h"
#include "core/result.h"
#include "store/platform.h"

namespace lampid::central::notify {

// Writes each message as a JSON file `<id>.json` into a spool folder ({"id","channel","to","subject","body",
// "user_id"}), durably (written to a temporary name, fsync'd, renamed): the hand-over point to the office's
// mail relay or SMS gateway, which picks files up and deletes them. The same id overwrites the same file, so
// a re-send after a crash does not make a second message.
class SpoolSender final : public NotificationSender {
 public:
  // Creates the folder if needed; fails when it cannot.
  static Result<std::unique_ptr<SpoolSender>> Open(const std::string& folder);
  Status Send(const OutgoingMessage& message) override;

 private:
  SpoolSender(std::string folder, std::shared_ptr<store::Platform> platform)
      : folder_(std::move(folder)), platform_(std::move(platform)) {}
  std::string folder_;
  std::shared_ptr<store::Platform> platform_;  // fsync and rename, behind the OS interface
};

}  // namespace lampid::central::notify
