#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "central-server/core/roles.h"
#include "core/result.h"
#include "domain/report_types.h"

namespace lampid::central {

// A device bound to one kecamatan by enrollment.
struct DeviceRecord {
  std::string device_id;
  std::string kecamatan_code;
  std::string public_key;  // Ed25519, 32 bytes
  uint64_t last_counter = 0;
  bool revoked = false;
  int64_t enrolled_at_ms = 0;
  int64_t last_seen_ms = 0;
  std::string app_version;
  uint32_t backlog = 0;          // reports waiting on the edge at its last request
  std::string escrow_key;        // see EnrollRequest.escrow_key; returned only by a successful Login
  int64_t last_push_ms = 0;      // last accepted push (0: never)
};

// The server's current projection of one report.
struct StoredReport {
  domain::Report content;            // the whole current content
  std::string version;               // version of the current content
  std::string first_version;         // version of the first content the server stored
  std::string content_device_id;     // device whose push produced the current content
  domain::pb::ServerState state;     // server-owned fields
  std::string dest_kecamatan_code;   // for a Kepindahan to another kecamatan: where it also flows
  int64_t created_at_ms = 0;
  int64_t updated_at_ms = 0;
  uint64_t event_count = 0;
  std::string last_event_hash;       // head of this report's hash chain
};

// One append-only event of a report's history. Content events carry the patch that produced a version.
struct ReportEvent {
  std::string report_id;
  uint64_t sequence = 0;           // 1, 2, 3 … within the report
  std::string type;                // "content", "state" (more with the workflow)
  std::string version;             // content version after this event (unchanged by "state" events)
  std::string pushed_version;      // the version a device pushed (for deduplication); may differ from
                                   // `version` when the device's edit lost a conflict entirely
  std::string device_id;           // who pushed it ("" for server-side events)
  std::string actor;               // operator or admin user id
  std::vector<std::string> paths;  // fields changed; empty for a whole report
  std::string payload;             // serialized Report patch (whole report when `paths` is empty), or the
                                   // decision's details for "state"
  std::string content_device_id;   // the projection's content_device_id after this event
  std::string state;               // serialized ServerState after this event: replaying events rebuilds it
  int64_t created_at_ms = 0;
  std::string prev_hash;
  std::string hash;
};

// The losing side of a concurrent edit.
struct ConflictRecord {
  std::string report_id;
  std::string losing_version;
  std::string losing_device_id;
  domain::Report losing_report;
  std::string winning_version;
  std::vector<std::string> paths;
  int64_t created_at_ms = 0;
};

// A queued Dukcapil verification of one report version.
struct VerificationJob {
  std::string report_id;
  std::string version;
  int attempts = 0;
  int64_t next_attempt_ms = 0;
};

// A workflow transition that the staff of a region should hear about (see notification_outbox.h), queued in
// the same transaction as the transition: the outbox. Holds no personal data — the report's id, kind, region
// and new state only; the message is written when it is sent.
struct NotificationRequest {
  std::string report_id;
  int kind = 0;            // lampid.report.v1.ReportKind
  std::string kecamatan_code;
  std::string desa_code;
  int workflow_state = 0;  // lampid.report.v1.WorkflowState, the state reached
  int64_t created_at_ms = 0;
};

// A queued notification as the dispatcher claims it.
struct NotificationJob {
  int64_t id = 0;
  NotificationRequest request;
  int attempts = 0;
};

// How a user (staff, not a citizen) is reached: set by `lampid-central admin user contact`. Empty = not by
// that channel.
struct UserContact {
  std::string user_id;
  std::string email;
  std::string phone;
};

// One row of the statistics (see statistics.h): a region at one level, a month, a kind, a sex, an age band.
struct StatsRow {
  int level = 0;
  std::string region;
  std::string month;
  int kind = 0;
  int sex = 0;
  int age_band = -1;
  int64_t reports = 0;
  int64_t registered = 0;
  int64_t event_to_report_days = 0;        // sum; divide by reports for the average
  int64_t report_to_registration_days = 0; // sum; divide by registered
};

// A seal over every event created in a period: the digest of their hashes in (report, sequence) order,
// chained to the previous checkpoint. Deleting or editing any event of a sealed period — even all the
// events of a report, projection included — changes the digest.
struct Checkpoint {
  int64_t period_start_ms = 0;
  int64_t period_end_ms = 0;  // exclusive
  uint64_t event_count = 0;
  std::string digest;
  std::string prev_digest;
  int64_t created_at_ms = 0;
};

// Who a report is about, for duplicate detection: a keyed hash of a role and a NIK ("death of NIK x",
// "mother NIK x gave birth"), never the NIK itself.
struct PersonIndexEntry {
  std::string report_id;
  std::string event_date;  // YYYY-MM-DD
  bool multiple_birth = false;
  bool flagged = false;    // the report is already flagged as a probable duplicate
};

// One row of a pull page: a report that changed after the cursor.
struct ChangedReport {
  StoredReport report;
  uint64_t seq = 0;
  std::string last_change_device_id;  // the device whose push made the latest change ("" for the server's)
  std::vector<ConflictRecord> open_conflicts;
};

struct ChangePage {
  std::vector<ChangedReport> reports;
  std::string next_cursor;
  bool has_more = false;
};

// A write transaction. Every method reads or writes within it; nothing is visible to others until
// Commit(), which returns only after the change is durable. Destroying it without Commit() rolls back.
// Used from one thread at a time.
class CentralTxn {
 public:
  virtual ~CentralTxn() = default;

