#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "central-server/core/central_store.h"
#include "core/result.h"

namespace lampid::central {

// The server's tamper-evident audit trail, built on the per-report event chains (event_chain.h) and
// periodic checkpoints.
//
// Verify: every report's events run 1…n without gaps, each hash recomputes and links to the previous one,
// and the last one is the projection's recorded head; every checkpoint's digest recomputes over the
// events of its period and links to the previous checkpoint. An edited event breaks its hash; a deleted
// one breaks the chain, or the head, or a checkpoint (even when all events and the projection of a report
// are deleted). Read-only. Cost: O(events).

struct AuditFinding {
  std::string report_id;  // "" for a checkpoint finding
  std::string problem;    // for people; no personal data
};

struct AuditResult {
  uint64_t reports = 0;
  uint64_t events = 0;
  uint64_t checkpoints = 0;
  std::vector<AuditFinding> findings;
  bool intact() const { return findings.empty(); }
};

Result<AuditResult> VerifyAudit(CentralStore& store);

// Seals every whole period of `period_ms` that ended before `now_ms` and is not sealed yet (the first period
// starts at the epoch-aligned period of the oldest event). Returns how many checkpoints were added.
Result<size_t> SealPeriods(CentralStore& store, int64_t now_ms, int64_t period_ms);

// Rebuild: replays every report's events into a fresh projection and compares it with the stored one
// (content, versions, server state, content device, dates, chain head). With `write`, stored projections
// that differ are replaced by the replayed ones.
struct RebuildResult {
  uint64_t reports = 0;
  uint64_t differing = 0;
  std::vector<std::string> differing_ids;  // the first few
};

Result<RebuildResult> RebuildProjections(CentralStore& store, bool write);

}  // namespace lampid::central
