// Opening a database written by an older lampid-central upgrades it in place: schema 3's WITHOUT ROWID
// reports and report_events tables become schema 4's rowid tables, with every row, the audit chain and the
// pull cursor intact.
#include <gtest/gtest.h>

#include "central-server/core/central_on_disk.h"
#include "central-server/core/audit.h"
#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/sync_core.h"
#include "core/civil_time.h"
#include "core/test_device.h"
#include "domain/test_reports.h"
#include "sqlite/sqlite_db.h"
#include "support/subprocess.h"

namespace lampid::central {
namespace {

// The two tables as schema 3 declared them.
constexpr const char* kSchema3Tables = R"sql(
CREATE TABLE reports(
  id TEXT PRIMARY KEY, kind INTEGER NOT NULL, kecamatan_code TEXT NOT NULL,
  dest_kecamatan_code TEXT NOT NULL DEFAULT '', desa_code TEXT NOT NULL, version TEXT NOT NULL,
  first_version TEXT NOT NULL, content_device_id TEXT NOT NULL, content BLOB NOT NULL, state BLOB NOT NULL,
  workflow_state INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  event_count INTEGER NOT NULL, last_event_hash BLOB NOT NULL, seq INTEGER NOT NULL,
  last_change_device_id TEXT NOT NULL DEFAULT '', stat_counted INTEGER NOT NULL DEFAULT 0,
  stat_month TEXT NOT NULL DEFAULT '', stat_kind INTEGER NOT NULL DEFAULT 0, stat_sex INTEGER NOT NULL DEFAULT 0,
  stat_age_band INTEGER NOT NULL DEFAULT -1, stat_event_days INTEGER NOT NULL DEFAULT 0,
  stat_registered INTEGER NOT NULL DEFAULT 0, stat_registration_days INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE INDEX reports_by_kecamatan ON reports(kecamatan_code, seq);
CREATE INDEX reports_by_state ON reports(workflow_state, kecamatan_code, seq);
CREATE INDEX reports_by_destination ON reports(dest_kecamatan_code, seq) WHERE dest_kecamatan_code <> '';
CREATE TABLE report_events(
  report_id TEXT NOT NULL, sequence INTEGER NOT NULL, type TEXT NOT NULL, version TEXT NOT NULL,
  pushed_version TEXT NOT NULL, device_id TEXT NOT NULL, actor TEXT NOT NULL, paths TEXT NOT NULL,
  payload BLOB NOT NULL, content_device_id TEXT NOT NULL, state BLOB NOT NULL, created_at INTEGER NOT NULL,
  prev_hash BLOB NOT NULL, hash BLOB NOT NULL, PRIMARY KEY(report_id, sequence)) WITHOUT ROWID;
CREATE INDEX report_events_by_time ON report_events(created_at);
)sql";

constexpr const char* kReportColumns =
    "id, kind, kecamatan_code, dest_kecamatan_code, desa_code, version, first_version, content_device_id, content, "
    "state, workflow_state, created_at, updated_at, event_count, last_event_hash, seq, last_change_device_id, "
    "stat_counted, stat_month, stat_kind, stat_sex, stat_age_band, stat_event_days, stat_registered, "
    "stat_registration_days";
constexpr const char* kEventColumns =
    "report_id, sequence, type, version, pushed_version, device_id, actor, paths, payload, content_device_id, "
    "state, created_at, prev_hash, hash";

class SchemaUpgradeTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GE(sodium_init(), 0); }

  void Open() { ASSERT_TRUE(testing::ReopenCentral(dir_.File("c.db"), clock_, store_, core_)); }

  void Push(const std::string& batch, domain::Report r, const std::string& id, const std::string& version,
            const std::string& base = "") {
    r.set_id(id);
    syncpb::Change c;
    c.set_report_id(id);
    c.set_version(version);
    c.set_base_version(base);
    *c.mutable_report() = r;
    auto answer = core_->Push(device_.Push(batch, {c}));
    ASSERT_TRUE(answer.ok()) << answer.status().ToString();
  }

