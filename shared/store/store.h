#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/hlc.h"
#include "core/result.h"
#include "domain/region_table.h"
#include "domain/report_types.h"
#include "store/platform.h"
#include "store/store_types.h"

namespace lampid::store {

class Database;
struct StoreShared;

// The edge node's local store: one SQLite file (DIR/edge.db, WAL mode) holding the node's reports, sealed,
// with what the sync engine needs to know about them. docs/edge-store.md explains the schema, the key
// hierarchy, the durability argument and the audit chain; this header is the API.
//
// Durability: every call that changes something commits one short write transaction before it returns,
// with synchronous=FULL (the WAL is fsync'd at every commit). When a save returns ok, the report survives
// a crash, kill -9 or power loss (given a disk that honours fsync); a save that did not return ok left
// nothing behind.
//
// Sealing: a report's content is encrypted (XChaCha20-Poly1305) under a data key that exists only in
// memory while the store is unlocked. Open() gives a locked store: clear metadata (ListQuery with
// with_content = false, counts, meta values, the audit chain) is readable, everything else returns
// FailedPrecondition until Unlock().
//
// Threads: a Store object is one SQLite connection and is used by one thread at a time (it is not
// thread-safe). For another thread, Clone() it: the clone has its own connection and shares the unlock
// state (Lock() on any of them locks them all). Connections in one process (clones) and in several
// (each process Open()s its own) may read and write at once: readers never wait (WAL), writers wait for
// each other (busy timeout, default 10 s) instead of failing.
//
// Errors: every call returns a Status / Result; messages meant for staff are in Bahasa Indonesia first,
// English second, and never contain personal data.
class Store {
 public:
  struct Options {
    std::string data_dir;                                 // the folder holding edge.db
    std::shared_ptr<const domain::RegionTable> regions;  // required: validation needs it
    const Clock* clock = nullptr;                         // nullptr: the system clock. Must outlive the store.
    std::shared_ptr<Platform> platform;                   // nullptr: DefaultPlatform()
    int busy_timeout_ms = 10000;
  };

  struct InitOptions {
    std::string kecamatan_code;  // dotted; must be a kecamatan in the region table
    std::string operator_id;     // the first operator's user id
    std::string passphrase;      // the first operator's passphrase (at least 8 characters)
  };

  struct InitResult {
    NodeInfo node;
    std::string recovery_code;  // shown once to the office head; the store keeps only a slot wrapped by it
  };

  // ---- Lifecycle ------------------------------------------------------------------------------------

  // Creates a new store in `options.data_dir` (created if missing, owner-only): a node id, an Ed25519 key
  // pair, a random data key wrapped for the first operator and for a new recovery code. Atomic: the
  // database appears complete or not at all. AlreadyExists when the folder already holds a store;
  // InvalidArgument for an unknown kecamatan, a malformed operator id or a short passphrase.
  // Costs two Argon2id runs (~0.2 s).
  static Result<InitResult> Init(const Options& options, const InitOptions& init);

  // Opens an existing store, locked, migrating its schema when an older program wrote it. NotFound when
  // there is no store in the folder; FailedPrecondition when a newer program wrote it (the file is left
  // untouched); Unavailable while a restore holds the folder.
  static Result<std::unique_ptr<Store>> Open(const Options& options);

  // A second connection to the same store for another thread, sharing the unlock state.
  Result<std::unique_ptr<Store>> Clone() const;

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const NodeInfo& node() const;
  const std::string& database_path() const;

  // ---- Unlocking and operators ----------------------------------------------------------------------

  // Unwraps the data key with an operator's passphrase (one Argon2id run, ~0.1 s; with an empty
  // `operator_id`, each operator's slot is tried in turn). Unauthenticated for a wrong passphrase or an
  // unknown operator; nothing else changes except a counter of failures in a row, and every fifth failure
  // in a row is written to the audit log. Afterwards operator_id() is the operator whose slot opened.
  Status Unlock(std::string_view operator_id, std::string_view passphrase);

  // For a forgotten passphrase: unwraps the data key with the recovery code printed at init, sets
  // `new_passphrase` for `operator_id` (creating the operator's slot if it has none) and unlocks as that
  // operator. InvalidArgument for a code that is not 32 base32 characters; Unauthenticated for a wrong one.
  Status Recover(std::string_view recovery_code, std::string_view operator_id, std::string_view new_passphrase);

  // Forgets the keys (wiped) in this store and every clone of it.
  void Lock();
  bool unlocked() const;
  // The operator who unlocked; "" while locked.
  std::string operator_id() const;

