#include <gtest/gtest.h>
#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "central-server/core/notification_outbox.h"
#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/sync_core.h"
#include "central-server/core/workflow_service.h"
#include "central-server/notifications/notification_dispatcher.h"
#include "central-server/notifications/outgoing_message.h"
#include "central-server/notifications/spool_sender.h"
#include "domain/test_reports.h"
#include "core/test_device.h"
#include "support/subprocess.h"

namespace lampid::central {
namespace {

namespace fs = std::filesystem;
namespace rpb = ::lampid::report::v1;
using testing::TestDevice;

constexpr int64_t kNow = domain::testing::kNow;
const std::string kId = "0193a1b2-c3d4-7e5f-8a9b-0000000000a1";

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> SpoolNames(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

class NotificationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    auto store = SqliteCentralStore::Open(dir_.File("central.db"));
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    auto regions = domain::RegionTable::LoadBuiltin();
    ASSERT_TRUE(regions.ok());
    regions_ = *regions;
    core_ = std::make_unique<SyncCore>(*store_, regions_, clock_, syncwire::PayloadCodec::Builtin());
    auto code = core_->CreateEnrollmentCode(device_.kecamatan(), 3600000);
    ASSERT_TRUE(code.ok());
    ASSERT_TRUE(core_->Enroll(device_.Enroll(*code)).ok());
    spool_dir_ = dir_.File("spool");
    auto spool = notify::SpoolSender::Open(spool_dir_);
    ASSERT_TRUE(spool.ok()) << spool.status().ToString();
    spool_ = std::move(*spool);
    notify::NotificationDispatcher::Options options;
    options.retry_base_ms = 1000;
    options.retry_max_ms = 10'000;
    dispatcher_ = std::make_unique<notify::NotificationDispatcher>(*store_, *spool_, regions_, clock_, options);

    // The report's desa is 32.73.05.1001 (ValidKelahiran).
    AddUser({"op.desa", "Operator", Role::kOperatorDesa, "32.73.05.1001", "", true}, "op@desa.go.id", "+628111");
    AddUser({"op.lain", "Operator lain", Role::kOperatorDesa, "32.73.05.1002", "", true}, "lain@desa.go.id", "");
    AddUser({"verif", "Verifikator", Role::kVerifikatorKecamatan, "32.73.05", "", true}, "", "+628222");
    AddUser({"pejabat", "Pejabat", Role::kPejabatKabKota, "32.73", "", true}, "pejabat@kota.go.id", "+628333");
    AddUser({"op.nonaktif", "Nonaktif", Role::kOperatorDesa, "32.73.05.1001", "", false}, "old@desa.go.id", "");
    AddUser({"op.tanpa", "Tanpa kontak", Role::kOperatorDesa, "32.73.05.1001", "", true}, "", "");
  }

  void AddUser(const User& u, const std::string& email, const std::string& phone) {
    ASSERT_TRUE(store_->PutUser(u, kNow).ok());
    if (!email.empty() || !phone.empty()) {
      ASSERT_TRUE(store_->SetUserContact({u.user_id, email, phone}, kNow).ok());
    }
  }

  syncpb::PushResponse PushNew(const domain::Report& r, const std::string& version, const std::string& batch) {
    syncpb::Change c;
    c.set_report_id(r.id());
    c.set_version(version);
    *c.mutable_report() = r;
    auto answer = core_->Push(device_.Push(batch, {c}));
    EXPECT_TRUE(answer.ok()) << answer.status().ToString();
    return answer.ok() ? *answer : syncpb::PushResponse();
  }

  uint64_t Pending() {
    auto n = store_->CountPendingNotifications();
    EXPECT_TRUE(n.ok());
    return n.ok() ? *n : 0;
  }

