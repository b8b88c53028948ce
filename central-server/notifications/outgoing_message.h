#pragma once

#include <string>
#include <vector>

#include "central-server/core/central_store.h"
#include "central-server/core/roles.h"
#include "domain/region_table.h"

namespace lampid::central::notify {

// One message to one person by one channel. `id` is stable for a (notification, recipient, channel), so a
// message re-sent after a crash carries the same id and a gateway can drop the second copy.
struct OutgoingMessage {
  std::string id;
  std::string channel;  // "email" | "sms"
  std::string user_id;  // the staff member it is for
  std::string to;       // e-mail address or phone number
  std::string subject;  // e-mail only
  std::string body;     // Bahasa Indonesia first, then English; no personal data of citizens
};

// The messages for one queued notification: to every active operator and verifier whose region covers the
// report's desa (operators of other desa and officials above the kecamatan are not told), by each channel
// they have a contact for. The text names the report's kind, its id, the kecamatan and what to do — never a
// name, NIK or address, since SMS and e-mail leave our control.
std::vector<OutgoingMessage> ComposeMessages(const NotificationJob& job, const std::vector<User>& users,
                                             const std::vector<UserContact>& contacts,
                                             const domain::RegionTable& regions);

}  // namespace lampid::central::notify
