#include "sync/sync_engine.h"

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <charconv>
#include <future>
#include <optional>
#include <set>

#include "core/civil_time.h"
#include "core/uuid.h"
#include "domain/report_diff.h"
#include "syncwire/push_body.h"
#include "syncwire/request_signing.h"

namespace lampid::sync {
namespace {

namespace rpb = ::lampid::report::v1;

// How many changes an answer covers: a compact answer leaves plain acceptances out and says how many.
int AnsweredCount(const syncpb::PushResponse& r) {
  return r.compact() ? static_cast<int>(r.change_count()) : r.results_size();
}

Result<int64_t> MetaInt(store::Store& s, const char* key) {
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> v, s.GetMeta(key));
  if (!v || v->empty()) return int64_t{0};
  int64_t out = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc()) return Status::Corruption(std::string("meta ") + key + " is not a number");
  return out;
}

}  // namespace

std::string ConflictMetaKey(const std::string& report_id) { return "sync.conflict." + report_id; }

SyncEngine::SyncEngine(store::Store& store, SyncTransport& transport, syncwire::PayloadCodec codec,
                       const Clock& clock, Options options)
    : store_(store),
      transport_(transport),
      codec_(std::move(codec)),
      clock_(clock),
      options_(std::move(options)),
      push_batch_now_(std::max<size_t>(1, std::min(options_.push_batch, options_.push_batch_start))) {}

void SyncEngine::AdaptPushBatch(double seconds) {
  constexpr double kGrowWithin = 1.0, kShrinkAfter = 5.0;
  constexpr size_t kSmallest = 50;
  const size_t most = std::max<size_t>(1, options_.push_batch);
  if (seconds >= 0 && seconds < kGrowWithin) {
    push_batch_now_ = std::min(most, push_batch_now_ * 2);
  } else if (seconds < 0 || seconds > kShrinkAfter) {
    push_batch_now_ = std::max(std::min(most, kSmallest), push_batch_now_ / 2);
  }
}

Result<bool> SyncEngine::Enrolled() {
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> v, store_.GetMeta(kMetaEnrolled));
  return v.has_value() && *v == store_.node().kecamatan_code;
}

Result<syncpb::EnrollResponse> SyncEngine::Enroll(const std::string& code) {
  // The escrow key: a random key that opens its own unlock slot; the server keeps it for first logins.
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> escrow_hex, store_.GetSealedMeta(kSealedEscrowPending));
  if (!escrow_hex) {
    unsigned char key[32];
    randombytes_buf(key, sizeof key);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, key, sizeof key);
    sodium_memzero(key, sizeof key);
    escrow_hex = std::string(hex);
    sodium_memzero(hex, sizeof hex);
    LAMPID_RETURN_IF_ERROR(store_.SetSealedMeta(kSealedEscrowPending, *escrow_hex));
    Status added = store_.AddOperator(kEscrowOperator, *escrow_hex);
    if (!added.ok() && added.code() != StatusCode::kAlreadyExists) return added;
  }
  syncpb::EnrollRequest req;
  req.set_protocol_version(syncpb::PROTOCOL_VERSION_1);
  req.set_enrollment_code(code);
  req.set_device_id(store_.node().node_id);
  req.set_kecamatan_code(store_.node().kecamatan_code);
  req.set_public_key(store_.node().public_key);
  req.set_app_version(options_.app_version);
  req.set_escrow_key(*escrow_hex);
  const auto digest = syncwire::EnrollDigest(req);
  LAMPID_ASSIGN_OR_RETURN(std::string sig, store_.Sign(std::string_view(reinterpret_cast<const char*>(digest.data()),
                                                                        digest.size())));
  req.set_signature(sig);
  LAMPID_ASSIGN_OR_RETURN(syncpb::EnrollResponse resp, transport_.Enroll(req));
  LAMPID_RETURN_IF_ERROR(store_.SetMeta(kMetaEnrolled, resp.kecamatan_code()));
  LAMPID_RETURN_IF_ERROR(store_.SetSealedMeta(kSealedEscrowPending, ""));
  SyncReport ignored;
  LAMPID_RETURN_IF_ERROR(RecordServerTime(resp.server_time_ms(), ignored));
  LAMPID_RETURN_IF_ERROR(store_.AppendAudit({"device_enrolled", "", "", "kecamatan " + resp.kecamatan_code()}));
  return resp;
}

