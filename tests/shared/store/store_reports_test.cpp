// Saving, editing, reading, listing and finding reports.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <set>

#include "core/civil_time.h"
#include "core/hlc.h"
#include "core/uuid.h"
#include "domain/nik.h"
#include "domain/report_json.h"
#include "domain/report_validator.h"
#include "store/store_test_util.h"

namespace lampid::store::testing {
namespace {

using domain::pb::SYNC_STATE_DRAFT;
using domain::pb::SYNC_STATE_QUEUED;
using domain::testing::ValidKelahiran;
using domain::testing::VariedReport;
using google::protobuf::util::MessageDifferencer;

domain::Report Filled(domain::Report r) {
  domain::FillDerivedFields(&r, *SharedRegions());
  return r;
}

TEST_F(StoreTest, AddSetsIdTimestampsOperatorAndQueuesTheReport) {
  const domain::Report input = ValidKelahiran();
  SaveResult r = store_->AddReport(input);
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_TRUE(r.problems.empty());
  const ReportSummary& s = r.saved;
  EXPECT_TRUE(IsCanonicalUuid(s.id));
  EXPECT_EQ(s.id[14], '7');
  EXPECT_EQ(s.kind, domain::pb::REPORT_KIND_KELAHIRAN);
  EXPECT_EQ(s.desa_code, "32.73.05.1001");
  EXPECT_EQ(s.created_at_ms, domain::testing::kNow);
  EXPECT_EQ(s.operator_id, kOperator);
  EXPECT_EQ(s.sync_state, SYNC_STATE_QUEUED);
  EXPECT_EQ(s.base_version, "");
  const auto version = HlcTimestamp::Parse(s.version);
  ASSERT_TRUE(version);
  EXPECT_EQ(version->node_id, store_->node().node_id);
  EXPECT_EQ(version->physical_ms, domain::testing::kNow);

  auto got = store_->GetReport(s.id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  domain::Report expected = Filled(input);
  expected.set_id(s.id);
  expected.set_created_at(FormatTimestamp(domain::testing::kNow));
  expected.set_updated_at(FormatTimestamp(domain::testing::kNow));
  expected.set_operator_id(kOperator);
  EXPECT_TRUE(MessageDifferencer::Equals(got->report, expected)) << got->report.DebugString();
  EXPECT_EQ(got->report.kelahiran().birth_day(), domain::pb::DAY_OF_WEEK_JUMAT);  // derived: 2026-11-20

  // One outbox row for the whole report, one audit row.
  const std::string db = store_->database_path();
  EXPECT_EQ(QueryText(db, "SELECT version || '|' || base_version || '|' || paths FROM outbox"), s.version + "||");
  EXPECT_EQ(QueryText(db, "SELECT event || ' ' || detail FROM audit WHERE report_id = '" + s.id + "'"),
            "report_created kind=kelahiran state=queued");
}

TEST_F(StoreTest, VersionsOfSuccessiveSavesIncreaseEvenWithAStoppedClock) {
  std::vector<std::string> versions;
  for (int i = 0; i < 5; ++i) versions.push_back(MustAdd(VariedReport(i)).version);
  auto other = OpenUnlocked();  // another connection continues after what this one issued
  versions.push_back(other->AddReport(VariedReport(5)).saved.version);
  versions.push_back(MustAdd(VariedReport(6)).version);
  for (size_t i = 1; i < versions.size(); ++i) EXPECT_LT(versions[i - 1], versions[i]);
}

TEST_F(StoreTest, DraftsWaitUntilSubmitted) {
  const ReportSummary draft = MustAdd(VariedReport(1), /*submit=*/false);
  EXPECT_EQ(draft.sync_state, SYNC_STATE_DRAFT);
  EXPECT_EQ(store_->CountBySyncState()->draft, 1);
  ASSERT_TRUE(store_->Submit(draft.id).ok());
  EXPECT_EQ(store_->GetSummary(draft.id)->sync_state, SYNC_STATE_QUEUED);
  EXPECT_EQ(store_->GetSummary(draft.id)->version, draft.version);  // content unchanged
  ASSERT_TRUE(store_->Submit(draft.id).ok());                        // idempotent
  EXPECT_EQ(store_->Submit("01900000-0000-7000-8000-000000000000").code(), StatusCode::kNotFound);
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM audit WHERE event = 'report_submitted'"), 1);
}

TEST_F(StoreTest, ValidationErrorsBlockAndWarningsComeBack) {
  domain::Report bad = ValidKelahiran();
  bad.mutable_kelahiran()->mutable_mother()->set_nik("123");
  SaveResult r = store_->AddReport(bad);
  EXPECT_EQ(r.status.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(r.problems.Contains("nik_length", "kelahiran.mother.nik"));
  EXPECT_EQ(*store_->CountReports(), 0);

  domain::Report light = ValidKelahiran();
  light.mutable_kelahiran()->set_weight_grams(900);
  SaveResult w = store_->AddReport(light);
  ASSERT_TRUE(w.ok()) << w.status.ToString();
  EXPECT_TRUE(w.problems.Contains("value_unusual", "kelahiran.weight_grams"));
  EXPECT_FALSE(w.problems.HasErrors());
}

TEST_F(StoreTest, OnlyReportsOfThisKecamatanAndUnusedIdsAreAdded) {
  domain::Report elsewhere = ValidKelahiran();
  elsewhere.set_kecamatan_code("32.73.01");
  elsewhere.set_desa_code("32.73.01.1002");
  SaveResult r = store_->AddReport(elsewhere);
  EXPECT_EQ(r.status.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status.message().find("kecamatan lain"), std::string::npos);

  const ReportSummary first = MustAdd(ValidKelahiran());
  domain::Report same_id = VariedReport(4);
  same_id.set_id(first.id);
  EXPECT_EQ(store_->AddReport(same_id).status.code(), StatusCode::kAlreadyExists);
  domain::Report given_id = VariedReport(8);
  given_id.set_id("01937b6e-1c00-7000-8000-000000000001");
  given_id.set_created_at("2026-11-01T00:00:00.000Z");
  const ReportSummary kept = MustAdd(given_id);
  EXPECT_EQ(kept.id, "01937b6e-1c00-7000-8000-000000000001");
  EXPECT_EQ(kept.created_at_ms, *ParseTimestamp("2026-11-01T00:00:00.000Z"));
}

TEST_F(StoreTest, ABatchSavesTheGoodReportsAndReportsTheBadOnes) {
  std::vector<domain::Report> batch;
  for (int i = 0; i < 10; ++i) batch.push_back(VariedReport(i));
  batch[3].mutable_kematian()->set_death_date("2030-01-01");  // in the future
  batch[7].mutable_kedatangan()->clear_skpwni_number();
  auto results = store_->AddReports(batch);
  ASSERT_EQ(results.size(), 10u);
  for (int i = 0; i < 10; ++i) {
    if (i == 3 || i == 7) {
      EXPECT_EQ(results[i].status.code(), StatusCode::kInvalidArgument) << i;
    } else {
      EXPECT_TRUE(results[i].ok()) << i << results[i].status.ToString();
    }
  }
  EXPECT_EQ(*store_->CountReports(), 8);
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM outbox"), 8);
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM audit WHERE event = 'report_created'"), 8);
  EXPECT_TRUE(store_->VerifyAudit()->intact);
}

TEST_F(StoreTest, AnEditRecordsWhichFieldsChanged) {
  const ReportSummary added = MustAdd(ValidKelahiran());
  domain::Report edited = ValidKelahiran();
  edited.mutable_kelahiran()->mutable_mother()->set_name("Dewi Lestari Putri");
  edited.mutable_kelahiran()->set_weight_grams(3300);
  clock_.Advance(60000);
  SaveResult r = store_->EditReport(added.id, edited, added.version);
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_FALSE(r.unchanged);
  EXPECT_EQ(r.changed_paths, (std::vector<std::string>{"kelahiran.mother.name", "kelahiran.weight_grams"}));
  EXPECT_LT(added.version, r.saved.version);
  EXPECT_EQ(r.saved.sync_state, SYNC_STATE_QUEUED);
  EXPECT_EQ(r.saved.created_at_ms, added.created_at_ms);
  EXPECT_EQ(r.saved.updated_at_ms, domain::testing::kNow + 60000);
  auto got = store_->GetReport(added.id);
  EXPECT_EQ(got->report.kelahiran().mother().name(), "Dewi Lestari Putri");
  EXPECT_EQ(got->report.created_at(), FormatTimestamp(domain::testing::kNow));
  EXPECT_EQ(got->report.updated_at(), FormatTimestamp(domain::testing::kNow + 60000));
  const std::string db = store_->database_path();
  EXPECT_EQ(QueryText(db, "SELECT paths FROM outbox WHERE version = '" + r.saved.version + "'"),
            "kelahiran.mother.name\nkelahiran.weight_grams");
  EXPECT_EQ(QueryText(db, "SELECT detail FROM audit WHERE event = 'report_edited'"),
            "paths=kelahiran.mother.name,kelahiran.weight_grams");

  // The same content again: nothing written.
  SaveResult same = store_->EditReport(added.id, got->report);
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same.unchanged);
  EXPECT_EQ(same.saved.version, r.saved.version);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM outbox"), 2);

  // Someone else's save in between is not overwritten.
  SaveResult stale = store_->EditReport(added.id, ValidKelahiran(), added.version);
  EXPECT_EQ(stale.status.code(), StatusCode::kAborted);
}

TEST_F(StoreTest, EditsThatAreNotAllowedAreRefused) {
  const ReportSummary added = MustAdd(ValidKelahiran());
  EXPECT_EQ(store_->EditReport("01900000-0000-7000-8000-000000000000", ValidKelahiran()).status.code(),
            StatusCode::kNotFound);
  domain::Report other_id = ValidKelahiran();
  other_id.set_id("01900000-0000-7000-8000-000000000000");
  EXPECT_EQ(store_->EditReport(added.id, other_id).status.code(), StatusCode::kInvalidArgument);
  domain::Report kematian = domain::testing::ValidKematian();
  EXPECT_EQ(store_->EditReport(added.id, kematian).status.code(), StatusCode::kInvalidArgument);
  domain::Report invalid = ValidKelahiran();
  invalid.mutable_kelahiran()->clear_child_name();
  SaveResult r = store_->EditReport(added.id, invalid);
  EXPECT_EQ(r.status.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(r.problems.Contains("required", "kelahiran.child_name"));

  // Once the server has it and it is in verification, staff cannot change it.
  ExecSql(store_->database_path(), "UPDATE reports SET sync_state = 4, workflow_state = 2");
  domain::Report edited = ValidKelahiran();
  edited.mutable_kelahiran()->set_child_name("Siti Aminah Putri");
  SaveResult locked = store_->EditReport(added.id, edited);
  EXPECT_EQ(locked.status.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(locked.status.message().find("can no longer be edited"), std::string::npos);
  // … unless the server asked for a correction; then the edit queues it again.
  ExecSql(store_->database_path(), "UPDATE reports SET workflow_state = 4");
  SaveResult fix = store_->EditReport(added.id, edited);
  ASSERT_TRUE(fix.ok()) << fix.status.ToString();
  EXPECT_EQ(fix.saved.sync_state, SYNC_STATE_QUEUED);
}

TEST_F(StoreTest, ListingPagesNewestFirstWithFilters) {
  std::vector<ReportSummary> added;
  for (int i = 0; i < 11; ++i) added.push_back(MustAdd(VariedReport(i), /*submit=*/i % 3 != 0));
  std::vector<std::string> seen;
  ListQuery q;
  q.limit = 4;
  while (true) {
    auto page = store_->ListReports(q);
    ASSERT_TRUE(page.ok());
    for (const auto& item : page->items) {
      seen.push_back(item.summary.id);
      EXPECT_EQ(item.report.id(), item.summary.id);  // decrypted
    }
    if (page->next_cursor == 0) break;
    q.after = page->next_cursor;
  }
  ASSERT_EQ(seen.size(), 11u);
  for (size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], added[10 - i].id);

  auto births = store_->ListReports({.kind = domain::pb::REPORT_KIND_KELAHIRAN});
  ASSERT_EQ(births->items.size(), 3u);  // 0, 4, 8
  for (const auto& item : births->items) EXPECT_TRUE(item.report.has_kelahiran());
  auto drafts = store_->ListReports({.sync_state = SYNC_STATE_DRAFT, .with_content = false});
  ASSERT_EQ(drafts->items.size(), 4u);  // 0, 3, 6, 9
  EXPECT_EQ(drafts->items[0].summary.id, added[9].id);
  auto both = store_->ListReports({.sync_state = SYNC_STATE_DRAFT, .kind = domain::pb::REPORT_KIND_KELAHIRAN});
  ASSERT_EQ(both->items.size(), 1u);
  EXPECT_EQ(both->items[0].summary.id, added[0].id);
  const SyncCounts counts = *store_->CountBySyncState();
  EXPECT_EQ(counts.draft, 4);
  EXPECT_EQ(counts.queued, 7);
  EXPECT_EQ(counts.waiting(), 7);
}

TEST_F(StoreTest, FindingByNikOrKkUsesTheBlindIndex) {
  domain::Report a = ValidKelahiran();  // mother 3273055203950001, father/reporter 3273050107920002
  domain::Report b = domain::testing::ValidKepindahan();  // members include both
  domain::Report c = domain::testing::ValidKematian();    // deceased 3273050204500005
  const ReportSummary sa = MustAdd(a), sb = MustAdd(b), sc = MustAdd(c);
  auto ids = [](const Result<std::vector<ReportSummary>>& r) {
    std::vector<std::string> out;
    for (const auto& s : *r) out.push_back(s.id);
    return out;
  };
  EXPECT_EQ(ids(store_->FindByNik("3273055203950001")), (std::vector<std::string>{sb.id, sa.id}));
  EXPECT_EQ(ids(store_->FindByNik("3273050204500005")), (std::vector<std::string>{sc.id}));
  EXPECT_EQ(ids(store_->FindByNik("3273 0502 0450 0005")), (std::vector<std::string>{sc.id}));  // as typed
  EXPECT_EQ(ids(store_->FindByNik("3273051508800003")), (std::vector<std::string>{sc.id, sa.id}));  // a witness
  EXPECT_TRUE(store_->FindByNik("3273059999990001")->empty());
  EXPECT_EQ(ids(store_->FindByKk("3273051006150001")).size(), 3u);
  EXPECT_TRUE(store_->FindByKk("3273055203950001")->empty());  // a NIK is not a KK

  // After an edit the old NIK no longer leads to the report, the new one does.
  domain::Report edited = a;
  const std::string new_nik = domain::MakeNik("32.73.05", *ParseIsoDate("1995-03-12"), domain::pb::SEX_PEREMPUAN, 77);
  edited.mutable_kelahiran()->mutable_mother()->set_nik(new_nik);
  ASSERT_TRUE(store_->EditReport(sa.id, edited).ok());
  EXPECT_EQ(ids(store_->FindByNik("3273055203950001")), (std::vector<std::string>{sb.id}));
  EXPECT_EQ(ids(store_->FindByNik(new_nik)), (std::vector<std::string>{sa.id}));
  EXPECT_EQ(ids(store_->FindByNik("3273050107920002")), (std::vector<std::string>{sc.id, sb.id, sa.id}));
}

TEST_F(StoreTest, SearchingByNameDecryptsAndMatchesAnyPerson) {
  const ReportSummary a = MustAdd(ValidKelahiran());                  // Siti Aminah, Dewi Lestari, Budi …
  const ReportSummary c = MustAdd(domain::testing::ValidKematian());  // Haji Ahmad Dahlan
  auto found = store_->SearchByName("ahmad dahlan");
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].summary.id, c.id);
  auto budi = store_->SearchByName("BUDI");
  ASSERT_EQ(budi->size(), 2u);
  EXPECT_EQ((*budi)[1].summary.id, a.id);
  EXPECT_EQ(store_->SearchByName("budi", 1)->size(), 1u);
  EXPECT_TRUE(store_->SearchByName("tidak ada")->empty());
}

TEST_F(StoreTest, IntegrityCheckFindsContentWithoutItsReportAndReportsWithoutContent) {
  const ReportSummary a = MustAdd(VariedReport(0));
  MustAdd(VariedReport(4));
  const std::string db = store_->database_path();
  EXPECT_EQ(*store_->IntegrityCheck(), "ok");
  ExecSql(db, "UPDATE report_content SET seq = 999 WHERE seq = " + std::to_string(a.cursor));
  EXPECT_EQ(*store_->IntegrityCheck(), "report seq " + std::to_string(a.cursor) +
                                           " has no sealed content\nsealed content seq 999 has no report");
  EXPECT_EQ(store_->GetReport(a.id).status().code(), StatusCode::kCorruption);
}

TEST_F(StoreTest, SealedContentMovedToAnotherRowDoesNotOpen) {
  const ReportSummary a = MustAdd(VariedReport(0));
  const ReportSummary b = MustAdd(VariedReport(4));
  const std::string db = store_->database_path();
  ExecSql(db, "UPDATE report_content SET sealed = (SELECT sealed FROM report_content WHERE seq = " +
                  std::to_string(b.cursor) + ") WHERE seq = " + std::to_string(a.cursor));
  EXPECT_EQ(store_->GetReport(a.id).status().code(), StatusCode::kCorruption);
  EXPECT_TRUE(store_->GetReport(b.id).ok());
  // An older sealed version of the same report under a newer version number does not open either.
  const ReportSummary c = MustAdd(VariedReport(8));
  const std::string old_sealed = QueryText(db, "SELECT hex(sealed) FROM report_content WHERE seq = " + std::to_string(c.cursor));
  domain::Report edited = VariedReport(8);
  edited.mutable_kelahiran()->set_child_name("Nama Baru Sekali");
  ASSERT_TRUE(store_->EditReport(c.id, edited).ok());
  ExecSql(db, "UPDATE report_content SET sealed = X'" + old_sealed + "' WHERE seq = " + std::to_string(c.cursor));
  EXPECT_EQ(store_->GetReport(c.id).status().code(), StatusCode::kCorruption);
}

TEST_F(StoreTest, AnIncompleteDraftIsKeptButCannotBeSubmittedUntilItIsValid) {
  // A half-filled form: the kind and the office, one field typed.
  domain::Report half;
  half.set_kind(domain::pb::REPORT_KIND_KELAHIRAN);
  half.set_kecamatan_code(kKecamatan);
  half.mutable_kelahiran()->set_child_name("Nur Aisyah");
  SaveResult draft = store_->AddReport(half, {.submit = false});
  ASSERT_TRUE(draft.ok()) << draft.status.ToString();
  EXPECT_TRUE(draft.problems.HasErrors());  // what is missing comes back
  EXPECT_EQ(draft.saved.sync_state, SYNC_STATE_DRAFT);
  EXPECT_EQ(store_->GetReport(draft.saved.id)->report.kelahiran().child_name(), "Nur Aisyah");
  // Not submitted as it is, nor added submitted.
  EXPECT_EQ(store_->Submit(draft.saved.id).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->GetSummary(draft.saved.id)->sync_state, SYNC_STATE_DRAFT);
  EXPECT_EQ(store_->AddReport(half).status.code(), StatusCode::kInvalidArgument);

  // Still incomplete after an edit: kept as a draft.
  half.mutable_kelahiran()->set_birth_place("RSUD Kota Bandung");
  SaveResult more = store_->EditReport(draft.saved.id, half);
  ASSERT_TRUE(more.ok()) << more.status.ToString();
  EXPECT_EQ(more.saved.sync_state, SYNC_STATE_DRAFT);
  // Completed: the edit saves and the draft can be submitted.
  domain::Report complete = ValidKelahiran();
  SaveResult done = store_->EditReport(draft.saved.id, complete);
  ASSERT_TRUE(done.ok()) << done.status.ToString();
  ASSERT_TRUE(store_->Submit(draft.saved.id).ok());
  EXPECT_EQ(store_->GetSummary(draft.saved.id)->sync_state, SYNC_STATE_QUEUED);
  // A submitted report no longer takes errors.
  domain::Report broken = complete;
  broken.mutable_kelahiran()->mutable_mother()->set_nik("123");
  EXPECT_EQ(store_->EditReport(draft.saved.id, broken).status.code(), StatusCode::kInvalidArgument);
}

TEST_F(StoreTest, ListingByTheDateAReportEntered) {
  const char* created[] = {"2026-09-30T16:59:59.000Z", "2026-09-30T17:00:00.000Z", "2026-10-15T01:00:00.000Z",
                           "2026-11-01T00:00:00.000Z"};
  std::vector<ReportSummary> added;
  for (int i = 0; i < 4; ++i) {
    domain::Report r = VariedReport(i);
    r.set_created_at(created[i]);
    added.push_back(MustAdd(r));
  }
  ListQuery q;
  q.created_from_ms = *ParseTimestamp("2026-09-30T17:00:00.000Z");
  q.created_to_ms = *ParseTimestamp("2026-11-01T00:00:00.000Z");
  q.with_content = false;
  auto page = store_->ListReports(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].summary.id, added[2].id);
  EXPECT_EQ(page->items[1].summary.id, added[1].id);
}

TEST_F(StoreTest, CountsPerKindAndMonthFromClearMetadataInTheOfficesZone) {
  // 2026-09-30T17:00Z is already 1 October in WIB (UTC+7).
  const std::vector<std::pair<int, const char*>> reports = {
      {0, "2026-09-30T16:59:59.000Z"},  // kelahiran, September (WIB)
      {1, "2026-09-30T17:00:00.000Z"},  // kematian, October
      {4, "2026-10-02T00:00:00.000Z"},  // kelahiran, October
      {8, "2026-10-31T16:00:00.000Z"},  // kelahiran, October
      {2, "2026-11-20T00:00:00.000Z"},  // kepindahan, November
  };
  for (const auto& [index, at] : reports) {
    domain::Report r = VariedReport(index);
    r.set_created_at(at);
    MustAdd(r, /*submit=*/index != 8);
  }
  store_->Lock();  // clear metadata only
  auto counts = store_->CountByKindAndMonth(7 * 60);
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  std::vector<std::string> got;
  for (const auto& c : *counts) {
    got.push_back(std::to_string(c.year) + "-" + std::to_string(c.month) + " " + domain::KindName(c.kind) + " " +
                  std::to_string(c.count));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"2026-9 kelahiran 1", "2026-10 kelahiran 2", "2026-10 kematian 1",
                                           "2026-11 kepindahan 1"}));
  // In UTC the first kematian still falls in September.
  auto utc = store_->CountByKindAndMonth(0);
  ASSERT_TRUE(utc.ok());
  ASSERT_EQ(utc->size(), 4u);
  EXPECT_EQ((*utc)[1].month, 9);
  EXPECT_EQ((*utc)[1].kind, domain::pb::REPORT_KIND_KEMATIAN);
}

TEST_F(StoreTest, AReportsHistoryComesFromTheAuditLog) {
  const ReportSummary a = MustAdd(VariedReport(0), /*submit=*/false);
  const ReportSummary b = MustAdd(VariedReport(1));
  ASSERT_TRUE(store_->Submit(a.id).ok());
  store_->Lock();
  auto history = store_->ReadAuditOfReport(a.id);
  ASSERT_TRUE(history.ok()) << history.status().ToString();
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].event, "report_created");
  EXPECT_EQ((*history)[1].event, "report_submitted");
  EXPECT_LT((*history)[0].seq, (*history)[1].seq);
  EXPECT_EQ((*store_->ReadAuditOfReport(b.id)).size(), 1u);
  auto newest = store_->ReadAuditOfReport(a.id, 1);
  ASSERT_EQ(newest->size(), 1u);
  EXPECT_EQ(newest->front().event, "report_submitted");
}

}  // namespace
}  // namespace lampid::store::testing
