// The desktop app end to end, driven like a person would, on a real store and a real lampid-central on
// loopback (issue 6, section Tests).
#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <nlohmann/json.hpp>

#include "core/civil_time.h"
#include "domain/report_json.h"
#include "edge-app/app/form/report_form.h"
#include "edge-app/app/shell/attention_page.h"
#include "edge-app/app/shell/conflict_page.h"
#include "edge-app/app/shell/main_window.h"
#include "edge-app/app/shell/recovery_dialog.h"
#include "edge-app/app/shell/report_detail_page.h"
#include "edge-app/app/shell/report_fields_table.h"
#include "edge-app/app/shell/report_list_model.h"
#include "edge-app/app/shell/report_list_page.h"
#include "edge-app/app/shell/review_page.h"
#include "edge-app/app/shell/setup_wizard.h"
#include "edge-app/app/shell/statistics_page.h"
#include "edge-app/app/shell/sync_status_bar.h"
#include "session/app_test.h"

namespace lampid::edge::ui::testing {
namespace {

using lampid::testing::LineWith;
namespace pb = domain::pb;

const QString kBaby = QStringLiteral("Siti Aminah");

nlohmann::json ServerReport(const lampid::testing::CentralServer& server, const std::string& id) {
  const auto shown = server.Admin({"report", "show", id});
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  return nlohmann::json::parse(shown.out, nullptr, /*allow_exceptions=*/false);
}

std::string RowId(MainWindow* w, int row) {
  return w->report_list()->model()->index(row, 0).data(ReportListModel::kIdRole).toString().toStdString();
}

// Types a birth report into the app and saves it with Ctrl+S.
void TypeAndSaveBirth(MainWindow* w) {
  ShowActive(w);
  Press(Qt::Key_1, Qt::ControlModifier);
  ASSERT_NE(w->current_form(), nullptr);
  w->current_form()->FocusFirstField();
  TypeSampleBirth();
  ASSERT_TRUE(WaitUntil([&] { return w->current_form()->save_button()->isEnabled(); }));
  Press(Qt::Key_S, Qt::ControlModifier);
}

class SessionTest : public AppTest {};

TEST_F(SessionTest, ABirthTypedAndSavedIsQueuedSentAcknowledgedAndComesBackForCorrection) {
  StartServer();
  AddServerUser("verif.andir", "verifikator_kecamatan");
  NewEdge();
  Session::Options options = Options();
  options.sync.pull_every_ms = 3600 * 1000;  // only the syncs this test asks for
  StartSession(options);
  LogIn();
  ASSERT_TRUE(WaitUntil([&] { return session_->sync_successes() >= 1; }, 20000)) << "the first sync after login";

  TypeAndSaveBirth(window());
  // Saved at once: the form closes, the report is in the list as Antre (or already on its way).
  ASSERT_TRUE(WaitUntil([&] { return window()->current_form() == nullptr && RowOf(kBaby) >= 0; }));
  const QString first = SyncWord(kBaby);
  EXPECT_TRUE(first == "Antre" || first == "Terkirim" || first == "Diterima server") << first.toStdString();
  // The save asked for a sync: the report leaves the queue and the server acknowledges it.
  ASSERT_TRUE(WaitUntil([&] { return SyncWord(kBaby) == "Diterima server"; }, 20000)) << SyncWord(kBaby).toStdString();
  EXPECT_EQ(WorkflowWord(kBaby), "Menunggu verifikasi");
  // The status bar's count comes with the sync worker's own report, which may follow the list's refresh.
  EXPECT_TRUE(WaitUntil([&] { return window()->sync_status()->waiting_count() == 0; }))
      << window()->sync_status()->waiting_count();
  EXPECT_TRUE(window()->sync_status()->online());
  const std::string id = RowId(window(), RowOf(kBaby));
  EXPECT_EQ(ServerReport(*server_, id)["state"]["workflow_state"], "menunggu_verifikasi");

  // A verifier at the server sends it back; the next sync brings the news.
  const auto act = server_->Admin({"report", "act", id, "--action", "return", "--as", "verif.andir", "--reason",
                                   "Nama bayi perlu dicek dengan pelapor"});
  ASSERT_EQ(act.exit_code, 0) << act.out << act.err;
  SyncNow();
  ASSERT_TRUE(WaitUntil([&] { return WorkflowWord(kBaby) == "Perlu perbaikan"; })) << WorkflowWord(kBaby).toStdString();
  // It is listed where staff will see it.
  ASSERT_TRUE(WaitUntil([&] { return window()->attention_page()->count() == 1; }));
  EXPECT_TRUE(window()->attention_action()->text().contains("(1)"));

  // Detail: the reason next to the report; correcting it sends it again.
  Press(Qt::Key_F6);
  ASSERT_EQ(window()->current_page(), window()->attention_page());
  window()->attention_page()->table()->setFocus(Qt::OtherFocusReason);
  window()->attention_page()->table()->selectRow(0);
  Press(Qt::Key_Return);
  ASSERT_TRUE(WaitUntil([&] { return window()->current_page() == window()->detail_page(); }));
  EXPECT_TRUE(window()->detail_page()->notice_label()->text().contains("Nama bayi perlu dicek dengan pelapor"));
  ASSERT_TRUE(window()->detail_page()->edit_button()->isVisible());
  QTest::mouseClick(window()->detail_page()->edit_button(), Qt::LeftButton);
  ReportForm* form = window()->current_form();
  ASSERT_NE(form, nullptr);
  EXPECT_TRUE(form->server_banner()->isVisible());
  EXPECT_TRUE(form->server_banner()->text().contains("Nama bayi perlu dicek dengan pelapor"));
  form->FieldWidget("kelahiran.child_name")->setFocus(Qt::OtherFocusReason);
  Press(Qt::Key_A, Qt::ControlModifier);
  Type("Siti Aminah Putri");
  ASSERT_TRUE(WaitUntil([&] { return form->save_button()->isEnabled(); }));
  Press(Qt::Key_S, Qt::ControlModifier);
  ASSERT_TRUE(WaitUntil([&] { return window()->current_form() == nullptr; }));
  ASSERT_TRUE(WaitUntil([&] { return SyncWord("Siti Aminah Putri") == "Diterima server"; }, 20000));
  const auto after = ServerReport(*server_, id);
  EXPECT_EQ(after["state"]["workflow_state"], "menunggu_verifikasi") << after.dump();
  EXPECT_NE(after.dump().find("Siti Aminah Putri"), std::string::npos);
  EXPECT_TRUE(WaitUntil([&] { return window()->attention_page()->count() == 0; }));

  // Its history tells the story from the local audit log.
  Press(Qt::Key_L, Qt::ControlModifier);
  window()->report_list()->table()->setFocus(Qt::OtherFocusReason);
  window()->report_list()->table()->selectRow(RowOf("Siti Aminah Putri"));
  Press(Qt::Key_Return);
  ASSERT_TRUE(WaitUntil([&] { return window()->current_page() == window()->detail_page(); }));
  QStringList events;
  const QTableWidget* history = window()->detail_page()->history_table();
  for (int r = 0; r < history->rowCount(); ++r) events << history->item(r, 1)->text();
  for (const char* e : {"Dibuat di komputer ini", "Dikirim ke server", "Diterima server", "Kabar dari server", "Diubah"}) {
    EXPECT_TRUE(events.contains(e)) << e << " not in " << events.join(", ").toStdString();
  }
}

TEST_F(SessionTest, WhileTheServerIsAwayAReportShowsTerkirimAndGoesThroughByItselfWhenItIsBack) {
  StartServer();
  NewEdge();
  StartSession();
  LogIn();
  ASSERT_TRUE(WaitUntil([&] { return session_->sync_successes() >= 1; }, 20000));
  server_->Kill();  // the link or the server goes away without notice

  TypeAndSaveBirth(window());
  // Handed to the link, no answer: Terkirim, and the status bar says what happened in plain words.
  ASSERT_TRUE(WaitUntil([&] { return SyncWord(kBaby) == "Terkirim"; }, 20000)) << SyncWord(kBaby).toStdString();
  ASSERT_TRUE(WaitUntil([&] { return !window()->sync_status()->online(); }));
  EXPECT_TRUE(window()->sync_status()->problem().contains("tidak dapat dihubungi")) << window()->sync_status()->problem().toStdString();
  EXPECT_EQ(window()->sync_status()->waiting_count(), 1);

  // The server comes back: the next retry (backoff with jitter) gets through without anyone pressing F5.
  server_->Start();
  ASSERT_TRUE(WaitUntil([&] { return SyncWord(kBaby) == "Diterima server"; }, 20000)) << SyncWord(kBaby).toStdString();

  EXPECT_TRUE(window()->sync_status()->online());
  EXPECT_TRUE(window()->sync_status()->problem().isEmpty());
  EXPECT_EQ(server_->Counts()["total"], 1);
}

TEST_F(SessionTest, AHalfFilledFormIsKeptAsADraftWhenTheAppClosesAndOpensAgain) {
  NewEdge();  // no server: drafts never need one
  StartSession();
  LogIn();
  Press(Qt::Key_1, Qt::ControlModifier);
  ASSERT_NE(window()->current_form(), nullptr);
  window()->current_form()->FieldWidget("kelahiran.child_name")->setFocus(Qt::OtherFocusReason);
  Type("Nur Aisyah");
  ASSERT_FALSE(window()->current_form()->CanSave()) << "half-filled";
  CloseApp();

  StartSession();
  LogIn();
  ASSERT_TRUE(WaitUntil([&] { return window()->current_form() != nullptr; })) << "the draft is opened again";
  auto* name = qobject_cast<QLineEdit*>(window()->current_form()->FieldWidget("kelahiran.child_name"));
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->text(), "Nur Aisyah");
  // Completing it saves the same report (no second one) and queues it.
  window()->current_form()->SetReport([&] {
    domain::Report r = SampleReport("kelahiran");
    r.set_id(window()->current_form()->report_id());
    return r;
  }());
  Press(Qt::Key_S, Qt::ControlModifier);
  ASSERT_TRUE(WaitUntil([&] { return window()->current_form() == nullptr && RowOf(kBaby) >= 0; }));
  EXPECT_EQ(SyncWord(kBaby), "Antre");
  EXPECT_EQ(window()->report_list()->model()->rowCount(), 1);
}

TEST_F(SessionTest, TheSessionLocksAfterIdleAndTheLoginOpensItAgain) {
  NewEdge();
  Session::Options options = Options();
  options.idle_lock_ms = 400;
  StartSession(options);
  LogIn();
  bool locked = false;
  QObject::connect(session_.get(), &Session::locked, [&] { locked = true; });
  Press(Qt::Key_1, Qt::ControlModifier);
  window()->current_form()->FieldWidget("kelahiran.child_name")->setFocus(Qt::OtherFocusReason);
  Type("Nur Aisyah");
  ASSERT_TRUE(WaitUntil([&] { return locked; }, 5000));
  EXPECT_FALSE(session_->unlocked());
  EXPECT_FALSE(window()->isVisible()) << "nothing of the work shows while locked";
  ASSERT_NE(session_->login_dialog(), nullptr);
  EXPECT_TRUE(session_->login_dialog()->message_label()->text().contains("dikunci"));
  EXPECT_EQ(session_->login_dialog()->operator_edit()->text(), kOperator);

  // Wrong password first.
  ShowActive(session_->login_dialog());
  session_->login_dialog()->password_edit()->setFocus(Qt::OtherFocusReason);
  Type("salah-sekali-123");
  Press(Qt::Key_Return);
  ASSERT_TRUE(WaitUntil([&] { return session_->login_dialog()->message_label()->text().contains("salah"); }, 5000));
  EXPECT_FALSE(session_->unlocked());
  LogIn();
  // The form is still there, and what was typed was kept as a draft while locked.
  ASSERT_NE(window()->current_form(), nullptr);
  EXPECT_FALSE(window()->current_form()->report_id().empty());
  ASSERT_TRUE(WaitUntil([&] { return SyncWord("Nur Aisyah") == "Draf"; }));
}

TEST_F(SessionTest, TheFirstRunWizardSetsUpEnrollsAndChecksTheOperatorOnlineThenLoginWorksOffline) {
  StartServer();
  AddServerUser("siti.aminah", "operator_desa");
  const std::string code = server_->NewEnrollmentCode("32.73.05");
  StartSession();
  ASSERT_TRUE(WaitUntil([&] { return session_->wizard() != nullptr; }));
  SetupWizard* wizard = session_->wizard();
  ShowActive(wizard);
  wizard->kecamatan_search()->setFocus(Qt::OtherFocusReason);
  Type("andir");
  Press(Qt::Key_Down);
  QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
  wizard->server_address_edit()->setFocus(Qt::OtherFocusReason);
  Type(QString::fromStdString(server_->target()));
  Tab();
  Type(QString::fromStdString(code));
  QTest::mouseClick(wizard->advanced_toggle(), Qt::LeftButton);
  wizard->insecure_loopback_check()->setFocus(Qt::OtherFocusReason);
  Press(Qt::Key_Space);
  ASSERT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
  QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
  wizard->operator_edit()->setFocus(Qt::OtherFocusReason);
  Type("siti.aminah");
  Tab();
  Type("bukan-sandi-server");
  Tab();
  Type("bukan-sandi-server");
  QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
  // The server does not know this password: said in words, and the wizard stays.
  ASSERT_TRUE(WaitUntil([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }, 20000));
  EXPECT_EQ(wizard->currentId(), SetupWizard::kOperatorPage);
  EXPECT_NE(wizard->findChildren<QLabel*>().size(), 0u);
  // The right password: enrolled, checked, and the recovery code is shown once.
  wizard->password_edit()->setFocus(Qt::OtherFocusReason);
  Press(Qt::Key_A, Qt::ControlModifier);
  Type(kPassword);
  wizard->password_again_edit()->setFocus(Qt::OtherFocusReason);
  Press(Qt::Key_A, Qt::ControlModifier);
  Type(kPassword);
  QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
  ASSERT_TRUE(WaitUntil([&] { return wizard->currentId() == SetupWizard::kRecoveryPage; }, 20000));
  const QString recovery_code = wizard->recovery_code_label()->text();
  EXPECT_EQ(recovery_code.size(), 39) << recovery_code.toStdString();
  wizard->recovery_written_check()->setFocus(Qt::OtherFocusReason);
  Press(Qt::Key_Space);
  QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
  ASSERT_TRUE(WaitUntil([&] { return session_->unlocked() && window() && window()->isVisible(); }, 10000));
  ASSERT_TRUE(WaitUntil([&] { return session_->sync_successes() >= 1; }, 20000)) << "enrolled: the first sync works";
  // The server's user list (pulled) names the role.
  ASSERT_TRUE(WaitUntil([&] { return session_->role() == "operator_desa"; })) << session_->role();
  EXPECT_FALSE(window()->review_action()->isVisible()) << "operators do not see review actions";
  CloseApp();

  // Later, without the server: the login works offline.
  server_->Kill();
  StartSession();
  LogIn("siti.aminah", kPassword);
  EXPECT_TRUE(session_->unlocked());
  CloseApp();

  // The password is forgotten: the recovery code from the paper opens the data with a new one.
  StartSession();
  ASSERT_TRUE(WaitUntil([&] { return session_->login_dialog() && session_->login_dialog()->isVisible(); }));
  ShowActive(session_->login_dialog());
  const auto buttons = session_->login_dialog()->findChildren<QPushButton*>();
  const auto forgot = std::find_if(buttons.begin(), buttons.end(), [](QPushButton* b) { return b->text().contains("Lupa"); });
  ASSERT_NE(forgot, buttons.end());
  QTest::mouseClick(*forgot, Qt::LeftButton);
  ASSERT_TRUE(WaitUntil([&] { return session_->recovery_dialog() && session_->recovery_dialog()->isVisible(); }));
  RecoveryDialog* recovery = session_->recovery_dialog();
  ShowActive(recovery);
  recovery->code_edit()->setFocus(Qt::OtherFocusReason);
  Type(recovery_code.toLower());  // typed from paper, in small letters
  Tab();
  Type("siti.aminah");
  Tab();
  Type("sandi-baru-sekali");
  Tab();
  Type("sandi-baru-sekali");
  ASSERT_TRUE(recovery->ok_button()->isEnabled());
  QTest::mouseClick(recovery->ok_button(), Qt::LeftButton);
  ASSERT_TRUE(WaitUntil([&] { return session_->unlocked() && window()->isVisible(); }, 10000))
      << (session_->recovery_dialog() ? session_->recovery_dialog()->findChildren<QLabel*>().last()->text().toStdString() : "");
  CloseApp();
  StartSession();
  LogIn("siti.aminah", "sandi-baru-sekali");
}

TEST_F(SessionTest, AUserNewToThisPcLogsInOnlineOnceThenOffline) {
  StartServer();
  AddServerUser("budi.verif", "verifikator_kecamatan");
  NewEdge();
  StartSession();
  LogIn("budi.verif", kPassword);  // no slot here yet: the server checks the password
  EXPECT_EQ(session_->role(), "verifikator_kecamatan");
  EXPECT_TRUE(window()->review_action()->isVisible());
  CloseApp();
  server_->Kill();
  StartSession();
  LogIn("budi.verif", kPassword);  // now offline
  ASSERT_TRUE(WaitUntil([&] { return window()->review_action()->isVisible(); })) << "the role is remembered";
}

TEST_F(SessionTest, TheListIsSearchedByNikOrNameAndFiltered) {
  NewEdge();
  StartSession();
  LogIn();
  TypeAndSaveBirth(window());
  ASSERT_TRUE(WaitUntil([&] { return RowOf(kBaby) >= 0; }));
  ReportListPage* list = window()->report_list();
  auto search = [&](const QString& text) {
    list->search_edit()->setFocus(Qt::OtherFocusReason);
    list->search_edit()->selectAll();
    Press(Qt::Key_Delete);
    const int64_t before = session_->lists_received();
    Type(text);
    // The query goes out a moment after typing stops; wait for its answer (not for the answer to a refresh
    // that a background sync asked for meanwhile, with the old text).
    EXPECT_TRUE(WaitUntil([&] {
      return !list->query_waiting() && session_->lists_received() > before && session_->list_settled();
    }));
    return list->model()->rowCount();
  };
  EXPECT_EQ(search("3273055203950001"), 1) << "the mother's NIK finds the birth (blind index)";
  EXPECT_EQ(search("3273055203950009"), 0);
  EXPECT_EQ(search("aminah"), 1) << "part of a name, any case";
  EXPECT_EQ(search("dewi lestari"), 1) << "any person on the report";
  EXPECT_EQ(search("zzzq"), 0);
  EXPECT_EQ(search(""), 1);
  // A filter: only Kematian.
  auto* kinds = list->findChildren<QComboBox*>().front();
  kinds->setFocus(Qt::OtherFocusReason);
  const int64_t before = session_->lists_received();
  kinds->setCurrentIndex(2);
  emit kinds->activated(2);
  ASSERT_TRUE(WaitUntil([&] { return session_->lists_received() > before && session_->list_settled(); }));
  EXPECT_EQ(list->model()->rowCount(), 0);
}

TEST_F(SessionTest, AReceiptIsWrittenAsPdf) {
  NewEdge();
  StartSession();
  LogIn();
  TypeAndSaveBirth(window());
  ASSERT_TRUE(WaitUntil([&] { return RowOf(kBaby) >= 0; }));
  window()->report_list()->table()->setFocus(Qt::OtherFocusReason);
  window()->report_list()->table()->selectRow(RowOf(kBaby));
  Press(Qt::Key_Return);
  ASSERT_TRUE(WaitUntil([&] { return window()->current_page() == window()->detail_page(); }));
  EXPECT_EQ(window()->detail_page()->fields_table()->ValueOf("kelahiran.child_name"), kBaby);
  const QString pdf = QString::fromStdString(dir_.File("tanda-terima.pdf"));
  window()->detail_page()->SetPdfPathChooser([&](const QString&) { return pdf; });
  QTest::mouseClick(window()->detail_page()->pdf_button(), Qt::LeftButton);
  QFile file(pdf);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QByteArray bytes = file.readAll();
  EXPECT_TRUE(bytes.startsWith("%PDF")) << "a PDF file";
  EXPECT_GT(bytes.size(), 2000);
}

TEST_F(SessionTest, StatisticsCountEachKindPerMonth) {
  auto edge = NewEdge();
  // Reports entered in two months (created_at is kept as given): 2 births and 1 death in October, 1 birth
  // in November. The chart's twelve months end with the current one.
  const CivilDate today = DateAt(SystemClock().NowMillis(), 7 * 60);
  const int y = static_cast<int>(today.year());
  const unsigned m = static_cast<unsigned>(today.month());
  const unsigned prev = m == 1 ? 12 : m - 1;
  const int prev_year = m == 1 ? y - 1 : y;
  char this_month[40], last_month[40];
  std::snprintf(this_month, sizeof this_month, "%04d-%02u-01T03:00:00.000Z", y, m);
  std::snprintf(last_month, sizeof last_month, "%04d-%02u-10T03:00:00.000Z", prev_year, prev);
  auto add = [&](const char* sample, const char* created) {
    domain::Report r = SampleReport(sample);
    r.clear_id();
    r.set_created_at(created);
    const auto out = edge->Cli({"add", "--json", "-"}, domain::ReportToJsonText(r, false));
    ASSERT_EQ(out.exit_code, 0) << out.out << out.err;
  };
  add("kelahiran", last_month);
  add("kelahiran", last_month);
  add("kematian", last_month);
  add("kelahiran", this_month);
  StartSession();
  LogIn();
  Press(Qt::Key_F9);
  ASSERT_EQ(window()->current_page(), window()->statistics_page());
  StatisticsPage* stats = window()->statistics_page();
  ASSERT_TRUE(WaitUntil([&] { return stats->ChartValue(pb::REPORT_KIND_KELAHIRAN, y, m) >= 0; }));
  EXPECT_EQ(stats->ChartValue(pb::REPORT_KIND_KELAHIRAN, prev_year, prev), 2);
  EXPECT_EQ(stats->ChartValue(pb::REPORT_KIND_KEMATIAN, prev_year, prev), 1);
  EXPECT_EQ(stats->ChartValue(pb::REPORT_KIND_KELAHIRAN, y, m), 1);
  EXPECT_EQ(stats->ChartValue(pb::REPORT_KIND_KEPINDAHAN, y, m), 0);
  EXPECT_EQ(stats->table()->item(StatisticsPage::kMonths - 1, 4)->text(), "1");  // this month's total
  EXPECT_EQ(stats->table()->item(StatisticsPage::kMonths - 2, 4)->text(), "3");
}

}  // namespace
}  // namespace lampid::edge::ui::testing