  // Operator ids that have an unlock slot, sorted. Works while locked.
  Result<std::vector<std::string>> ListOperators();
  // Gives another operator a slot. Requires the store unlocked. AlreadyExists when the id has one.
  // (The central server's accounts create an operator's slot on the first online login with this call.)
  Status AddOperator(std::string_view operator_id, std::string_view passphrase);
  // Re-wraps the data key under a new passphrase; the data is not touched. Unauthenticated when
  // `old_passphrase` is wrong (counted like a failed Unlock). Works while locked.
  Status ChangePassphrase(std::string_view operator_id, std::string_view old_passphrase,
                          std::string_view new_passphrase);

  // A detached Ed25519 signature of `message` with the node's secret key. Requires the store unlocked.
  Result<std::string> Sign(std::string_view message) const;

  // ---- Reports --------------------------------------------------------------------------------------

  // Validates (domain::ValidateReport: errors block, warnings come back in SaveResult::problems), fills
  // the derived fields and saves a new report in one transaction with its blind index rows, an outbox row
  // and an audit row. The store sets updated_at and operator_id, created_at when empty, and the id when
  // empty (a new UUIDv7); a given id must be a UUID not yet in the store (AlreadyExists), so that importing
  // an export twice does not duplicate. The report must belong to this node's kecamatan.
  // A draft (options.submit false) may be incomplete — a half-filled form kept when the app closes: its
  // validation errors come back in SaveResult::problems but do not block the save; Submit checks them.
  SaveResult AddReport(domain::Report report, const AddOptions& options = {});

  // The same for many reports in one transaction (bulk import): each report gets its own SaveResult, in
  // order; an invalid report is skipped, the others are saved. If the transaction itself fails, every
  // result carries that error and nothing was saved.
  std::vector<SaveResult> AddReports(std::vector<domain::Report> reports, const AddOptions& options = {});

  // Replaces a report's content with `edited` when domain::CheckEditable allows it (draft, queued, or the
  // server asked for a correction). `edited.id` must be empty or `id`; the kind cannot change; created_at
  // is kept. When `expected_version` is not empty and is no longer the report's version (someone else
  // saved in between), Aborted and nothing is written. The new version gets an outbox row with the
  // changed field paths; a report that was acknowledged (or in conflict) goes back to queued, a draft
  // stays a draft. Nothing is written when the content did not change (SaveResult::unchanged). Validation
  // errors block the edit unless the report is a draft (then they come back in problems, as for AddReport).
  SaveResult EditReport(std::string_view id, domain::Report edited, std::string_view expected_version = {});

  // A draft is submitted: draft → queued. Ok and no change when it is already past draft.
  // InvalidArgument (naming the first error) when the draft's content does not pass validation.
  Status Submit(std::string_view id);

  // One report with its content. NotFound; FailedPrecondition while locked; Corruption when the sealed
  // content does not open or does not match its row.
  Result<StoredReport> GetReport(std::string_view id);
  // One report's clear metadata; works while locked.
  Result<ReportSummary> GetSummary(std::string_view id);

  // A page of reports, newest first (or oldest first). Decrypts only the reports of this page (when
  // with_content).
  // Cost: one index range scan; O(page), not O(store).
  Result<ReportPage> ListReports(const ListQuery& query);

  // Reports that mention this NIK (as any person on the form) or this KK number, through the blind index:
  // no decryption, one index lookup. Requires the store unlocked (the index key is sealed). Newest first.
  Result<std::vector<ReportSummary>> FindByNik(std::string_view nik);
  Result<std::vector<ReportSummary>> FindByKk(std::string_view kk);

  // Reports in which some person's name contains `text` (case-insensitive), newest first, at most `limit`.
  // Names are sealed, so this decrypts every report until `limit` matches are found: O(store), about
  // 6 µs per report on the office laptops (0.6 s per 100,000). Meant for an explicit search, not for
  // search-as-you-type.
  Result<std::vector<StoredReport>> SearchByName(std::string_view text, size_t limit = 50);

  // Reports per sync state (index lookups; O(reports not acknowledged)). Works while locked.
  Result<SyncCounts> CountBySyncState();
  // All reports. Counts an index: O(store), ~a few ms per 100,000. Works while locked.
  Result<int64_t> CountReports();

  // Reports of this node's kecamatan per kind and per calendar month of created_at (when they entered
  // the store), months taken at UTC + `utc_offset_minutes` (the office's zone: 420 for WIB). Reports that
  // arrived from other kecamatan by pull are not counted. Sorted by year, month, kind. Clear metadata only:
  // nothing is decrypted; one scan of the reports table in SQLite (~10 ms per 100,000). Works while locked.
  Result<std::vector<KindMonthCount>> CountByKindAndMonth(int utc_offset_minutes);

