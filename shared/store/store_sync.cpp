// The sync engine's side of the store: what to send, what the server answered, conflicts, pulls.
#include <algorithm>
#include <set>
#include <sstream>
#include <unordered_map>

#include "core/civil_time.h"
#include "core/uuid.h"
#include "domain/report_diff.h"
#include "domain/report_json.h"
#include "domain/report_validator.h"
#include "store/store.h"
#include "store/store_internal.h"

namespace lampid::store {
namespace {

using domain::pb::SYNC_STATE_ACKNOWLEDGED;
using domain::pb::SYNC_STATE_CONFLICT;
using domain::pb::SYNC_STATE_QUEUED;
using domain::pb::SYNC_STATE_SENT;

Result<HlcTimestamp> ParseVersion(std::string_view version) {
  auto v = HlcTimestamp::Parse(version);
  if (!v || v->empty()) return Status::InvalidArgument("malformed version: " + std::string(version));
  return *v;
}

std::vector<std::string> SplitPaths(const std::string& joined) {
  std::vector<std::string> out;
  std::istringstream in(joined);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

Status UpdateState(Database& db, int64_t seq, domain::SyncState state) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare("UPDATE reports SET sync_state = ? WHERE seq = ?"));
  st.Bind(1, state).Bind(2, seq);
  return st.Run();
}

// `state` sealed for the report row, or nullopt when it is older than the stored one (ServerState
// updated_at): such a state is ignored.
Result<std::optional<std::string>> SealServerStateIfNewer(const KeyRing& keys, const Row& row,
                                                          const domain::pb::ServerState& state) {
  LAMPID_ASSIGN_OR_RETURN(auto current, OpenServerState(keys, row.summary.id, row.server_state));
  // ISO 8601 UTC timestamps of one format compare as text.
  if (current && !state.updated_at().empty() && state.updated_at() < current->updated_at()) {
    return std::optional<std::string>();
  }
  LAMPID_ASSIGN_OR_RETURN(std::string sealed, SealMessage(keys, state, ServerStateAd(row.summary.id)));
  return std::optional<std::string>(std::move(sealed));
}

// Stores `state` sealed on the report row with its workflow state, unless it is older than what is stored.
// Returns whether it was applied.
Result<bool> StoreServerState(Database& db, const KeyRing& keys, const Row& row, const domain::pb::ServerState& state) {
  LAMPID_ASSIGN_OR_RETURN(const std::optional<std::string> sealed, SealServerStateIfNewer(keys, row, state));
  if (!sealed) return false;
  LAMPID_ASSIGN_OR_RETURN(Statement st,
                          db.Prepare("UPDATE reports SET server_state = ?, workflow_state = ? WHERE seq = ?"));
  st.BindBlob(1, *sealed).Bind(2, state.workflow_state()).Bind(3, row.summary.cursor);
  LAMPID_RETURN_IF_ERROR(st.Run());
  return true;
}

// Records the server's competing version inside the caller's transaction.
Status RecordConflictIn(Database& db, WriteContext& ctx, const KeyRing& keys, const Row& row,
                        const domain::Report& server_report, std::string_view server_version,
                        const std::optional<domain::pb::ServerState>& server_state, int64_t now) {
  LAMPID_ASSIGN_OR_RETURN(const HlcTimestamp remote, ParseVersion(server_version));
  LAMPID_RETURN_IF_ERROR(ctx.NextVersionAfter(remote).status());  // our next versions sort after the server's
  LAMPID_ASSIGN_OR_RETURN(const std::string sealed,
                          SealMessage(keys, server_report, ConflictAd(row.summary.id, server_version)));
  std::optional<std::string> sealed_state;
  if (server_state) {
    LAMPID_ASSIGN_OR_RETURN(sealed_state, SealMessage(keys, *server_state, ServerStateAd(row.summary.id)));
    LAMPID_RETURN_IF_ERROR(StoreServerState(db, keys, row, *server_state).status());
  }
  LAMPID_ASSIGN_OR_RETURN(
      Statement st,
      db.Prepare("INSERT OR REPLACE INTO conflicts (report_id, server_version, server_sealed, server_state, "
                 "local_version, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"));
  st.BindText(1, row.summary.id).BindText(2, server_version).BindBlob(3, sealed);
  if (sealed_state) {
    st.BindBlob(4, *sealed_state);
  } else {
    st.BindNull(4);
  }
  st.BindText(5, row.summary.version).Bind(6, now);
  LAMPID_RETURN_IF_ERROR(st.Run());
  LAMPID_RETURN_IF_ERROR(UpdateState(db, row.summary.cursor, SYNC_STATE_CONFLICT));
  return ctx.audit().Append(now, "conflict_recorded", row.summary.id, keys.operator_id, row.summary.version,
                            "server_version=" + std::string(server_version));
}

// What an acknowledgement does to a row: nothing (an old answer), or a new base version and sync state.
struct AckEffect {
  bool applies = false;
  domain::SyncState state = domain::pb::SYNC_STATE_UNSPECIFIED;
};

Result<AckEffect> AckEffectOn(const ReportSummary& s, const VersionRef& ref) {
  if (ref.version > s.version) {
    return Status::FailedPrecondition("report " + s.id + ": acknowledged version " + ref.version +
                                      " is newer than the local version " + s.version);
  }
  AckEffect e;
  if (ref.version <= s.base_version) return e;  // an old answer
  e.applies = true;
  e.state = s.sync_state;
  if (e.state != SYNC_STATE_CONFLICT && e.state != domain::pb::SYNC_STATE_DRAFT) {
    e.state = ref.version == s.version ? SYNC_STATE_ACKNOWLEDGED : SYNC_STATE_QUEUED;
  }
  return e;
}

// The acknowledged versions and the server states of a push answer, inside the caller's transaction: as
// Acknowledge for each acknowledgement, then ApplyServerState for each state (ids this node does not hold
// are skipped). A report that is acknowledged once and has one state in the answer — every report of a
// normal push answer — takes one pass: its row is read once and updated once. Its audit rows are the same
// as in two passes ("report_acknowledged", then "server_state_applied"); only their interleaving with
// other reports' rows in the chain differs.
Status AcknowledgeAndApplyStatesIn(Database& db, WriteContext& ctx, const KeyRing& keys,
                                   const std::vector<VersionRef>& acknowledged,
                                   const std::vector<std::pair<std::string, domain::pb::ServerState>>& states,
                                   int64_t now) {
  for (const VersionRef& ref : acknowledged) LAMPID_RETURN_IF_ERROR(ParseVersion(ref.version).status());
  // id → index of its state, for ids acknowledged exactly once with exactly one state; -1 otherwise.
  std::unordered_map<std::string_view, int64_t> paired;
  paired.reserve(states.size());
  for (size_t i = 0; i < states.size(); ++i) {
    auto [it, inserted] = paired.emplace(states[i].first, static_cast<int64_t>(i));
    if (!inserted) it->second = -1;
  }
  {
    std::unordered_map<std::string_view, int> acks;
    acks.reserve(acknowledged.size());
    for (const VersionRef& ref : acknowledged) ++acks[ref.report_id];
    for (auto& [id, index] : paired) {
      auto a = acks.find(id);
      if (a == acks.end() || a->second != 1) index = -1;
    }
  }
  std::vector<bool> state_done(states.size(), false);

  LAMPID_ASSIGN_OR_RETURN(Statement del, db.Prepare("DELETE FROM outbox WHERE report_id = ? AND version <= ?"));
  LAMPID_ASSIGN_OR_RETURN(Statement up, db.Prepare("UPDATE reports SET base_version = COALESCE(?1, base_version), "
                                                   "sync_state = COALESCE(?2, sync_state), "
                                                   "server_state = COALESCE(?3, server_state), "
                                                   "workflow_state = COALESCE(?4, workflow_state) WHERE seq = ?5"));
  for (const VersionRef& ref : acknowledged) {
    LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(db, ref.report_id, /*with_content=*/false));
    if (!row) return NotFoundStatus(ref.report_id);
    const ReportSummary& s = row->summary;
    LAMPID_ASSIGN_OR_RETURN(const AckEffect ack, AckEffectOn(s, ref));
    const domain::pb::ServerState* state = nullptr;
    if (auto p = paired.find(ref.report_id); p != paired.end() && p->second >= 0) {
      state = &states[static_cast<size_t>(p->second)].second;
      state_done[static_cast<size_t>(p->second)] = true;
    }
    std::optional<std::string> sealed_state;
    if (state != nullptr) {
      LAMPID_ASSIGN_OR_RETURN(sealed_state, SealServerStateIfNewer(keys, *row, *state));
    }
    if (ack.applies) {
      del.BindText(1, s.id).BindText(2, ref.version);
      LAMPID_RETURN_IF_ERROR(del.Run());
    }
    if (ack.applies || sealed_state) {
      // One UPDATE for either or both: a NULL parameter keeps its column.
      if (ack.applies) {
        up.BindText(1, ref.version).Bind(2, ack.state);
      } else {
        up.BindNull(1).BindNull(2);
      }
      if (sealed_state) {
        up.BindBlob(3, *sealed_state).Bind(4, state->workflow_state());
      } else {
        up.BindNull(3).BindNull(4);
      }
      up.Bind(5, s.cursor);
      LAMPID_RETURN_IF_ERROR(up.Run());
    }
    if (ack.applies) {
      LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "report_acknowledged", s.id, keys.operator_id, ref.version,
                                                "state=" + domain::SyncStateName(ack.state)));
    }
    if (sealed_state) {
      LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "server_state_applied", s.id, keys.operator_id, s.version,
                                                "workflow=" + domain::WorkflowStateName(state->workflow_state())));
    }
  }
  for (size_t i = 0; i < states.size(); ++i) {
    if (state_done[i]) continue;
    const auto& [id, state] = states[i];
    LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(db, id, /*with_content=*/false));
    if (!row) continue;  // a report this node does not hold
    LAMPID_ASSIGN_OR_RETURN(const bool applied, StoreServerState(db, keys, *row, state));
    if (!applied) continue;
    LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "server_state_applied", id, keys.operator_id, row->summary.version,
                                              "workflow=" + domain::WorkflowStateName(state.workflow_state())));
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<PendingChange>> Store::PendingChanges(size_t limit) {
  return ReadPending(kPendingQuery, limit, nullptr);
}

