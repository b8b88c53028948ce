#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lampid::edge::ui {

// The sync side of the status bar: online or not, how many reports wait to be sent, when the last
// successful sync was, a progress bar while a sync runs, and "Sinkronkan sekarang". It only shows what
// it is told: the Session passes the sync worker's signals on to these slots and the sync worker listens
// to syncRequested. UI thread only.
class SyncStatusBar : public QWidget {
  Q_OBJECT

 public:
  explicit SyncStatusBar(QWidget* parent = nullptr);

  bool online() const { return online_; }
  int waiting_count() const { return waiting_; }
  bool syncing() const { return syncing_; }
  QLabel* connection_label() const { return connection_; }
  QLabel* waiting_label() const { return waiting_label_; }
  QLabel* last_sync_label() const { return last_sync_; }
  QProgressBar* progress_bar() const { return progress_; }
  QPushButton* sync_button() const { return sync_; }
  QLabel* problem_label() const { return problem_; }
  QLabel* clock_label() const { return clock_; }
  const QString& problem() const { return problem_text_; }

 public slots:
  void SetOnline(bool online);
  void SetWaitingCount(int count);
  // The end of the last sync that succeeded (local time is shown).
  void SetLastSuccess(const QDateTime& when);
  // A sync started or ended; while it runs the button is off and the progress bar shows.
  void SetSyncing(bool syncing);
  // `done` of `total` reports exchanged; total 0 shows a busy bar.
  void SetProgress(int done, int total);
  // Why the last sync failed and what to do, in plain words ("" when it worked). Shown shortened, whole in
  // the tooltip.
  void SetProblem(const QString& text);
  // This PC's clock differs from the server's by `offset_ms` (server minus PC); a warning shows when the
  // difference is over `threshold_ms`.
  void SetClockOffset(qint64 offset_ms, qint64 threshold_ms);

 signals:
  // The user asked for a sync now (the button, or F5 in the main window).
  void syncRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();

  QLabel* connection_icon_;
  QLabel* connection_;
  QLabel* waiting_label_;
  QLabel* last_sync_;
  QProgressBar* progress_;
  QPushButton* sync_;
  QLabel* problem_;
  QLabel* clock_;
  QString problem_text_;
  qint64 clock_offset_ms_ = 0;
  bool clock_warning_ = false;
  bool online_ = false;
  int waiting_ = 0;
  QDateTime last_success_;
  bool syncing_ = false;
};

}  // namespace lampid::edge::ui
