// Renders every main screen to PNG, as staff see it on a 1366×768 screen: the main window (list, new
// report, each form filled with the sample report, a form with problems, English), the setup wizard's
// pages and the login. Written to $LAMPID_SCREENSHOT_DIR, or screenshots/ in the build folder;
// docs/screenshots holds a copy for the user guide (docs/user-guide.md).
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTest>

#include "domain/report_json.h"
#include "edge-app/app/form/report_form.h"
#include "edge-app/app/shell/language_switcher.h"
#include "edge-app/app/shell/login_dialog.h"
#include "edge-app/app/shell/main_window.h"
#include "edge-app/app/shell/new_report_page.h"
#include "edge-app/app/shell/report_list_model.h"
#include "edge-app/app/shell/report_list_page.h"
#include "edge-app/app/shell/setup_wizard.h"
#include "edge-app/app/shell/sync_status_bar.h"
#include "edge-app/app/ui_test_support.h"

namespace lampid::edge::ui {
namespace {

using namespace testing;
namespace pb = domain::pb;

const QSize kScreen(1366, 768);

QString OutputDir() {
  const QString env = qEnvironmentVariable("LAMPID_SCREENSHOT_DIR");
  const QString dir = env.isEmpty() ? QStringLiteral(LAMPID_DEFAULT_SCREENSHOT_DIR) : env;
  QDir().mkpath(dir);
  return dir;
}

// Saves a rendering of `w` and checks it is a real picture (not blank).
void Save(QWidget* w, const QString& name) {
  QApplication::processEvents();
  const QImage image = w->grab().toImage();
  QSet<QRgb> colors;
  for (int y = 0; y < image.height(); y += 7) {
    for (int x = 0; x < image.width(); x += 7) colors.insert(image.pixel(x, y));
  }
  EXPECT_GT(colors.size(), 20) << name.toStdString() << " looks blank";
  const QString path = OutputDir() + QLatin1Char('/') + name + QStringLiteral(".png");
  ASSERT_TRUE(image.save(path)) << path.toStdString();
}

class ScreenshotTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(language_.Apply(UiLanguage::kIndonesian).ok()); }
  void TearDown() override { ASSERT_TRUE(language_.Apply(UiLanguage::kIndonesian).ok()); }

  // A window as it looks on a working day: a few reports in the list, the sync state set.
  void Populate(MainWindow& w) {
    std::vector<ReportListRow> rows = {
        {"0193a1f0-0000-7000-8000-000000000001", pb::REPORT_KIND_KELAHIRAN, "Siti Aminah", "", "32.73.05.1001",
         "2026-11-20", pb::SYNC_STATE_QUEUED, pb::WORKFLOW_STATE_UNSPECIFIED, "2026-11-25T02:41:00Z"},
        {"0193a1f0-0000-7000-8000-000000000002", pb::REPORT_KIND_KEMATIAN, "Haji Ahmad Dahlan", "3273050204500005",
         "32.73.05.1002", "2026-11-24", pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI,
         "2026-11-24T07:12:00Z"},
        {"0193a1f0-0000-7000-8000-000000000003", pb::REPORT_KIND_KEPINDAHAN, "Budi Santoso", "3273050107920002",
         "32.73.05.1001", "2026-12-01", pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_TERCATAT,
         "2026-11-21T03:05:00Z"},
        {"0193a1f0-0000-7000-8000-000000000004", pb::REPORT_KIND_KEDATANGAN, "Rudi Hartono", "3273010107920002",
         "32.73.05.1003", "2026-11-10", pb::SYNC_STATE_ACKNOWLEDGED, pb::WORKFLOW_STATE_PERLU_PERBAIKAN,
         "2026-11-19T09:30:00Z"},
        {"0193a1f0-0000-7000-8000-000000000005", pb::REPORT_KIND_KELAHIRAN, "Muhammad Rizky", "", "32.73.05.1004",
         "2026-11-18", pb::SYNC_STATE_CONFLICT, pb::WORKFLOW_STATE_DIAJUKAN, "2026-11-18T04:15:00Z"},
        {"0193a1f0-0000-7000-8000-000000000006", pb::REPORT_KIND_KELAHIRAN, "Nur Aisyah", "", "32.73.05.1006",
         "2026-11-12", pb::SYNC_STATE_DRAFT, pb::WORKFLOW_STATE_UNSPECIFIED, "2026-11-12T01:00:00Z"},
    };
    w.report_list()->model()->SetRows(rows);
    w.sync_status()->SetOnline(false);
    w.sync_status()->SetWaitingCount(1);
    w.sync_status()->SetLastSuccess(QDateTime::fromMSecsSinceEpoch(kNow - 3 * 3600 * 1000));
  }

