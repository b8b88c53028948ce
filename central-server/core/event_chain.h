#pragma once

#include <string>

#include "central-server/core/central_store.h"

namespace lampid::central {

// The hash that chains a report's events: BLAKE2b-256 over the previous event's hash and every field of this
// event (length-prefixed). Editing or deleting any event breaks the chain from there on.
std::string ComputeEventHash(const ReportEvent& event);

// Fills sequence, prev_hash and hash of `event` as the next event after `report`'s current head — and the
// projection facts it records (content device, server state), so that replaying events rebuilds the
// projection — and advances the report's head (event_count, last_event_hash). Call it after changing
// `report` and before saving.
void ChainEvent(StoredReport& report, ReportEvent& event);

}  // namespace lampid::central