Result<syncpb::SignedRequest> SyncEngine::Sign(std::string_view method, const std::string& body,
                                               std::vector<std::pair<std::string, std::string>>* deferred_meta) {
  // The counter is stored before the request leaves: a crash after sending can never reuse it. With
  // `deferred_meta` the caller writes it, in the transaction that also marks the batch sent.
  LAMPID_ASSIGN_OR_RETURN(int64_t counter, MetaInt(store_, kMetaCounter));
  ++counter;
  if (deferred_meta) {
    deferred_meta->emplace_back(kMetaCounter, std::to_string(counter));
  } else {
    LAMPID_RETURN_IF_ERROR(store_.SetMeta(kMetaCounter, std::to_string(counter)));
  }
  syncpb::SignedRequest req;
  req.set_protocol_version(syncpb::PROTOCOL_VERSION_1);
  req.set_device_id(store_.node().node_id);
  req.set_counter(static_cast<uint64_t>(counter));
  req.set_app_version(options_.app_version);
  int64_t backlog = 0;
  if (backlog_) {
    backlog = *backlog_;
  } else {
    LAMPID_ASSIGN_OR_RETURN(store::SyncCounts counts, store_.CountBySyncState());
    backlog = counts.waiting();
  }
  req.set_backlog(static_cast<uint32_t>(std::max<int64_t>(0, backlog)));
  *req.mutable_payload() = codec_.Encode(body);
  const auto digest = syncwire::RequestDigest(method, req);
  LAMPID_ASSIGN_OR_RETURN(std::string sig, store_.Sign(std::string_view(reinterpret_cast<const char*>(digest.data()),
                                                                        digest.size())));
  req.set_signature(std::move(sig));
  return req;
}

Status SyncEngine::RecordServerTime(int64_t server_time_ms, SyncReport& report) {
  if (server_time_ms <= 0) return Status::Ok();
  report.server_time_ms = server_time_ms;
  report.clock_offset_ms = server_time_ms - clock_.NowMillis();
  // Written when it moved by more than a second (a write is a disk flush; the offset rarely changes).
  if (std::llabs(report.clock_offset_ms - last_clock_offset_ms_) < 1000) return Status::Ok();
  last_clock_offset_ms_ = report.clock_offset_ms;
  return store_.SetMeta(kMetaClockOffset, std::to_string(report.clock_offset_ms));
}

Result<std::vector<QueuedAction>> SyncEngine::LoadActions() {
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> v, store_.GetSealedMeta(kSealedActions));
  std::vector<QueuedAction> out;
  if (!v || v->empty()) return out;
  syncpb::PushBody holder;  // the queue is stored as the actions field of a PushBody
  if (!holder.ParseFromString(*v)) return Status::Corruption("queued actions do not parse");
  for (const auto& a : holder.actions()) {
    out.push_back({a.action_id(), a.report_id(), a.action(), a.reason(), a.operator_id(), a.decided_at()});
  }
  return out;
}

namespace {

// Queued actions travel (and are sealed in the store) as the push body's action list.
void AddActions(const std::vector<QueuedAction>& actions, syncpb::PushBody* body) {
  for (const auto& a : actions) {
    auto* x = body->add_actions();
    x->set_action_id(a.action_id);
    x->set_report_id(a.report_id);
    x->set_action(a.action);
    x->set_reason(a.reason);
    x->set_operator_id(a.operator_id);
    x->set_decided_at(a.decided_at);
  }
}

}  // namespace

Status SyncEngine::StoreActions(const std::vector<QueuedAction>& actions) {
  syncpb::PushBody holder;
  AddActions(actions, &holder);
  return store_.SetSealedMeta(kSealedActions, holder.SerializeAsString());
}

Status SyncEngine::QueueAction(QueuedAction action) {
  if (action.action != "approve" && action.action != "return") {
    return Status::InvalidArgument("unknown action " + action.action);
  }
  if (action.action == "return" && action.reason.empty()) {
    return Status::InvalidArgument("Alasan wajib diisi untuk mengembalikan laporan / a reason is required");
  }
  if (action.action_id.empty()) action.action_id = NewUuidV7(clock_.NowMillis());
  if (action.decided_at.empty()) action.decided_at = FormatTimestamp(clock_.NowMillis());
  LAMPID_ASSIGN_OR_RETURN(std::vector<QueuedAction> actions, LoadActions());
  actions.push_back(std::move(action));
  LAMPID_RETURN_IF_ERROR(StoreActions(actions));
  return store_.AppendAudit({"workflow_action_queued", actions.back().report_id, "", actions.back().action});
}

