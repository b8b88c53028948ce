#include "central-server/core/sync_core.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include "central-server/core/event_chain.h"
#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/workflow_service.h"
#include "core/test_device.h"
#include "domain/report_diff.h"
#include "domain/test_reports.h"
#include "support/subprocess.h"

namespace lampid::central {
namespace {

using google::protobuf::util::MessageDifferencer;
using testing::TestDevice;
namespace rpb = ::lampid::report::v1;

constexpr int64_t kNow = domain::testing::kNow;

class SyncCoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    auto store = SqliteCentralStore::Open(dir_.File("central.db"));
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    auto regions = domain::RegionTable::LoadBuiltin();
    ASSERT_TRUE(regions.ok());
    core_ = std::make_unique<SyncCore>(*store_, *regions, clock_, syncwire::PayloadCodec::Builtin());
  }

  void EnrollDevice(const TestDevice& d) {
    auto code = core_->CreateEnrollmentCode(d.kecamatan(), 3600000);
    ASSERT_TRUE(code.ok());
    auto r = core_->Enroll(d.Enroll(*code));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }

  static syncpb::Change NewReport(const domain::Report& r, const std::string& version) {
    syncpb::Change c;
    c.set_report_id(r.id());
    c.set_version(version);
    *c.mutable_report() = r;
    return c;
  }

  static syncpb::Change Edit(const domain::Report& before, const domain::Report& after, const std::string& base,
                             const std::string& version) {
    syncpb::Change c;
    c.set_report_id(after.id());
    c.set_version(version);
    c.set_base_version(base);
    const auto paths = domain::DiffMessages(before, after);
    for (const auto& p : paths) c.add_changed_paths(p);
    domain::Report patch = after;
    EXPECT_TRUE(domain::PruneToPaths(paths, &patch).ok());
    *c.mutable_report() = patch;
    return c;
  }

  static domain::Report Kelahiran(const std::string& id) {
    domain::Report r = domain::testing::ValidKelahiran();
    r.set_id(id);
    return r;
  }

  syncpb::PullPage PullAll(TestDevice& d) {
    syncpb::PullPage all;
    std::string cursor;
    for (;;) {
      auto r = core_->Pull(d.Pull(cursor, 2));
      EXPECT_TRUE(r.ok()) << r.status().ToString();
      if (!r.ok()) return all;
      syncpb::PullPage page;
      page.ParseFromString(*core_->codec().Decode(r->page()));
      for (auto& c : page.changes()) *all.add_changes() = c;
      cursor = page.next_cursor();
      if (!page.has_more()) break;
    }
    return all;
  }

  lampid::testing::TempDir dir_;
  FixedClock clock_{kNow};
  std::unique_ptr<SqliteCentralStore> store_;
  std::unique_ptr<SyncCore> core_;
};

const std::string kId1 = "0193a1b2-c3d4-7e5f-8a9b-000000000001";
const std::string kId2 = "0193a1b2-c3d4-7e5f-8a9b-000000000002";

