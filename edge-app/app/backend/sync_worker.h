#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <string>

#include "core/backoff.h"
#include "core/clock.h"
#include "domain/region_table.h"
#include "edge-app/app/backend/backend_types.h"
#include "edge-app/app/shell/login_dialog.h"
#include "edge-app/app/shell/setup_wizard.h"

class QTimer;

namespace lampid::sync {
class SyncEngine;
class SyncTransport;
}  // namespace lampid::sync

namespace lampid::edge::ui {

// The app's network thread: everything that talks to the central server — the first-run setup (init,
// enrollment, the first operator's online check), an operator's first online login on this PC, sync,
// and the verifier's workflow decisions. A QObject moved to its own QThread; slots are called queued,
// signals arrive queued on the UI thread. It owns one Store connection (a clone of the store thread's, or
// the original during setup) and one SyncEngine over a gRPC transport built from what enrollment stored.
//
// Scheduling: while active (someone is logged in) it syncs at once, then every `pull_every_ms`; a save
// (Poke) brings the next sync forward to `poke_delay_ms` while the server answers. While the server is
// away it retries with exponential backoff and full jitter (core/backoff.h) — the first retry that gets
// through is "the server is reachable again", and it syncs. A sync never runs while locked.
class SyncWorker : public QObject {
  Q_OBJECT

 public:
  struct Config {
    std::string data_dir;
    std::shared_ptr<const domain::RegionTable> regions;  // required
    const Clock* clock = nullptr;                        // nullptr: the system clock
    int64_t backoff_base_ms = 2000;
    int64_t backoff_max_ms = 5 * 60 * 1000;
    int64_t pull_every_ms = 5 * 60 * 1000;
    int64_t poke_delay_ms = 1000;
    int64_t call_deadline_ms = 30000;
    size_t push_batch = 500;
  };

  // Sealed meta remembering the role and name the server gave `operator_id` at an online login.
  static std::string UserMetaKey(const std::string& operator_id);

  // Clock differences above this are worth a warning to staff.
  static constexpr int64_t kClockWarningMs = 5 * 60 * 1000;

  explicit SyncWorker(Config config);
  ~SyncWorker() override;

  // Thread-safe: asks a running sync to stop at its next batch (before locking, before quitting).
  void RequestCancel() { cancel_.store(true); }

 public slots:
  // Takes a store connection (made on the store thread) → pendingDecisionsChanged/usersChanged when
  // unlocked.
  void Adopt(lampid::edge::ui::StoreHandle store);
  // The setup wizard's request: Init, Enroll, the operator's online check → cloneReady (a connection for
  // the store thread), then setupFinished.
  void Setup(const lampid::edge::ui::SetupData& data);
  // An operator with no slot here logs in online → loginFinished.
  void LoginOnline(const lampid::edge::ui::LoginData& login);
  // Logged in (sync may run; decisions are signed by `operator_id`) or locked/logged out.
  void SetActive(bool active, const QString& operator_id);
  // "Sinkronkan sekarang": syncs now, whatever the backoff says.
  void SyncNow();
  // Something was queued: sync soon when the server answers.
  void Poke();
  // A verifier's decision ("approve" | "return") → decisionQueued, then a sync soon.
  void QueueDecision(const QString& report_id, const QString& action, const QString& reason);
  // → usersChanged, pendingDecisionsChanged.
  void LoadServerInfo();
  void Shutdown();

 signals:
  void cloneReady(const lampid::edge::ui::StoreHandle& store);
  void setupFinished(const lampid::edge::ui::SetupOutcome& outcome);
  void loginFinished(const lampid::edge::ui::LoginOutcome& outcome);
  void syncStarted();
  // `done` of `total` changes pushed (pulling: total 0).
  void syncProgress(int done, int total, bool pulling);
  void syncSucceeded(const lampid::edge::ui::SyncSummary& summary);
  // A running sync stopped because it was asked to (lock, quit); what it applied stays applied.
  void syncCancelled();
  // In both languages (the UI picks); retry_in_ms: when the next automatic attempt is (0: none planned).
  void syncFailed(const QString& message, const QString& message_en, bool retry_later, qint64 retry_in_ms);
  void onlineChanged(bool online);
  void usersChanged(const std::vector<lampid::edge::ui::ServerUser>& users);
  void pendingDecisionsChanged(const QStringList& report_ids);
  void decisionQueued(const QString& report_id, bool ok, const QString& message);

 private:
  Status BuildEngine();
  void Schedule(int64_t delay_ms);
  void RunSync();
  void SetOnline(bool online);
  void EmitServerInfo();

  Config config_;
  std::unique_ptr<SystemClock> own_clock_;
  StoreHandle store_;
  std::unique_ptr<sync::SyncTransport> transport_;
  std::unique_ptr<sync::SyncEngine> engine_;
  QTimer* timer_;
  Backoff backoff_;
  std::atomic<bool> cancel_{false};
  bool active_ = false;
  bool online_ = false;
  bool running_ = false;
  bool attempted_ = false;
  std::string operator_id_;
  std::string recovery_code_;  // between a setup's Init and its success (a retry may need it)
};

}  // namespace lampid::edge::ui

Q_DECLARE_METATYPE(lampid::edge::ui::SetupData)