SyncEngine::PreparedPush SyncEngine::PreparedPush::New() {
  google::protobuf::ArenaOptions options;
  options.start_block_size = 64 << 10;  // a batch of 2,000 reports takes a few MB
  options.max_block_size = 1 << 20;
  PreparedPush p;
  p.arena = std::make_unique<google::protobuf::Arena>(options);
  p.body = google::protobuf::Arena::CreateMessage<syncpb::PushBody>(p.arena.get());
  return p;
}

Status SyncEngine::ReadChanges(bool queued_only, size_t limit, const std::set<std::string_view>& skip,
                               syncpb::PushBody* body, std::vector<store::VersionRef>* sent, bool* has_more) {
  // One more than the limit is read, to tell whether more are waiting.
  size_t seen = 0;
  bool more = false;
  const auto target = [&](const store::PendingChange& p) -> domain::Report* {
    if (seen++ >= limit || skip.count(p.report_id) > 0) {
      more = true;
      return nullptr;
    }
    auto* c = body->add_changes();
    c->set_report_id(p.report_id);
    c->set_version(p.version);
    c->set_base_version(p.base_version);
    return c->mutable_report();
  };
  LAMPID_ASSIGN_OR_RETURN(std::vector<store::PendingChange> pending,
                          queued_only ? store_.QueuedChanges(limit + 1, target) : store_.PendingChanges(limit + 1, target));
  if (static_cast<int>(pending.size()) != body->changes_size()) {
    return Status::Internal("pending changes and push body do not match");
  }
  for (size_t i = 0; i < pending.size(); ++i) {
    const store::PendingChange& p = pending[i];
    auto* c = body->mutable_changes(static_cast<int>(i));
    if (!p.whole_report) {
      for (const auto& path : p.changed_paths) c->add_changed_paths(path);
      LAMPID_RETURN_IF_ERROR(domain::PruneToPaths(p.changed_paths, c->mutable_report()));
    }
    sent->push_back({p.report_id, p.version});
  }
  *has_more = more;
  return Status::Ok();
}

Status SyncEngine::BuildPushBody(size_t limit, syncpb::PushBody* body, std::vector<store::VersionRef>* sent,
                                 bool* has_more) {
  // The batch id is kept until the answer was applied: a resend after any failure reuses it, so the server
  // answers from what it stored instead of applying anything again.
  // A new id is stored with the sent marks (MarkSent), before the request leaves.
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> batch, store_.GetMeta(kMetaPendingBatch));
  if (!batch || batch->empty()) {
    batch = NewUuidV7(clock_.NowMillis());
  } else {
    limit = std::max(limit, options_.push_batch);  // a batch interrupted earlier goes out again whole
  }
  body->set_batch_id(*batch);
  body->set_compact_answers(true);  // ApplyPushResponse expands them with this body
  LAMPID_RETURN_IF_ERROR(ReadChanges(/*queued_only=*/false, limit, {}, body, sent, has_more));
  LAMPID_ASSIGN_OR_RETURN(std::vector<QueuedAction> actions, LoadActions());
  AddActions(actions, body);
  return Status::Ok();
}

Result<std::optional<SyncEngine::PreparedPush>> SyncEngine::PrepareAhead(const std::vector<store::VersionRef>& in_flight) {
  PreparedPush p = PreparedPush::New();
  // A report edited again while its previous version is in flight waits for that answer: sent now, its
  // base would still be the version before, and the server would see the two versions as competing.
  std::set<std::string_view> flying;
  for (const auto& v : in_flight) flying.insert(v.report_id);
  LAMPID_RETURN_IF_ERROR(ReadChanges(/*queued_only=*/true, NextPushBatch(), flying, p.body, &p.sent, &p.has_more));
  if (p.sent.empty()) return std::optional<PreparedPush>();
  p.body->set_batch_id(NewUuidV7(clock_.NowMillis()));
  p.body->set_compact_answers(true);  // ApplyPushResponse expands them with this body
  // Its counter, sent marks and id (as the next batch) are durable before it can leave; the id becomes the
  // pending batch's when the answer before it is applied.
  std::vector<std::pair<std::string, std::string>> meta{{kMetaNextBatch, p.body->batch_id()}};
  LAMPID_ASSIGN_OR_RETURN(p.request, Sign(syncwire::kMethodPush, syncwire::EncodePushBody(*p.body), &meta));
  LAMPID_RETURN_IF_ERROR(store_.MarkSent(p.sent, meta));
  return std::optional<PreparedPush>(std::move(p));
}