TEST_F(SyncCoreTest, EnrollmentIsOneTimeAndBoundToTheKecamatan) {
  TestDevice a("device-a");
  auto code = core_->CreateEnrollmentCode("32.73.05", 3600000);
  ASSERT_TRUE(code.ok());
  EXPECT_EQ(code->size(), 14u);
  ASSERT_TRUE(core_->Enroll(a.Enroll(*code)).ok());
  // A retry of the same enrollment (lost answer) succeeds; another device with the code does not.
  EXPECT_TRUE(core_->Enroll(a.Enroll(*code)).ok());
  TestDevice b("device-b");
  EXPECT_EQ(core_->Enroll(b.Enroll(*code)).status().code(), StatusCode::kNotFound);

  TestDevice other("device-c", "32.73.01");
  auto code2 = core_->CreateEnrollmentCode("32.73.05", 3600000);
  EXPECT_EQ(core_->Enroll(other.Enroll(*code2)).status().code(), StatusCode::kPermissionDenied);

  auto forged = b.Enroll(*code2);
  forged.set_kecamatan_code("32.73.01");  // changed after signing
  EXPECT_EQ(core_->Enroll(forged).status().code(), StatusCode::kUnauthenticated);

  auto expired = core_->CreateEnrollmentCode("32.73.05", 1000);
  clock_.Advance(2000);
  EXPECT_EQ(core_->Enroll(b.Enroll(*expired)).status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(core_->CreateEnrollmentCode("32.73.99", 1000).ok());
}

TEST_F(SyncCoreTest, PushStoresOnceAndResendsAreHarmless) {
  TestDevice a("device-a");
  EnrollDevice(a);
  const auto report = Kelahiran(kId1);
  auto first = core_->Push(a.Push("batch-1", {NewReport(report, "v1")}));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_EQ(first->results_size(), 1);
  EXPECT_EQ(first->results(0).outcome(), syncpb::OUTCOME_ACCEPTED);
  EXPECT_EQ(first->results(0).server_version(), "v1");
  EXPECT_EQ(first->results(0).server_state().workflow_state(), rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
  EXPECT_FALSE(first->replayed());

  // The same batch again (the answer was lost): the stored answer, nothing new.
  auto again = core_->Push(a.Push("batch-1", {NewReport(report, "v1")}));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->replayed());
  EXPECT_EQ(again->results(0).outcome(), syncpb::OUTCOME_ACCEPTED);

  // The same version in a new batch: recognised per record and version.
  auto dup = core_->Push(a.Push("batch-2", {NewReport(report, "v1")}));
  ASSERT_TRUE(dup.ok());
  EXPECT_EQ(dup->results(0).outcome(), syncpb::OUTCOME_ALREADY_HAD);
  EXPECT_EQ(*store_->CountReports(), 1u);
  auto stored = store_->GetReport(kId1);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->event_count, 1u);
}

TEST_F(SyncCoreTest, StoredAnswersAreCompressedAndOldPlainOnesStillReplay) {
  TestDevice a("device-a");
  EnrollDevice(a);
  std::vector<syncpb::Change> changes;
  for (int i = 0; i < 200; ++i) {
    char id[40];
    std::snprintf(id, sizeof id, "0193a1b2-c3d4-7e5f-8a9b-%012d", i);
    changes.push_back(NewReport(Kelahiran(id), "v1"));
  }
  auto first = core_->Push(a.Push("batch-big", changes));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  std::string whole;
  first->SerializeToString(&whole);
  {
    auto txn = *store_->BeginWrite();
    auto stored = *txn->StoredPushAnswer(a.id(), "batch-big");
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->front(), '\0');
    EXPECT_LT(stored->size() * 5, whole.size());  // 200 similar results compress well
    // An answer stored by an older server: the plain serialized response.
    syncpb::PushResponse old = *first;
    old.mutable_results(0)->set_server_version("stored-before");
    std::string plain;
    old.SerializeToString(&plain);
    ASSERT_TRUE(txn->SavePushAnswer(a.id(), "batch-old", plain, 1).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  auto again = core_->Push(a.Push("batch-big", changes));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->replayed());
  ASSERT_EQ(again->results_size(), 200);
  EXPECT_EQ(again->results(199).report_id(), first->results(199).report_id());
  auto old_replay = core_->Push(a.Push("batch-old", changes));
  ASSERT_TRUE(old_replay.ok()) << old_replay.status().ToString();
  EXPECT_TRUE(old_replay->replayed());
  EXPECT_EQ(old_replay->results(0).server_version(), "stored-before");
}

