#include "edge-app/app/shell/main_window.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include "domain/report_validator.h"
#include "edge-app/app/form/report_form.h"
#include "edge-app/app/shell/language_switcher.h"
#include "edge-app/app/shell/new_report_page.h"
#include "edge-app/app/shell/report_list_model.h"
#include "edge-app/app/shell/report_list_page.h"
#include "edge-app/app/shell/sync_status_bar.h"
#include "edge-app/app/ui_test_support.h"

namespace lampid::edge::ui {
namespace {

using namespace testing;
using domain::Report;
namespace pb = domain::pb;

class MainWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(language_.Apply(UiLanguage::kIndonesian).ok());
    window_ = std::make_unique<MainWindow>(TestOffice(), &language_);
    QObject::connect(window_.get(), &MainWindow::saveReportRequested, window_.get(),
                     [this](const Report& r) { saved_.push_back(r); });
    ShowActive(window_.get(), {1366, 768});
  }

  std::unique_ptr<QSettings> settings_ = TempSettings();
  LanguageSwitcher language_{settings_.get()};
  std::unique_ptr<MainWindow> window_;
  std::vector<Report> saved_;
};

TEST_F(MainWindowTest, CtrlDigitOpensEachKind) {
  const std::vector<std::pair<Qt::Key, domain::ReportKind>> keys = {
      {Qt::Key_1, pb::REPORT_KIND_KELAHIRAN}, {Qt::Key_2, pb::REPORT_KIND_KEMATIAN},
      {Qt::Key_3, pb::REPORT_KIND_KEPINDAHAN}, {Qt::Key_4, pb::REPORT_KIND_KEDATANGAN}};
  for (const auto& [key, kind] : keys) {
    Press(key, Qt::ControlModifier);
    ASSERT_NE(window_->current_form(), nullptr);
    EXPECT_EQ(window_->current_form()->kind(), kind);
    // The cursor is in the form's first field, ready to type.
    EXPECT_TRUE(window_->current_form()->isAncestorOf(QApplication::focusWidget()));
  }
}

TEST_F(MainWindowTest, CtrlNShowsTheFourKinds) {
  Press(Qt::Key_N, Qt::ControlModifier);
  ASSERT_TRUE(window_->new_report_page()->isVisible());
  EXPECT_EQ(QApplication::focusWidget(), window_->new_report_page()->button(pb::REPORT_KIND_KELAHIRAN));
  Tab();
  Press(Qt::Key_Space);  // Kematian
  ASSERT_NE(window_->current_form(), nullptr);
  EXPECT_EQ(window_->current_form()->kind(), pb::REPORT_KIND_KEMATIAN);
}

TEST_F(MainWindowTest, CtrlSHandsTheCompleteReportToTheStoreAndWaitsForItsAnswer) {
  Press(Qt::Key_1, Qt::ControlModifier);
  ReportForm* form = window_->current_form();
  ASSERT_NE(form, nullptr);
  form->SetReport(SampleReport("kelahiran"));
  Press(Qt::Key_S, Qt::ControlModifier);
  ASSERT_EQ(saved_.size(), 1u);
  EXPECT_EQ(MessageDiff(SampleWithDerived("kelahiran"), saved_.front()), "");
  EXPECT_TRUE(domain::ValidateReport(saved_.front(), {*TestOffice().regions, kNow}).empty());
  // Until the store answers, the form is locked and says so.
  EXPECT_FALSE(form->save_button()->isEnabled());
  EXPECT_TRUE(form->summary_label()->text().contains("Menyimpan"));
  Press(Qt::Key_S, Qt::ControlModifier);
  EXPECT_EQ(saved_.size(), 1u) << "no second save while the first is being stored";

  window_->OnReportSaved(QStringLiteral("0193a1f0-0000-7000-8000-000000000001"));
  EXPECT_TRUE(window_->report_list()->isVisible());
  EXPECT_EQ(window_->current_form(), nullptr);
  EXPECT_TRUE(window_->statusBar()->currentMessage().contains("tersimpan"));
  EXPECT_FALSE(window_->save_action()->isEnabled());
}

TEST_F(MainWindowTest, CtrlSWithErrorsShowsThemInsteadOfSaving) {
  Press(Qt::Key_2, Qt::ControlModifier);
  ReportForm* form = window_->current_form();
  Press(Qt::Key_S, Qt::ControlModifier);
  EXPECT_TRUE(saved_.empty());
  EXPECT_TRUE(form->ProblemLabelFor("kematian.death_date")->isVisible());
  EXPECT_EQ(QApplication::focusWidget(), form->FieldWidget("desa_code"));
  Press(Qt::Key_F8);
  EXPECT_EQ(QApplication::focusWidget(), form->FieldWidget("kematian.deceased.nik"));
}