Result<std::vector<PendingChange>> Store::QueuedChanges(size_t limit) {
  return ReadPending(kQueuedQuery, limit, nullptr);
}

Result<std::vector<PendingChange>> Store::PendingChanges(size_t limit, const ContentTarget& target) {
  return ReadPending(kPendingQuery, limit, &target);
}

Result<std::vector<PendingChange>> Store::QueuedChanges(size_t limit, const ContentTarget& target) {
  return ReadPending(kQueuedQuery, limit, &target);
}

Result<std::vector<PendingChange>> Store::ReadPending(const char* query, size_t limit, const ContentTarget* target) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  LAMPID_ASSIGN_OR_RETURN(auto read, ReadTransaction::Begin(*db_));  // reports and outbox from one snapshot
  LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare(query));
  const size_t rows = std::clamp<size_t>(limit, 1, 10000);
  st.Bind(1, static_cast<int64_t>(rows));
  std::vector<PendingChange> out;
  out.reserve(std::min<size_t>(rows, 1000));
  while (true) {
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (!row) break;
    PendingChange c;
    const ReportSummary s = RowToSummary(st);
    c.report_id = s.id;
    c.version = s.version;
    c.base_version = s.base_version;
    c.sync_state = s.sync_state;
    domain::Report* content = &c.report;
    if (target != nullptr) {
      content = (*target)(c);
      if (content == nullptr) continue;
    }
    LAMPID_RETURN_IF_ERROR(OpenReportRow(*keys, s, st.BlobView(kSummaryColumnCount), content));
    out.push_back(std::move(c));
  }
  LAMPID_ASSIGN_OR_RETURN(Statement ob, db_->Prepare("SELECT paths FROM outbox WHERE report_id = ? AND version > ? "
                                                     "ORDER BY version"));
  for (PendingChange& c : out) {
    c.whole_report = c.base_version.empty();
    if (c.whole_report) continue;
    std::set<std::string> paths;
    ob.BindText(1, c.report_id).BindText(2, c.base_version);
    while (true) {
      LAMPID_ASSIGN_OR_RETURN(const bool row, ob.Step());
      if (!row) break;
      const std::string joined = ob.Text(0);
      if (joined.empty()) {
        c.whole_report = true;
        break;
      }
      for (auto& p : SplitPaths(joined)) paths.insert(std::move(p));
    }
    ob.Reset();
    if (!c.whole_report) {
      if (paths.empty()) {
        c.whole_report = true;  // pending without a recorded change: send everything rather than nothing
      } else {
        c.changed_paths.assign(paths.begin(), paths.end());
      }
    }
  }
  return out;
}

