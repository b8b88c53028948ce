#pragma once

// The desktop app end to end: a real Session (store and sync threads) on a real data folder, a real
// lampid-central (and, for reviews, a real lampid-dukcapil-sim) on loopback, edges prepared through
// lampid-edge-cli where a test needs another office. Tests drive the windows with keys and clicks.

#include <gtest/gtest.h>

#include <QString>
#include <memory>
#include <string>

#include "edge-app/app/session/session.h"
#include "edge-app/app/shell/language_switcher.h"
#include "edge-app/app/ui_test_support.h"
#include "integration/cluster.h"

namespace lampid::edge::ui::testing {

// The operator a CLI-initialised edge has, and the password of every account in these tests.
inline constexpr char kOperator[] = "siti";
inline const char* const kPassword = lampid::testing::kPassphrase;

// Types the birth report of samples/reports/kelahiran.json into an open form, key by key.
void TypeSampleBirth();

class AppTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // A lampid-central on loopback (extra arguments: e.g. --dukcapil).
  void StartServer(std::vector<std::string> extra_args = {});
  // A server account (LAMPID_PASSWORD = kPassword) for this kecamatan.
  void AddServerUser(const std::string& user, const std::string& role);
  // An edge store in `name` made with the CLI (init with `operator_id`, enrolled when a server runs).
  std::unique_ptr<lampid::testing::EdgeNode> NewEdge(const std::string& name = "edge",
                                                     const std::string& operator_id = kOperator);

  // Fast retries and pulls for tests.
  Session::Options Options(const std::string& name = "edge") const;
  void StartSession(Session::Options options);
  void StartSession() { StartSession(Options()); }
  // Ends the session as closing the window does (drafts kept).
  void CloseApp();
  // Types the operator id and password into the login dialog and waits for the main window.
  void LogIn(const std::string& user = kOperator, const std::string& password = kPassword);

  MainWindow* window() const { return session_->window(); }
  // The list row of the report about `name` (-1 when not shown), and its state words.
  int RowOf(const QString& name) const;
  QString SyncWord(const QString& name) const;
  QString WorkflowWord(const QString& name) const;
  // Presses F5 and waits for the sync to finish (successfully).
  void SyncNow();

  lampid::testing::TempDir dir_;
  std::unique_ptr<QSettings> settings_ = TempSettings();
  LanguageSwitcher language_{settings_.get()};
  std::unique_ptr<lampid::testing::CentralServer> server_;
  std::unique_ptr<Session> session_;
};

}  // namespace lampid::edge::ui::testing
