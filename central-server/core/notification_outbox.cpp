#include "central-server/core/notification_outbox.h"

#include "domain/report_types.h"

namespace lampid::central {

namespace rpb = lampid::report::v1;

bool IsAnnounced(int workflow_state) {
  switch (workflow_state) {
    case rpb::WORKFLOW_STATE_PERLU_PERBAIKAN:
    case rpb::WORKFLOW_STATE_DITOLAK:
    case rpb::WORKFLOW_STATE_TERCATAT:
      return true;
    default:
      return false;
  }
}

Status QueueNotificationIfAnnounced(CentralTxn& txn, const StoredReport& after, int state_before, int64_t now_ms) {
  const int now_state = static_cast<int>(after.state.workflow_state());
  if (now_state == state_before || !IsAnnounced(now_state)) return Status::Ok();
  NotificationRequest n;
  n.report_id = after.content.id();
  n.kind = static_cast<int>(after.content.kind());
  n.kecamatan_code = after.content.kecamatan_code();
  n.desa_code = after.content.desa_code();
  n.workflow_state = now_state;
  n.created_at_ms = now_ms;
  return txn.EnqueueNotification(n);
}

}  // namespace lampid::central