Status Store::MarkSent(std::string_view id, std::string_view version) {
  return MarkSent(std::vector<VersionRef>{{std::string(id), std::string(version)}});
}

Status Store::MarkSent(const std::vector<VersionRef>& sent) { return MarkSent(sent, {}); }

Status Store::MarkSent(const std::vector<VersionRef>& sent, const std::vector<std::pair<std::string, std::string>>& meta) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  for (const auto& [key, value] : meta) LAMPID_RETURN_IF_ERROR(CheckMetaKey(key));
  const int64_t now = shared_->clock->NowMillis();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  // One conditional UPDATE per report instead of reading its row: only a report still queued at exactly
  // this version changes; the row is looked at only to tell an unknown id from one edited or sent since.
  LAMPID_ASSIGN_OR_RETURN(Statement mark, db_->Prepare("UPDATE reports SET sync_state = ?1 WHERE id = ?2 AND "
                                                       "version = ?3 AND sync_state = ?4"));
  for (const VersionRef& ref : sent) {
    mark.Bind(1, SYNC_STATE_SENT).BindText(2, ref.report_id).BindText(3, ref.version).Bind(4, SYNC_STATE_QUEUED);
    LAMPID_RETURN_IF_ERROR(mark.Run());
    if (db_->Changes() == 0) {
      LAMPID_ASSIGN_OR_RETURN(Statement exists, db_->Prepare("SELECT 1 FROM reports WHERE id = ?"));
      exists.BindText(1, ref.report_id);
      LAMPID_ASSIGN_OR_RETURN(const bool found, exists.Step());
      if (!found) return NotFoundStatus(ref.report_id);
      continue;
    }
    LAMPID_RETURN_IF_ERROR(
        ctx.audit().Append(now, "report_sent", ref.report_id, keys->operator_id, ref.version, "state=sent"));
  }
  for (const auto& [key, value] : meta) LAMPID_RETURN_IF_ERROR(WriteMeta(*db_, key, value));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  return txn->Commit();
}