  // Turns the current database back into what schema 3 wrote: the same rows in WITHOUT ROWID tables.
  void DowngradeToSchema3() {
    core_.reset();
    store_.reset();
    auto db = sqlite::Database::Open(dir_.File("c.db"));
    ASSERT_TRUE(db.ok());
    const std::string sql =
        std::string("DROP INDEX reports_by_kecamatan; DROP INDEX reports_by_state; DROP INDEX reports_by_destination;"
                    "DROP INDEX report_events_by_time;"
                    "ALTER TABLE reports RENAME TO r4; ALTER TABLE report_events RENAME TO e4;") +
        kSchema3Tables + "INSERT INTO reports(" + kReportColumns + ") SELECT " + kReportColumns + " FROM r4;" +
        "INSERT INTO report_events(" + kEventColumns + ") SELECT " + kEventColumns + " FROM e4;" +
        "DROP TABLE r4; DROP TABLE e4; PRAGMA user_version = 3;";
    ASSERT_TRUE(db->Exec(sql).ok());
  }

  // Turns the current database's person index back into what schema 4 wrote: report ids and dates as text.
  void DowngradePersonIndexToSchema4() {
    core_.reset();
    store_.reset();
    auto db = sqlite::Database::Open(dir_.File("c.db"));
    ASSERT_TRUE(db.ok());
    const std::string sql = R"sql(
DROP INDEX person_index_by_report;
ALTER TABLE person_index RENAME TO p5;
CREATE TABLE person_index(key BLOB NOT NULL, report_id TEXT NOT NULL, event_date TEXT NOT NULL,
  multiple_birth INTEGER NOT NULL, flagged INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(key, event_date, report_id)) WITHOUT ROWID;
CREATE INDEX person_index_by_report ON person_index(report_id);
INSERT INTO person_index SELECT key,
  lower(substr(hex(report_ref), 1, 8) || '-' || substr(hex(report_ref), 9, 4) || '-' || substr(hex(report_ref), 13, 4)
        || '-' || substr(hex(report_ref), 17, 4) || '-' || substr(hex(report_ref), 21)),
  date(event_day * 86400, 'unixepoch'), multiple_birth, flagged FROM p5;
DROP TABLE p5;
PRAGMA user_version = 4;
)sql";
    ASSERT_TRUE(db->Exec(sql).ok());
  }

  // typeof() of a person-index column over all rows, e.g. "text" (one value when they agree).
  std::string PersonIndexTypes(const std::string& column) {
    auto db = sqlite::Database::Open(dir_.File("c.db"));
    auto st = db->Prepare("SELECT group_concat(DISTINCT typeof(" + column + ")) FROM person_index");
    if (!*st->Step()) return "";
    return st->Text(0);
  }

  std::string TableSql(const std::string& name) {
    auto db = sqlite::Database::Open(dir_.File("c.db"));
    auto st = db->Prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
    st->Bind(1, name);
    if (!*st->Step()) return "";
    return st->Text(0);
  }

  lampid::testing::TempDir dir_;
  FixedClock clock_{domain::testing::kNow};
  testing::TestDevice device_{"d1", "32.73.05"};
  std::unique_ptr<SqliteCentralStore> store_;
  std::unique_ptr<SyncCore> core_;
};

TEST_F(SchemaUpgradeTest, ASchemaThreeDatabaseKeepsEveryRowAndItsChainsInRowidTables) {
  Open();
  auto code = core_->CreateEnrollmentCode("32.73.05", 3600000);
  ASSERT_TRUE(core_->Enroll(device_.Enroll(*code)).ok());
  const std::string a = "0193a1b2-c3d4-7e5f-8a9b-0000000000a1", b = "0193a1b2-c3d4-7e5f-8a9b-0000000000b2";
  Push("b1", domain::testing::ValidKelahiran(), a, "v1");
  Push("b2", domain::testing::ValidKematian(), b, "v1");
  domain::Report edited = domain::testing::ValidKelahiran();
  edited.mutable_kelahiran()->set_birth_place("Bandung (koreksi)");
  Push("b3", edited, a, "v2", "v1");
  const auto before = *store_->ChangesSince("32.73.05", "", 100);
  ASSERT_EQ(before.reports.size(), 2u);

  DowngradeToSchema3();
  ASSERT_NE(TableSql("reports").find("WITHOUT ROWID"), std::string::npos);  // the test really made schema 3
  Open();

  EXPECT_EQ(TableSql("reports").find("WITHOUT ROWID"), std::string::npos);
  EXPECT_EQ(TableSql("report_events").find("WITHOUT ROWID"), std::string::npos);
  EXPECT_EQ(TableSql("reports_v3"), "");
  EXPECT_EQ(TableSql("report_events_v3"), "");
  // The same changes in the same order from the same cursor; the content of the edit is there.
  const auto after = *store_->ChangesSince("32.73.05", "", 100);
  ASSERT_EQ(after.reports.size(), before.reports.size());
  for (size_t i = 0; i < after.reports.size(); ++i) {
    EXPECT_EQ(after.reports[i].report.content.id(), before.reports[i].report.content.id());
    EXPECT_EQ(after.reports[i].seq, before.reports[i].seq);
    EXPECT_EQ(after.reports[i].report.version, before.reports[i].report.version);
  }
  EXPECT_EQ((*store_->GetReport(a))->content.kelahiran().birth_place(), "Bandung (koreksi)");
  EXPECT_EQ(store_->GetEvents(a)->size(), 2u);
  // The audit chain still verifies and the projection is what the events replay to.
  const auto audit = *VerifyAudit(*store_);
  EXPECT_TRUE(audit.intact());
  EXPECT_EQ(audit.events, 3u);
  EXPECT_EQ(RebuildProjections(*store_, false)->differing, 0u);
  // New pushes land after the old ones.
  Push("b4", domain::testing::ValidKepindahan(), "0193a1b2-c3d4-7e5f-8a9b-0000000000c3", "v1");
  const auto next = *store_->ChangesSince("32.73.05", after.next_cursor, 100);
  ASSERT_EQ(next.reports.size(), 1u);
  EXPECT_EQ(next.reports[0].report.content.id(), "0193a1b2-c3d4-7e5f-8a9b-0000000000c3");
}

