// Renders every main screen to PNG, as staff see it on a 1366×768 screen: the main window (the list with
// rows from a real store, new report, each form filled with the sample report, a form with problems,
// English, a correction), a report's detail and history, "Perlu perhatian", the kecamatan's review, a
// conflict side by side, statistics, a receipt, the setup wizard's pages and the login. Written to
// $LAMPID_SCREENSHOT_DIR, or screenshots/ in the build folder; docs/screenshots holds a copy for the user
// guide (docs/user-guide.md).
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

#include <QPainter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTextDocument>
#include <QToolButton>

#include "core/hlc.h"
#include "core/uuid.h"
#include "domain/report_json.h"
#include "domain/report_validator.h"
#include "edge-app/app/backend/store_worker.h"
#include "edge-app/app/shell/attention_page.h"
#include "edge-app/app/shell/conflict_page.h"
#include "edge-app/app/shell/receipt.h"
#include "edge-app/app/shell/report_detail_page.h"
#include "edge-app/app/shell/review_page.h"
#include "edge-app/app/shell/statistics_page.h"
#include "store/store.h"
#include "support/subprocess.h"
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

// A working office's store: real reports in every state, made with the store's own calls (the server's
// part — acknowledgements, workflow states, Dukcapil's answers, a competing version — as the sync engine
// would apply it).
class OfficeStore {
 public:
  OfficeStore() {
    store::Store::Options o;
    o.data_dir = dir_.File("edge");
    o.regions = TestOffice().regions;
    o.clock = &clock_;
    auto init = store::Store::Init(o, {"32.73.05", "siti.aminah", "kata-sandi-kantor"});
    EXPECT_TRUE(init.ok()) << init.status().ToString();
    auto opened = store::Store::Open(o);
    EXPECT_TRUE(opened.ok());
    store_ = std::move(*opened);
    EXPECT_TRUE(store_->Unlock("siti.aminah", "kata-sandi-kantor").ok());

    draft_ = Add(Named("kelahiran", "Nur Aisyah"), false, 6 * 24);
    waiting_ = Add(SampleReport("kematian"), true, 30);
    registered_ = Add(SampleReport("kepindahan"), true, 5 * 24);
    returned_ = Add(SampleReport("kedatangan"), true, 4 * 24);
    verified_ = Add(Named("kelahiran", "Muhammad Rizky"), true, 3 * 24);
    conflict_ = Add(Named("kelahiran", "Putri Ayu Lestari"), true, 2 * 24);
    queued_ = Add(SampleReport("kelahiran"), true, 2);

    Ack(waiting_, pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
    pb::ServerState tercatat = State(pb::WORKFLOW_STATE_TERCATAT);
    tercatat.set_registration_number("3273-LU-25112026-0042");
    tercatat.set_skpwni_number("SKPWNI/3273/2026/000317");
    Ack(registered_, tercatat);
    pb::ServerState back = State(pb::WORKFLOW_STATE_PERLU_PERBAIKAN);
    back.set_rejection_reason("Nama pemohon berbeda dengan KK; periksa lagi dengan pemohon.");
    auto* person = back.mutable_verification()->add_persons();
    person->set_field("kedatangan.applicant_nik");
    person->set_nik_found(true);
    person->set_nik_active(true);
    auto* name = person->add_fields();
    name->set_field("kedatangan.applicant_name");
    name->set_match(pb::FIELD_MATCH_TIDAK_SESUAI);
    auto* kk = person->add_fields();
    kk->set_field("kedatangan.kk_number");
    kk->set_match(pb::FIELD_MATCH_SESUAI);
    Ack(returned_, back);
    Ack(verified_, Verified(*store_->GetReport(verified_)));
    Ack(conflict_, State(pb::WORKFLOW_STATE_PERLU_PERBAIKAN));
    // This office corrected the place of birth while another office did too; the other office's edit
    // reached the server first.
    domain::Report mine = store_->GetReport(conflict_)->report;
    mine.mutable_kelahiran()->set_birth_place("Puskesmas Andir");
    EXPECT_TRUE(store_->EditReport(conflict_, mine).ok());
    domain::Report theirs = store_->GetReport(conflict_)->report;
    theirs.mutable_kelahiran()->set_birth_place("RS Bersalin Kasih Ibu");
    theirs.mutable_kelahiran()->set_birth_time("08:45");
    const HlcTimestamp other{kNow + 60000, 0, NewUuidV7(kNow)};
    EXPECT_TRUE(store_->RecordConflict(conflict_, theirs, other.ToString(), State(pb::WORKFLOW_STATE_PERLU_PERBAIKAN)).ok());
  }

  store::Store& store() { return *store_; }
  std::vector<ReportListRow> Rows() {
    std::vector<ReportListRow> rows;
    auto page = store_->ListReports({});
    EXPECT_TRUE(page.ok());
    if (!page.ok()) return rows;
    for (const auto& item : page->items) rows.push_back(RowOf(item));
    return rows;
  }
  ReportDetail Detail(const std::string& id) {
    ReportDetail d;
    d.stored = *store_->GetReport(id);
    d.history = *store_->ReadAuditOfReport(id);
    d.editable = domain::CheckEditable(d.stored.summary.sync_state, d.stored.summary.workflow_state).ok() &&
                 d.stored.summary.sync_state != pb::SYNC_STATE_CONFLICT;
    if (d.stored.summary.sync_state == pb::SYNC_STATE_CONFLICT) d.conflict = *store_->GetConflict(id);
    return d;
  }
  std::vector<store::StoredReport> Review() {
    auto page = store_->ListReports({.workflow_state = pb::WORKFLOW_STATE_TERVERIFIKASI});
    return page.ok() ? page->items : std::vector<store::StoredReport>{};
  }

  std::string draft_, waiting_, registered_, returned_, verified_, conflict_, queued_;

 private:
  static domain::Report Named(const char* sample, const char* child) {
    domain::Report r = SampleReport(sample);
    r.mutable_kelahiran()->set_child_name(child);
    return r;
  }
  std::string Add(domain::Report r, bool submit, int hours_ago) {
    r.clear_id();
    r.set_created_at(FormatTimestamp(kNow - int64_t{hours_ago} * 3600 * 1000));
    store::SaveResult s = store_->AddReport(r, {.submit = submit});
    EXPECT_TRUE(s.ok()) << s.status.ToString();
    return s.saved.id;
  }
  static pb::ServerState State(domain::WorkflowState w) {
    pb::ServerState s;
    s.set_workflow_state(w);
    s.set_updated_at(FormatTimestamp(kNow));
    return s;
  }
  static pb::ServerState Verified(const store::StoredReport& r) {
    pb::ServerState s = State(pb::WORKFLOW_STATE_TERVERIFIKASI);
    s.mutable_verification()->set_status(pb::VERIFICATION_STATUS_SESUAI);
    for (const char* parent : {"mother", "father"}) {
      auto* p = s.mutable_verification()->add_persons();
      p->set_field(std::string("kelahiran.") + parent + ".nik");
      p->set_nik_found(true);
      p->set_nik_active(true);
      for (const char* f : {"name", "birth_date"}) {
        auto* c = p->add_fields();
        c->set_field(std::string("kelahiran.") + parent + "." + f);
        c->set_match(pb::FIELD_MATCH_SESUAI);
      }
    }
    (void)r;
    return s;
  }
  void Ack(const std::string& id, domain::WorkflowState w) { Ack(id, State(w)); }
  void Ack(const std::string& id, const pb::ServerState& state) {
    const std::string v = store_->GetSummary(id)->version;
    EXPECT_TRUE(store_->MarkSent(id, v).ok());
    EXPECT_TRUE(store_->Acknowledge(id, v).ok());
    EXPECT_TRUE(store_->ApplyServerState(id, state).ok());
  }

  lampid::testing::TempDir dir_;
  FixedClock clock_{kNow};
  std::unique_ptr<store::Store> store_;
};

class ScreenshotTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(language_.Apply(UiLanguage::kIndonesian).ok()); }
  void TearDown() override { ASSERT_TRUE(language_.Apply(UiLanguage::kIndonesian).ok()); }

  // A window as it looks on a working day: the office's reports in the list, the sync state set.
  void Populate(MainWindow& w) {
    w.report_list()->model()->SetRows(office_.Rows());
    std::vector<ReportListRow> attention;
    for (const auto& row : office_.Rows()) {
      if (row.sync_state == pb::SYNC_STATE_CONFLICT || row.workflow_state == pb::WORKFLOW_STATE_PERLU_PERBAIKAN ||
          row.workflow_state == pb::WORKFLOW_STATE_DITOLAK) {
        attention.push_back(row);
      }
    }
    w.SetAttentionRows(attention);
    w.SetUserName(QStringLiteral("Siti Aminah"));
    w.sync_status()->SetOnline(true);
    w.sync_status()->SetWaitingCount(1);
    w.sync_status()->SetLastSuccess(QDateTime::fromMSecsSinceEpoch(kNow - 3 * 60 * 1000));
  }

  OfficeStore office_;
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
  // A short, stable path: it shows in the picture.
  QFile ca(QDir::temp().filePath(QStringLiteral("ca-bandungkota.pem")));
  ASSERT_TRUE(ca.open(QIODevice::WriteOnly));
  ca.write("-----BEGIN CERTIFICATE-----\n");
  ca.close();
  wizard.ca_file_edit()->setFocus();
  Type(ca.fileName());
  QTest::mouseClick(wizard.advanced_toggle(), Qt::LeftButton);
  Save(&wizard, QStringLiteral("setup-2-server"));
  ca.remove();
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
  dialog.SetNotice(QStringLiteral("Sesi dikunci karena lama tidak dipakai. Masuk lagi untuk melanjutkan."));
  Save(&dialog, QStringLiteral("login-locked"));
}