  // ---- Sync (the sync engine's side) ----------------------------------------------------------------
  //
  // Sync states: draft → queued (Submit, or AddReport with submit) → sent (MarkSent) → acknowledged
  // (Acknowledge); any edit of a submitted report → queued again; a competing server version → conflict
  // (RecordConflict, or UpsertFromServer) → queued (ResolveConflict). The store writes an audit row for each
  // of these transitions itself ("report_sent", "report_acknowledged", "server_state_applied",
  // "conflict_recorded", "conflict_resolved", "report_received"); AppendAudit is for the engine's own events.

  // Reports that still have to reach the server (queued, or sent without an answer), oldest version
  // first, at most `limit`, each with the union of the field paths changed since the acknowledged base.
  // Cost O(pending + their outbox rows): a partial index holds only pending reports (reports_pending), and
  // the outbox is keyed by report; nothing scans the store. Requires the store unlocked.
  Result<std::vector<PendingChange>> PendingChanges(size_t limit);
  // The same, queued ones only — not those sent and still waiting for an answer: what the sync engine
  // prepares while the previous batch is in flight.
  Result<std::vector<PendingChange>> QueuedChanges(size_t limit);

  // The same two for a caller that builds its own messages (the sync engine parses straight into a push
  // body on a protobuf Arena, so that no report is copied, or freed one by one): each change's content is
  // parsed into the Report that `target` returns for it, called in order with the change's other fields set
  // (but changed_paths, read afterwards); nullptr leaves the change out, undecrypted. Returns the changes
  // kept, in the same order, each with an empty `report`. `target` must not call the store.
  using ContentTarget = std::function<domain::Report*(const PendingChange&)>;
  Result<std::vector<PendingChange>> PendingChanges(size_t limit, const ContentTarget& target);
  Result<std::vector<PendingChange>> QueuedChanges(size_t limit, const ContentTarget& target);

  // The engine handed `version` to the server: queued → sent. Ignored (ok) when the report has been
  // edited since (its version is newer) or is not queued. NotFound for an unknown id.
  Status MarkSent(std::string_view id, std::string_view version);
  Status MarkSent(const std::vector<VersionRef>& sent);  // one transaction
  // The same, with meta values (SetMeta rules) written in the same transaction: the sync engine stores the
  // batch id and the request counter together with the sent marks — one disk flush before a push leaves.
  Status MarkSent(const std::vector<VersionRef>& sent, const std::vector<std::pair<std::string, std::string>>& meta);

  // The server stored `version`: outbox rows up to it are cleared and it becomes the base version. When the
  // report was not edited after `version` it is acknowledged; otherwise it stays queued with only the
  // later paths pending. An acknowledgement older than the base is ignored; one newer than the local
  // version is FailedPrecondition (the server cannot have it).
  Status Acknowledge(std::string_view id, std::string_view version);
  Status Acknowledge(const std::vector<VersionRef>& acknowledged);  // one transaction

  // Stores what the server says about a report (workflow state, verification, registration number …),
  // sealed, and updates the workflow_state column. A state older than the stored one (ServerState
  // updated_at) is ignored. Requires the store unlocked.
  Status ApplyServerState(std::string_view id, const domain::pb::ServerState& state);

  // The server holds `server_version` of the report, which competes with unacknowledged local edits: both
  // are kept (the server's in the conflicts table), the report's sync state becomes conflict, and the
  // local clock moves past `server_version`. InvalidArgument for a malformed version or a report id that
  // does not match.
  Status RecordConflict(std::string_view id, const domain::Report& server_report, std::string_view server_version,
                        const std::optional<domain::pb::ServerState>& server_state = std::nullopt);

  // Both sides of a recorded conflict. NotFound when the report is not in conflict.
  Result<ConflictInfo> GetConflict(std::string_view id);

  // Staff chose (or merged) `chosen`: it is validated like an edit and saved as a new local version after
  // the server's, queued, with the server's version as its base and the paths where it differs from the
  // server's version in the outbox. Choosing exactly the server's version adopts it (acknowledged, nothing
  // to send). FailedPrecondition when the report is not in conflict.
  SaveResult ResolveConflict(std::string_view id, domain::Report chosen);

