// The kecamatan's review (a verifier approves or returns reports Dukcapil checked) and sync conflicts
// between two offices, end to end: the app with a real lampid-central, a real lampid-dukcapil-sim and a
// second edge driven through lampid-edge-cli.
#include <gtest/gtest.h>

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <nlohmann/json.hpp>

#include "domain/report_json.h"
#include "edge-app/app/shell/attention_page.h"
#include "edge-app/app/shell/conflict_page.h"
#include "edge-app/app/shell/main_window.h"
#include "edge-app/app/shell/report_detail_page.h"
#include "edge-app/app/shell/report_fields_table.h"
#include "edge-app/app/shell/report_list_model.h"
#include "edge-app/app/shell/report_list_page.h"
#include "edge-app/app/shell/review_page.h"
#include "session/app_test.h"

namespace lampid::edge::ui::testing {
namespace {

using lampid::testing::BackgroundProcess;
using lampid::testing::FreeTcpPort;
using lampid::testing::RunProcess;
using lampid::testing::WaitForPort;

nlohmann::json ServerReport(const lampid::testing::CentralServer& server, const std::string& id) {
  const auto shown = server.Admin({"report", "show", id});
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  return nlohmann::json::parse(shown.out, nullptr, /*allow_exceptions=*/false);
}

std::vector<std::string> Ids(const lampid::testing::EdgeNode& edge) {
  const auto listed = edge.Cli({"list", "--json"});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  std::vector<std::string> ids;
  std::istringstream in(listed.out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) ids.push_back(nlohmann::json::parse(line)["id"].get<std::string>());
  }
  return ids;
}

class ReviewConflictTest : public AppTest {};

TEST_F(ReviewConflictTest, AVerifierApprovesAndReturnsReportsAndTheDecisionsReachTheServer) {
  const int sim_port = FreeTcpPort();
  BackgroundProcess sim({LAMPID_DUKCAPIL_SIM, "--listen", "127.0.0.1:" + std::to_string(sim_port)}, {},
                        dir_.File("sim.log"));
  ASSERT_TRUE(WaitForPort(sim_port));
  StartServer({"--dukcapil", "127.0.0.1:" + std::to_string(sim_port)});
  AddServerUser("verif.andir", "verifikator_kecamatan");
  auto edge = NewEdge();
  // Three reports about people the simulator knows (the same synthetic population).
  const std::string file = dir_.File("reports.jsonl");
  const auto gen = RunProcess({lampid::testing::EdgeCliPath(), "gen", "--count", "3", "--kecamatan", "32.73.05",
                               "--seed", "1", "--unknown-share", "0", "--out", file});
  ASSERT_EQ(gen.exit_code, 0) << gen.err;
  const auto imported = edge->Cli({"import", "--jsonl", file});
  ASSERT_EQ(imported.exit_code, 0) << imported.out << imported.err;
  const std::vector<std::string> ids = Ids(*edge);
  ASSERT_EQ(ids.size(), 3u);

  StartSession();
  LogIn("verif.andir", kPassword);  // first time on this PC: online
  ASSERT_TRUE(window()->review_action()->isVisible()) << "a verifier sees the review";
  // The login's sync pushed them; Dukcapil checks them at the server.
  ASSERT_TRUE(WaitUntil([&] { return server_->Counts()["terverifikasi"] == 3; }, 30000))
      << server_->Counts()["menunggu_verifikasi"] << " still waiting";
  SyncNow();
  Press(Qt::Key_F7);
  ReviewPage* review = window()->review_page();
  ASSERT_EQ(window()->current_page(), review);
  ASSERT_TRUE(WaitUntil([&] { return review->count() == 3; })) << review->count();

  // Dukcapil's answer is next to each field.
  ASSERT_TRUE(review->Select(QString::fromStdString(ids[0])));
  int sesuai = 0;
  for (int r = 0; r < review->fields()->rowCount(); ++r) {
    if (review->fields()->item(r, ReportFieldsTable::kNote)->text().contains("Sesuai")) ++sesuai;
  }
  EXPECT_GT(sesuai, 0);
  EXPECT_TRUE(review->summary_label()->text().contains("semua data sesuai"));
  QTest::mouseClick(review->approve_button(), Qt::LeftButton);

  ASSERT_TRUE(review->Select(QString::fromStdString(ids[1])));
  EXPECT_FALSE(review->return_button()->isEnabled()) << "a reason is required to return";
  review->reason_edit()->setFocus(Qt::OtherFocusReason);
  Type("Nama ibu tidak sesuai KK");
  ASSERT_TRUE(review->return_button()->isEnabled());
  QTest::mouseClick(review->return_button(), Qt::LeftButton);

  // Both travel with the next sync (the decision asks for one); the review list follows.
  ASSERT_TRUE(WaitUntil([&] { return review->count() == 1; }, 20000)) << review->count();
  EXPECT_EQ(ServerReport(*server_, ids[0])["state"]["workflow_state"], "disetujui_kecamatan");
  const auto returned = ServerReport(*server_, ids[1]);
  EXPECT_EQ(returned["state"]["workflow_state"], "perlu_perbaikan");
  EXPECT_EQ(returned["state"]["rejection_reason"], "Nama ibu tidak sesuai KK");
  EXPECT_EQ(ServerReport(*server_, ids[2])["state"]["workflow_state"], "terverifikasi");
}

TEST_F(ReviewConflictTest, AConflictBetweenTwoOfficesShowsSideBySideAndChoosingClearsIt) {
  StartServer();
  AddServerUser("verif.andir", "verifikator_kecamatan");
  auto a = NewEdge("edge", kOperator);  // the app's office
  auto b = NewEdge("b", "budi");        // another office of the kecamatan
  domain::Report sample = SampleReport("kelahiran");
  sample.clear_id();
  ASSERT_EQ(a->Cli({"add", "--json", "-"}, domain::ReportToJsonText(sample, false)).exit_code, 0);
  ASSERT_EQ(a->Sync().exit_code, 0);
  ASSERT_EQ(b->Sync().exit_code, 0);
  const std::string id = Ids(*a).front();
  // Sent back for correction: both offices may change it now.
  ASSERT_EQ(server_->Admin({"report", "act", id, "--action", "return", "--as", "verif.andir", "--reason", "Periksa tempat lahir"})
                .exit_code,
            0);
  ASSERT_EQ(a->Sync().exit_code, 0);
  ASSERT_EQ(b->Sync().exit_code, 0);
  // Both correct the same field while apart; the other office's edit reaches the server first.
  auto edit = [&](const lampid::testing::EdgeNode& edge, const std::string& place) {
    const auto shown = edge.Cli({"show", id});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    nlohmann::json r = nlohmann::json::parse(shown.out);
    r["kelahiran"]["birth_place"] = place;
    const auto e = edge.Cli({"edit", id, "--json", "-"}, r.dump());
    ASSERT_EQ(e.exit_code, 0) << e.out << e.err;
  };
  edit(*a, "Puskesmas Andir");
  edit(*b, "RS Bersalin Kasih Ibu");
  ASSERT_EQ(b->Sync().exit_code, 0);

  StartSession();
  LogIn();  // the login's sync meets the conflict
  ASSERT_TRUE(WaitUntil([&] { return window()->attention_page()->count() == 1; }, 20000));
  ASSERT_TRUE(WaitUntil([&] {
    const ReportListModel* m = window()->report_list()->model();
    return m->rowCount() == 1 && m->index(0, ReportListModel::kSyncState).data().toString() == "Konflik";
  }));
  Press(Qt::Key_F6);
  window()->attention_page()->table()->setFocus(Qt::OtherFocusReason);
  window()->attention_page()->table()->selectRow(0);
  Press(Qt::Key_Return);
  ASSERT_TRUE(WaitUntil([&] { return window()->current_page() == window()->detail_page(); }));
  ASSERT_TRUE(window()->detail_page()->conflict_button()->isVisible());
  EXPECT_FALSE(window()->detail_page()->edit_button()->isVisible()) << "a conflict is resolved, not edited";
  QTest::mouseClick(window()->detail_page()->conflict_button(), Qt::LeftButton);

  // Side by side: this office's place and the server's.
  ConflictPage* page = window()->conflict_page();
  ASSERT_EQ(window()->current_page(), page);
  const auto& paths = page->paths();
  const auto it = std::find(paths.begin(), paths.end(), "kelahiran.birth_place");
  ASSERT_NE(it, paths.end());
  const int row = static_cast<int>(it - paths.begin());
  EXPECT_EQ(page->table()->item(row, ConflictPage::kLocal)->text(), "Puskesmas Andir");
  EXPECT_EQ(page->table()->item(row, ConflictPage::kServer)->text(), "RS Bersalin Kasih Ibu");
  EXPECT_EQ(page->choice("kelahiran.birth_place"), ConflictSide::kServer) << "the server's version until staff choose";
  QTest::mouseClick(page->take_local_button(), Qt::LeftButton);
  EXPECT_EQ(page->choice("kelahiran.birth_place"), ConflictSide::kLocal);
  QTest::mouseClick(page->save_button(), Qt::LeftButton);

  // Resolved: the choice travels and the conflict is gone, here and on the server.
  ASSERT_TRUE(WaitUntil([&] {
    const ReportListModel* m = window()->report_list()->model();
    return m->rowCount() == 1 && m->index(0, ReportListModel::kSyncState).data().toString() == "Diterima server";
  }, 20000));
  // The corrected content is valid: the report waits for verification again, nothing needs attention.
  ASSERT_TRUE(WaitUntil([&] { return window()->attention_page()->count() == 0; }));
  const auto on_server = ServerReport(*server_, id);
  EXPECT_NE(on_server.dump().find("Puskesmas Andir"), std::string::npos) << on_server.dump();
  EXPECT_FALSE(on_server["state"].value("conflict_open", false)) << on_server.dump();
}

}  // namespace
}  // namespace lampid::edge::ui::testing