Status Store::Acknowledge(std::string_view id, std::string_view version) {
  return Acknowledge(std::vector<VersionRef>{{std::string(id), std::string(version)}});
}

Status Store::Acknowledge(const std::vector<VersionRef>& acknowledged) {
  PushAnswer answer;
  answer.acknowledged = acknowledged;
  return ApplyPushAnswer(answer);
}

Status Store::ApplyServerState(std::string_view id, const domain::pb::ServerState& state) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  const int64_t now = shared_->clock->NowMillis();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(*db_, id, /*with_content=*/false));
  if (!row) return NotFoundStatus(id);
  LAMPID_ASSIGN_OR_RETURN(const bool applied, StoreServerState(*db_, *keys, *row, state));
  if (!applied) return Status::Ok();
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "server_state_applied", id, keys->operator_id,
                                            row->summary.version,
                                            "workflow=" + domain::WorkflowStateName(state.workflow_state())));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  return txn->Commit();
}

Status Store::RecordConflict(std::string_view id, const domain::Report& server_report,
                             std::string_view server_version,
                             const std::optional<domain::pb::ServerState>& server_state) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  LAMPID_RETURN_IF_ERROR(ParseVersion(server_version).status());
  if (server_report.id() != id) return Status::InvalidArgument("the server's report has another id");
  const int64_t now = shared_->clock->NowMillis();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(*db_, id));
  if (!row) return NotFoundStatus(id);
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_RETURN_IF_ERROR(RecordConflictIn(*db_, ctx, *keys, *row, server_report, server_version, server_state, now));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  return txn->Commit();
}