  std::unique_ptr<QSettings> settings_ = TempSettings();
  LanguageSwitcher language_{settings_.get()};
};

TEST_F(ScreenshotTest, MainWindowList) {
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  ShowActive(&w, kScreen);
  Save(&w, QStringLiteral("main-window"));
}

TEST_F(ScreenshotTest, MainWindowNewReport) {
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  ShowActive(&w, kScreen);
  w.ShowNewReportChooser();
  Save(&w, QStringLiteral("new-report"));
}

TEST_F(ScreenshotTest, EachFormWithSample) {
  for (const char* kind : {"kelahiran", "kematian", "kepindahan", "kedatangan"}) {
    MainWindow w(TestOffice(), &language_);
    Populate(w);
    ShowActive(&w, kScreen);
    ASSERT_TRUE(w.OpenReport(SampleReport(kind)));
    ReportForm* form = w.current_form();
    ASSERT_NE(form, nullptr);
    EXPECT_TRUE(form->CanSave()) << kind;
    form->FocusFirstField();
    Save(&w, QStringLiteral("form-%1").arg(QLatin1String(kind)));
    // The whole form, beyond what fits on the screen.
    auto* scroll = form->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    Save(scroll->widget(), QStringLiteral("form-%1-full").arg(QLatin1String(kind)));
  }
}

TEST_F(ScreenshotTest, FormWithProblems) {
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  ShowActive(&w, kScreen);
  domain::Report r = SampleReport("kelahiran");
  r.mutable_kelahiran()->mutable_mother()->set_nik("3273055203950");        // too short: an error
  r.mutable_kelahiran()->set_weight_grams(5800);                            // unusual: a warning
  r.mutable_kelahiran()->mutable_father()->set_birth_date("1992-07-02");    // differs from the NIK: a warning
  ASSERT_TRUE(w.OpenReport(r));
  ReportForm* form = w.current_form();
  EXPECT_FALSE(form->CanSave());
  form->FocusNextProblem();
  Save(&w, QStringLiteral("form-kelahiran-problems"));
}

TEST_F(ScreenshotTest, NewEmptyFormInEnglish) {
  ASSERT_TRUE(language_.Apply(UiLanguage::kEnglish).ok());
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  ShowActive(&w, kScreen);
  ASSERT_TRUE(w.OpenNewReport(pb::REPORT_KIND_KEPINDAHAN));
  Type(QStringLiteral("32730501079"));
  Tab();
  w.current_form()->ValidateNow();  // what shows a moment after leaving the field
  Save(&w, QStringLiteral("form-kepindahan-english"));
}

TEST_F(ScreenshotTest, SetupWizardPages) {
  SetupWizard wizard(TestOffice().regions);
  ShowActive(&wizard);
  wizard.kecamatan_search()->setFocus();
  Type(QStringLiteral("andir"));
  Press(Qt::Key_Down);
  Save(&wizard, QStringLiteral("setup-1-kecamatan"));
  wizard.next();
  wizard.server_address_edit()->setFocus();
  Type(QStringLiteral("lampid.bandungkota.go.id:8443"));
  wizard.enrollment_code_edit()->setFocus();
  Type(QStringLiteral("7k3q-9xpa-2m4d"));
  Save(&wizard, QStringLiteral("setup-2-server"));
  wizard.next();
  wizard.operator_edit()->setFocus();
  Type(QStringLiteral("siti.aminah"));
  wizard.password_edit()->setFocus();
  Type(QStringLiteral("rahasia-sekali"));
  Save(&wizard, QStringLiteral("setup-3-operator"));
  wizard.password_again_edit()->setFocus();
  Type(QStringLiteral("rahasia-sekali"));
  wizard.next();  // hands the data over and waits for the answer
  wizard.SetupSucceeded(QStringLiteral("KJ4P-7TQX-M2WD-9RZC-H6YB-3NFA"));
  ASSERT_EQ(wizard.currentId(), SetupWizard::kRecoveryPage);
  Save(&wizard, QStringLiteral("setup-4-recovery"));
}

TEST_F(ScreenshotTest, Login) {
  LoginDialog dialog(QStringLiteral("Kecamatan Andir, Kota Bandung, Jawa Barat"));
  ShowActive(&dialog);
  dialog.operator_edit()->setFocus();
  Type(QStringLiteral("siti.aminah"));
  Save(&dialog, QStringLiteral("login"));
}

}  // namespace
}  // namespace lampid::edge::ui
