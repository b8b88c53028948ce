#pragma once

#include "central-server/notifications/outgoing_message.h"
#include "core/status.h"

namespace lampid::central::notify {

// Hands a message to whatever carries it (a spool folder for an MTA or SMS gateway today). Send returns Ok
// only when the message is safely handed over; sending the same id twice must be harmless (the dispatcher
// re-sends after a crash). Called from the dispatcher's thread only.
class NotificationSender {
 public:
  virtual ~NotificationSender() = default;
  virtual Status Send(const OutgoingMessage& message) = 0;
};

}  // namespace lampid::central::notify