TEST_F(ScreenshotTest, ReportDetailAndHistory) {
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  ShowActive(&w, kScreen);
  w.ShowReportDetail(office_.Detail(office_.returned_));
  Save(&w, QStringLiteral("detail"));
  w.detail_page()->findChild<QTabWidget*>()->setCurrentIndex(1);
  EXPECT_GE(w.detail_page()->history_table()->rowCount(), 4);
  Save(&w, QStringLiteral("detail-history"));
  w.ShowReportDetail(office_.Detail(office_.registered_));
  Save(&w, QStringLiteral("detail-tercatat"));
}

TEST_F(ScreenshotTest, CorrectionForm) {
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  ShowActive(&w, kScreen);
  w.ShowReportDetail(office_.Detail(office_.returned_));
  QTest::mouseClick(w.detail_page()->edit_button(), Qt::LeftButton);
  ASSERT_NE(w.current_form(), nullptr);
  EXPECT_TRUE(w.current_form()->server_banner()->isVisible());
  Save(&w, QStringLiteral("form-correction"));
}

TEST_F(ScreenshotTest, NeedsAttention) {
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  ShowActive(&w, kScreen);
  w.ShowAttention();
  EXPECT_EQ(w.attention_page()->count(), 2);  // the correction and the conflict
  Save(&w, QStringLiteral("attention"));
}