Result<ConflictInfo> Store::GetConflict(std::string_view id) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  LAMPID_ASSIGN_OR_RETURN(auto read, ReadTransaction::Begin(*db_));
  LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(*db_, id));
  if (!row) return NotFoundStatus(id);
  LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare("SELECT server_version, server_sealed, server_state, recorded_at "
                                                     "FROM conflicts WHERE report_id = ?"));
  st.BindText(1, id);
  LAMPID_ASSIGN_OR_RETURN(const bool found, st.Step());
  if (!found || row->summary.sync_state != SYNC_STATE_CONFLICT) {
    return Status::NotFound("Laporan " + std::string(id) + " tidak sedang bentrok / report " + std::string(id) +
                            " is not in conflict");
  }
  ConflictInfo info;
  info.server_version = st.Text(0);
  LAMPID_RETURN_IF_ERROR(OpenMessage(*keys, st.Blob(1), ConflictAd(id, info.server_version), &info.server_report));
  std::optional<std::string> sealed_state;
  if (!st.IsNull(2)) sealed_state = st.Blob(2);
  LAMPID_ASSIGN_OR_RETURN(info.server_state, OpenServerState(*keys, id, sealed_state));
  info.recorded_at_ms = st.Int(3);
  LAMPID_ASSIGN_OR_RETURN(info.local, OpenRow(*keys, std::move(*row)));
  info.differing_paths = domain::DiffMessages(WithoutSaveStamps(info.server_report), WithoutSaveStamps(info.local.report));
  return info;
}

