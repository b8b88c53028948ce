#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <map>
#include <memory>
#include <string>

#include "core/clock.h"
#include "domain/region_table.h"
#include "edge-app/app/backend/backend_types.h"
#include "edge-app/app/backend/sync_worker.h"
#include "edge-app/app/common/office_context.h"
#include "edge-app/app/shell/login_dialog.h"
#include "edge-app/app/shell/recovery_dialog.h"
#include "edge-app/app/shell/setup_wizard.h"

class QThread;

namespace lampid::edge::ui {

class IdleWatcher;
class LanguageSwitcher;
class MainWindow;
class StoreWorker;

// The desktop app's controller: owns the two worker threads (StoreWorker: the local store; SyncWorker:
// the server) and the windows, and moves the user through them — the setup wizard on a new PC, the login
// (offline; online the first time a user uses this PC), the main window, the lock after idle — passing
// every request from the widgets to a worker (queued) and every answer back to the widgets. It decides
// nothing about reports: the store and the sync engine do. UI thread only.
class Session : public QObject {
  Q_OBJECT

 public:
  struct Options {
    std::string data_dir;
    int idle_lock_ms = 10 * 60 * 1000;  // 0: never lock
    SyncWorker::Config sync;            // data_dir, regions and clock are filled in from here
    const Clock* clock = nullptr;       // nullptr: the system clock; must outlive the session
  };

  Session(Options options, std::shared_ptr<const domain::RegionTable> regions, LanguageSwitcher* language,
          QObject* parent = nullptr);
  // Stops the workers after what was asked of them (a draft saved on close) is done.
  ~Session() override;

  // Opens the data folder: then the setup wizard (no store yet) or the login.
  void Start();
  // Cancels a running sync, lets the store thread finish its queue, ends both threads. Idempotent.
  void Stop();

  // What is on screen (tests drive these like a person would).
  MainWindow* window() const { return window_.get(); }
  SetupWizard* wizard() const { return wizard_; }
  LoginDialog* login_dialog() const { return login_; }
  RecoveryDialog* recovery_dialog() const { return recovery_; }
  bool unlocked() const { return unlocked_; }
  const std::string& operator_id() const { return operator_id_; }
  const std::string& role() const { return role_; }
  const OfficeContext& office() const { return office_; }
  int64_t sync_successes() const { return sync_successes_; }
  int64_t sync_failures() const { return sync_failures_; }
  // Answers the workers gave since the start (tests wait on these instead of sleeping).
  int64_t lists_received() const { return lists_received_; }
  // The list shows the answer to the newest query asked (none is on its way).
  bool list_settled() const { return list_answered_ == list_request_; }
  int64_t saves_answered() const { return saves_answered_; }
  // Locks now (as after idle; the menu's "Kunci layar").
  void Lock();

 signals:
  // The main window is up, someone logged in.
  void ready();
  // The session locked (idle or asked).
  void locked();
  // The app is to end with this exit code (wizard cancelled, login quit, window closed).
  void finished(int exit_code);

 private:
  void OnOpened(const OpenOutcome& o);
  void BuildWindow(const OpenOutcome& o);
  void ShowWizard();
  void ShowLogin(const QString& notice);
  void ShowRecovery();
  void OnLogin(const LoginData& login);
  void OnStoreLogin(const LoginOutcome& o);
  void OnSyncLogin(const LoginOutcome& o);
  void EnterSession(const std::string& operator_id, const std::string& role, const std::string& display_name);
  void RefreshList();
  void RefreshAfterChange();
  void OnSaved(const SaveOutcome& o);
  void OnListed(const ListAnswer& a);
  void OnUsers(const std::vector<ServerUser>& users);
  void OnSyncSucceeded(const SyncSummary& s);
  void OnSyncFailed(const QString& message, const QString& message_en, bool retry_later, qint64 retry_in_ms);

  Options options_;
  std::shared_ptr<const domain::RegionTable> regions_;
  LanguageSwitcher* language_;
  std::unique_ptr<SystemClock> own_clock_;
  OfficeContext office_;

  QThread* store_thread_ = nullptr;
  QThread* sync_thread_ = nullptr;
  StoreWorker* store_ = nullptr;
  SyncWorker* sync_ = nullptr;
  IdleWatcher* idle_ = nullptr;

  std::unique_ptr<MainWindow> window_;
  QPointer<SetupWizard> wizard_;
  QPointer<LoginDialog> login_;
  QPointer<RecoveryDialog> recovery_;

  bool stopped_ = false;
  bool setting_up_ = false;
  bool setup_ok_ = false;
  bool unlocked_ = false;
  bool user_asked_sync_ = false;
  std::string operator_id_;
  std::string role_;
  std::string display_name_;
  LoginData pending_login_;  // between the offline check and the online first login
  std::map<std::string, std::string> open_versions_;  // report id → version it was opened for editing at
  std::string refresh_detail_id_;  // a detail reload asked for by a sync, not by the user
  int list_request_ = 0;
  int list_answered_ = 0;
  int64_t list_cursor_ = 0;
  QElapsedTimer since_list_refresh_;
  int64_t sync_successes_ = 0;
  int64_t sync_failures_ = 0;
  int64_t lists_received_ = 0;
  int64_t saves_answered_ = 0;
};

}  // namespace lampid::edge::ui