  lampid::testing::TempDir dir_;
  FixedClock clock_{kNow};
  TestDevice device_{"device-a"};
  std::unique_ptr<SqliteCentralStore> store_;
  std::shared_ptr<const domain::RegionTable> regions_;
  std::unique_ptr<SyncCore> core_;
  std::string spool_dir_;
  std::unique_ptr<notify::SpoolSender> spool_;
  std::unique_ptr<notify::NotificationDispatcher> dispatcher_;
};

TEST_F(NotificationTest, AReportNeedingCorrectionIsAnnouncedOnceToTheStaffOfItsDesaAndNobodyElse) {
  domain::Report bad = domain::testing::ValidKelahiran();
  bad.set_id(kId);
  bad.mutable_kelahiran()->mutable_mother()->set_nik("123");
  const auto answer = PushNew(bad, "v1", "b1");
  ASSERT_EQ(answer.results(0).server_state().workflow_state(), rpb::WORKFLOW_STATE_PERLU_PERBAIKAN);
  EXPECT_EQ(Pending(), 1u);

  auto round = dispatcher_->RunOnce();
  ASSERT_TRUE(round.ok()) << round.status().ToString();
  EXPECT_EQ(*round, 1u);
  EXPECT_EQ(Pending(), 0u);
  // The operator of the report's desa by e-mail and SMS, the kecamatan's verifier by SMS; not the operator of
  // another desa, not the kab/kota official, not an inactive account, not someone without a contact.
  const std::vector<std::string> expected = {"n1-op.desa-email.json", "n1-op.desa-sms.json", "n1-verif-sms.json"};
  EXPECT_EQ(SpoolNames(spool_dir_), expected);
  EXPECT_EQ(dispatcher_->metrics().messages_sent.load(), 3u);

  const auto email = nlohmann::json::parse(Slurp(fs::path(spool_dir_) / "n1-op.desa-email.json"));
  EXPECT_EQ(email["to"], "op@desa.go.id");
  EXPECT_EQ(email["channel"], "email");
  EXPECT_NE(email["subject"].get<std::string>().find("perlu perbaikan"), std::string::npos);
  EXPECT_NE(email["body"].get<std::string>().find(kId), std::string::npos);
  EXPECT_NE(email["body"].get<std::string>().find("Andir"), std::string::npos);  // the kecamatan's name
  const auto sms = nlohmann::json::parse(Slurp(fs::path(spool_dir_) / "n1-verif-sms.json"));
  EXPECT_EQ(sms["to"], "+628222");
  EXPECT_LE(sms["body"].get<std::string>().size(), 160u);
  // No citizen's data leaves the server: no name, no NIK, no date of birth.
  for (const auto& name : SpoolNames(spool_dir_)) {
    const std::string text = Slurp(fs::path(spool_dir_) / name);
    for (const std::string& secret : {bad.kelahiran().child_name(), bad.kelahiran().father().nik(),
                                      bad.kelahiran().father().name(), bad.kelahiran().mother().name(),
                                      bad.kelahiran().reporter().nik(), bad.kelahiran().mother().birth_date()}) {
      ASSERT_FALSE(secret.empty());
      EXPECT_EQ(text.find(secret), std::string::npos) << name << " holds personal data";
    }
  }

  // Nothing is sent twice.
  round = dispatcher_->RunOnce();
  ASSERT_TRUE(round.ok());
  EXPECT_EQ(*round, 0u);
  EXPECT_EQ(SpoolNames(spool_dir_).size(), 3u);
}

TEST_F(NotificationTest, RoutineStepsAreQuietAndAReturnToTheDesaIsAnnounced) {
  domain::Report good = domain::testing::ValidKelahiran();
  good.set_id(kId);
  ASSERT_EQ(PushNew(good, "v1", "b1").results(0).server_state().workflow_state(),
            rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
  EXPECT_EQ(Pending(), 0u);

  const User verifier{"verif", "Verifikator", Role::kVerifikatorKecamatan, "32.73.05", "", true};
  {
    auto txn = store_->BeginWrite();
    ASSERT_TRUE(txn.ok());
    auto state = WorkflowService::Apply(**txn, verifier, kId, WorkflowAction::kReturn, "KK tidak terbaca", "", kNow);
    ASSERT_TRUE(state.ok()) << state.status().ToString();
    ASSERT_TRUE((*txn)->Commit().ok());
  }
  EXPECT_EQ(Pending(), 1u);
  auto round = dispatcher_->RunOnce();
  ASSERT_TRUE(round.ok());
  EXPECT_EQ(*round, 1u);
  const auto email = nlohmann::json::parse(Slurp(fs::path(spool_dir_) / "n1-op.desa-email.json"));
  // The official's free-text reason stays in the app: it may name people.
  EXPECT_EQ(email["body"].get<std::string>().find("KK tidak terbaca"), std::string::npos);
}

TEST_F(NotificationTest, ASpoolThatCannotBeWrittenIsRetriedLaterAndNothingIsLost) {
  domain::Report bad = domain::testing::ValidKelahiran();
  bad.set_id(kId);
  bad.mutable_kelahiran()->mutable_mother()->set_nik("123");
  ASSERT_EQ(PushNew(bad, "v1", "b1").results(0).server_state().workflow_state(),
            rpb::WORKFLOW_STATE_PERLU_PERBAIKAN);
  // The gateway's folder is gone and a file stands in its place: every write fails, even for root.
  fs::remove_all(spool_dir_);
  { std::ofstream(spool_dir_) << "not a folder"; }
  auto round = dispatcher_->RunOnce();
  ASSERT_TRUE(round.ok()) << round.status().ToString();
  EXPECT_EQ(*round, 0u);
  EXPECT_EQ(dispatcher_->metrics().send_failures.load(), 1u);
  EXPECT_EQ(Pending(), 1u);

  fs::remove(spool_dir_);
  fs::create_directory(spool_dir_);
  // The retry is due after a jittered backoff of at most retry_max_ms.
  clock_.Advance(10'001);
  round = dispatcher_->RunOnce();
  ASSERT_TRUE(round.ok());
  EXPECT_EQ(*round, 1u);
  EXPECT_EQ(Pending(), 0u);
  EXPECT_EQ(SpoolNames(spool_dir_).size(), 3u);
}

TEST(OutgoingMessage, IdsAreStableAndOfficialsAboveTheKecamatanAreNotMessaged) {
  auto regions = domain::RegionTable::LoadBuiltin();
  ASSERT_TRUE(regions.ok());
  NotificationJob job;
  job.id = 42;
  job.request = {kId, rpb::REPORT_KIND_KEMATIAN, "32.73.05", "32.73.05.1002", rpb::WORKFLOW_STATE_TERCATAT, kNow};
  const std::vector<User> users = {{"a", "A", Role::kOperatorDesa, "32.73.05.1002", "", true},
                                   {"nasional", "N", Role::kVerifikatorKecamatan, "", "", true},
                                   {"prov", "P", Role::kVerifikatorKecamatan, "32", "", true}};
  const std::vector<UserContact> contacts = {{"a", "a@x.id", "+62811"}, {"nasional", "n@x.id", ""}, {"prov", "p@x.id", ""}};
  const auto first = notify::ComposeMessages(job, users, contacts, **regions);
  const auto again = notify::ComposeMessages(job, users, contacts, **regions);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].id, "n42-a-email");
  EXPECT_EQ(first[1].id, "n42-a-sms");
  EXPECT_EQ(first[0].id, again[0].id);
  EXPECT_NE(first[0].subject.find("Kematian"), std::string::npos);
  EXPECT_NE(first[0].subject.find("tercatat"), std::string::npos);
  EXPECT_LE(first[1].body.size(), 160u);
}

TEST(NotificationPolicy, OnlyStatesThatNeedStaffAreAnnounced) {
  EXPECT_TRUE(IsAnnounced(rpb::WORKFLOW_STATE_PERLU_PERBAIKAN));
  EXPECT_TRUE(IsAnnounced(rpb::WORKFLOW_STATE_DITOLAK));
  EXPECT_TRUE(IsAnnounced(rpb::WORKFLOW_STATE_TERCATAT));
  EXPECT_FALSE(IsAnnounced(rpb::WORKFLOW_STATE_DIAJUKAN));
  EXPECT_FALSE(IsAnnounced(rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI));
  EXPECT_FALSE(IsAnnounced(rpb::WORKFLOW_STATE_TERVERIFIKASI));
  EXPECT_FALSE(IsAnnounced(rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN));
}

}  // namespace
}  // namespace lampid::central