SaveResult Store::ResolveConflict(std::string_view id, domain::Report chosen) {
  auto keys = shared_->Keys();
  if (!keys) return Failed(LockedStatus());
  if (!chosen.id().empty() && chosen.id() != id) {
    return Failed(Status::InvalidArgument("ID laporan tidak boleh diubah / the report id cannot change"));
  }
  const int64_t now = shared_->clock->NowMillis();
  chosen.set_id(std::string(id));
  SaveResult result;
  auto write = [&]() -> Status {
    LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
    LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(*db_, id));
    if (!row) return NotFoundStatus(id);
    const ReportSummary old = row->summary;
    if (old.sync_state != SYNC_STATE_CONFLICT) {
      return Status::FailedPrecondition("Laporan " + std::string(id) + " tidak sedang bentrok / report " +
                                        std::string(id) + " is not in conflict");
    }
    LAMPID_ASSIGN_OR_RETURN(Statement st,
                            db_->Prepare("SELECT server_version, server_sealed FROM conflicts WHERE report_id = ?"));
    st.BindText(1, id);
    LAMPID_ASSIGN_OR_RETURN(const bool found, st.Step());
    if (!found) return Status::Corruption("report " + std::string(id) + " is in conflict but has no conflict record");
    const std::string server_version = st.Text(0);
    domain::Report server;
    LAMPID_RETURN_IF_ERROR(OpenMessage(*keys, st.Blob(1), ConflictAd(id, server_version), &server));
    st.Reset();
    domain::Report current;
    LAMPID_RETURN_IF_ERROR(OpenReportRow(*keys, old, row->sealed, &current));
    if (chosen.kind() != old.kind) {
      return Status::InvalidArgument("Jenis laporan tidak boleh diubah / the report kind cannot change");
    }
    chosen.set_created_at(server.created_at().empty() ? current.created_at() : server.created_at());
    chosen.set_updated_at(FormatTimestamp(now));
    chosen.set_operator_id(keys->operator_id);
    result.problems = domain::ValidateReport(chosen, {*shared_->options.regions, now});
    if (result.problems.HasErrors()) return InvalidReportStatus(result.problems);
    domain::FillDerivedFields(&chosen, *shared_->options.regions);
    result.changed_paths = domain::DiffMessages(WithoutSaveStamps(server), WithoutSaveStamps(chosen));

    WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
    LAMPID_ASSIGN_OR_RETURN(const HlcTimestamp remote, ParseVersion(server_version));
    std::string version;
    domain::SyncState state;
    const domain::Report* stored = &chosen;
    if (result.changed_paths.empty()) {
      // Staff took the server's version: nothing to send; it is what the server acknowledged.
      version = server_version;
      state = SYNC_STATE_ACKNOWLEDGED;
      stored = &server;
      LAMPID_RETURN_IF_ERROR(ctx.NextVersionAfter(remote).status());
    } else {
      LAMPID_ASSIGN_OR_RETURN(const HlcTimestamp v, ctx.NextVersionAfter(remote));
      version = v.ToString();
      state = SYNC_STATE_QUEUED;
    }
    LAMPID_ASSIGN_OR_RETURN(const std::string sealed, SealMessage(*keys, *stored, ReportAd(id, version)));
    LAMPID_ASSIGN_OR_RETURN(Statement up, db_->Prepare("UPDATE reports SET desa_code = ?, updated_at = ?, "
                                                       "operator_id = ?, sync_state = ?, version = ?, base_version = ? "
                                                       "WHERE seq = ?"));
    up.BindText(1, stored->desa_code()).Bind(2, now).BindText(3, keys->operator_id).Bind(4, state);
    up.BindText(5, version).BindText(6, server_version).Bind(7, old.cursor);
    LAMPID_RETURN_IF_ERROR(up.Run());
    LAMPID_RETURN_IF_ERROR(PutContent(*db_, old.cursor, sealed));
    LAMPID_RETURN_IF_ERROR(UpdateBlindTags(*db_, *keys, current, *stored, old.cursor));
    LAMPID_ASSIGN_OR_RETURN(Statement del, db_->Prepare("DELETE FROM outbox WHERE report_id = ?"));
    del.BindText(1, id);
    LAMPID_RETURN_IF_ERROR(del.Run());
    if (state == SYNC_STATE_QUEUED) {
      LAMPID_RETURN_IF_ERROR(InsertOutbox(*db_, id, version, server_version, result.changed_paths, now));
    }
    LAMPID_ASSIGN_OR_RETURN(Statement gone, db_->Prepare("DELETE FROM conflicts WHERE report_id = ?"));
    gone.BindText(1, id);
    LAMPID_RETURN_IF_ERROR(gone.Run());
    std::string detail = state == SYNC_STATE_ACKNOWLEDGED ? "took=server"
                                                          : "paths=" + JoinPaths(result.changed_paths, ',');
    if (detail.size() > 1000) detail = detail.substr(0, 997) + "...";
    LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "conflict_resolved", id, keys->operator_id, version, detail));
    LAMPID_RETURN_IF_ERROR(ctx.Finish());
    LAMPID_RETURN_IF_ERROR(txn->Commit());
    result.saved = old;
    result.saved.desa_code = stored->desa_code();
    result.saved.updated_at_ms = now;
    result.saved.operator_id = keys->operator_id;
    result.saved.sync_state = state;
    result.saved.version = version;
    result.saved.base_version = server_version;
    return Status::Ok();
  };
  result.status = write();
  return result;
}

