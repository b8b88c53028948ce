// SqliteCentralStore: the notification outbox and users' contacts (writes). The outbox rows themselves are
// written by the write transaction (Txn::EnqueueNotification), next to the transition they announce; the reads
// (CountPendingNotifications, ListUserContacts) use the reader connections in sqlite_central_store.cpp.
#include "central-server/core/sqlite_central_store.h"

namespace lampid::central {

using sqlite::Statement;

Result<std::vector<NotificationJob>> SqliteCentralStore::ClaimNotifications(size_t limit, int64_t now_ms,
                                                                            int64_t lease_until_ms) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::Transaction tx, sqlite::Transaction::Begin(writer_));
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          writer_.Cached("SELECT id, report_id, kind, kecamatan_code, desa_code, workflow_state, "
                                         "created_at, attempts FROM notification_outbox "
                                         "WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id "
                                         "LIMIT ?"));
  Statement& st = *st_ptr;
  st.Bind(1, now_ms).Bind(2, static_cast<int64_t>(limit));
  std::vector<NotificationJob> jobs;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    NotificationJob j;
    j.id = st.Int(0);
    j.request.report_id = st.Text(1);
    j.request.kind = static_cast<int>(st.Int(2));
    j.request.kecamatan_code = st.Text(3);
    j.request.desa_code = st.Text(4);
    j.request.workflow_state = static_cast<int>(st.Int(5));
    j.request.created_at_ms = st.Int(6);
    j.attempts = static_cast<int>(st.Int(7));
    jobs.push_back(std::move(j));
  }
  st.Reset();
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease lease_ptr,
                          writer_.Cached("UPDATE notification_outbox SET next_attempt_at = ? WHERE id = ?"));
  for (const auto& j : jobs) {
    lease_ptr->Bind(1, lease_until_ms).Bind(2, j.id);
    LAMPID_RETURN_IF_ERROR(lease_ptr->Run());
  }
  LAMPID_RETURN_IF_ERROR(tx.Commit());
  return jobs;
}

Status SqliteCentralStore::CompleteNotification(int64_t id, int64_t now_ms) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          writer_.Cached("UPDATE notification_outbox SET sent_at = ?, last_error = '' WHERE id = ?"));
  st_ptr->Bind(1, now_ms).Bind(2, id);
  return st_ptr->Run();
}

Status SqliteCentralStore::RetryNotification(const NotificationJob& job, int64_t next_attempt_ms,
                                             const std::string& error) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          writer_.Cached("UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                                         "last_error = ? WHERE id = ? AND sent_at IS NULL"));
  st_ptr->Bind(1, next_attempt_ms).Bind(2, error).Bind(3, job.id);
  return st_ptr->Run();
}

Status SqliteCentralStore::SetUserContact(const UserContact& c, int64_t now_ms) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          writer_.Cached("INSERT INTO user_contacts(user_id, email, phone, updated_at) "
                                         "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(user_id) DO UPDATE SET email = ?2, "
                                         "phone = ?3, updated_at = ?4"));
  st_ptr->Bind(1, c.user_id).Bind(2, c.email).Bind(3, c.phone).Bind(4, now_ms);
  return st_ptr->Run();
}

}  // namespace lampid::central