  virtual Result<std::optional<DeviceRecord>> GetDevice(const std::string& device_id) = 0;
  // Sets the device's counter to `counter` when it is greater than the stored one; Unauthenticated
  // ("replayed request") otherwise. Also records when and with which app version it was seen.
  virtual Status AdvanceCounter(const std::string& device_id, uint64_t counter, int64_t now_ms,
                                const std::string& app_version, uint32_t backlog) = 0;
  virtual Status RecordPush(const std::string& device_id, int64_t now_ms) = 0;

  // The answer stored for a push batch, if this device sent that batch before.
  virtual Result<std::optional<std::string>> StoredPushAnswer(const std::string& device_id,
                                                              const std::string& batch_id) = 0;
  virtual Status SavePushAnswer(const std::string& device_id, const std::string& batch_id,
                                const std::string& answer, int64_t now_ms) = 0;

  virtual Result<std::optional<StoredReport>> GetReport(const std::string& report_id) = 0;
  // The report's events in order (all of them; reports have few).
  virtual Result<std::vector<ReportEvent>> GetEvents(const std::string& report_id) = 0;
  // Appends the event and replaces the projection, giving the report a new change sequence (pull cursor).
  // An event with sequence 1 (ChainEvent on a report with no events) creates the report: the store may
  // assume there is no projection yet.
  virtual Status SaveReport(const StoredReport& report, const ReportEvent& event) = 0;

  // Queues the verification of one version of a report with Dukcapil (durable, in this transaction).
  // Older queued versions of the same report are superseded: only the newest is verified.
  virtual Status EnqueueVerification(const std::string& report_id, const std::string& version, int64_t now_ms) = 0;

  // Removes the job of this report version (after its result was stored in this transaction); a job that
  // was superseded by a newer version in the meantime stays.
  virtual Status CompleteVerification(const std::string& report_id, const std::string& version) = 0;

  // Replaces the person index entries of a report with `keys` (each with the report's event date).
  // `first_time`: the report was never indexed (its first version), so there is nothing to replace.
  virtual Status IndexPersons(const std::string& report_id, const std::vector<std::string>& keys,
                              const std::string& event_date, bool multiple_birth, bool flagged,
                              bool first_time) = 0;
  virtual Status MarkPersonsFlagged(const std::string& report_id) = 0;
  // Entries of `key` with event dates in [from_date, to_date] (ISO dates; a bound that is not a date, such as ""
  // or "9999", leaves that side open).
  virtual Result<std::vector<PersonIndexEntry>> FindPerson(const std::string& key, const std::string& from_date,
                                                           const std::string& to_date) = 0;