namespace {

// One server copy into the caller's write transaction (UpsertFromServer and UpsertManyFromServer).
Result<UpsertOutcome> UpsertIn(Database& db, WriteContext& ctx, const KeyRing& keyring, const domain::Report& report,
                               std::string_view version, const domain::pb::ServerState& server_state, int64_t now) {
  const KeyRing* keys = &keyring;
  Database* db_ = &db;
  LAMPID_ASSIGN_OR_RETURN(const HlcTimestamp remote, ParseVersion(version));
  if (!IsCanonicalUuid(report.id())) return Status::InvalidArgument("a report from the server needs a UUID id");
  const std::string& id = report.id();
  LAMPID_RETURN_IF_ERROR(ctx.NextVersionAfter(remote).status());
  LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(*db_, id));
  LAMPID_ASSIGN_OR_RETURN(const std::string sealed, SealMessage(*keys, report, ReportAd(id, version)));
  LAMPID_ASSIGN_OR_RETURN(const std::string sealed_state, SealMessage(*keys, server_state, ServerStateAd(id)));
  UpsertOutcome outcome;
  if (!row) {
    LAMPID_ASSIGN_OR_RETURN(
        Statement st,
        db_->Prepare("INSERT INTO reports (id, kind, kecamatan_code, desa_code, created_at, updated_at, operator_id, "
                     "sync_state, workflow_state, version, base_version, server_state) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    st.BindText(1, id).Bind(2, report.kind()).BindText(3, report.kecamatan_code()).BindText(4, report.desa_code());
    st.Bind(5, ParseTimestamp(report.created_at()).value_or(now));
    st.Bind(6, ParseTimestamp(report.updated_at()).value_or(now)).BindText(7, report.operator_id());
    st.Bind(8, SYNC_STATE_ACKNOWLEDGED).Bind(9, server_state.workflow_state()).BindText(10, version);
    st.BindText(11, version).BindBlob(12, sealed_state);
    LAMPID_RETURN_IF_ERROR(st.Run());
    const int64_t seq = db_->LastInsertRowid();
    LAMPID_RETURN_IF_ERROR(PutContent(*db_, seq, sealed));
    LAMPID_RETURN_IF_ERROR(InsertBlindTags(*db_, BlindTagsOf(keys->blind, report), seq));
    LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "report_received", id, keys->operator_id, version,
                                              "kind=" + domain::KindName(report.kind()) + " new"));
    outcome = UpsertOutcome::kInserted;
  } else {
    const ReportSummary& s = row->summary;
    if (report.kind() != s.kind) return Status::InvalidArgument("the server's report has another kind");
    if (version <= s.version || version <= s.base_version) {
      // Our own version coming back, or an older one: nothing to replace; the server state still counts.
      LAMPID_RETURN_IF_ERROR(StoreServerState(*db_, *keys, *row, server_state).status());
      if (version == s.version && s.sync_state != SYNC_STATE_ACKNOWLEDGED && s.sync_state != SYNC_STATE_CONFLICT) {
        // The pull answers a push whose acknowledgement was lost.
        LAMPID_ASSIGN_OR_RETURN(Statement del, db_->Prepare("DELETE FROM outbox WHERE report_id = ? AND version <= ?"));
        del.BindText(1, id).BindText(2, version);
        LAMPID_RETURN_IF_ERROR(del.Run());
        LAMPID_ASSIGN_OR_RETURN(Statement up,
                                db_->Prepare("UPDATE reports SET base_version = ?, sync_state = ? WHERE seq = ?"));
        up.BindText(1, version).Bind(2, SYNC_STATE_ACKNOWLEDGED).Bind(3, s.cursor);
        LAMPID_RETURN_IF_ERROR(up.Run());
        LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "report_acknowledged", id, keys->operator_id,
                                                  std::string(version), "state=acknowledged by_pull"));
      }
      outcome = UpsertOutcome::kUnchanged;
    } else if (s.sync_state == SYNC_STATE_ACKNOWLEDGED) {
      domain::Report current;
      LAMPID_RETURN_IF_ERROR(OpenReportRow(*keys, s, row->sealed, &current));
      LAMPID_ASSIGN_OR_RETURN(
          Statement st,
          db_->Prepare("UPDATE reports SET kecamatan_code = ?, desa_code = ?, updated_at = ?, operator_id = ?, "
                       "sync_state = ?, workflow_state = ?, version = ?, base_version = ?, "
                       "server_state = ? WHERE seq = ?"));
      st.BindText(1, report.kecamatan_code()).BindText(2, report.desa_code());
      st.Bind(3, ParseTimestamp(report.updated_at()).value_or(now)).BindText(4, report.operator_id());
      st.Bind(5, SYNC_STATE_ACKNOWLEDGED).Bind(6, server_state.workflow_state()).BindText(7, version);
      st.BindText(8, version).BindBlob(9, sealed_state).Bind(10, s.cursor);
      LAMPID_RETURN_IF_ERROR(st.Run());
      LAMPID_RETURN_IF_ERROR(PutContent(*db_, s.cursor, sealed));
      LAMPID_RETURN_IF_ERROR(UpdateBlindTags(*db_, *keys, current, report, s.cursor));
      LAMPID_ASSIGN_OR_RETURN(Statement del, db_->Prepare("DELETE FROM outbox WHERE report_id = ?"));
      del.BindText(1, id);
      LAMPID_RETURN_IF_ERROR(del.Run());
      LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "report_received", id, keys->operator_id, version,
                                                "kind=" + domain::KindName(report.kind()) + " replaced"));
      outcome = UpsertOutcome::kReplaced;
    } else {
      LAMPID_RETURN_IF_ERROR(RecordConflictIn(*db_, ctx, *keys, *row, report, version, server_state, now));
      outcome = UpsertOutcome::kConflict;
    }
  }
  return outcome;
}

}  // namespace