Status SyncEngine::ApplyPushResponse(const syncpb::PushBody& body, const syncpb::PushResponse& received,
                                     SyncReport& report, const std::string& next_batch_id) {
  // A compact answer names the changes by their position in the body sent; a full one (a replay, or an
  // answer bundle) names its own.
  LAMPID_ASSIGN_OR_RETURN(const syncpb::PushResponse response, syncwire::ExpandPushResponse(received, body));
  // A replayed answer belongs to the batch as first sent; its results name their own versions, so they are
  // applied the same way (an acknowledgement older than what the store has is ignored by the store).
  // Acknowledgements, server states and merged copies are applied in one transaction for the whole batch,
  // together with clearing the pending batch id when nothing else of the answer is left to apply.
  store::PushAnswer answer;
  for (const auto& r : response.results()) {
    const std::string& id = r.report_id();
    switch (r.outcome()) {
      case syncpb::OUTCOME_ACCEPTED:
      case syncpb::OUTCOME_ALREADY_HAD:
      case syncpb::OUTCOME_REFUSED:
        ++(r.outcome() == syncpb::OUTCOME_ACCEPTED      ? report.accepted
           : r.outcome() == syncpb::OUTCOME_ALREADY_HAD ? report.already_had
                                                        : report.refused);
        answer.acknowledged.push_back({id, r.version()});
        if (r.has_server_report()) {
          // The server merged our edit with someone else's: take the merged content.
          answer.merged.push_back({r.server_report(), r.server_version(), r.server_state()});
        } else {
          answer.states.emplace_back(id, r.server_state());
        }
        break;
      case syncpb::OUTCOME_CONFLICT:
        ++report.conflicts;
        LAMPID_RETURN_IF_ERROR(store_.RecordConflict(id, r.server_report(), r.server_version(), r.server_state()));
        if (r.conflicts_size() > 0) {
          LAMPID_RETURN_IF_ERROR(store_.SetSealedMeta(ConflictMetaKey(id), r.conflicts(0).SerializeAsString()));
        }
        break;
      case syncpb::OUTCOME_REJECTED:
        ++report.rejected;
        if (r.has_server_report()) {
          // The server's copy has moved on (e.g. it is registered): staff compare and choose.
          LAMPID_RETURN_IF_ERROR(store_.RecordConflict(id, r.server_report(), r.server_version(), r.server_state()));
        }
        LAMPID_RETURN_IF_ERROR(store_.AppendAudit(
            {"push_rejected", id, r.version(), r.problems_size() > 0 ? r.problems(0).code() : std::string()}));
        break;
      default: break;
    }
  }
  const bool has_actions = response.action_results_size() > 0;
  answer.delete_meta.push_back(kMetaNextBatch);
  if (!has_actions) {
    if (next_batch_id.empty()) {
      answer.delete_meta.push_back(kMetaPendingBatch);
    } else {
      answer.set_meta.emplace_back(kMetaPendingBatch, next_batch_id);
    }
  }
  LAMPID_RETURN_IF_ERROR(store_.ApplyPushAnswer(answer));
  // Workflow decisions: answered ones leave the queue (applied or refused — a refusal is final).
  if (has_actions) {
    std::set<std::string> answered;
    for (const auto& a : response.action_results()) {
      answered.insert(a.action_id());
      ++(a.applied() ? report.actions_applied : report.actions_refused);
      if (a.applied()) {
        Status s = store_.ApplyServerState(a.report_id(), a.server_state());
        if (!s.ok() && s.code() != StatusCode::kNotFound) return s;
      }
      LAMPID_RETURN_IF_ERROR(store_.AppendAudit({a.applied() ? "workflow_action_applied" : "workflow_action_refused",
                                                 a.report_id(), "", a.applied() ? "" : a.error()}));
    }
    LAMPID_ASSIGN_OR_RETURN(std::vector<QueuedAction> actions, LoadActions());
    std::vector<QueuedAction> left;
    for (auto& a : actions) {
      if (!answered.count(a.action_id)) left.push_back(std::move(a));
    }
    LAMPID_RETURN_IF_ERROR(StoreActions(left));
    if (next_batch_id.empty()) {
      LAMPID_RETURN_IF_ERROR(store_.DeleteMeta(kMetaPendingBatch));
    } else {
      LAMPID_RETURN_IF_ERROR(store_.SetMeta(kMetaPendingBatch, next_batch_id));
    }
  }
  return Status::Ok();
}

