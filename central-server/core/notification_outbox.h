#pragma once

#include <cstdint>

#include "central-server/core/central_store.h"
#include "core/status.h"

namespace lampid::central {

// Which workflow transitions the staff hear about by SMS or e-mail (the notifications module sends them;
// see central-server/notifications). Those that ask something of the kecamatan's staff or close a case:
// perlu_perbaikan (correct and resubmit), ditolak (rejected, with a reason to read in the app) and tercatat
// (registered: the family can be told). Routine steps (menunggu_verifikasi, terverifikasi, disetujui) are
// not announced — at the end of a month they would be thousands of messages a day.
bool IsAnnounced(int workflow_state);

// Queues a notification in `txn` when `after` reached an announced state that differs from
// `state_before` (-1 = a new report). Call it in the transaction that stores the transition, so that a
// notification exists exactly when the transition does.
Status QueueNotificationIfAnnounced(CentralTxn& txn, const StoredReport& after, int state_before, int64_t now_ms);

}  // namespace lampid::central