TEST_F(SyncCoreTest, EdgesThatAskGetCompactAnswersExceptReplaysAndBundles) {
  TestDevice a("device-a");
  EnrollDevice(a);
  domain::Report invalid = Kelahiran(kId2);
  invalid.mutable_kelahiran()->mutable_mother()->set_nik("123");
  const std::vector<syncpb::Change> changes = {NewReport(Kelahiran(kId1), "v1"), NewReport(invalid, "v2")};
  auto first = core_->Push(a.PushCompact("batch-1", changes));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_TRUE(first->compact());
  EXPECT_EQ(first->change_count(), 2u);
  // The valid report is implied (accepted as pushed); the refused one is listed with its position.
  ASSERT_EQ(first->results_size(), 1);
  EXPECT_EQ(first->results(0).position(), 1u);
  EXPECT_EQ(first->results(0).outcome(), syncpb::OUTCOME_REFUSED);
  ASSERT_EQ(first->accepted_states_size(), 1);
  EXPECT_EQ(first->accepted_states(0).workflow_state(), rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
  EXPECT_EQ(*store_->CountReports(), 2u);

  // A replay is whole: the resent body need not be the one the stored answer is about.
  auto again = core_->Push(a.PushCompact("batch-1", {}));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->replayed());
  EXPECT_FALSE(again->compact());
  ASSERT_EQ(again->results_size(), 2);
  EXPECT_EQ(again->results(0).report_id(), kId1);
  EXPECT_EQ(again->results(0).server_version(), "v1");

  // An answer bundle is whole too.
  auto bundle = core_->Push(a.PushCompact("batch-2", {NewReport(Kelahiran(kId1), "v1")}), /*allow_compact=*/false);
  ASSERT_TRUE(bundle.ok());
  EXPECT_FALSE(bundle->compact());
  ASSERT_EQ(bundle->results_size(), 1);
  EXPECT_EQ(bundle->results(0).outcome(), syncpb::OUTCOME_ALREADY_HAD);
}

TEST_F(SyncCoreTest, MalformedColumnBodiesAreRefusedAsInvalid) {
  TestDevice a("device-a");
  EnrollDevice(a);
  std::string body = *core_->codec().Decode(a.PushCompact("batch-1", {NewReport(Kelahiran(kId1), "v1")}).payload());
  body.pop_back();
  auto r = core_->Push(a.Signed(syncwire::kMethodPush, body));
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(*store_->CountReports(), 0u);
}