Status SyncEngine::ApplyPullPage(const syncpb::PullPage& page, SyncReport& report) {
  std::vector<store::ServerCopy> copies;
  std::vector<std::pair<std::string, domain::pb::ServerState>> states;
  for (const auto& c : page.changes()) {
    ++report.pulled;
    const bool conflict_news = !c.conflicts().empty() || c.server_state().conflict_open();
    if (!c.conflicts().empty()) {
      LAMPID_RETURN_IF_ERROR(store_.SetSealedMeta(ConflictMetaKey(c.report_id()), c.conflicts(0).SerializeAsString()));
    }
    if (!c.has_report()) {
      states.emplace_back(c.report_id(), c.server_state());
      continue;
    }
    ++report.pulled_content;
    // The common case — content edited elsewhere, no conflict involved — is batched. A report this office
    // holds in (or into) a conflict is handled one by one.
    store::ReportSummary local;
    auto summary = store_.GetSummary(c.report_id());
    if (summary.ok()) {
      local = *summary;
    } else if (summary.status().code() != StatusCode::kNotFound) {
      return summary.status();
    }
    const bool here = !local.id.empty();
    if (here && !c.conflicts().empty() && local.sync_state != rpb::SYNC_STATE_CONFLICT) {
      // Another office's edit won fields this office also changed: keep ours beside the server's for review.
      LAMPID_RETURN_IF_ERROR(store_.RecordConflict(c.report_id(), c.report(), c.server_version(), c.server_state()));
    } else if (here && !conflict_news && local.sync_state == rpb::SYNC_STATE_CONFLICT) {
      // Staff resolved the conflict (here or at another office): take the resolution.
      LAMPID_RETURN_IF_ERROR(store_.RecordConflict(c.report_id(), c.report(), c.server_version(), c.server_state()));
      LAMPID_RETURN_IF_ERROR(store_.ResolveConflict(c.report_id(), c.report()).status);
      LAMPID_RETURN_IF_ERROR(store_.DeleteMeta(ConflictMetaKey(c.report_id())));
    } else {
      copies.push_back({c.report(), c.server_version(), c.server_state()});
    }
  }
  if (!copies.empty()) LAMPID_RETURN_IF_ERROR(store_.UpsertManyFromServer(copies).status());
  if (!states.empty()) LAMPID_RETURN_IF_ERROR(store_.ApplyServerStates(states));
  if (page.users_included()) {
    syncpb::PullPage holder;
    *holder.mutable_users() = page.users();
    LAMPID_RETURN_IF_ERROR(store_.SetSealedMeta(kSealedUsers, holder.SerializeAsString()));
    LAMPID_RETURN_IF_ERROR(store_.SetMeta(kMetaUsersVersion, page.users_version()));
  }
  return Status::Ok();
}