  // A report from the server (edited on another device, or a Kepindahan from another kecamatan arriving
  // by pull) at `version`, with its server state. Inserted when new; replaces the local copy when that has
  // no unacknowledged edits (then acknowledged at `version`); recorded as a conflict otherwise. Not
  // validated (the server's copy is authoritative). InvalidArgument without a UUID id or with a malformed
  // version. Requires the store unlocked.
  Result<UpsertOutcome> UpsertFromServer(const domain::Report& report, std::string_view version,
                                         const domain::pb::ServerState& server_state);

  // The same for a page of server copies in one transaction (a pull page): one commit instead of one per
  // report. The outcomes are in order; the first error rolls the whole page back.
  Result<std::vector<UpsertOutcome>> UpsertManyFromServer(const std::vector<ServerCopy>& copies);

  // ApplyServerState for many reports in one transaction (a push answer or a pull page of state changes).
  // Ids this node does not hold are skipped.
  Status ApplyServerStates(const std::vector<std::pair<std::string, domain::pb::ServerState>>& states);

  // A whole push answer in one transaction (one disk flush per batch instead of one per kind of change):
  // Acknowledge, then ApplyServerStates, then UpsertManyFromServer, then the meta writes and deletions. The
  // first error rolls all of it back. Requires the store unlocked.
  Status ApplyPushAnswer(const PushAnswer& answer);

  // ---- Key/value metadata (sync cursor, device counter, enrollment, last sync, clock offset…) --------

  // Keys: 1–100 characters of [a-z0-9._-], not starting with "store." (the store's own). Values are
  // stored in clear: never personal data or secrets; for secrets use the Sealed variants (unlocked only).
  Status SetMeta(std::string_view key, std::string_view value);
  Result<std::optional<std::string>> GetMeta(std::string_view key);
  Status DeleteMeta(std::string_view key);
  Status SetSealedMeta(std::string_view key, std::string_view value);
  Result<std::optional<std::string>> GetSealedMeta(std::string_view key);

  // ---- Audit log ------------------------------------------------------------------------------------

  // Appends an event (hash-chained; keyed by the store's audit key). Requires the store unlocked; the
  // operator is operator_id(). InvalidArgument for a malformed event name or an oversized detail.
  Status AppendAudit(const AuditEvent& event);
  // Entries with seq > `after_seq`, oldest first, at most `limit`.
  Result<std::vector<AuditEntry>> ReadAudit(int64_t after_seq, size_t limit);
  // One report's history: its entries, oldest first, at most `limit` (the newest ones when there are more).
  // There is no index on report_id: one scan of the audit table in SQLite (~ms per 100,000 rows), meant
  // for a detail view, not a loop. Works while locked.
  Result<std::vector<AuditEntry>> ReadAuditOfReport(std::string_view report_id, size_t limit = 500);
  // Walks the whole chain: sequence without gaps, each hash recomputed and linked to the previous one,
  // the last entry matching the recorded head, and (when unlocked) every MAC. Any edited, inserted or
  // deleted row makes it not intact. O(audit rows).
  Result<AuditVerification> VerifyAudit();

  // ---- Backup and restore ---------------------------------------------------------------------------

  // Writes a consistent copy of the store, still sealed, to `destination` (a new file, fsync'd, then
  // renamed into place) while the store stays in use. Requires the store unlocked (the backup is
  // audited). AlreadyExists when `destination` exists.
  Status Backup(const std::string& destination);

  // Replaces the store in `options.data_dir` with the backup at `backup_path`, after checking that the
  // backup is an intact store this program can open and that `passphrase` unlocks it for `operator_id`
  // (empty: any operator). The replaced database is kept beside it as edge.db.before-restore-<time>.
  // Unavailable while any program has the store open; the folder may also be empty (a new laptop).
  static Status Restore(const Options& options, const std::string& backup_path, std::string_view operator_id,
                        std::string_view passphrase);

  // PRAGMA integrity_check, then whether every report row has its sealed content (report_content) and every
  // content a report: "ok", or the list of problems (SQLite's, then "report seq N has no sealed content" /
  // "sealed content seq N has no report", at most 10 of each).
  Result<std::string> IntegrityCheck();

 private:
  Store(std::shared_ptr<StoreShared> shared, std::unique_ptr<Database> db, std::unique_ptr<FileLock> lock);
  friend class StoreAccess;  // store-internal helpers (store_internal.h)
  Result<std::vector<PendingChange>> ReadPending(const char* query, size_t limit, const ContentTarget* target);

  std::shared_ptr<StoreShared> shared_;
  std::unique_ptr<Database> db_;
  std::unique_ptr<FileLock> lock_;
  HybridLogicalClock hlc_;
};

}  // namespace lampid::store
