// The sync engine's side of the store: pending changes, acknowledgements, server state, conflicts, pulls.
#include <google/protobuf/arena.h>
#include <gtest/gtest.h>

#include "core/hlc.h"
#include "domain/report_diff.h"
#include "store/store_internal.h"
#include "store/store_test_util.h"

namespace lampid::store::testing {
namespace {

using domain::pb::SYNC_STATE_ACKNOWLEDGED;
using domain::pb::SYNC_STATE_CONFLICT;
using domain::pb::SYNC_STATE_QUEUED;
using domain::pb::SYNC_STATE_SENT;
using domain::testing::ValidKelahiran;
using domain::testing::VariedReport;

std::string ServerVersion(int64_t offset_ms, uint32_t counter = 0) {
  return HlcTimestamp{domain::testing::kNow + offset_ms, counter, "server"}.ToString();
}

domain::pb::ServerState State(domain::WorkflowState w, const std::string& updated_at) {
  domain::pb::ServerState s;
  s.set_workflow_state(w);
  s.set_updated_at(updated_at);
  return s;
}

class SyncTest : public StoreTest {
 protected:
  std::vector<PendingChange> Pending(size_t limit = 100) {
    auto p = store_->PendingChanges(limit);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? std::move(p).value() : std::vector<PendingChange>{};
  }

  // Adds a report and takes it through sent → acknowledged.
  ReportSummary AddAcknowledged(const domain::Report& r) {
    const ReportSummary s = MustAdd(r);
    EXPECT_TRUE(store_->MarkSent(s.id, s.version).ok());
    EXPECT_TRUE(store_->Acknowledge(s.id, s.version).ok());
    return *store_->GetSummary(s.id);
  }

  int64_t OutboxRows(const std::string& id) {
    return QueryInt(store_->database_path(), "SELECT COUNT(*) FROM outbox WHERE report_id = '" + id + "'");
  }
};

TEST_F(SyncTest, NewReportsArePendingWholeAndDraftsAreNot) {
  const ReportSummary a = MustAdd(VariedReport(0));
  MustAdd(VariedReport(1), /*submit=*/false);
  const ReportSummary c = MustAdd(VariedReport(2));
  const auto pending = Pending();
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[0].report_id, a.id);  // oldest version first
  EXPECT_EQ(pending[1].report_id, c.id);
  EXPECT_TRUE(pending[0].whole_report);
  EXPECT_EQ(pending[0].base_version, "");
  EXPECT_EQ(pending[0].version, a.version);
  EXPECT_TRUE(pending[0].changed_paths.empty());
  EXPECT_EQ(pending[0].report.id(), a.id);
  EXPECT_EQ(pending[0].report.kelahiran().child_name(), VariedReport(0).kelahiran().child_name());
  EXPECT_EQ(Pending(1).size(), 1u);
}

TEST_F(SyncTest, SentThenAcknowledgedLeavesNothingPending) {
  const ReportSummary a = MustAdd(VariedReport(0));
  ASSERT_TRUE(store_->MarkSent(a.id, a.version).ok());
  EXPECT_EQ(store_->GetSummary(a.id)->sync_state, SYNC_STATE_SENT);
  // A sent report without an answer is still pending: after a crash it must be sent again.
  ASSERT_EQ(Pending().size(), 1u);
  EXPECT_EQ(Pending()[0].sync_state, SYNC_STATE_SENT);
  EXPECT_EQ(store_->CountBySyncState()->waiting(), 1);
  ASSERT_TRUE(store_->Acknowledge(a.id, a.version).ok());
  const ReportSummary s = *store_->GetSummary(a.id);
  EXPECT_EQ(s.sync_state, SYNC_STATE_ACKNOWLEDGED);
  EXPECT_EQ(s.base_version, a.version);
  EXPECT_TRUE(Pending().empty());
  EXPECT_EQ(OutboxRows(a.id), 0);
  EXPECT_EQ(store_->CountBySyncState()->waiting(), 0);
  const std::string db = store_->database_path();
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM audit WHERE event IN ('report_sent', 'report_acknowledged')"), 2);
}

TEST_F(SyncTest, AfterAcknowledgementOnlyTheChangedFieldsTravel) {
  const ReportSummary v1 = AddAcknowledged(ValidKelahiran());
  // The server asks for a correction, so staff may edit again.
  ASSERT_TRUE(store_->ApplyServerState(v1.id, State(domain::pb::WORKFLOW_STATE_PERLU_PERBAIKAN, "2026-11-25T11:00:00.000Z")).ok());
  domain::Report edited = ValidKelahiran();
  edited.mutable_kelahiran()->mutable_mother()->set_name("Dewi Lestari Putri");
  const SaveResult v2 = store_->EditReport(v1.id, edited);
  ASSERT_TRUE(v2.ok()) << v2.status.ToString();
  EXPECT_EQ(v2.saved.sync_state, SYNC_STATE_QUEUED);
  auto pending = Pending();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_FALSE(pending[0].whole_report);
  EXPECT_EQ(pending[0].base_version, v1.version);
  EXPECT_EQ(pending[0].changed_paths, std::vector<std::string>{"kelahiran.mother.name"});
  // The delta as it would travel.
  domain::Report delta = pending[0].report;
  ASSERT_TRUE(domain::PruneToPaths(pending[0].changed_paths, &delta).ok());
  EXPECT_EQ(delta.kelahiran().mother().name(), "Dewi Lestari Putri");
  EXPECT_EQ(delta.kelahiran().child_name(), "");

  // The engine sends v2; staff edit again before the answer; the answer for v2 arrives.
  ASSERT_TRUE(store_->MarkSent(v1.id, v2.saved.version).ok());
  edited.mutable_kelahiran()->set_weight_grams(3300);
  const SaveResult v3 = store_->EditReport(v1.id, edited);
  ASSERT_TRUE(v3.ok()) << v3.status.ToString();
  ASSERT_EQ(Pending()[0].changed_paths,
            (std::vector<std::string>{"kelahiran.mother.name", "kelahiran.weight_grams"}));  // union since v1
  ASSERT_TRUE(store_->Acknowledge(v1.id, v2.saved.version).ok());
  const ReportSummary s = *store_->GetSummary(v1.id);
  EXPECT_EQ(s.sync_state, SYNC_STATE_QUEUED);  // v3 still has to travel
  EXPECT_EQ(s.base_version, v2.saved.version);
  pending = Pending();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].version, v3.saved.version);
  EXPECT_EQ(pending[0].base_version, v2.saved.version);
  EXPECT_EQ(pending[0].changed_paths, std::vector<std::string>{"kelahiran.weight_grams"});
  EXPECT_EQ(OutboxRows(v1.id), 1);
  ASSERT_TRUE(store_->Acknowledge(v1.id, v3.saved.version).ok());
  EXPECT_TRUE(Pending().empty());
}

