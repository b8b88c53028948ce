// Opening a store written by an earlier version of the program migrates it, keeping everything.
// Each earlier schema has a fixture (fixtures/schema-vN.sql) made by the program of that time.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <regex>

#include "store/schema.h"
#include "store/store_test_util.h"

namespace lampid::store::testing {
namespace {

const std::string kFixtures = LAMPID_STORE_FIXTURES_DIR;

// Builds DIR/edge.db from a fixture's SQL text; returns the recovery code written in its header.
std::string LoadFixture(int version, const std::string& dir) {
  const std::string sql = ReadFileBytes(kFixtures + "/schema-v" + std::to_string(version) + ".sql");
  EXPECT_FALSE(sql.empty()) << "every earlier schema needs a fixture: schema-v" << version << ".sql";
  std::filesystem::create_directories(dir);
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(
                (dir + "/edge.db").c_str(), &db),
            SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
  std::smatch m;
  std::regex code("Recovery code: ([0-9A-Z]{4}(-[0-9A-Z]{4}){7})");
  EXPECT_TRUE(std::regex_search(sql, m, code));
  return m.size() > 1 ? m[1].str() : "";
}

class MigrationTest : public ::testing::TestWithParam<int> {
 protected:
  Store::Options Options() {
    Store::Options o;
    o.data_dir = dir_.File("data");
    o.regions = SharedRegions();
    o.clock = &clock_;
    return o;
  }
  lampid::testing::TempDir dir_;
  FixedClock clock_{domain::testing::kNow + 86400000};
};

TEST_P(MigrationTest, AnOlderStoreOpensWithEverythingInIt) {
  const int from = GetParam();
  const std::string recovery = LoadFixture(from, Options().data_dir);
  const std::string db = Options().data_dir + "/edge.db";
  ASSERT_EQ(QueryInt(db, "PRAGMA user_version"), from);

  auto opened = Store::Open(Options());
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  Store& s = **opened;
  EXPECT_EQ(QueryInt(db, "PRAGMA user_version"), CurrentSchemaVersion());
  EXPECT_EQ(QueryText(db, "SELECT detail FROM audit WHERE event = 'schema_migrated'"),
            "from=" + std::to_string(from) + " to=" + std::to_string(CurrentSchemaVersion()));
  EXPECT_EQ(*s.IntegrityCheck(), "ok");  // also: every report has its content (report_content, schema 3)
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM report_content"), 4);

  // Both operators' passphrases still open it.
  EXPECT_EQ(*s.ListOperators(), (std::vector<std::string>{"ani", "budi"}));
  ASSERT_TRUE(s.Unlock("ani", "fixture passphrase ani").ok());
  ASSERT_TRUE(s.Unlock("budi", "fixture passphrase").ok());
  EXPECT_EQ(s.node().kecamatan_code, "32.73.05");

  // The four sample reports, as saved: one draft, one edited.
  auto page = s.ListReports({.oldest_first = true});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_EQ(page->items.size(), 4u);
  EXPECT_EQ(page->items[0].report.kelahiran().child_name(), "Siti Aminah");
  EXPECT_EQ(page->items[1].summary.sync_state, domain::pb::SYNC_STATE_DRAFT);
  EXPECT_EQ(page->items[2].report.kepindahan().origin().street(), "Jl. Maleber Utara No. 14");
  EXPECT_EQ(page->items[3].report.kind(), domain::pb::REPORT_KIND_KEDATANGAN);
  EXPECT_EQ(s.FindByNik("3273055203950001")->size(), 2u);  // mother in the birth, member of the move

  // What still has to travel is still known.
  auto pending = s.PendingChanges(10);
  ASSERT_TRUE(pending.ok());
  ASSERT_EQ(pending->size(), 3u);
  for (const auto& c : *pending) EXPECT_TRUE(c.whole_report);

  // The history is intact, and the store works on with the new schema.
  auto v = s.VerifyAudit();
  EXPECT_TRUE(v->intact) << v->problem;
  const ReportSummary added = s.AddReport(domain::testing::VariedReport(8)).saved;
  ASSERT_FALSE(added.id.empty());
  EXPECT_LT(page->items[3].summary.version, added.version);
  ASSERT_TRUE(s.ApplyServerState(page->items[0].summary.id, [] {
                 domain::pb::ServerState st;
                 st.set_workflow_state(domain::pb::WORKFLOW_STATE_DIAJUKAN);
                 return st;
               }()).ok());
  EXPECT_TRUE(s.GetReport(page->items[0].summary.id)->server_state.has_value());

  // The recovery code printed by that program's init still works.
  opened->reset();
  auto again = Store::Open(Options());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM audit WHERE event = 'schema_migrated'"), 1);  // migrated once
  ASSERT_TRUE((*again)->Recover(recovery, "budi", "kata sandi setelah migrasi").ok());
  EXPECT_TRUE((*again)->VerifyAudit()->intact);
}

std::vector<int> EarlierVersions() {
  std::vector<int> v;
  for (int i = 1; i < CurrentSchemaVersion(); ++i) v.push_back(i);
  return v;
}

INSTANTIATE_TEST_SUITE_P(EachEarlierSchema, MigrationTest, ::testing::ValuesIn(EarlierVersions()),
                         [](const ::testing::TestParamInfo<int>& p) { return "v" + std::to_string(p.param); });

}  // namespace
}  // namespace lampid::store::testing