Result<UpsertOutcome> Store::UpsertFromServer(const domain::Report& report, std::string_view version,
                                              const domain::pb::ServerState& server_state) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_ASSIGN_OR_RETURN(UpsertOutcome outcome,
                          UpsertIn(*db_, ctx, *keys, report, version, server_state, shared_->clock->NowMillis()));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  LAMPID_RETURN_IF_ERROR(txn->Commit());
  return outcome;
}

Result<std::vector<UpsertOutcome>> Store::UpsertManyFromServer(const std::vector<ServerCopy>& copies) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  const int64_t now = shared_->clock->NowMillis();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  std::vector<UpsertOutcome> out;
  out.reserve(copies.size());
  for (const ServerCopy& c : copies) {
    LAMPID_ASSIGN_OR_RETURN(UpsertOutcome o, UpsertIn(*db_, ctx, *keys, c.report, c.version, c.server_state, now));
    out.push_back(o);
  }
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  LAMPID_RETURN_IF_ERROR(txn->Commit());
  return out;
}

Status Store::ApplyServerStates(const std::vector<std::pair<std::string, domain::pb::ServerState>>& states) {
  PushAnswer answer;
  answer.states = states;
  return ApplyPushAnswer(answer);
}

Status Store::ApplyPushAnswer(const PushAnswer& answer) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  for (const auto& [key, value] : answer.set_meta) LAMPID_RETURN_IF_ERROR(CheckMetaKey(key));
  for (const auto& key : answer.delete_meta) LAMPID_RETURN_IF_ERROR(CheckMetaKey(key));
  const int64_t now = shared_->clock->NowMillis();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_RETURN_IF_ERROR(AcknowledgeAndApplyStatesIn(*db_, ctx, *keys, answer.acknowledged, answer.states, now));
  for (const ServerCopy& c : answer.merged) {
    LAMPID_RETURN_IF_ERROR(UpsertIn(*db_, ctx, *keys, c.report, c.version, c.server_state, now).status());
  }
  for (const auto& [key, value] : answer.set_meta) LAMPID_RETURN_IF_ERROR(WriteMeta(*db_, key, value));
  if (!answer.delete_meta.empty()) {
    LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare("DELETE FROM meta WHERE key IN (?1, 'sealed.' || ?1)"));
    for (const auto& key : answer.delete_meta) {
      st.BindText(1, key);
      LAMPID_RETURN_IF_ERROR(st.Run());
    }
  }
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  return txn->Commit();
}

}  // namespace lampid::store