TEST_F(SyncTest, StaleNewerAndMalformedAnswers) {
  const ReportSummary a = MustAdd(VariedReport(0));
  domain::Report edited = VariedReport(0);
  edited.mutable_kelahiran()->set_child_name("Rina Hidayat");
  const SaveResult v2 = store_->EditReport(a.id, edited);
  ASSERT_TRUE(v2.ok());
  // MarkSent of a version that is no longer current changes nothing.
  ASSERT_TRUE(store_->MarkSent(a.id, a.version).ok());
  EXPECT_EQ(store_->GetSummary(a.id)->sync_state, SYNC_STATE_QUEUED);
  EXPECT_EQ(store_->Acknowledge(a.id, ServerVersion(999999)).code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(store_->Acknowledge(a.id, "nonsense").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Acknowledge("01900000-0000-7000-8000-000000000000", a.version).code(), StatusCode::kNotFound);
  ASSERT_TRUE(store_->Acknowledge(a.id, v2.saved.version).ok());
  ASSERT_TRUE(store_->Acknowledge(a.id, a.version).ok());  // late answer for an older version: ignored
  EXPECT_EQ(store_->GetSummary(a.id)->base_version, v2.saved.version);
  EXPECT_EQ(store_->GetSummary(a.id)->sync_state, SYNC_STATE_ACKNOWLEDGED);
}

TEST_F(SyncTest, BatchAnswersAreOneTransaction) {
  std::vector<VersionRef> refs;
  for (int i = 0; i < 20; ++i) {
    const ReportSummary s = MustAdd(VariedReport(i));
    refs.push_back({s.id, s.version});
  }
  ASSERT_TRUE(store_->MarkSent(refs).ok());
  EXPECT_EQ(store_->CountBySyncState()->sent, 20);
  ASSERT_TRUE(store_->Acknowledge(refs).ok());
  EXPECT_EQ(store_->CountBySyncState()->waiting(), 0);
  refs.push_back({"01900000-0000-7000-8000-000000000000", refs[0].version});
  EXPECT_EQ(store_->MarkSent(refs).code(), StatusCode::kNotFound);
}

TEST_F(SyncTest, ServerStateIsStoredSealedAndOlderStatesAreIgnored) {
  const ReportSummary a = AddAcknowledged(VariedReport(0));
  domain::pb::ServerState tercatat = State(domain::pb::WORKFLOW_STATE_TERCATAT, "2026-11-25T12:00:00.000Z");
  tercatat.set_registration_number("3273-LU-25112026-0001");
  tercatat.set_rejection_reason("");
  ASSERT_TRUE(store_->ApplyServerState(a.id, tercatat).ok());
  ASSERT_TRUE(store_->ApplyServerState(a.id, State(domain::pb::WORKFLOW_STATE_DIAJUKAN, "2026-11-25T11:00:00.000Z")).ok());
  auto got = store_->GetReport(a.id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->summary.workflow_state, domain::pb::WORKFLOW_STATE_TERCATAT);
  ASSERT_TRUE(got->server_state);
  EXPECT_EQ(got->server_state->registration_number(), "3273-LU-25112026-0001");
  EXPECT_EQ(ReadFileBytes(store_->database_path() + "-wal").find("3273-LU-25112026-0001"), std::string::npos);
  auto page = store_->ListReports({.workflow_state = domain::pb::WORKFLOW_STATE_TERCATAT});
  ASSERT_EQ(page->items.size(), 1u);
  ASSERT_TRUE(page->items[0].server_state);
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM audit WHERE event = 'server_state_applied'"), 1);
  // Recorded: staff can no longer edit it.
  EXPECT_EQ(store_->EditReport(a.id, VariedReport(4)).status.code(), StatusCode::kFailedPrecondition);
}

TEST_F(SyncTest, AConflictKeepsBothVersionsUntilStaffResolveIt) {
  const ReportSummary a = MustAdd(ValidKelahiran());
  const domain::Report local = store_->GetReport(a.id)->report;
  domain::Report server = local;
  server.mutable_kelahiran()->set_birth_place("RS Hasan Sadikin");
  const std::string sv = ServerVersion(60000);
  ASSERT_TRUE(store_->RecordConflict(a.id, server, sv, State(domain::pb::WORKFLOW_STATE_PERLU_PERBAIKAN, "")).ok());
  EXPECT_EQ(store_->GetSummary(a.id)->sync_state, SYNC_STATE_CONFLICT);
  EXPECT_TRUE(Pending().empty());  // nothing travels while staff have not decided
  EXPECT_EQ(store_->CountBySyncState()->conflict, 1);
  EXPECT_EQ(store_->EditReport(a.id, local).status.code(), StatusCode::kFailedPrecondition);
  auto info = store_->GetConflict(a.id);
  ASSERT_TRUE(info.ok()) << info.status().ToString();
  EXPECT_EQ(info->server_version, sv);
  EXPECT_EQ(info->server_report.kelahiran().birth_place(), "RS Hasan Sadikin");
  EXPECT_EQ(info->local.report.kelahiran().birth_place(), "RSUD Kota Bandung");
  EXPECT_EQ(info->differing_paths, std::vector<std::string>{"kelahiran.birth_place"});
  ASSERT_TRUE(info->server_state);

  // Staff merge: the server's birth place and a corrected weight of their own.
  domain::Report merged = info->server_report;
  merged.mutable_kelahiran()->set_weight_grams(3150);
  const SaveResult r = store_->ResolveConflict(a.id, merged);
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(r.saved.sync_state, SYNC_STATE_QUEUED);
  EXPECT_EQ(r.saved.base_version, sv);
  EXPECT_LT(sv, r.saved.version);  // after the server's version, though this clock stood still
  const auto pending = Pending();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_FALSE(pending[0].whole_report);
  EXPECT_EQ(pending[0].base_version, sv);
  EXPECT_EQ(pending[0].changed_paths, std::vector<std::string>{"kelahiran.weight_grams"});
  EXPECT_EQ(store_->GetConflict(a.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->GetReport(a.id)->report.kelahiran().birth_place(), "RS Hasan Sadikin");
  EXPECT_EQ(store_->ResolveConflict(a.id, merged).status.code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(*store_->IntegrityCheck(), "ok");  // the merged content replaced the row's, none left over
}

TEST_F(SyncTest, ChoosingTheServersVersionAdoptsIt) {
  const ReportSummary a = MustAdd(ValidKelahiran());
  domain::Report server = store_->GetReport(a.id)->report;
  server.mutable_kelahiran()->set_birth_place("RS Hasan Sadikin");
  const std::string sv = ServerVersion(60000);
  ASSERT_TRUE(store_->RecordConflict(a.id, server, sv).ok());
  const SaveResult r = store_->ResolveConflict(a.id, server);
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(r.saved.sync_state, SYNC_STATE_ACKNOWLEDGED);
  EXPECT_EQ(r.saved.version, sv);
  EXPECT_TRUE(Pending().empty());
  EXPECT_EQ(OutboxRows(a.id), 0);
  EXPECT_EQ(store_->GetReport(a.id)->report.kelahiran().birth_place(), "RS Hasan Sadikin");
  EXPECT_EQ(*store_->IntegrityCheck(), "ok");
}

TEST_F(SyncTest, PulledReportsAreInsertedReplacedOrConflict) {
  // A Kepindahan filed in another kecamatan arrives by pull.
  domain::Report moved = domain::testing::ValidKepindahan();
  moved.set_id("01937b6e-1c00-7000-8000-0000000000aa");
  moved.set_kecamatan_code("32.73.01");
  moved.set_desa_code("32.73.01.1002");
  moved.mutable_kepindahan()->mutable_origin()->set_desa_code("32.73.01.1002");
  const auto state = State(domain::pb::WORKFLOW_STATE_TERCATAT, "2026-11-25T09:00:00.000Z");
  auto r = store_->UpsertFromServer(moved, ServerVersion(-1000), state);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, UpsertOutcome::kInserted);
  ReportSummary s = *store_->GetSummary(moved.id());
  EXPECT_EQ(s.sync_state, SYNC_STATE_ACKNOWLEDGED);
  EXPECT_EQ(s.version, ServerVersion(-1000));
  EXPECT_EQ(s.base_version, ServerVersion(-1000));
  EXPECT_EQ(s.workflow_state, domain::pb::WORKFLOW_STATE_TERCATAT);
  EXPECT_TRUE(Pending().empty());
  EXPECT_EQ(store_->FindByNik("3273050107920002")->size(), 1u);

  // Edited on another device: replaces the acknowledged local copy.
  moved.mutable_kepindahan()->set_move_date("2026-12-05");
  EXPECT_EQ(*store_->UpsertFromServer(moved, ServerVersion(5000), state), UpsertOutcome::kReplaced);
  EXPECT_EQ(store_->GetReport(moved.id())->report.kepindahan().move_date(), "2026-12-05");
  // An older version arriving late changes nothing.
  EXPECT_EQ(*store_->UpsertFromServer(moved, ServerVersion(1000), state), UpsertOutcome::kUnchanged);
  EXPECT_EQ(store_->GetSummary(moved.id())->version, ServerVersion(5000));

  // A local report with unacknowledged edits meets a newer server version: conflict.
  const ReportSummary mine = MustAdd(VariedReport(8));
  domain::Report theirs = store_->GetReport(mine.id)->report;
  theirs.mutable_kelahiran()->set_birth_place("Puskesmas Andir");
  EXPECT_EQ(*store_->UpsertFromServer(theirs, ServerVersion(9000), state), UpsertOutcome::kConflict);
  EXPECT_EQ(store_->GetSummary(mine.id)->sync_state, SYNC_STATE_CONFLICT);
  EXPECT_EQ(store_->GetConflict(mine.id)->server_report.kelahiran().birth_place(), "Puskesmas Andir");

  // Our own pushed version coming back by pull (its acknowledgement was lost) acknowledges it.
  const ReportSummary pushed = MustAdd(VariedReport(12));
  ASSERT_TRUE(store_->MarkSent(pushed.id, pushed.version).ok());
  domain::Report echo = store_->GetReport(pushed.id)->report;
  EXPECT_EQ(*store_->UpsertFromServer(echo, pushed.version, State(domain::pb::WORKFLOW_STATE_DIAJUKAN, "")),
            UpsertOutcome::kUnchanged);
  EXPECT_EQ(store_->GetSummary(pushed.id)->sync_state, SYNC_STATE_ACKNOWLEDGED);
  EXPECT_EQ(store_->GetSummary(pushed.id)->workflow_state, domain::pb::WORKFLOW_STATE_DIAJUKAN);

  domain::Report no_id = moved;
  no_id.clear_id();
  EXPECT_EQ(store_->UpsertFromServer(no_id, ServerVersion(1), state).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->UpsertFromServer(moved, "x", state).status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(store_->VerifyAudit()->intact);
  // Inserted and replaced reports have their content beside their rows (schema 3), one each.
  EXPECT_EQ(*store_->IntegrityCheck(), "ok");
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM report_content"),
            QueryInt(store_->database_path(), "SELECT COUNT(*) FROM reports"));
}

// Schema 3: a report's row does not carry its sealed content, so the sync-state changes of a push rewrite a
// small row; the content is written only when the report's version changes.
TEST_F(SyncTest, SyncStateChangesLeaveTheSealedContentAlone) {
  const std::string db = store_->database_path();
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM pragma_table_info('reports') WHERE name = 'sealed'"), 0);
  const ReportSummary a = MustAdd(VariedReport(4));
  const std::string content_sql = "SELECT hex(sealed) FROM report_content WHERE seq = " + std::to_string(a.cursor);
  const std::string content = QueryText(db, content_sql);
  ASSERT_FALSE(content.empty());
  // Every row holds a few hundred bytes at most, whatever the report's size.
  EXPECT_LT(QueryInt(db, "SELECT MAX(length(CAST(id || kecamatan_code || desa_code || operator_id || version || "
                         "base_version AS BLOB)) + ifnull(length(server_state), 0)) FROM reports"),
            400);

  ASSERT_TRUE(store_->MarkSent(a.id, a.version).ok());
  ASSERT_TRUE(store_->Acknowledge(a.id, a.version).ok());
  ASSERT_TRUE(store_->ApplyServerState(a.id, State(domain::pb::WORKFLOW_STATE_PERLU_PERBAIKAN, "")).ok());
  EXPECT_EQ(QueryText(db, content_sql), content);
  auto got = store_->GetReport(a.id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->summary.sync_state, SYNC_STATE_ACKNOWLEDGED);
  EXPECT_EQ(got->report.kelahiran().child_name(), VariedReport(4).kelahiran().child_name());

  // An edit is a new version: new content, in the same row of report_content.
  domain::Report edited = got->report;
  edited.mutable_kelahiran()->set_birth_place("Puskesmas Andir");
  const SaveResult saved = store_->EditReport(a.id, edited);
  ASSERT_TRUE(saved.ok()) << saved.status.ToString();
  const std::string edited_content = QueryText(db, content_sql);
  EXPECT_NE(edited_content, content);
  ASSERT_TRUE(store_->MarkSent(a.id, saved.saved.version).ok());
  ASSERT_TRUE(store_->Acknowledge(a.id, saved.saved.version).ok());
  EXPECT_EQ(QueryText(db, content_sql), edited_content);
  EXPECT_EQ(store_->GetReport(a.id)->report.kelahiran().birth_place(), "Puskesmas Andir");
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM report_content"), 1);
  EXPECT_EQ(*store_->IntegrityCheck(), "ok");
}

TEST_F(SyncTest, LocalVersionsSortAfterEverythingSeenFromTheServer) {
  domain::Report pulled = VariedReport(0);
  pulled.set_id("01937b6e-1c00-7000-8000-0000000000bb");
  const std::string far = ServerVersion(86400000);  // a server clock a day ahead of ours
  ASSERT_TRUE(store_->UpsertFromServer(pulled, far, State(domain::pb::WORKFLOW_STATE_DIAJUKAN, "")).ok());
  const ReportSummary next = MustAdd(VariedReport(4));
  EXPECT_LT(far, next.version);
  auto other = OpenUnlocked();  // and in another connection, via the persisted clock
  EXPECT_LT(far, other->AddReport(VariedReport(8)).saved.version);
}

TEST_F(SyncTest, PendingChangesReadsAnIndexOfPendingReportsOnly) {
  // The query plan: the partial index, no table scan, no sort.
  const std::string plan = QueryPlan(store_->database_path(), kPendingQuery);
  EXPECT_NE(plan.find("USING INDEX reports_pending"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
  const std::string outbox_plan = QueryPlan(
      store_->database_path(), "SELECT paths FROM outbox WHERE report_id = ? AND version > ? ORDER BY version");
  EXPECT_NE(outbox_plan.find("USING PRIMARY KEY"), std::string::npos) << outbox_plan;
  // And the index holds only what is pending.
  std::vector<VersionRef> done;
  for (int i = 0; i < 300; ++i) {
    const ReportSummary s = MustAdd(VariedReport(i));
    done.push_back({s.id, s.version});
  }
  ASSERT_TRUE(store_->Acknowledge(done).ok());
  const ReportSummary p1 = MustAdd(VariedReport(1000));
  const ReportSummary p2 = MustAdd(VariedReport(1001));
  const auto pending = Pending(1000);
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[0].report_id, p1.id);
  EXPECT_EQ(pending[1].report_id, p2.id);
  EXPECT_EQ(QueryInt(store_->database_path(), "SELECT COUNT(*) FROM reports INDEXED BY reports_pending "
                                              "WHERE sync_state IN (2, 3)"),
            2);
}

// Schema 3: the index by sync state holds only reports that are not acknowledged (an acknowledgement deletes
// an entry instead of moving it); counts and lists by any state still answer.
TEST_F(SyncTest, TheSyncStateIndexLeavesOutAcknowledgedReports) {
  const std::string db = store_->database_path();
  const std::string plan =
      QueryPlan(db, "SELECT COUNT(*) FROM reports WHERE sync_state = ? AND sync_state != 4");
  EXPECT_NE(plan.find("INDEX reports_unacknowledged"), std::string::npos) << plan;
  std::vector<VersionRef> done;
  for (int i = 0; i < 30; ++i) {
    const ReportSummary s = MustAdd(VariedReport(i));
    done.push_back({s.id, s.version});
  }
  ASSERT_TRUE(store_->MarkSent(done, {}).ok());
  ASSERT_TRUE(store_->Acknowledge(done).ok());
  const ReportSummary queued = MustAdd(VariedReport(100));
  const ReportSummary draft = MustAdd(VariedReport(101), /*submit=*/false);
  const ReportSummary sent = MustAdd(VariedReport(102));
  ASSERT_TRUE(store_->MarkSent(sent.id, sent.version).ok());
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM reports INDEXED BY reports_unacknowledged WHERE sync_state != 4"), 3);

  const SyncCounts c = *store_->CountBySyncState();
  EXPECT_EQ(c.draft, 1);
  EXPECT_EQ(c.queued, 1);
  EXPECT_EQ(c.sent, 1);
  EXPECT_EQ(c.conflict, 0);
  auto acknowledged = store_->ListReports({.sync_state = SYNC_STATE_ACKNOWLEDGED, .limit = 100});
  ASSERT_TRUE(acknowledged.ok()) << acknowledged.status().ToString();
  EXPECT_EQ(acknowledged->items.size(), 30u);
  auto only_queued = store_->ListReports({.sync_state = SYNC_STATE_QUEUED, .with_content = false});
  ASSERT_TRUE(only_queued.ok());
  ASSERT_EQ(only_queued->items.size(), 1u);
  EXPECT_EQ(only_queued->items[0].summary.id, queued.id);
  auto only_sent = store_->ListReports({.sync_state = SYNC_STATE_SENT});
  ASSERT_EQ(only_sent->items.size(), 1u);
  EXPECT_EQ(only_sent->items[0].summary.id, sent.id);
  EXPECT_EQ(only_sent->items[0].report.id(), sent.id);  // with its content
  EXPECT_EQ(store_->ListReports({.sync_state = domain::pb::SYNC_STATE_DRAFT})->items[0].summary.id, draft.id);
}

TEST_F(SyncTest, QueuedChangesLeaveOutWhatIsInFlight) {
  const ReportSummary a = MustAdd(VariedReport(0));
  const ReportSummary b = MustAdd(VariedReport(1));
  ASSERT_TRUE(store_->MarkSent(a.id, a.version).ok());
  auto queued = store_->QueuedChanges(100);
  ASSERT_TRUE(queued.ok()) << queued.status().ToString();
  ASSERT_EQ(queued->size(), 1u);
  EXPECT_EQ((*queued)[0].report_id, b.id);
  EXPECT_TRUE((*queued)[0].whole_report);
  EXPECT_EQ(Pending().size(), 2u);  // after a crash both must travel again
  const std::string plan = QueryPlan(store_->database_path(), kQueuedQuery);
  EXPECT_NE(plan.find("USING INDEX reports_pending"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
}

TEST_F(SyncTest, SentMarksAndMetaAreOneTransaction) {
  const ReportSummary a = MustAdd(VariedReport(0));
  ASSERT_TRUE(store_->MarkSent({{a.id, a.version}}, {{"sync.counter", "7"}, {"sync.pending-batch", "b1"}}).ok());
  EXPECT_EQ(store_->GetSummary(a.id)->sync_state, SYNC_STATE_SENT);
  EXPECT_EQ(store_->GetMeta("sync.counter")->value_or(""), "7");
  EXPECT_EQ(store_->GetMeta("sync.pending-batch")->value_or(""), "b1");
  // A bad meta key refuses the whole call: nothing is marked.
  const ReportSummary b = MustAdd(VariedReport(1));
  EXPECT_EQ(store_->MarkSent({{b.id, b.version}}, {{"store.secret", "x"}}).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->GetSummary(b.id)->sync_state, SYNC_STATE_QUEUED);
}

TEST_F(SyncTest, APushAnswerIsAppliedWholeOrNotAtAll) {
  std::vector<VersionRef> refs;
  for (int i = 0; i < 5; ++i) {
    const ReportSummary s = MustAdd(VariedReport(i));
    refs.push_back({s.id, s.version});
  }
  ASSERT_TRUE(store_->MarkSent(refs, {{"sync.pending-batch", "b1"}}).ok());
  PushAnswer answer;
  answer.acknowledged = refs;
  for (const auto& r : refs) {
    answer.states.emplace_back(r.report_id, State(domain::pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI, "2026-11-25T12:00:00.000Z"));
  }
  answer.set_meta.emplace_back("sync.pending-batch", "b2");
  // An acknowledgement the store cannot have rolls everything back: states, meta and the other acks.
  PushAnswer bad = answer;
  bad.acknowledged.push_back({refs[0].report_id, ServerVersion(86'400'000)});
  EXPECT_EQ(store_->ApplyPushAnswer(bad).code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(store_->CountBySyncState()->sent, 5);
  EXPECT_EQ(store_->GetMeta("sync.pending-batch")->value_or(""), "b1");
  EXPECT_EQ(store_->GetSummary(refs[1].report_id)->workflow_state, domain::pb::WORKFLOW_STATE_UNSPECIFIED);

  ASSERT_TRUE(store_->ApplyPushAnswer(answer).ok());
  EXPECT_EQ(store_->CountBySyncState()->waiting(), 0);
  EXPECT_EQ(store_->GetSummary(refs[1].report_id)->workflow_state, domain::pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
  EXPECT_EQ(store_->GetMeta("sync.pending-batch")->value_or(""), "b2");
  PushAnswer clear;
  clear.delete_meta.push_back("sync.pending-batch");
  ASSERT_TRUE(store_->ApplyPushAnswer(clear).ok());
  EXPECT_FALSE(store_->GetMeta("sync.pending-batch")->has_value());
  const std::string db = store_->database_path();
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM audit WHERE event = 'report_acknowledged'"), 5);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM audit WHERE event = 'server_state_applied'"), 5);
}


// A push answer that both acknowledges a report and carries its server state is applied in one pass per
// report (one read, one update). Whatever the case, the row and the report's history must be what the two
// separate calls (Acknowledge, then ApplyServerState) leave.
TEST_F(SyncTest, AnAnswerInOnePassEqualsAcknowledgeThenServerState) {
  struct Case {
    const char* name;
    bool acknowledged_before;  // the answer's version is already the base: an old answer
    bool edited_after_send;    // staff edited after the send: stays queued
    bool older_state;          // the answer's state is older than the stored one: ignored
    bool twice;                // the same report acknowledged twice in the answer
  };
  const Case cases[] = {
      {"fresh", false, false, false, false},
      {"old answer, new state", true, false, false, false},
      {"edited since", false, true, false, false},
      {"older state", false, false, true, false},
      {"acknowledged twice", false, false, false, true},
  };
  int n = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    // Two reports taken through the same steps: one answered in one call, the other by the separate calls.
    std::vector<std::string> ids;
    std::vector<std::string> sent_versions;
    for (int k = 0; k < 2; ++k) {
      const ReportSummary s = MustAdd(VariedReport(4 * n++));  // kelahiran, each another child
      std::string sent = s.version;
      ASSERT_TRUE(store_->MarkSent(s.id, s.version).ok());
      if (c.edited_after_send) {
        // Acknowledged, returned for a correction, edited and sent (v2), then edited again (v3) before
        // the answer for v2 arrives.
        ASSERT_TRUE(store_->Acknowledge(s.id, s.version).ok());
        ASSERT_TRUE(
            store_->ApplyServerState(s.id, State(domain::pb::WORKFLOW_STATE_PERLU_PERBAIKAN, "2026-11-25T11:00:00.000Z"))
                .ok());
        domain::Report edited = store_->GetReport(s.id)->report;
        edited.mutable_kelahiran()->set_weight_grams(edited.kelahiran().weight_grams() + 100);
        const SaveResult v2 = store_->EditReport(s.id, edited);
        ASSERT_TRUE(v2.ok()) << v2.status.ToString();
        sent = v2.saved.version;
        ASSERT_TRUE(store_->MarkSent(s.id, sent).ok());
        edited.mutable_kelahiran()->set_weight_grams(edited.kelahiran().weight_grams() + 100);
        ASSERT_TRUE(store_->EditReport(s.id, edited).ok());
      }
      if (c.acknowledged_before) {
        ASSERT_TRUE(store_->Acknowledge(s.id, s.version).ok());
      }
      if (c.older_state) {
        ASSERT_TRUE(
            store_->ApplyServerState(s.id, State(domain::pb::WORKFLOW_STATE_TERCATAT, "2026-11-25T13:00:00.000Z")).ok());
      }
      ids.push_back(s.id);
      sent_versions.push_back(sent);
    }
    const domain::pb::ServerState state = State(domain::pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI, "2026-11-25T12:00:00.000Z");
    PushAnswer answer;
    answer.acknowledged.push_back({ids[0], sent_versions[0]});
    if (c.twice) answer.acknowledged.push_back({ids[0], sent_versions[0]});
    answer.states.emplace_back(ids[0], state);
    ASSERT_TRUE(store_->ApplyPushAnswer(answer).ok());
    ASSERT_TRUE(store_->Acknowledge(ids[1], sent_versions[1]).ok());
    if (c.twice) {
      ASSERT_TRUE(store_->Acknowledge(ids[1], sent_versions[1]).ok());
    }
    ASSERT_TRUE(store_->ApplyServerState(ids[1], state).ok());

    auto one = store_->GetReport(ids[0]);
    auto two = store_->GetReport(ids[1]);
    ASSERT_TRUE(one.ok() && two.ok());
    EXPECT_EQ(one->summary.sync_state, two->summary.sync_state);
    EXPECT_EQ(one->summary.workflow_state, two->summary.workflow_state);
    EXPECT_EQ(one->summary.workflow_state,
              c.older_state ? domain::pb::WORKFLOW_STATE_TERCATAT : domain::pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
    EXPECT_EQ(one->summary.base_version == sent_versions[0], two->summary.base_version == sent_versions[1]);
    EXPECT_EQ(one->summary.sync_state, c.edited_after_send ? SYNC_STATE_QUEUED : SYNC_STATE_ACKNOWLEDGED);
    ASSERT_TRUE(one->server_state && two->server_state);
    EXPECT_EQ(one->server_state->updated_at(), two->server_state->updated_at());
    EXPECT_EQ(OutboxRows(ids[0]), OutboxRows(ids[1]));
    auto h1 = store_->ReadAuditOfReport(ids[0]);
    auto h2 = store_->ReadAuditOfReport(ids[1]);
    ASSERT_TRUE(h1.ok() && h2.ok());
    ASSERT_EQ(h1->size(), h2->size());
    for (size_t i = 0; i < h1->size(); ++i) {
      EXPECT_EQ((*h1)[i].event, (*h2)[i].event) << i;
      EXPECT_EQ((*h1)[i].detail, (*h2)[i].detail) << i;
    }
  }
  EXPECT_TRUE(store_->VerifyAudit()->intact);
}

// MarkSent changes only a report still queued at exactly the version sent, and writes its audit row only then.
TEST_F(SyncTest, MarkSentMarksOnlyTheQueuedVersion) {
  const ReportSummary a = MustAdd(VariedReport(0));
  const ReportSummary b = MustAdd(VariedReport(1));
  const ReportSummary draft = MustAdd(VariedReport(2), /*submit=*/false);
  const std::string db = store_->database_path();
  ASSERT_TRUE(store_->MarkSent({{a.id, a.version}, {b.id, ServerVersion(-1000)}, {draft.id, draft.version}}).ok());
  EXPECT_EQ(store_->GetSummary(a.id)->sync_state, SYNC_STATE_SENT);
  EXPECT_EQ(store_->GetSummary(b.id)->sync_state, SYNC_STATE_QUEUED);
  EXPECT_EQ(store_->GetSummary(draft.id)->sync_state, domain::pb::SYNC_STATE_DRAFT);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM audit WHERE event = 'report_sent'"), 1);
  ASSERT_TRUE(store_->MarkSent(a.id, a.version).ok());  // already sent: nothing more
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM audit WHERE event = 'report_sent'"), 1);
  EXPECT_EQ(store_->MarkSent("01900000-0000-7000-8000-000000000000", a.version).code(), StatusCode::kNotFound);
}


// The form that parses into the caller's messages (the engine's push body on an Arena): same changes, same
// order, the content where the caller asked for it, and a change the caller declines is left out.
TEST_F(SyncTest, PendingChangesIntoTheCallersMessages) {
  const ReportSummary a = MustAdd(VariedReport(0));
  const ReportSummary b = MustAdd(VariedReport(1));
  const ReportSummary c = AddAcknowledged(ValidKelahiran());
  ASSERT_TRUE(store_->ApplyServerState(c.id, State(domain::pb::WORKFLOW_STATE_PERLU_PERBAIKAN, "2026-11-25T11:00:00.000Z")).ok());
  domain::Report edited = ValidKelahiran();
  edited.mutable_kelahiran()->mutable_mother()->set_name("Dewi Lestari Putri");
  ASSERT_TRUE(store_->EditReport(c.id, edited).ok());

  google::protobuf::Arena arena;
  std::vector<domain::Report*> targets;
  std::vector<std::string> offered;
  auto got = store_->PendingChanges(10, [&](const PendingChange& p) -> domain::Report* {
    offered.push_back(p.report_id);
    if (p.report_id == b.id) return nullptr;  // declined
    targets.push_back(google::protobuf::Arena::CreateMessage<domain::Report>(&arena));
    return targets.back();
  });
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(offered, (std::vector<std::string>{a.id, b.id, c.id}));
  ASSERT_EQ(got->size(), 2u);
  EXPECT_EQ((*got)[0].report_id, a.id);
  EXPECT_EQ((*got)[1].report_id, c.id);
  EXPECT_EQ((*got)[0].report.id(), "");  // the content went to the caller's message
  EXPECT_EQ(targets[0]->kelahiran().child_name(), VariedReport(0).kelahiran().child_name());
  EXPECT_EQ(targets[1]->kelahiran().mother().name(), "Dewi Lestari Putri");
  EXPECT_FALSE((*got)[1].whole_report);
  EXPECT_EQ((*got)[1].changed_paths, std::vector<std::string>{"kelahiran.mother.name"});
  // Queued only: a sent report is not offered.
  ASSERT_TRUE(store_->MarkSent(a.id, a.version).ok());
  size_t calls = 0;
  auto queued = store_->QueuedChanges(10, [&](const PendingChange&) -> domain::Report* {
    ++calls;
    return nullptr;
  });
  ASSERT_TRUE(queued.ok());
  EXPECT_TRUE(queued->empty());
  EXPECT_EQ(calls, 2u);
}

}  // namespace
}  // namespace lampid::store::testing
