#pragma once

#include <QMainWindow>
#include <map>

#include "domain/report_types.h"
#include "edge-app/app/common/office_context.h"

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace lampid::edge::ui {

class LanguageSwitcher;
class NewReportPage;
class ReportForm;
class ReportListPage;
class SyncStatusBar;

// The app's window: menus and a toolbar, the report list, the "new report" chooser and the open form in
// the middle, and the sync status on the right of the status bar. It owns no data: saving goes out as
// saveReportRequested and comes back as OnReportSaved / OnReportSaveFailed; sync state comes in through
// sync_status(); the list is filled through report_list() (see edge-app/app/README.md). UI thread only.
//
// Keyboard: Ctrl+N new report, Ctrl+1 … Ctrl+4 a new report of each kind, Ctrl+S save, F8 next problem,
// Ctrl+L the list, F5 sync now, F1 the shortcuts, Ctrl+Q quit.
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

  // Opens an empty form of `kind`. When the open form has unsaved changes, asks first; false when the
  // user chose to keep working on it.
  bool OpenNewReport(domain::ReportKind kind);
  // Opens a stored report for editing (phase 2: after reportOpenRequested). Same question as above.
  bool OpenReport(const domain::Report& report);
  void ShowReportList();
  void ShowNewReportChooser();

 public slots:
  // The store saved the report the form sent: the form closes and the list comes back.
  void OnReportSaved(const QString& report_id);
  // The store could not save it: the form stays, with `message` (plain words, what to do) shown in it.
  void OnReportSaveFailed(const QString& message);

 signals:
  // The user saved a valid report (derived fields filled). The store answers with OnReportSaved or
  // OnReportSaveFailed; until then the form is locked and says "Menyimpan…".
  void saveReportRequested(const lampid::domain::Report& report);
  // The user asked for a sync now (button or F5).
  void syncRequested();
  // The user opened a report in the list.
  void reportOpenRequested(const QString& report_id);

 protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void BuildActions();
  void BuildMenus();
  void Retranslate();
  void UpdateActions();
  bool ConfirmDiscard();
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
  SyncStatusBar* sync_status_;

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
  QActionGroup* languages_ = nullptr;
  QAction* indonesian_ = nullptr;
  QAction* english_ = nullptr;
  QAction* shortcuts_ = nullptr;
  QAction* about_ = nullptr;
};

}  // namespace lampid::edge::ui