  // The next number of a named sequence (registration numbers per kab/kota, kind and year), starting at 1.
  virtual Result<uint64_t> NextNumber(const std::string& sequence_name) = 0;

  virtual Status AddConflict(const ConflictRecord& conflict) = 0;
  // The notification outbox: queued with the transition it is about, so one is never lost or invented.
  virtual Status EnqueueNotification(const NotificationRequest& request) = 0;

  virtual Result<std::vector<ConflictRecord>> OpenConflicts(const std::string& report_id) = 0;
  virtual Status ResolveConflicts(const std::string& report_id, int64_t now_ms) = 0;

  virtual Status Commit() = 0;
};

// The central server's storage: SQLite by default; PostgreSQL implements the same interface.
// Thread-safe: any thread may begin transactions and read; writers are serialised by the database.
class CentralStore {
 public:
  virtual ~CentralStore() = default;

  virtual Result<std::unique_ptr<CentralTxn>> BeginWrite() = 0;

  // Enrollment codes: stored as hashes; single use; expire.
  virtual Status AddEnrollmentCode(const std::string& code_hash, const std::string& kecamatan_code,
                                   int64_t expires_at_ms, int64_t now_ms) = 0;
  // Consumes the code and binds the device, atomically. NotFound for an unknown, used or expired code;
  // PermissionDenied when the code is for another kecamatan; AlreadyExists when the device id is taken by a
  // different key.
  virtual Result<DeviceRecord> EnrollDevice(const std::string& code_hash, const DeviceRecord& device,
                                            int64_t now_ms) = 0;
  virtual Status RevokeDevice(const std::string& device_id, int64_t now_ms) = 0;
  virtual Result<std::vector<DeviceRecord>> ListDevices() = 0;
  virtual Result<std::optional<DeviceRecord>> GetDevice(const std::string& device_id) = 0;

  // Reports of `kecamatan_code` (including Kepindahan reports whose destination it is) that changed after
  // `cursor`, oldest first, at most `limit`. The cursor never skips a change that commits late.
  virtual Result<ChangePage> ChangesSince(const std::string& kecamatan_code, const std::string& cursor,
                                          uint32_t limit) = 0;

  virtual Result<std::optional<StoredReport>> GetReport(const std::string& report_id) = 0;
  virtual Result<uint64_t> CountReports() = 0;
  // Events of one type ("content", "state") across all reports; with `actor`, only that actor's
  // (e.g. "dukcapil": stored verification results).
  virtual Result<uint64_t> CountEvents(const std::string& type, const std::string& actor = "") = 0;
  // Reports in a workflow state whose kecamatan lies under `region` ("" = all), oldest change first,
  // at most `limit`, after change sequence `after_seq`. For review queues; uses an index, not a scan.
  virtual Result<std::vector<StoredReport>> ListByState(domain::WorkflowState state, const std::string& region,
                                                        uint64_t after_seq, size_t limit) = 0;
  // How many reports are in each workflow state (index on the state column).
  virtual Result<std::vector<std::pair<domain::WorkflowState, uint64_t>>> CountByState() = 0;
  // How many reports of `region` (a province, kab/kota or kecamatan code; "" = all) are in each workflow
  // state, states with none left out, in state order. Reads a per-region aggregate kept up to date in the
  // same transaction as each report save — constant time whatever the number of reports.
  virtual Result<std::vector<std::pair<domain::WorkflowState, uint64_t>>> CountByStateIn(const std::string& region) = 0;

