#include "session/app_test.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "edge-app/app/shell/main_window.h"
#include "edge-app/app/shell/report_list_model.h"
#include "edge-app/app/shell/report_list_page.h"

namespace lampid::edge::ui::testing {

void AppTest::SetUp() { ASSERT_TRUE(language_.Apply(UiLanguage::kIndonesian).ok()); }

void AppTest::TearDown() {
  session_.reset();
  server_.reset();
}

void AppTest::StartServer(std::vector<std::string> extra_args) {
  server_ = std::make_unique<lampid::testing::CentralServer>(dir_.path(), std::move(extra_args));
}

void AppTest::AddServerUser(const std::string& user, const std::string& role) {
  const auto r = server_->Admin({"user", "add", user, "--name", "Petugas " + user, "--role", role, "--region", "32.73.05"},
                                {{"LAMPID_PASSWORD", kPassword}});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
}

std::unique_ptr<lampid::testing::EdgeNode> AppTest::NewEdge(const std::string& name, const std::string& operator_id) {
  auto edge = std::make_unique<lampid::testing::EdgeNode>(dir_.File(name), "32.73.05", operator_id);
  if (server_) edge->Enroll(*server_);
  return edge;
}

Session::Options AppTest::Options(const std::string& name) const {
  Session::Options o;
  o.data_dir = dir_.File(name);
  o.idle_lock_ms = 0;
  o.sync.backoff_base_ms = 200;
  o.sync.backoff_max_ms = 1000;
  o.sync.pull_every_ms = 60000;
  o.sync.poke_delay_ms = 50;
  o.sync.call_deadline_ms = 5000;
  return o;
}

void AppTest::StartSession(Session::Options options) {
  session_ = std::make_unique<Session>(std::move(options), TestOffice().regions, &language_);
  session_->Start();
}

void AppTest::CloseApp() {
  ASSERT_NE(window(), nullptr);
  bool finished = false;
  QObject::connect(session_.get(), &Session::finished, [&finished] { finished = true; });
  window()->close();
  ASSERT_TRUE(WaitUntil([&] { return finished; }));
  session_.reset();
}

void AppTest::LogIn(const std::string& user, const std::string& password) {
  ASSERT_TRUE(WaitUntil([&] { return session_->login_dialog() && session_->login_dialog()->isVisible(); }, 15000));
  LoginDialog* login = session_->login_dialog();
  ShowActive(login);
  login->operator_edit()->setFocus(Qt::OtherFocusReason);
  login->operator_edit()->selectAll();
  Type(QString::fromStdString(user));
  Tab();
  Type(QString::fromStdString(password));
  Press(Qt::Key_Return);
  ASSERT_TRUE(WaitUntil([&] { return session_->unlocked() && window() && window()->isVisible(); }, 20000))
      << (session_->login_dialog() ? session_->login_dialog()->message_label()->text().toStdString() : "");
  ShowActive(window());
}

int AppTest::RowOf(const QString& name) const {
  const ReportListModel* model = window()->report_list()->model();
  for (int r = 0; r < model->rowCount(); ++r) {
    if (model->index(r, ReportListModel::kName).data().toString() == name) return r;
  }
  return -1;
}

QString AppTest::SyncWord(const QString& name) const {
  const int r = RowOf(name);
  return r < 0 ? QString() : window()->report_list()->model()->index(r, ReportListModel::kSyncState).data().toString();
}

QString AppTest::WorkflowWord(const QString& name) const {
  const int r = RowOf(name);
  return r < 0 ? QString()
               : window()->report_list()->model()->index(r, ReportListModel::kWorkflowState).data().toString();
}

void AppTest::SyncNow() {
  const int64_t before = session_->sync_successes();
  ShowActive(window());
  Press(Qt::Key_F5);
  ASSERT_TRUE(WaitUntil([&] { return session_->sync_successes() > before; }, 20000));
  // The list follows once the store thread answered the refresh the sync asked for.
  ASSERT_TRUE(WaitUntil([&] { return session_->list_settled(); }));
}

void TypeSampleBirth() {
  // Wilayah dan KK
  Type("Maleber"); Tab();
  Type("3273051006150001"); Tab();
  // Bayi
  Type("Siti Aminah"); Tab();
  Type("Perempuan"); Tab();
  Type("20112026"); Tab();
  Type("0830"); Tab();
  Tab();
  Type("RSUD Kota Bandung"); Tab();
  Type("Rumah"); Tab();
  Type("Tunggal"); Tab();
  Type("2"); Tab();
  Type("Dokter"); Tab();
  Type("3200"); Tab();
  Type("49,5"); Tab();
  // Pelapor
  Type("3273050107920002"); Tab();
  Type("Budi Santoso"); Tab();
  Type("Ayah"); Tab();
  // Ibu
  Type("3273055203950001"); Tab();
  Type("Dewi Lestari"); Tab();
  Type("12031995"); Tab();
  Tab();
  // Ayah
  Tab();
  Type("3273050107920002"); Tab();
  Type("Budi Santoso"); Tab();
  Type("01071992"); Tab();
  Tab();
  // Saksi
  Type("3273051508800003"); Tab();
  Type("Asep Sunandar"); Tab();
  Type("3273054710850004"); Tab();
  Type("Euis Komariah");
}

}  // namespace lampid::edge::ui::testing
