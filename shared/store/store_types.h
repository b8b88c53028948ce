#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/problem.h"
#include "domain/report_types.h"

namespace lampid::store {

// The values the store's API takes and returns. None of the clear (unsealed) values below holds personal
// data; personal data only ever appears inside domain::Report.

// Who this node is; fixed at init.
struct NodeInfo {
  std::string node_id;         // UUIDv7, also the node part of every HLC version this node issues
  std::string kecamatan_code;  // dotted, e.g. "32.73.05": the office this node serves
  std::string public_key;      // Ed25519 public key, 32 raw bytes (crypto::ToHex for display)
};

// The clear metadata of one report: what lists, filters, sorting and the sync engine need without
// decrypting anything.
struct ReportSummary {
  std::string id;  // UUIDv7
  domain::ReportKind kind = domain::pb::REPORT_KIND_UNSPECIFIED;
  std::string kecamatan_code;
  std::string desa_code;
  int64_t created_at_ms = 0;
  int64_t updated_at_ms = 0;
  std::string operator_id;  // who last saved it (a server pull: the operator the server names, or "")
  domain::SyncState sync_state = domain::pb::SYNC_STATE_UNSPECIFIED;
  domain::WorkflowState workflow_state = domain::pb::WORKFLOW_STATE_UNSPECIFIED;
  std::string version;       // HLC text (core/hlc.h) of the current local version
  std::string base_version;  // the last version the server acknowledged; "" when it never did
  int64_t cursor = 0;        // this report's position in list order (ListQuery::after)
};

// A report with its decrypted content.
struct StoredReport {
  ReportSummary summary;
  domain::Report report;                                // as saved: id, created_at, … filled by the store
  std::optional<domain::pb::ServerState> server_state;  // what the server last said, if anything
};

// How AddReport saves.
struct AddOptions {
  // true: the report is submitted at once (sync state queued); false: it stays a draft until Submit.
  bool submit = true;
};

// The outcome of a save (add, edit, conflict resolution).
struct SaveResult {
  // Ok; InvalidArgument when validation found errors (see `problems`); NotFound, FailedPrecondition
  // (not editable, locked store, report for another kecamatan), AlreadyExists (id taken), Aborted
  // (expected_version no longer current), or a storage error.
  Status status;
  // Everything validation found: the errors that blocked the save, or the warnings of a saved report.
  domain::ProblemList problems;
  // The saved report's metadata (valid when status is ok).
  ReportSummary saved;
  // Edit: the field paths that changed (domain::DiffMessages). Empty for an add.
  std::vector<std::string> changed_paths;
  // Edit: true when the new content equals the stored one; nothing was written.
  bool unchanged = false;