  // Verification queue. ClaimVerificationJobs returns up to `limit` pending jobs due at `now_ms` and leases
  // them until `lease_until_ms` (a crashed worker's jobs come back after the lease). FinishVerification
  // removes a job (its result is stored by the caller's own transaction); RetryVerification schedules the
  // next attempt.
  virtual Result<std::vector<VerificationJob>> ClaimVerificationJobs(size_t limit, int64_t now_ms,
                                                                     int64_t lease_until_ms) = 0;
  virtual Status RetryVerification(const VerificationJob& job, int64_t next_attempt_ms, const std::string& error) = 0;
  virtual Result<uint64_t> CountPendingVerifications() = 0;

  // Notification outbox, drained like the verification queue: claimed with a lease (a crashed dispatcher's
  // jobs come back after it), completed once every recipient has it, or retried later.
  virtual Result<std::vector<NotificationJob>> ClaimNotifications(size_t limit, int64_t now_ms,
                                                                  int64_t lease_until_ms) = 0;
  virtual Status CompleteNotification(int64_t id, int64_t now_ms) = 0;
  virtual Status RetryNotification(const NotificationJob& job, int64_t next_attempt_ms, const std::string& error) = 0;
  virtual Result<uint64_t> CountPendingNotifications() = 0;
  // Contacts of users; SetUserContact replaces a user's contact (both channels).
  virtual Status SetUserContact(const UserContact& contact, int64_t now_ms) = 0;
  virtual Result<std::vector<UserContact>> ListUserContacts() = 0;

  // Statistics rows of one level, for regions under `parent` (a code prefix; "" = all), with month in
  // [month_from, month_to] ("" = open). Reads only the aggregate table, never reports.
  virtual Result<std::vector<StatsRow>> QueryStats(int level, const std::string& parent, const std::string& month_from,
                                                   const std::string& month_to) = 0;

  // Audit: event history across reports, checkpoints, and rewriting a projection (rebuild).
  // Report ids in order, after `after` (exclusive), at most `limit`.
  virtual Result<std::vector<std::string>> ListReportIds(const std::string& after, size_t limit) = 0;
  virtual Result<std::vector<ReportEvent>> GetEvents(const std::string& report_id) = 0;
  // Calls `fn` for every event created in [start_ms, end_ms), in (report_id, sequence) order.
  virtual Status ForEachEventInPeriod(int64_t start_ms, int64_t end_ms,
                                      const std::function<Status(const ReportEvent&)>& fn) = 0;
  virtual Status AddCheckpoint(const Checkpoint& checkpoint) = 0;
  virtual Result<std::vector<Checkpoint>> ListCheckpoints() = 0;
  // Replaces a report's projection as it is (no event, no new change sequence): for `admin rebuild`.
  virtual Status ReplaceProjection(const StoredReport& report) = 0;

  // Users (managed by `lampid-central admin user …`). PutUser inserts or replaces.
  virtual Status PutUser(const User& user, int64_t now_ms) = 0;
  virtual Result<std::optional<User>> GetUser(const std::string& user_id) = 0;
  virtual Result<std::vector<User>> ListUsers() = 0;
  // The users who work on a kecamatan's edges: operators and verifiers whose region is that kecamatan or a
  // desa in it. In user id order.
  virtual Result<std::vector<User>> UsersOfKecamatan(const std::string& kecamatan_code) = 0;

  // A server secret (e.g. the key that signs dashboard sessions), shared by every server process on this
  // database: stores `candidate` under `name` unless a value is already there, and returns the stored
  // value. Callers pass fresh random bytes; the first to arrive wins.
  virtual Result<std::string> GetOrCreateSecret(const std::string& name, const std::string& candidate) = 0;

  // Failed logins in a row per user (reset by a success), to slow down password guessing.
  virtual Result<int> RecordLoginFailure(const std::string& user_id, int64_t now_ms) = 0;
  virtual Status ResetLoginFailures(const std::string& user_id) = 0;
  // Failures in a row and the time of the last one.
  virtual Result<std::pair<int, int64_t>> LoginFailures(const std::string& user_id) = 0;
};

}  // namespace lampid::central