Result<SyncReport> SyncEngine::SyncOnce(const std::function<void(const SyncProgress&)>& progress,
                                        const std::atomic<bool>* cancel) {
  LAMPID_ASSIGN_OR_RETURN(bool enrolled, Enrolled());
  if (!enrolled) {
    return Status::FailedPrecondition("Perangkat ini belum didaftarkan ke server; jalankan pendaftaran dengan kode "
                                      "dari admin / This device is not enrolled yet");
  }
  SyncReport report;
  LAMPID_ASSIGN_OR_RETURN(store::SyncCounts before, store_.CountBySyncState());
  const size_t total = static_cast<size_t>(before.waiting());
  backlog_ = before.waiting();
  struct ForgetBacklog {
    std::optional<int64_t>& backlog;
    ~ForgetBacklog() { backlog.reset(); }
  } forget_backlog{backlog_};
  std::set<std::pair<std::string, std::string>> pushed;  // (id, version) answered in this run

  // ---- push ----
  // One request in flight at a time (the request counter must reach the server in order), but the edge's
  // own work overlaps the server's: while batch N+1 travels and is stored, the answer to batch N is applied
  // and batch N+2 is read, signed and marked sent (queued changes only), ready to leave as soon as N+1's
  // answer arrives. Every answer stays replayable: the batch in flight is the pending batch once the answer
  // before it is applied, and until then it is the next batch (kMetaNextBatch), which a resend after an
  // interruption takes up right after the pending one's.
  struct Answered {
    PreparedPush batch;
    syncpb::PushResponse response;
  };
  std::optional<PreparedPush> ready;  // durable and signed: leaves next
  std::optional<Answered> answered;   // answered, not yet applied
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> interrupted_next, store_.GetMeta(kMetaNextBatch));
  auto answered_changes = [&report] {
    return static_cast<int64_t>(report.accepted + report.already_had + report.refused + report.conflicts);
  };
  auto apply = [&](Answered& a, const std::string& next_batch_id) -> Status {
    const int64_t answered_before = answered_changes();
    LAMPID_RETURN_IF_ERROR(ApplyPushResponse(*a.batch.body, a.response, report, next_batch_id));
    *backlog_ -= answered_changes() - answered_before;
    LAMPID_RETURN_IF_ERROR(RecordServerTime(a.response.server_time_ms(), report));
    for (const auto& v : a.batch.sent) pushed.insert({v.report_id, v.version});
    ++report.batches;
    report.pushed += a.batch.sent.size();
    if (progress) progress({SyncProgress::Phase::kPush, report.pushed, total});
    return Status::Ok();
  };
  for (;;) {
    if (cancel && cancel->load()) break;
    if (!ready) {
      if (answered) {
        // Nothing was prepared ahead: finish the previous batch before reading what is pending.
        LAMPID_RETURN_IF_ERROR(apply(*answered, interrupted_next.value_or("")));
        interrupted_next.reset();
        const bool done = !answered->batch.has_more &&
                          AnsweredCount(answered->response) == static_cast<int>(answered->batch.sent.size()) &&
                          answered->batch.body->actions().empty();
        answered.reset();
        if (done) {
          // Everything that was waiting went out; one more round only if edits arrived meanwhile.
          LAMPID_ASSIGN_OR_RETURN(store::SyncCounts now, store_.CountBySyncState());
          if (now.queued == 0) break;
        }
      }
      PreparedPush p = PreparedPush::New();
      LAMPID_RETURN_IF_ERROR(BuildPushBody(NextPushBatch(), p.body, &p.sent, &p.has_more));
      if (p.body->changes().empty() && p.body->actions().empty()) {
        LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> stale, store_.GetMeta(kMetaPendingBatch));
        if (stale) LAMPID_RETURN_IF_ERROR(store_.DeleteMeta(kMetaPendingBatch));
        if (interrupted_next) LAMPID_RETURN_IF_ERROR(store_.DeleteMeta(kMetaNextBatch));
        break;
      }
      // Changes that were answered in this run and are still waiting (the server refused them for good, or
      // keeps answering the same): stop instead of looping; the next sync tries again.
      bool progress_possible = !p.body->actions().empty();
      for (const auto& v : p.sent) progress_possible |= !pushed.count({v.report_id, v.version});
      if (!progress_possible) break;
      // The batch id, the request counter and the sent marks are stored in one transaction before it leaves.
      std::vector<std::pair<std::string, std::string>> meta{{kMetaPendingBatch, p.body->batch_id()}};
      LAMPID_ASSIGN_OR_RETURN(p.request, Sign(syncwire::kMethodPush, syncwire::EncodePushBody(*p.body), &meta));
      LAMPID_RETURN_IF_ERROR(store_.MarkSent(p.sent, meta));
      ready = std::move(p);
    }
    PreparedPush cur = std::move(*ready);
    ready.reset();
    // The transport is thread-safe and this is its only call in flight; the store stays on this thread.
    const auto sent_at = std::chrono::steady_clock::now();
    auto in_flight = std::async(std::launch::async, [this, &cur] { return transport_.Push(cur.request); });
    if (answered) {
      // `cur` was prepared ahead (its id is kMetaNextBatch): it becomes the pending batch.
      LAMPID_RETURN_IF_ERROR(apply(*answered, cur.body->batch_id()));  // (the future waits for the request)
      answered.reset();
    }
    if (options_.pipeline && !interrupted_next && cur.has_more && cur.body->actions().empty() &&
        !(cancel && cancel->load())) {
      LAMPID_ASSIGN_OR_RETURN(ready, PrepareAhead(cur.sent));
    }
    auto resp = in_flight.get();
    AdaptPushBatch(resp.ok() ? std::chrono::duration<double>(std::chrono::steady_clock::now() - sent_at).count() : -1);
    if (!resp.ok()) return resp.status();
    answered = Answered{std::move(cur), std::move(*resp)};
  }
  if (answered) {
    // The last batch (or the one before a cancel): a batch prepared but not sent stays the next one to go.
    LAMPID_RETURN_IF_ERROR(apply(*answered, ready ? ready->body->batch_id() : interrupted_next.value_or("")));
  }

  // ---- pull ----
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> cursor, store_.GetMeta(kMetaCursor));
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> users_version, store_.GetMeta(kMetaUsersVersion));
  for (;;) {
    if (cancel && cancel->load()) break;
    syncpb::PullBody body;
    body.set_cursor(cursor.value_or(""));
    body.set_max_changes(options_.pull_page);
    body.set_users_version(users_version.value_or(""));
    LAMPID_ASSIGN_OR_RETURN(syncpb::SignedRequest req, Sign(syncwire::kMethodPull, body.SerializeAsString()));
    LAMPID_ASSIGN_OR_RETURN(syncpb::PullResponse resp, transport_.Pull(req));
    LAMPID_ASSIGN_OR_RETURN(std::string page_bytes, codec_.Decode(resp.page()));
    syncpb::PullPage page;
    if (!page.ParseFromString(page_bytes)) return Status::InvalidArgument("server sent a pull page that does not parse");
    LAMPID_RETURN_IF_ERROR(ApplyPullPage(page, report));
    // The cursor moves only after the page was applied: a crash in between repeats the page (harmless).
    cursor = page.next_cursor();
    users_version = page.users_version();
    LAMPID_RETURN_IF_ERROR(store_.SetMeta(kMetaCursor, *cursor));
    LAMPID_RETURN_IF_ERROR(RecordServerTime(resp.server_time_ms(), report));
    if (progress) progress({SyncProgress::Phase::kPull, report.pulled, 0});
    if (!page.has_more()) break;
  }

  LAMPID_ASSIGN_OR_RETURN(store::SyncCounts after, store_.CountBySyncState());
  report.waiting_after = after.waiting();
  LAMPID_RETURN_IF_ERROR(store_.SetMeta(kMetaLastSuccess, std::to_string(clock_.NowMillis())));
  LAMPID_RETURN_IF_ERROR(store_.AppendAudit(
      {"sync_completed", "", "",
       "pushed " + std::to_string(report.pushed) + ", accepted " + std::to_string(report.accepted) + ", conflicts " +
           std::to_string(report.conflicts) + ", refused " + std::to_string(report.refused) + ", pulled " +
           std::to_string(report.pulled)}));
  return report;
}