  bool ok() const { return status.ok(); }
};

// Which reports a list returns, newest first (by when they entered this store) unless oldest_first.
struct ListQuery {
  std::optional<domain::SyncState> sync_state = std::nullopt;
  std::optional<domain::ReportKind> kind = std::nullopt;
  std::optional<domain::WorkflowState> workflow_state = std::nullopt;
  size_t limit = 50;  // at most 1,000
  int64_t after = 0;  // 0: from the newest; otherwise a ReportPage::next_cursor
  // false: summaries only (StoredReport::report stays empty); works while the store is locked and
  // decrypts nothing.
  bool with_content = true;
  bool oldest_first = false;  // export and full scans: oldest first
  // Only reports that entered this store (created_at) in [created_from_ms, created_to_ms); 0 = unbounded.
  // Clear metadata, no index: the range narrows the scan's output, not its cost.
  int64_t created_from_ms = 0;
  int64_t created_to_ms = 0;
};

struct ReportPage {
  std::vector<StoredReport> items;
  int64_t next_cursor = 0;  // pass as ListQuery::after for the next page; 0 when this was the last page
};

// Reports per sync state, for the status bar. `waiting()` is what still has to reach the server.
struct SyncCounts {
  int64_t draft = 0;
  int64_t queued = 0;
  int64_t sent = 0;
  int64_t conflict = 0;
  int64_t waiting() const { return queued + sent; }
};

// How many reports of one kind entered the store in one calendar month (CountByKindAndMonth).
struct KindMonthCount {
  domain::ReportKind kind = domain::pb::REPORT_KIND_UNSPECIFIED;
  int year = 0;
  int month = 0;  // 1–12
  int64_t count = 0;
};

// ---- Sync ----

// What the sync engine has to send for one report (Store::PendingChanges).
struct PendingChange {
  std::string report_id;
  std::string version;       // the current local version: what the server will acknowledge
  std::string base_version;  // the version the server last acknowledged; "" when the report is new to it
  // true: send the whole report (new to the server, or a change that covers everything); false: only
  // `changed_paths` changed since base_version (domain::PruneToPaths(changed_paths, &report) is the delta).
  bool whole_report = true;
  std::vector<std::string> changed_paths;  // sorted, unique; empty when whole_report
  domain::Report report;                   // the current content, decrypted
  domain::SyncState sync_state = domain::pb::SYNC_STATE_QUEUED;  // queued, or sent without an answer yet
};

// A (report, version) pair, for the batch forms of MarkSent and Acknowledge.
struct VersionRef {
  std::string report_id;
  std::string version;
};

// Both sides of a conflict (Store::GetConflict).
struct ConflictInfo {
  StoredReport local;                                          // this node's version (summary.version)
  domain::Report server_report;                                // the server's version
  std::string server_version;
  std::optional<domain::pb::ServerState> server_state;         // what came with the server's version
  std::vector<std::string> differing_paths;                    // fields where the two differ
  int64_t recorded_at_ms = 0;
};

// A report as the server holds it, for UpsertManyFromServer.
struct ServerCopy {
  domain::Report report;
  std::string version;
  domain::pb::ServerState server_state;
};

// Everything one push answer changes in the store, for ApplyPushAnswer (one transaction, one disk flush).
struct PushAnswer {
  std::vector<VersionRef> acknowledged;                                  // as Acknowledge
  std::vector<std::pair<std::string, domain::pb::ServerState>> states;   // as ApplyServerStates
  std::vector<ServerCopy> merged;                                        // as UpsertManyFromServer
  std::vector<std::pair<std::string, std::string>> set_meta;             // as SetMeta
  std::vector<std::string> delete_meta;                                  // as DeleteMeta
};

// What UpsertFromServer did.
enum class UpsertOutcome {
  kInserted,   // the report was new here (e.g. a Kepindahan from another kecamatan)
  kReplaced,   // the local copy had no unacknowledged edits and was replaced by the server's version
  kUnchanged,  // the server's version is the local one or older (its server state was still applied)
  kConflict,   // the local copy has unacknowledged edits: both versions kept, sync state conflict
};

// ---- The local audit log ----

// An event the caller appends (the sync engine: "pushed", "acknowledged", "conflict", …).
struct AuditEvent {
  std::string event;      // lower case letters, digits and '_', at most 40 characters
  std::string report_id;  // "" when the event is not about one report
  std::string version;    // "" when not about a version
  std::string detail;     // at most 1,000 characters; NEVER personal data (no NIK, name, address, date of birth)
};

struct AuditEntry {
  int64_t seq = 0;
  int64_t at_ms = 0;
  std::string event;
  std::string report_id;
  std::string operator_id;
  std::string version;
  std::string detail;
  bool keyed = false;  // carries a MAC (written while the store was unlocked)
};

struct AuditVerification {
  bool intact = true;
  int64_t rows = 0;           // rows checked
  int64_t first_bad_seq = 0;  // the first row found wrong (0 when intact, or when a row is missing at the end)
  std::string problem;        // for people, Bahasa Indonesia / English; empty when intact
  bool macs_checked = false;  // false when verified while locked: the chain was checked, not who wrote it
};

}  // namespace lampid::store