// Schema 4 kept report ids and event dates as text in the person index; schema 5 keeps 16 bytes and a day
// number. An upgraded database finds the same people: a birth to a mother indexed before the upgrade is
// flagged as a probable duplicate after it, and twins of one birth are still not.
TEST_F(SchemaUpgradeTest, ASchemaFourPersonIndexIsConvertedAndStillFindsThePeople) {
  Open();
  auto code = core_->CreateEnrollmentCode("32.73.05", 3600000);
  ASSERT_TRUE(core_->Enroll(device_.Enroll(*code)).ok());
  const std::string a = "0193a1b2-c3d4-7e5f-8a9b-0000000000a1", dead = "0193a1b2-c3d4-7e5f-8a9b-0000000000d1";
  domain::Report twin = domain::testing::ValidKelahiran();
  twin.mutable_kelahiran()->set_birth_type(report::v1::BIRTH_TYPE_KEMBAR_2);
  Push("b1", twin, a, "v1");
  Push("b2", domain::testing::ValidKematian(), dead, "v1");
  DowngradePersonIndexToSchema4();
  ASSERT_EQ(PersonIndexTypes("report_id"), "text");  // the test really made schema 4
  ASSERT_EQ(PersonIndexTypes("event_date"), "text");
  Open();

  EXPECT_EQ(PersonIndexTypes("report_ref"), "blob");
  EXPECT_EQ(PersonIndexTypes("event_day"), "integer");
  EXPECT_EQ(TableSql("person_index_v4"), "");
  // The twin of the indexed birth (same mother, same day) is no duplicate ...
  domain::Report second_twin = twin;
  second_twin.mutable_kelahiran()->set_child_name("Siti Aminah Kedua");
  Push("b3", second_twin, "0193a1b2-c3d4-7e5f-8a9b-0000000000a2", "v1");
  EXPECT_FALSE((*store_->GetReport("0193a1b2-c3d4-7e5f-8a9b-0000000000a2"))->state.duplicate_suspected());
  // ... a birth to the same mother a month later is, and so is the same person reported dead again; the
  // reports indexed before the upgrade are flagged too.
  domain::Report later = domain::testing::ValidKelahiran();
  const auto birth = ParseIsoDate(later.kelahiran().birth_date());
  ASSERT_TRUE(birth.has_value());
  later.mutable_kelahiran()->set_birth_date(
      FormatIsoDate(CivilDate{std::chrono::sys_days{*birth} + std::chrono::days{30}}));
  Push("b4", later, "0193a1b2-c3d4-7e5f-8a9b-0000000000a3", "v1");
  EXPECT_TRUE((*store_->GetReport("0193a1b2-c3d4-7e5f-8a9b-0000000000a3"))->state.duplicate_suspected());
  EXPECT_TRUE((*store_->GetReport(a))->state.duplicate_suspected());
  Push("b5", domain::testing::ValidKematian(), "0193a1b2-c3d4-7e5f-8a9b-0000000000d2", "v1");
  EXPECT_TRUE((*store_->GetReport("0193a1b2-c3d4-7e5f-8a9b-0000000000d2"))->state.duplicate_suspected());
  EXPECT_TRUE((*store_->GetReport(dead))->state.duplicate_suspected());
}

}  // namespace
}  // namespace lampid::central