Result<syncpb::UserInfo> SyncEngine::LoginOnline(const std::string& user_id, const std::string& password) {
  if (user_id.rfind("escrow.", 0) == 0) return Status::InvalidArgument("reserved user id");
  // Not signed: the store (and the device key in it) is usually locked at a first login.
  syncpb::LoginRequest req;
  req.set_protocol_version(syncpb::PROTOCOL_VERSION_1);
  req.set_device_id(store_.node().node_id);
  req.set_user_id(user_id);
  req.set_password(password);
  req.set_app_version(options_.app_version);
  LAMPID_ASSIGN_OR_RETURN(syncpb::LoginResponse resp, transport_.Login(req));
  SyncReport ignored;
  LAMPID_RETURN_IF_ERROR(RecordServerTime(resp.server_time_ms(), ignored));
  if (resp.escrow_key().empty()) return Status::FailedPrecondition("server holds no key for this device; enroll again");
  if (!store_.unlocked()) LAMPID_RETURN_IF_ERROR(store_.Unlock(kEscrowOperator, resp.escrow_key()));
  Status added = store_.AddOperator(user_id, password);
  store_.Lock();
  if (!added.ok()) return added;
  LAMPID_RETURN_IF_ERROR(store_.Unlock(user_id, password));
  LAMPID_RETURN_IF_ERROR(store_.AppendAudit({"operator_first_login", "", "", "online"}));
  return resp.user();
}

