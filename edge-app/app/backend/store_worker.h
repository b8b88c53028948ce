#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <string>

#include "core/clock.h"
#include "domain/region_table.h"
#include "edge-app/app/backend/backend_types.h"
#include "edge-app/app/common/office_context.h"
#include "edge-app/app/shell/login_dialog.h"

namespace lampid::store {
class Store;
}

namespace lampid::edge::ui {

// A list row for a stored report (its content must be there: with_content).
ReportListRow RowOf(const store::StoredReport& stored);

// The app's store thread: every read and write of the local store that the UI asks for (open, offline
// login, lock, saves, the list, the detail view, the "needs attention" and review lists, statistics,
// conflict resolution). A QObject moved to its own QThread; call its slots with
// QMetaObject::invokeMethod(…, Qt::QueuedConnection) (or queued signals) and listen to its signals,
// which arrive queued on the UI thread. It owns one Store connection (store.h: one per thread); the
// sync thread has its own clone. Nothing here blocks the UI: Argon2 (login), fsync (saves) and decryption
// (lists) all happen on this thread.
//
// Errors come back as words for staff in the UI language (StatusText), never with personal data.
class StoreWorker : public QObject {
  Q_OBJECT

 public:
  struct Config {
    std::string data_dir;
    std::shared_ptr<const domain::RegionTable> regions;  // required
    const Clock* clock = nullptr;                        // nullptr: the system clock; must outlive the worker
  };

  // Rows per list page.
  static constexpr size_t kPageSize = 200;

  explicit StoreWorker(Config config);
  ~StoreWorker() override;

  // Thread-safe (called from the UI thread): the newest list request. A queued request older than this is
  // skipped instead of answered, so fast typing in the search box does not queue up slow searches.
  void SetLatestListRequest(int request) { latest_list_.store(request); }

  // The meta key remembering which draft `operator_id` had open when the app closed.
  static std::string OpenDraftKey(const std::string& operator_id);
  // The setup wizard marks its start and its end: started without an end means the app was closed in
  // the middle of the wizard. (A store set up with lampid-edge-cli has neither and is simply opened.)
  static constexpr const char* kMetaSetupStarted = "app.setup-started";
  static constexpr const char* kMetaSetupComplete = "app.setup-complete";

 public slots:
  // Opens the store in the data folder (locked) → opened.
  void Open();
  // Takes a connection another thread made (after the setup wizard) → opened (kReady).
  void Adopt(lampid::edge::ui::StoreHandle store);
  // A second connection for the sync thread → cloneReady.
  void MakeClone();
  // Removes a store whose setup never finished, when it holds no report → opened (kNoStore), or
  // opened (kFailed) when it holds reports.
  void DiscardIncompleteSetup();
  // Offline login: unlocks with the operator's slot → loginFinished (kNotHereYet when the operator has
  // no slot here: the first login must be online, on the sync thread).
  void Login(const lampid::edge::ui::LoginData& login);
  // Recovery code + new password for an operator → loginFinished.
  void Recover(const QString& recovery_code, const lampid::edge::ui::LoginData& login);
  // Locks the store (every connection) → locked.
  void Lock();

  // → saved, then countsChanged.
  void Save(const lampid::edge::ui::SaveRequest& request, bool remember_as_open_draft);
  // The list page's query → listed (unless a newer request came meanwhile).
  void List(int request, const lampid::edge::ui::ReportQuery& query);
  // The next page of a list → listed (append).
  void ListMore(int request, const lampid::edge::ui::ReportQuery& query, qint64 cursor);
  // → detailLoaded or failed.
  void LoadDetail(const QString& id);
  // The draft the operator had open when the app closed, once → openDraftLoaded (nothing when none).
  void LoadOpenDraft(const QString& operator_id);
  // Staff's choice for a conflict → conflictResolved.
  void ResolveConflict(const QString& id, const lampid::domain::Report& chosen);
  // → attentionLoaded.
  void LoadAttention();
  // → reviewLoaded.
  void LoadReview();
  // → statisticsLoaded.
  void LoadStatistics(int utc_offset_minutes);
  // → countsChanged.
  void RefreshCounts();
  // Closes the connection (before the thread ends).
  void Shutdown();

 signals:
  void opened(const lampid::edge::ui::OpenOutcome& outcome);
  void cloneReady(const lampid::edge::ui::StoreHandle& store);
  void loginFinished(const lampid::edge::ui::LoginOutcome& outcome);
  void locked();
  void saved(const lampid::edge::ui::SaveOutcome& outcome);
  void listed(const lampid::edge::ui::ListAnswer& answer);
  void detailLoaded(const lampid::edge::ui::ReportDetail& detail);
  void openDraftLoaded(const lampid::domain::Report& report);
  void conflictResolved(const QString& id, bool ok, const QString& message);
  void attentionLoaded(const std::vector<lampid::edge::ui::ReportListRow>& rows);
  void reviewLoaded(const std::vector<lampid::store::StoredReport>& reports);
  void statisticsLoaded(const std::vector<lampid::store::KindMonthCount>& counts);
  void countsChanged(const lampid::store::SyncCounts& counts);
  // Something the UI asked for failed; `message` says what to do.
  void failed(const QString& message);

 private:
  OpenOutcome Describe(OpenOutcome::State state);
  bool Filter(const store::ReportSummary& s, const ReportQuery& q) const;
  void ListPage(int request, const ReportQuery& query, int64_t cursor, bool append);

  Config config_;
  std::unique_ptr<SystemClock> own_clock_;
  StoreHandle store_;
  int utc_offset_minutes_ = 7 * 60;
  std::atomic<int> latest_list_{0};
};

}  // namespace lampid::edge::ui

Q_DECLARE_METATYPE(lampid::edge::ui::LoginData)
Q_DECLARE_METATYPE(std::vector<lampid::edge::ui::ReportListRow>)
Q_DECLARE_METATYPE(std::vector<lampid::store::StoredReport>)