TEST_F(SyncCoreTest, RequestsAreAuthenticated) {
  TestDevice a("device-a");
  EnrollDevice(a);
  auto req = a.Push("b1", {NewReport(Kelahiran(kId1), "v1")});
  ASSERT_TRUE(core_->Push(req).ok());
  // The very same request again: a replay.
  EXPECT_EQ(core_->Push(req).status().code(), StatusCode::kUnauthenticated);

  auto tampered = a.Push("b2", {NewReport(Kelahiran(kId2), "v1")});
  tampered.mutable_payload()->set_dictionary_id(tampered.payload().dictionary_id() + 1);
  EXPECT_EQ(core_->Push(tampered).status().code(), StatusCode::kUnauthenticated);

  TestDevice stranger("device-x");
  EXPECT_EQ(core_->Push(stranger.Push("b3", {})).status().code(), StatusCode::kUnauthenticated);

  ASSERT_TRUE(store_->RevokeDevice("device-a", kNow).ok());
  EXPECT_EQ(core_->Push(a.Push("b4", {})).status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(core_->Pull(a.Pull("")).status().code(), StatusCode::kPermissionDenied);
}

TEST_F(SyncCoreTest, OldProtocolIsRefusedWithAMessageForPeople) {
  TestDevice a("device-a");
  EnrollDevice(a);
  auto req = a.Push("b1", {});
  req.set_protocol_version(syncpb::PROTOCOL_VERSION_UNSPECIFIED);
  a.Resign(syncwire::kMethodPush, req);
  const Status s = core_->Push(req).status();
  EXPECT_EQ(s.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(s.message().find("perbarui"), std::string::npos);
}

TEST_F(SyncCoreTest, AnotherKecamatansRecordsAreRefusedAndNothingIsStored) {
  TestDevice a("device-a");
  EnrollDevice(a);
  domain::Report foreign = Kelahiran(kId2);
  foreign.set_kecamatan_code("32.73.01");
  foreign.set_desa_code("32.73.01.1001");
  const auto r = core_->Push(a.Push("b1", {NewReport(Kelahiran(kId1), "v1"), NewReport(foreign, "v1")}));
  EXPECT_EQ(r.status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(*store_->CountReports(), 0u);  // the good one in the same batch was not stored either
}

TEST_F(SyncCoreTest, PayloadLimitsAreCheckedBeforeInflating) {
  TestDevice a("device-a");
  EnrollDevice(a);
  auto big = a.Push("b1", {});
  big.mutable_payload()->set_uncompressed_size(1ull << 40);
  a.Resign(syncwire::kMethodPush, big);
  EXPECT_EQ(core_->Push(big).status().code(), StatusCode::kResourceExhausted);

  auto corrupt = a.Push("b2", {NewReport(Kelahiran(kId1), "v1")});
  std::string data = corrupt.payload().data();
  data[data.size() / 2] ^= 0x5a;
  data[data.size() / 2 + 1] ^= 0x33;
  corrupt.mutable_payload()->set_data(data);
  a.Resign(syncwire::kMethodPush, corrupt);
  const auto r = core_->Push(corrupt);
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << r.status().ToString();
}

TEST_F(SyncCoreTest, InvalidReportIsStoredAsNeedingCorrection) {
  TestDevice a("device-a");
  EnrollDevice(a);
  domain::Report bad = Kelahiran(kId1);
  bad.mutable_kelahiran()->mutable_mother()->set_nik("123");
  auto r = core_->Push(a.Push("b1", {NewReport(bad, "v1")}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->results(0).outcome(), syncpb::OUTCOME_REFUSED);
  EXPECT_EQ(r->results(0).server_state().workflow_state(), rpb::WORKFLOW_STATE_PERLU_PERBAIKAN);
  ASSERT_GE(r->results(0).server_state().problems_size(), 1);
  EXPECT_EQ(r->results(0).server_state().problems(0).code(), "nik_length");
  EXPECT_EQ(r->results(0).server_state().problems(0).field(), "kelahiran.mother.nik");

  // The correction travels as the one field, and the report is accepted again.
  domain::Report fixed = bad;
  fixed.mutable_kelahiran()->mutable_mother()->set_nik("3273055203950001");
  auto c = Edit(bad, fixed, "v1", "v2");
  EXPECT_EQ(c.changed_paths_size(), 1);
  auto r2 = core_->Push(a.Push("b2", {c}));
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->results(0).outcome(), syncpb::OUTCOME_ACCEPTED);
  EXPECT_EQ(r2->results(0).server_state().workflow_state(), rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
  EXPECT_EQ(r2->results(0).server_state().problems_size(), 0);
}

TEST_F(SyncCoreTest, OneFieldEditTravelsAsThatField) {
  TestDevice a("device-a");
  EnrollDevice(a);
  const auto v1 = Kelahiran(kId1);
  ASSERT_TRUE(core_->Push(a.Push("b1", {NewReport(v1, "v1")})).ok());
  domain::Report v2 = v1;
  v2.mutable_kelahiran()->set_weight_grams(3350);
  const auto change = Edit(v1, v2, "v1", "v2");
  EXPECT_LT(change.ByteSizeLong(), 80u);
  auto r = core_->Push(a.Push("b2", {change}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->results(0).outcome(), syncpb::OUTCOME_ACCEPTED);
  EXPECT_FALSE(r->results(0).has_server_report());  // the device already has exactly this content
  auto stored = store_->GetReport(kId1);
  EXPECT_EQ((*stored)->content.kelahiran().weight_grams(), 3350);
  EXPECT_EQ((*stored)->version, "v2");
  EXPECT_EQ((*stored)->event_count, 2u);
}

TEST_F(SyncCoreTest, ConcurrentEditsOfDifferentFieldsMerge) {
  TestDevice a("device-a"), b("device-b");
  EnrollDevice(a);
  EnrollDevice(b);
  const auto v1 = Kelahiran(kId1);
  ASSERT_TRUE(core_->Push(a.Push("a1", {NewReport(v1, "v1")})).ok());
  domain::Report by_a = v1, by_b = v1;
  by_a.mutable_kelahiran()->set_weight_grams(3300);
  by_b.mutable_kelahiran()->set_birth_place("Puskesmas Andir");
  ASSERT_EQ(core_->Push(a.Push("a2", {Edit(v1, by_a, "v1", "v2a")}))->results(0).outcome(), syncpb::OUTCOME_ACCEPTED);
  auto rb = core_->Push(b.Push("b1", {Edit(v1, by_b, "v1", "v2b")}));
  ASSERT_TRUE(rb.ok());
  EXPECT_EQ(rb->results(0).outcome(), syncpb::OUTCOME_ACCEPTED);
  // B's answer carries the merged content, since B did not have A's edit.
  ASSERT_TRUE(rb->results(0).has_server_report());
  EXPECT_EQ(rb->results(0).server_report().kelahiran().weight_grams(), 3300);
  EXPECT_EQ(rb->results(0).server_report().kelahiran().birth_place(), "Puskesmas Andir");
  // And A gets it by pull.
  const auto page = PullAll(a);
  ASSERT_EQ(page.changes_size(), 1);
  ASSERT_TRUE(page.changes(0).has_report());
  EXPECT_EQ(page.changes(0).report().kelahiran().birth_place(), "Puskesmas Andir");
  EXPECT_FALSE(page.changes(0).server_state().conflict_open());
}

TEST_F(SyncCoreTest, ConcurrentEditsOfTheSameFieldKeepBothVersions) {
  TestDevice a("device-a"), b("device-b");
  EnrollDevice(a);
  EnrollDevice(b);
  const auto v1 = Kelahiran(kId1);
  ASSERT_TRUE(core_->Push(a.Push("a1", {NewReport(v1, "v1")})).ok());
  domain::Report by_a = v1, by_b = v1;
  by_a.mutable_kelahiran()->set_child_name("Siti Aminah Putri");
  by_b.mutable_kelahiran()->set_child_name("Siti Aminah Lestari");
  // B's edit has the later version, so B wins the field even though A arrives first.
  ASSERT_EQ(core_->Push(a.Push("a2", {Edit(v1, by_a, "v1", "v2-a")}))->results(0).outcome(),
            syncpb::OUTCOME_ACCEPTED);
  auto rb = core_->Push(b.Push("b1", {Edit(v1, by_b, "v1", "v2-b")}));
  ASSERT_TRUE(rb.ok());
  EXPECT_EQ(rb->results(0).outcome(), syncpb::OUTCOME_CONFLICT);
  EXPECT_EQ(rb->results(0).server_report().kelahiran().child_name(), "Siti Aminah Lestari");
  EXPECT_TRUE(rb->results(0).server_state().conflict_open());

  // Both devices see the conflict, with the losing version kept whole.
  for (TestDevice* d : {&a, &b}) {
    const auto page = PullAll(*d);
    ASSERT_EQ(page.changes_size(), 1);
    ASSERT_EQ(page.changes(0).conflicts_size(), 1) << d->id();
    const auto& c = page.changes(0).conflicts(0);
    EXPECT_EQ(c.losing_version(), "v2-a");
    EXPECT_EQ(c.losing_device_id(), "device-a");
    EXPECT_EQ(c.losing_report().kelahiran().child_name(), "Siti Aminah Putri");
    EXPECT_EQ(c.winning_version(), "v2-b");
    EXPECT_TRUE(page.changes(0).server_state().conflict_open());
  }

  // Staff on A review and choose; the choice is an edit against the server's version and closes the conflict.
  domain::Report server_now = rb->results(0).server_report();
  domain::Report chosen = server_now;
  chosen.mutable_kelahiran()->set_child_name("Siti Aminah Putri");
  auto ra = core_->Push(a.Push("a3", {Edit(server_now, chosen, "v2-b", "v3-a")}));
  ASSERT_TRUE(ra.ok());
  EXPECT_EQ(ra->results(0).outcome(), syncpb::OUTCOME_ACCEPTED);
  EXPECT_FALSE(ra->results(0).server_state().conflict_open());
  EXPECT_EQ(PullAll(b).changes(0).conflicts_size(), 0);
}

TEST_F(SyncCoreTest, LosingEverythingKeepsTheServersVersion) {
  TestDevice a("device-a"), b("device-b");
  EnrollDevice(a);
  EnrollDevice(b);
  const auto v1 = Kelahiran(kId1);
  ASSERT_TRUE(core_->Push(a.Push("a1", {NewReport(v1, "v1")})).ok());
  domain::Report by_a = v1, by_b = v1;
  by_a.mutable_kelahiran()->set_weight_grams(3000);
  by_b.mutable_kelahiran()->set_weight_grams(3100);
  ASSERT_TRUE(core_->Push(a.Push("a2", {Edit(v1, by_a, "v1", "v9")})).ok());
  auto rb = core_->Push(b.Push("b1", {Edit(v1, by_b, "v1", "v2")}));  // older version: loses
  ASSERT_TRUE(rb.ok());
  EXPECT_EQ(rb->results(0).outcome(), syncpb::OUTCOME_CONFLICT);
  EXPECT_EQ(rb->results(0).server_version(), "v9");
  EXPECT_EQ(rb->results(0).server_report().kelahiran().weight_grams(), 3000);
  // Resending B's lost edit is recognised, not a second conflict.
  auto again = core_->Push(b.Push("b2", {Edit(v1, by_b, "v1", "v2")}));
  EXPECT_EQ(again->results(0).outcome(), syncpb::OUTCOME_ALREADY_HAD);
}

TEST_F(SyncCoreTest, RegisteredReportsCannotBeEdited) {
  TestDevice a("device-a");
  EnrollDevice(a);
  const auto v1 = Kelahiran(kId1);
  ASSERT_TRUE(core_->Push(a.Push("a1", {NewReport(v1, "v1")})).ok());
  {
    auto txn = store_->BeginWrite();
    ASSERT_TRUE(txn.ok());
    auto rec = (*txn)->GetReport(kId1);
    StoredReport r = **rec;
    r.state.set_workflow_state(rpb::WORKFLOW_STATE_TERCATAT);
    ReportEvent e;
    e.type = "state";
    e.version = r.version;
    ChainEvent(r, e);
    ASSERT_TRUE((*txn)->SaveReport(r, e).ok());
    ASSERT_TRUE((*txn)->Commit().ok());
  }
  domain::Report v2 = v1;
  v2.mutable_kelahiran()->set_weight_grams(3400);
  auto r = core_->Push(a.Push("a2", {Edit(v1, v2, "v1", "v2")}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->results(0).outcome(), syncpb::OUTCOME_REJECTED);
  EXPECT_EQ(r->results(0).problems(0).code(), "report_locked");
  EXPECT_EQ((*store_->GetReport(kId1))->content.kelahiran().weight_grams(), 3200);
}

TEST_F(SyncCoreTest, PullIsScopedToTheKecamatanPlusMovesIntoIt) {
  TestDevice andir("device-andir", "32.73.05"), sukasari("device-sukasari", "32.73.01");
  EnrollDevice(andir);
  EnrollDevice(sukasari);
  // Andir records a birth and a move out to Sukasari.
  domain::Report move = domain::testing::ValidKepindahan();
  move.set_id(kId2);
  move.mutable_kepindahan()->mutable_destination()->set_desa_code("32.73.01.1001");
  ASSERT_TRUE(core_->Push(andir.Push("a1", {NewReport(Kelahiran(kId1), "v1"), NewReport(move, "v1")})).ok());

  // Andir's own pushes come back as nothing: it has their content and state from the push answer.
  EXPECT_EQ(PullAll(andir).changes_size(), 0);
  // A decision made on the server does come down, as state only (Andir has the content).
  {
    auto txn = *store_->BeginWrite();
    User verifier{"v", "Verifikator", Role::kVerifikatorKecamatan, "32.73.05", "", true};
    ASSERT_TRUE(WorkflowService::Apply(*txn, verifier, kId1, WorkflowAction::kReturn, "periksa", "", kNow).ok());
    ASSERT_TRUE(txn->Commit().ok());
  }
  const auto own = PullAll(andir);
  ASSERT_EQ(own.changes_size(), 1);
  EXPECT_EQ(own.changes(0).report_id(), kId1);
  EXPECT_FALSE(own.changes(0).has_report());
  EXPECT_EQ(own.changes(0).server_state().workflow_state(), rpb::WORKFLOW_STATE_PERLU_PERBAIKAN);
  const auto dest = PullAll(sukasari);
  ASSERT_EQ(dest.changes_size(), 1);
  EXPECT_EQ(dest.changes(0).report_id(), kId2);
  ASSERT_TRUE(dest.changes(0).has_report());
  EXPECT_EQ(dest.changes(0).report().kind(), rpb::REPORT_KIND_KEPINDAHAN);

  // A pull with nothing new is empty, and the cursor holds.
  auto again = core_->Pull(andir.Pull("1:3"));
  ASSERT_TRUE(again.ok());
  syncpb::PullPage page;
  page.ParseFromString(*core_->codec().Decode(again->page()));
  EXPECT_EQ(page.changes_size(), 0);
  EXPECT_EQ(page.next_cursor(), "1:3");
  EXPECT_FALSE(page.has_more());
  EXPECT_EQ(core_->Pull(andir.Pull("garbage")).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(SyncCoreTest, EveryChangeGetsAHashChainedEvent) {
  TestDevice a("device-a");
  EnrollDevice(a);
  const auto v1 = Kelahiran(kId1);
  ASSERT_TRUE(core_->Push(a.Push("a1", {NewReport(v1, "v1")})).ok());
  domain::Report v2 = v1;
  v2.mutable_kelahiran()->set_weight_grams(3300);
  ASSERT_TRUE(core_->Push(a.Push("a2", {Edit(v1, v2, "v1", "v2")})).ok());
  auto txn = store_->BeginWrite();
  auto events = (*txn)->GetEvents(kId1);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].prev_hash, "");
  EXPECT_EQ((*events)[1].prev_hash, (*events)[0].hash);
  for (const auto& e : *events) EXPECT_EQ(ComputeEventHash(e), e.hash);
  EXPECT_EQ((*events)[1].paths, std::vector<std::string>{"kelahiran.weight_grams"});
}

}  // namespace
}  // namespace lampid::central

namespace lampid::central {
namespace {

TEST_F(SyncCoreTest, ProbableDuplicatesAreFlaggedOnBothReports) {
  TestDevice a("device-a");
  EnrollDevice(a);
  auto id = [](int n) { return "0193a1b2-c3d4-7e5f-8a9b-0000000001" + std::to_string(10 + n); };
  // The same person reported dead twice.
  domain::Report d1 = domain::testing::ValidKematian();
  d1.set_id(id(1));
  domain::Report d2 = d1;
  d2.set_id(id(2));
  d2.mutable_kematian()->set_death_date("2026-11-23");
  // Twins of one birth are not duplicates; a third birth to the same mother a month later is.
  domain::Report t1 = Kelahiran(id(3));
  t1.mutable_kelahiran()->set_birth_type(rpb::BIRTH_TYPE_KEMBAR_2);
  domain::Report t2 = t1;
  t2.set_id(id(4));
  t2.mutable_kelahiran()->set_child_name("Siti Aminah Kedua");
  domain::Report b3 = Kelahiran(id(5));
  b3.mutable_kelahiran()->set_birth_date("2026-10-15");
  // Births to the same mother two years apart are normal.
  domain::Report b4 = Kelahiran(id(6));
  b4.mutable_kelahiran()->set_birth_date("2024-09-01");
  auto r = core_->Push(a.Push("b1", {NewReport(d1, "v1"), NewReport(d2, "v1"), NewReport(t1, "v1"),
                                     NewReport(t2, "v1"), NewReport(b4, "v1")}));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->results(0).server_state().duplicate_suspected());
  EXPECT_TRUE(r->results(1).server_state().duplicate_suspected());
  EXPECT_TRUE((*store_->GetReport(id(1)))->state.duplicate_suspected());  // the first one is flagged too
  EXPECT_FALSE((*store_->GetReport(id(3)))->state.duplicate_suspected());
  EXPECT_FALSE((*store_->GetReport(id(4)))->state.duplicate_suspected());
  EXPECT_FALSE((*store_->GetReport(id(6)))->state.duplicate_suspected());
  auto r2 = core_->Push(a.Push("b2", {NewReport(b3, "v1")}));
  EXPECT_TRUE(r2->results(0).server_state().duplicate_suspected());
  EXPECT_TRUE((*store_->GetReport(id(3)))->state.duplicate_suspected());
  EXPECT_TRUE((*store_->GetReport(id(4)))->state.duplicate_suspected());
  EXPECT_FALSE((*store_->GetReport(id(6)))->state.duplicate_suspected());
}

}  // namespace
}  // namespace lampid::central