Result<std::vector<syncpb::UserInfo>> SyncEngine::KnownUsers() {
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> v, store_.GetSealedMeta(kSealedUsers));
  std::vector<syncpb::UserInfo> out;
  if (!v) return out;
  syncpb::PullPage holder;
  if (!holder.ParseFromString(*v)) return Status::Corruption("stored user list does not parse");
  out.assign(holder.users().begin(), holder.users().end());
  return out;
}

Result<std::string> SyncEngine::MakeBundle(size_t* changes_in_bundle) {
  LAMPID_ASSIGN_OR_RETURN(bool enrolled, Enrolled());
  if (!enrolled) return Status::FailedPrecondition("Perangkat ini belum didaftarkan / not enrolled");
  syncpb::Bundle bundle;
  bundle.set_format(1);
  bundle.set_device_id(store_.node().node_id);
  bundle.set_created_at_ms(clock_.NowMillis());
  std::vector<store::VersionRef> sent;
  bool has_more = false;
  // One push per bundle, as large as the server accepts in one batch.
  syncpb::PushBody body;
  LAMPID_RETURN_IF_ERROR(BuildPushBody(5000, &body, &sent, &has_more));
  if (!body.changes().empty() || !body.actions().empty()) {
    std::vector<std::pair<std::string, std::string>> meta{{kMetaPendingBatch, body.batch_id()}};
    LAMPID_ASSIGN_OR_RETURN(*bundle.mutable_push(), Sign(syncwire::kMethodPush, syncwire::EncodePushBody(body), &meta));
    LAMPID_RETURN_IF_ERROR(store_.MarkSent(sent, meta));
  }
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> cursor, store_.GetMeta(kMetaCursor));
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> users_version, store_.GetMeta(kMetaUsersVersion));
  syncpb::PullBody pull;
  pull.set_cursor(cursor.value_or(""));
  pull.set_max_changes(options_.pull_page);
  pull.set_users_version(users_version.value_or(""));
  LAMPID_ASSIGN_OR_RETURN(*bundle.mutable_pull(), Sign(syncwire::kMethodPull, pull.SerializeAsString()));
  if (changes_in_bundle) *changes_in_bundle = sent.size();
  LAMPID_RETURN_IF_ERROR(store_.AppendAudit({"bundle_written", "", "", std::to_string(sent.size()) + " changes"}));
  return bundle.SerializeAsString();
}

Result<SyncReport> SyncEngine::ApplyAnswerBundle(const std::string& bytes) {
  syncpb::AnswerBundle answer;
  if (!answer.ParseFromString(bytes) || answer.format() != 1) {
    return Status::InvalidArgument("berkas ini bukan jawaban sinkronisasi / not a sync answer file");
  }
  if (answer.device_id() != store_.node().node_id) {
    return Status::InvalidArgument("jawaban ini untuk perangkat lain / this answer is for another device");
  }
  if (!answer.error().empty()) {
    return Status(static_cast<StatusCode>(answer.error_code()), "server menolak berkas / the server refused the bundle: " +
                                                                     answer.error());
  }
  SyncReport report;
  if (answer.has_push()) {
    syncpb::PushBody none;
    LAMPID_RETURN_IF_ERROR(ApplyPushResponse(none, answer.push(), report));
    report.pushed = static_cast<size_t>(answer.push().results_size());
    LAMPID_RETURN_IF_ERROR(RecordServerTime(answer.push().server_time_ms(), report));
  }
  for (const auto& p : answer.pulls()) {
    LAMPID_ASSIGN_OR_RETURN(std::string page_bytes, codec_.Decode(p.page()));
    syncpb::PullPage page;
    if (!page.ParseFromString(page_bytes)) return Status::InvalidArgument("pull page in the answer does not parse");
    LAMPID_RETURN_IF_ERROR(ApplyPullPage(page, report));
    LAMPID_RETURN_IF_ERROR(store_.SetMeta(kMetaCursor, page.next_cursor()));
    LAMPID_RETURN_IF_ERROR(RecordServerTime(p.server_time_ms(), report));
  }
  LAMPID_ASSIGN_OR_RETURN(store::SyncCounts after, store_.CountBySyncState());
  report.waiting_after = after.waiting();
  LAMPID_RETURN_IF_ERROR(store_.SetMeta(kMetaLastSuccess, std::to_string(clock_.NowMillis())));
  LAMPID_RETURN_IF_ERROR(store_.AppendAudit({"bundle_answer_applied", "", "", std::to_string(report.pushed) + " answered"}));
  return report;
}

}  // namespace lampid::sync
