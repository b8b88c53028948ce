#pragma once

#include <QMainWindow>
#include <QPointer>
#include <map>

#include "domain/problem.h"
#include "domain/report_types.h"
#include "edge-app/app/backend/backend_types.h"
#include "edge-app/app/common/office_context.h"

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace lampid::edge::ui {

class AttentionPage;
class ConflictPage;
class LanguageSwitcher;
class NewReportPage;
class ReportDetailPage;
class ReportForm;
class ReportListPage;
class ReviewPage;
class StatisticsPage;
class SyncStatusBar;

// The app's window: menus and a toolbar, and in the middle one page at a time — the report list, the
// "new report" chooser, the open form, a report's detail, a conflict side by side, "Perlu perhatian", the
// kecamatan's review (for verifiers only) and the statistics; the sync status on the right of the status
// bar. It owns no data: everything it needs comes in through its slots and setters (the Session fills
// them from the workers), and everything the user asks for goes out as a signal (see
// edge-app/app/README.md). UI thread only.
//
// Keyboard: Ctrl+N new report, Ctrl+1 … Ctrl+4 a new report of each kind, Ctrl+S save, F8 next problem,
// Ctrl+L the list, F6 "Perlu perhatian", F7 review, F9 statistics, F5 sync now, Ctrl+K lock, F1 the
// shortcuts, Ctrl+Q quit.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // `language` is not owned and must outlive the window.
  MainWindow(const OfficeContext& office, LanguageSwitcher* language, QWidget* parent = nullptr);
  ~MainWindow() override;

  // The open form, or nullptr.
  ReportForm* current_form() const { return form_; }
  SyncStatusBar* sync_status() const { return sync_status_; }
  ReportListPage* report_list() const { return list_page_; }
  NewReportPage* new_report_page() const { return new_page_; }
  QAction* save_action() const { return save_; }
  QAction* language_action(bool english) const { return english ? english_ : indonesian_; }
  QMenu* report_menu() const { return report_menu_; }
  ReportDetailPage* detail_page() const { return detail_page_; }
  ConflictPage* conflict_page() const { return conflict_page_; }
  AttentionPage* attention_page() const { return attention_page_; }
  ReviewPage* review_page() const { return review_page_; }
  StatisticsPage* statistics_page() const { return statistics_page_; }
  QAction* attention_action() const { return attention_; }
  QAction* review_action() const { return review_; }
  QAction* statistics_action() const { return statistics_; }
  QAction* lock_action() const { return lock_; }
  QWidget* current_page() const;

  // Opens an empty form of `kind`. When the open form has unsaved changes, asks first; false when the
  // user chose to keep working on it.
  bool OpenNewReport(domain::ReportKind kind);
  // Opens a stored report for editing. Same question as above. `draftable`: may be kept as a draft when
  // left (a draft; not a report already submitted). `banner` and `notes`: what the server said, shown in
  // the form (ReportForm::SetServerNotes).
  bool OpenReport(const domain::Report& report, bool draftable = true, const QString& banner = {},
                  std::vector<domain::Problem> notes = {});
  void ShowReportList();
  void ShowNewReportChooser();
  void ShowReportDetail(const ReportDetail& detail);
  void ShowConflict(const ReportDetail& detail);
  void ShowAttention();
  void ShowReview();
  void ShowStatistics();

  // The reports that need staff: fills "Perlu perhatian" and the count on its toolbar button.
  void SetAttentionRows(std::vector<ReportListRow> rows);
  // Whether the logged-in user may decide at the kecamatan (server role verifikator_kecamatan): shows or
  // hides the review page and its action.
  void SetReviewAllowed(bool allowed);
  bool review_allowed() const { return review_allowed_; }
  // Who is logged in (shown in the title bar).
  void SetUserName(const QString& name);
  // With drafts kept (the Session turns this on): closing the window with a half-filled form keeps it as
  // a draft (draftSaveRequested) instead of asking; leaving a form offers "keep as draft".
  void SetKeepDraftsOnClose(bool keep) { keep_drafts_ = keep; }
  // Keeps the open form as a draft now when it has unsaved changes and may be a draft (before locking);
  // true when a draft save was asked for.
  bool SaveDraftIfDirty();

 public slots:
  // The store saved the report the form sent: the form closes and the list comes back.
  void OnReportSaved(const QString& report_id);
  // The store could not save it: the form stays, with `message` (plain words, what to do) shown in it.
  void OnReportSaveFailed(const QString& message);
  // The form that asked was kept as a draft under `report_id`: its next save edits that draft.
  void OnDraftSaved(const QString& report_id);

 signals:
  // The user saved a valid report (derived fields filled). The store answers with OnReportSaved or
  // OnReportSaveFailed; until then the form is locked and says "Menyimpan…".
  void saveReportRequested(const lampid::domain::Report& report);
  // The user asked for a sync now (button or F5).
  void syncRequested();
  // The user opened a report in the list (or "Perlu perhatian", or the review): show its detail.
  void reportOpenRequested(const QString& report_id);
  // A half-filled form is to be kept as a draft (`closing`: the app is closing).
  void draftSaveRequested(const lampid::domain::Report& report, bool closing);
  // A stored report was opened in the form for editing at `version` (to detect a concurrent change).
  void editOpened(const QString& report_id, const QString& version);
  void conflictResolutionRequested(const QString& report_id, const lampid::domain::Report& chosen);
  void decisionRequested(const QString& report_id, const QString& action, const QString& reason);
  void attentionRequested();
  void reviewRequested();
  void statisticsRequested();
  void lockRequested();
  // The window was closed (the app is to end).
  void windowClosed();

 protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void BuildActions();
  void BuildMenus();
  void Retranslate();
  void UpdateActions();
  bool ConfirmDiscard();
  void OpenForEdit(const ReportDetail& detail);
  void ShowPage(QWidget* page);
  bool ReplaceForm(ReportForm* form);
  void ShowShortcuts();
  void ShowAbout();

  OfficeContext office_;
  LanguageSwitcher* language_;
  QStackedWidget* pages_;
  ReportListPage* list_page_;
  NewReportPage* new_page_;
  QWidget* form_page_;
  ReportForm* form_ = nullptr;
  ReportDetailPage* detail_page_;
  ConflictPage* conflict_page_;
  AttentionPage* attention_page_;
  ReviewPage* review_page_;
  StatisticsPage* statistics_page_;
  SyncStatusBar* sync_status_;
  bool keep_drafts_ = false;
  bool review_allowed_ = false;
  int attention_count_ = 0;
  QString user_name_;
  QPointer<ReportForm> draft_form_;  // the form whose draft save is on its way

  QMenu* report_menu_ = nullptr;
  QMenu* sync_menu_ = nullptr;
  QMenu* language_menu_ = nullptr;
  QMenu* help_menu_ = nullptr;
  QMenu* new_menu_ = nullptr;
  QToolBar* toolbar_ = nullptr;
  QAction* new_ = nullptr;
  std::map<domain::ReportKind, QAction*> new_kind_;
  QAction* save_ = nullptr;
  QAction* next_problem_ = nullptr;
  QAction* list_ = nullptr;
  QAction* quit_ = nullptr;
  QAction* sync_ = nullptr;
  QAction* attention_ = nullptr;
  QAction* review_ = nullptr;
  QAction* statistics_ = nullptr;
  QAction* lock_ = nullptr;
  QActionGroup* languages_ = nullptr;
  QAction* indonesian_ = nullptr;
  QAction* english_ = nullptr;
  QAction* shortcuts_ = nullptr;
  QAction* about_ = nullptr;
};

}  // namespace lampid::edge::ui
