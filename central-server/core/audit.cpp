#include "central-server/core/audit.h"

#include <google/protobuf/util/message_differencer.h>
#include <sodium.h>

#include "central-server/core/event_chain.h"
#include "central-server/core/projection.h"

namespace lampid::central {
namespace {

using google::protobuf::util::MessageDifferencer;

class Digest {
 public:
  Digest() { crypto_generichash_init(&s_, nullptr, 0, 32); }
  void Add(std::string_view bytes) {
    unsigned char len[8];
    for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(static_cast<uint64_t>(bytes.size()) >> (56 - 8 * i));
    crypto_generichash_update(&s_, len, sizeof len);
    crypto_generichash_update(&s_, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  }
  std::string Finish() {
    std::string out(32, '\0');
    crypto_generichash_final(&s_, reinterpret_cast<unsigned char*>(out.data()), out.size());
    return out;
  }

 private:
  crypto_generichash_state s_;
};

// The digest of a period: the previous checkpoint, the period, and every event's identity and hash.
Result<std::pair<std::string, uint64_t>> PeriodDigest(CentralStore& store, int64_t start, int64_t end,
                                                      const std::string& prev_digest) {
  Digest d;
  d.Add("lampid.central.checkpoint.v1");
  d.Add(prev_digest);
  d.Add(std::to_string(start));
  d.Add(std::to_string(end));
  uint64_t count = 0;
  LAMPID_RETURN_IF_ERROR(store.ForEachEventInPeriod(start, end, [&](const ReportEvent& e) {
    d.Add(e.report_id);
    d.Add(std::to_string(e.sequence));
    d.Add(e.hash);
    ++count;
    return Status::Ok();
  }));
  return std::pair<std::string, uint64_t>{d.Finish(), count};
}

template <typename Fn>
Status ForEachReport(CentralStore& store, Fn&& fn) {
  std::string after;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(std::vector<std::string> ids, store.ListReportIds(after, 1000));
    if (ids.empty()) return Status::Ok();
    for (const auto& id : ids) LAMPID_RETURN_IF_ERROR(fn(id));
    after = ids.back();
  }
}

bool SameProjection(const StoredReport& a, const StoredReport& b) {
  return MessageDifferencer::Equals(a.content, b.content) && MessageDifferencer::Equals(a.state, b.state) &&
         a.version == b.version && a.first_version == b.first_version && a.content_device_id == b.content_device_id &&
         a.dest_kecamatan_code == b.dest_kecamatan_code && a.created_at_ms == b.created_at_ms &&
         a.updated_at_ms == b.updated_at_ms && a.event_count == b.event_count && a.last_event_hash == b.last_event_hash;
}

}  // namespace

Result<AuditResult> VerifyAudit(CentralStore& store) {
  AuditResult result;
  LAMPID_RETURN_IF_ERROR(ForEachReport(store, [&](const std::string& id) -> Status {
    ++result.reports;
    LAMPID_ASSIGN_OR_RETURN(std::vector<ReportEvent> events, store.GetEvents(id));
    LAMPID_ASSIGN_OR_RETURN(std::optional<StoredReport> projection, store.GetReport(id));
    result.events += events.size();
    std::string prev;
    for (size_t i = 0; i < events.size(); ++i) {
      const ReportEvent& e = events[i];
      if (e.sequence != i + 1) {
        result.findings.push_back({id, "event " + std::to_string(i + 1) + " is missing"});
        break;
      }
      if (e.prev_hash != prev) {
        result.findings.push_back({id, "event " + std::to_string(e.sequence) + " does not link to the one before"});
        break;
      }
      if (ComputeEventHash(e) != e.hash) {
        result.findings.push_back({id, "event " + std::to_string(e.sequence) + " was altered"});
        break;
      }
      prev = e.hash;
    }
    if (!projection || projection->event_count != events.size() || projection->last_event_hash != prev) {
      result.findings.push_back({id, "the report's history does not end where its current state says"});
    }
    return Status::Ok();
  }));
  LAMPID_ASSIGN_OR_RETURN(std::vector<Checkpoint> checkpoints, store.ListCheckpoints());
  std::string prev_digest;
  for (const auto& c : checkpoints) {
    ++result.checkpoints;
    LAMPID_ASSIGN_OR_RETURN(auto digest, PeriodDigest(store, c.period_start_ms, c.period_end_ms, prev_digest));
    if (c.prev_digest != prev_digest || digest.first != c.digest || digest.second != c.event_count) {
      result.findings.push_back({"", "events sealed by the checkpoint of period starting " +
                                         std::to_string(c.period_start_ms) + " were changed or deleted (" +
                                         std::to_string(c.event_count) + " sealed, " +
                                         std::to_string(digest.second) + " now)"});
    }
    prev_digest = c.digest;
  }
  return result;
}

Result<size_t> SealPeriods(CentralStore& store, int64_t now_ms, int64_t period_ms) {
  LAMPID_ASSIGN_OR_RETURN(std::vector<Checkpoint> checkpoints, store.ListCheckpoints());
  int64_t start = 0;
  std::string prev;
  if (!checkpoints.empty()) {
    start = checkpoints.back().period_end_ms;
    prev = checkpoints.back().digest;
  } else {
    // Start at the period holding the oldest event, so empty history before it is not sealed one by one.
    int64_t oldest = now_ms;
    LAMPID_RETURN_IF_ERROR(store.ForEachEventInPeriod(0, now_ms, [&](const ReportEvent& e) {
      oldest = std::min(oldest, e.created_at_ms);
      return Status::Ok();
    }));
    start = oldest - oldest % period_ms;
  }
  size_t added = 0;
  while (start + period_ms <= now_ms) {
    const int64_t end = start + period_ms;
    LAMPID_ASSIGN_OR_RETURN(auto digest, PeriodDigest(store, start, end, prev));
    LAMPID_RETURN_IF_ERROR(store.AddCheckpoint({start, end, digest.second, digest.first, prev, now_ms}));
    prev = digest.first;
    start = end;
    ++added;
  }
  return added;
}

Result<RebuildResult> RebuildProjections(CentralStore& store, bool write) {
  RebuildResult result;
  LAMPID_RETURN_IF_ERROR(ForEachReport(store, [&](const std::string& id) -> Status {
    ++result.reports;
    LAMPID_ASSIGN_OR_RETURN(std::vector<ReportEvent> events, store.GetEvents(id));
    LAMPID_ASSIGN_OR_RETURN(std::optional<StoredReport> stored, store.GetReport(id));
    auto replayed = ReplayEvents(events);
    if (replayed.ok() && stored && SameProjection(*replayed, *stored)) return Status::Ok();
    ++result.differing;
    if (result.differing_ids.size() < 20) result.differing_ids.push_back(id);
    if (write && replayed.ok()) LAMPID_RETURN_IF_ERROR(store.ReplaceProjection(*replayed));
    return Status::Ok();
  }));
  return result;
}

}  // namespace lampid::central