TEST_F(MainWindowTest, AFailedSaveKeepsTheFormAndSaysWhy) {
  Press(Qt::Key_3, Qt::ControlModifier);
  ReportForm* form = window_->current_form();
  form->SetReport(SampleReport("kepindahan"));
  Press(Qt::Key_S, Qt::ControlModifier);
  ASSERT_EQ(saved_.size(), 1u);
  window_->OnReportSaveFailed(QStringLiteral("Disk penuh. Kosongkan ruang disk lalu tekan Simpan lagi."));
  EXPECT_EQ(window_->current_form(), form);
  EXPECT_TRUE(form->save_button()->isEnabled());
  EXPECT_TRUE(form->summary_label()->text().contains("Disk penuh"));
}

TEST_F(MainWindowTest, StatusBarShowsWhatTheSyncWorkerReports) {
  SyncStatusBar* bar = window_->sync_status();
  ASSERT_TRUE(bar->isVisible());
  EXPECT_TRUE(bar->connection_label()->text().contains("Tidak terhubung"));
  EXPECT_TRUE(bar->last_sync_label()->text().contains("Belum pernah"));
  bar->SetOnline(true);
  bar->SetWaitingCount(7);
  bar->SetLastSuccess(QDateTime(QDate(2026, 11, 25), QTime(9, 15)));
  EXPECT_TRUE(bar->connection_label()->text().contains("Terhubung"));
  EXPECT_EQ(bar->waiting_label()->text(), QStringLiteral("7 laporan menunggu dikirim"));
  EXPECT_EQ(bar->last_sync_label()->text(), QStringLiteral("Sinkron terakhir: 25-11-2026 09:15"));
  EXPECT_FALSE(bar->progress_bar()->isVisible());
  bar->SetSyncing(true);
  bar->SetProgress(3, 7);
  EXPECT_TRUE(bar->progress_bar()->isVisible());
  EXPECT_FALSE(bar->sync_button()->isEnabled());
  EXPECT_EQ(bar->progress_bar()->value(), 3);
  bar->SetSyncing(false);
  EXPECT_FALSE(bar->progress_bar()->isVisible());

  int requests = 0;
  QObject::connect(window_.get(), &MainWindow::syncRequested, [&requests] { ++requests; });
  QTest::mouseClick(bar->sync_button(), Qt::LeftButton);
  Press(Qt::Key_F5);
  EXPECT_EQ(requests, 2);
}

TEST_F(MainWindowTest, ListPageAsksForRowsAndShowsBothStatesInWords) {
  ReportListPage* list = window_->report_list();
  std::vector<ReportQuery> queries;
  QObject::connect(list, &ReportListPage::queryChanged, [&queries](const ReportQuery& q) { queries.push_back(q); });
  list->search_edit()->setFocus(Qt::OtherFocusReason);
  Type("Siti");
  ASSERT_TRUE(WaitUntil([&] { return !queries.empty(); }));
  EXPECT_EQ(queries.back().text, "Siti");
  list->model()->SetRows({{"id-1", pb::REPORT_KIND_KELAHIRAN, "Siti Aminah", "", "32.73.05.1001", "2026-11-20",
                           pb::SYNC_STATE_QUEUED, pb::WORKFLOW_STATE_PERLU_PERBAIKAN, "2026-11-25T02:41:00Z"}});
  ReportListModel* model = list->model();
  ASSERT_EQ(model->rowCount(), 1);
  EXPECT_EQ(model->index(0, ReportListModel::kSyncState).data().toString(), QStringLiteral("Antre"));
  EXPECT_EQ(model->index(0, ReportListModel::kWorkflowState).data().toString(), QStringLiteral("Perlu perbaikan"));
  EXPECT_FALSE(model->index(0, ReportListModel::kSyncState).data(Qt::DecorationRole).isNull());
  EXPECT_EQ(model->index(0, ReportListModel::kDesa).data().toString(), QStringLiteral("Maleber"));
  EXPECT_EQ(model->index(0, ReportListModel::kEventDate).data().toString(), QStringLiteral("20-11-2026"));
}

TEST_F(MainWindowTest, FitsA1366x768Screen) {
  EXPECT_LE(window_->minimumSizeHint().width(), 1366);
  EXPECT_LE(window_->minimumSizeHint().height(), 768);
  for (const auto kind : {pb::REPORT_KIND_KELAHIRAN, pb::REPORT_KIND_KEMATIAN, pb::REPORT_KIND_KEPINDAHAN,
                          pb::REPORT_KIND_KEDATANGAN}) {
    ASSERT_TRUE(window_->OpenNewReport(kind));
    QApplication::processEvents();
    EXPECT_LE(window_->minimumSizeHint().width(), 1366) << kind;
    // No sideways scrolling: the form's columns fit the window's width.
    EXPECT_LE(window_->current_form()->minimumSizeHint().width(), 1366) << kind;
  }
}

}  // namespace
}  // namespace lampid::edge::ui
