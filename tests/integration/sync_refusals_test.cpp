// Requests the server must refuse, sent to a real lampid-central process over loopback: each gets the
// right status code, is logged, and the server keeps serving everyone else.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include "core/test_device.h"
#include "domain/test_reports.h"
#include "integration/cluster.h"
#include "lampid/sync/v1/sync.grpc.pb.h"

namespace lampid::testing {
namespace {

namespace syncpb = ::lampid::sync::v1;
using central::testing::TestDevice;

class Refusals : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    server_ = std::make_unique<CentralServer>(dir_.path());
    grpc::ChannelArguments args;
    args.SetMaxSendMessageSize(200 << 20);
    auto channel = grpc::CreateCustomChannel(server_->target(), grpc::InsecureChannelCredentials(), args);
    sync_ = syncpb::Sync::NewStub(channel);
    enrollment_ = syncpb::Enrollment::NewStub(channel);
    Enroll(andir_);
  }

  void Enroll(const TestDevice& d) {
    grpc::ClientContext ctx;
    syncpb::EnrollResponse resp;
    const auto s = enrollment_->Enroll(&ctx, d.Enroll(server_->NewEnrollmentCode(d.kecamatan())), &resp);
    ASSERT_TRUE(s.ok()) << s.error_message();
  }

  grpc::Status Push(const syncpb::SignedRequest& req, syncpb::PushResponse* resp = nullptr) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
    syncpb::PushResponse ignored;
    return sync_->Push(&ctx, req, resp ? resp : &ignored);
  }

  static syncpb::Change NewReport(const std::string& id, const domain::Report& base = domain::testing::ValidKelahiran()) {
    syncpb::Change c;
    c.set_report_id(id);
    c.set_version("01a21225d900.000001.test");
    *c.mutable_report() = base;
    c.mutable_report()->set_id(id);
    return c;
  }

  // After every refusal: a well-behaved device still gets served.
  void ExpectStillServing() {
    static int n = 0;
    syncpb::PushResponse resp;
    const auto s = Push(good_.Push("good-" + std::to_string(++n), {NewReport("0193a1b2-c3d4-7e5f-8a9b-1000000000" +
                                                                            std::to_string(10 + n))}),
                        &resp);
    EXPECT_TRUE(s.ok()) << s.error_message();
    EXPECT_EQ(resp.results_size(), 1);
  }

  TempDir dir_;
  std::unique_ptr<CentralServer> server_;
  std::unique_ptr<syncpb::Sync::Stub> sync_;
  std::unique_ptr<syncpb::Enrollment::Stub> enrollment_;
  TestDevice andir_{"device-andir", "32.73.05"};
  TestDevice good_{"device-good", "32.73.05"};
};

TEST_F(Refusals, EachGetsTheRightStatusAndTheServerKeepsServing) {
  Enroll(good_);

  // A replayed request (a captured, valid one sent again).
  const auto req = andir_.Push("b1", {NewReport("0193a1b2-c3d4-7e5f-8a9b-000000000001")});
  ASSERT_TRUE(Push(req).ok());
  EXPECT_EQ(Push(req).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  ExpectStillServing();

  // A device that never enrolled.
  TestDevice stranger("device-stranger", "32.73.05");
  EXPECT_EQ(Push(stranger.Push("s1", {NewReport("0193a1b2-c3d4-7e5f-8a9b-000000000002")})).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  ExpectStillServing();

  // A device of kecamatan Andir pushing a report of kecamatan Sukasari.
  domain::Report sukasari = domain::testing::ValidKelahiran();
  sukasari.set_kecamatan_code("32.73.01");
  sukasari.set_desa_code("32.73.01.1001");
  EXPECT_EQ(Push(andir_.Push("b2", {NewReport("0193a1b2-c3d4-7e5f-8a9b-000000000003", sukasari)})).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  ExpectStillServing();

  // A corrupted compressed payload (signed after the damage, as a buggy client would) …
  auto corrupt = andir_.Push("b3", {NewReport("0193a1b2-c3d4-7e5f-8a9b-000000000004")});
  std::string data = corrupt.payload().data();
  for (size_t i = data.size() / 3; i < data.size() / 3 + 8; ++i) data[i] ^= 0x5a;
  corrupt.mutable_payload()->set_data(data);
  andir_.Resign("Push", corrupt);
  EXPECT_EQ(Push(corrupt).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  // … and damaged on the way (the signature no longer matches).
  auto damaged = andir_.Push("b4", {NewReport("0193a1b2-c3d4-7e5f-8a9b-000000000005")});
  damaged.mutable_payload()->mutable_data()->back() ^= 1;
  EXPECT_EQ(Push(damaged).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  // … and a small payload that claims to inflate to 40 GB: refused before inflating.
  auto bomb = andir_.Push("b5", {});
  bomb.mutable_payload()->set_uncompressed_size(40ull << 30);
  andir_.Resign("Push", bomb);
  EXPECT_EQ(Push(bomb).error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  ExpectStillServing();

  // A batch of 100 MB.
  auto huge = andir_.Push("b6", {});
  huge.mutable_payload()->set_compression(syncpb::COMPRESSION_NONE);
  huge.mutable_payload()->set_data(std::string(100u << 20, 'x'));
  huge.mutable_payload()->set_uncompressed_size(100u << 20);
  andir_.Resign("Push", huge);
  EXPECT_EQ(Push(huge).error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  ExpectStillServing();

  // A revoked device.
  ASSERT_EQ(server_->Admin({"revoke-device", "device-andir"}).exit_code, 0);
  EXPECT_EQ(Push(andir_.Push("b7", {})).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  ExpectStillServing();

  // Each refusal was logged, with the device and the reason but no personal data.
  const std::string log = server_->log();
  EXPECT_NE(log.find("replayed request"), std::string::npos);
  EXPECT_NE(log.find("unknown device"), std::string::npos);
  EXPECT_NE(log.find("another kecamatan"), std::string::npos);
  EXPECT_NE(log.find("revoked"), std::string::npos);
  EXPECT_EQ(log.find("3273055203950001"), std::string::npos);
  EXPECT_EQ(log.find("Dewi Lestari"), std::string::npos);
}

TEST_F(Refusals, AnEnrollmentCodeForAnotherKecamatanIsRefused) {
  TestDevice sukasari_device("device-sukasari", "32.73.01");
  grpc::ClientContext ctx;
  syncpb::EnrollResponse resp;
  const auto s = enrollment_->Enroll(&ctx, sukasari_device.Enroll(server_->NewEnrollmentCode("32.73.05")), &resp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::PERMISSION_DENIED);
}

}  // namespace
}  // namespace lampid::testing