TEST_F(ScreenshotTest, ReviewAtTheKecamatan) {
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  w.SetReviewAllowed(true);
  ShowActive(&w, kScreen);
  w.ShowReview();
  w.review_page()->SetReports(office_.Review());
  ASSERT_EQ(w.review_page()->count(), 1);
  Save(&w, QStringLiteral("review"));
}

TEST_F(ScreenshotTest, ConflictSideBySide) {
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  ShowActive(&w, kScreen);
  w.ShowConflict(office_.Detail(office_.conflict_));
  ASSERT_EQ(w.current_page(), w.conflict_page());
  EXPECT_GE(w.conflict_page()->paths().size(), 2u);
  w.conflict_page()->Choose("kelahiran.birth_place", ConflictSide::kLocal);
  Save(&w, QStringLiteral("conflict"));
}

TEST_F(ScreenshotTest, Statistics) {
  MainWindow w(TestOffice(), &language_);
  Populate(w);
  ShowActive(&w, kScreen);
  w.ShowStatistics();
  // A year of an office's work (the store's counts for the real reports above are only this month's).
  std::vector<store::KindMonthCount> counts;
  const int per_month[12][4] = {{31, 12, 6, 5}, {28, 10, 8, 7}, {35, 14, 5, 6}, {30, 9, 9, 4},  {33, 11, 7, 8},
                                {29, 15, 6, 6}, {38, 10, 10, 9}, {34, 13, 8, 5}, {31, 12, 7, 7}, {36, 11, 9, 8},
                                {32, 16, 6, 6}, {21, 7, 4, 3}};
  int y = 2025, m = 12;
  for (int i = 0; i < 12; ++i) {
    for (int k = 0; k < 4; ++k) counts.push_back({static_cast<domain::ReportKind>(k + 1), y, m, per_month[i][k]});
    if (++m == 13) {
      m = 1;
      ++y;
    }
  }
  w.statistics_page()->SetCounts(counts, *ParseIsoDate("2026-11-25"));
  EXPECT_EQ(w.statistics_page()->ChartValue(pb::REPORT_KIND_KELAHIRAN, 2026, 11), 21);
  Save(&w, QStringLiteral("statistics"));
}

TEST_F(ScreenshotTest, Receipt) {
  ReceiptData data{*office_.store().GetReport(office_.registered_), QStringLiteral("Kecamatan Andir, Kota Bandung, Jawa Barat"),
                   QStringLiteral("Siti Aminah"), kNow, 7 * 60, QStringLiteral("WIB")};
  QTextDocument doc;
  doc.setHtml(ReceiptHtml(data, *TestOffice().regions));
  doc.setTextWidth(794);  // A4 at 96 dpi
  QImage image(794, static_cast<int>(doc.size().height()) + 20, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter p(&image);
  doc.drawContents(&p);
  p.end();
  ASSERT_TRUE(image.save(OutputDir() + QStringLiteral("/receipt.png")));
  lampid::testing::TempDir dir;
  ASSERT_TRUE(WriteReceiptPdf(data, *TestOffice().regions, QString::fromStdString(dir.File("t.pdf"))).ok());
}

}  // namespace
}  // namespace lampid::edge::ui
