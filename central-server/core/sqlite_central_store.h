#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "central-server/core/central_store.h"
#include "sqlite/sqlite_db.h"

namespace lampid::central {

// CentralStore on one SQLite file (WAL, synchronous=FULL: a commit survives power loss before the server
// acknowledges anything). One writer connection, serialised by a mutex — SQLite admits one writer at a
// time anyway, and that is also what makes the change sequence follow commit order — and a pool of reader
// connections for pulls and dashboards. Other processes (the admin CLI) may write the same file.
//
// Checkpoints (copying the WAL back into the database file, with its own fsync) run on a background thread
// with its own connection, started when a commit leaves the WAL over kCheckpointPages, so that writers do
// not wait for them; only if the WAL still grows past kMaxWalPages does the committing writer checkpoint.
class SqliteCentralStore final : public CentralStore {
 public:
  // Opens (creating or migrating) the database at `path`. FailedPrecondition when the file was written by a
  // newer version of the server.
  static Result<std::unique_ptr<SqliteCentralStore>> Open(const std::string& path);
  ~SqliteCentralStore() override;

  Result<std::unique_ptr<CentralTxn>> BeginWrite() override;
  Status AddEnrollmentCode(const std::string& code_hash, const std::string& kecamatan_code, int64_t expires_at_ms,
                           int64_t now_ms) override;
  Result<DeviceRecord> EnrollDevice(const std::string& code_hash, const DeviceRecord& device, int64_t now_ms) override;
  Status RevokeDevice(const std::string& device_id, int64_t now_ms) override;
  Result<std::vector<DeviceRecord>> ListDevices() override;
  Result<std::optional<DeviceRecord>> GetDevice(const std::string& device_id) override;
  Result<ChangePage> ChangesSince(const std::string& kecamatan_code, const std::string& cursor,
                                  uint32_t limit) override;
  Result<std::optional<StoredReport>> GetReport(const std::string& report_id) override;
  Result<uint64_t> CountReports() override;
  Result<uint64_t> CountEvents(const std::string& type, const std::string& actor = "") override;
  Result<std::vector<StoredReport>> ListByState(domain::WorkflowState state, const std::string& region,
                                                uint64_t after_seq, size_t limit) override;
  Result<std::vector<std::pair<domain::WorkflowState, uint64_t>>> CountByState() override;
  Result<std::vector<std::pair<domain::WorkflowState, uint64_t>>> CountByStateIn(const std::string& region) override;
  Result<std::vector<VerificationJob>> ClaimVerificationJobs(size_t limit, int64_t now_ms,
                                                             int64_t lease_until_ms) override;
  Status RetryVerification(const VerificationJob& job, int64_t next_attempt_ms, const std::string& error) override;
  Result<uint64_t> CountPendingVerifications() override;
  // Notification outbox and contacts (sqlite_notification_outbox.cpp).
  Result<std::vector<NotificationJob>> ClaimNotifications(size_t limit, int64_t now_ms,
                                                          int64_t lease_until_ms) override;
  Status CompleteNotification(int64_t id, int64_t now_ms) override;
  Status RetryNotification(const NotificationJob& job, int64_t next_attempt_ms, const std::string& error) override;
  Result<uint64_t> CountPendingNotifications() override;
  Status SetUserContact(const UserContact& contact, int64_t now_ms) override;
  Result<std::vector<UserContact>> ListUserContacts() override;
  Result<std::vector<StatsRow>> QueryStats(int level, const std::string& parent, const std::string& month_from,
                                           const std::string& month_to) override;
  Result<std::vector<std::string>> ListReportIds(const std::string& after, size_t limit) override;
  Result<std::vector<ReportEvent>> GetEvents(const std::string& report_id) override;
  Status ForEachEventInPeriod(int64_t start_ms, int64_t end_ms,
                              const std::function<Status(const ReportEvent&)>& fn) override;
  Status AddCheckpoint(const Checkpoint& checkpoint) override;
  Result<std::vector<Checkpoint>> ListCheckpoints() override;
  Status ReplaceProjection(const StoredReport& report) override;
  Status PutUser(const User& user, int64_t now_ms) override;
  Result<std::optional<User>> GetUser(const std::string& user_id) override;
  Result<std::vector<User>> ListUsers() override;
  Result<std::vector<User>> UsersOfKecamatan(const std::string& kecamatan_code) override;
  Result<int> RecordLoginFailure(const std::string& user_id, int64_t now_ms) override;
  Status ResetLoginFailures(const std::string& user_id) override;
  Result<std::pair<int, int64_t>> LoginFailures(const std::string& user_id) override;
  Result<std::string> GetOrCreateSecret(const std::string& name, const std::string& candidate) override;

  // 2: per-region workflow state counts (state_counts) and server secrets.
  // 3: the notification outbox and users' contacts.
  // 4: reports and report_events are rowid tables (new rows are appended instead of splitting pages).
  // 5: person-index entries name a report by its 16 UUID bytes and a date by its day number.
  static constexpr int64_t kSchemaVersion = 5;
  static constexpr int kCheckpointPages = 8192;  // 32 MB of WAL at 4 KB pages
  static constexpr int kMaxWalPages = 8 * kCheckpointPages;

 private:
  class Txn;
  class ReaderLease;
  explicit SqliteCentralStore(std::string path, sqlite::Database writer);
  Result<ReaderLease> AcquireReader();

  std::string path_;
  std::mutex write_mu_;
  sqlite::Database writer_;  // guarded by write_mu_
  std::mutex readers_mu_;
  std::vector<std::unique_ptr<sqlite::Database>> idle_readers_;  // guarded by readers_mu_

  // The background checkpointer (see above). The writer's WAL hook sets checkpoint_wanted_.
  static int OnWalCommit(void* self, struct sqlite3* db, const char* name, int pages);
  void RunCheckpointer();
  std::mutex checkpoint_mu_;
  std::condition_variable checkpoint_cv_;
  bool checkpoint_wanted_ = false;  // guarded by checkpoint_mu_
  bool stopping_ = false;           // guarded by checkpoint_mu_
  std::thread checkpointer_;
};

}  // namespace lampid::central
