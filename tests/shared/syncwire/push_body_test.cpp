#include "syncwire/push_body.h"

#include <gtest/gtest.h>

#include <functional>

#include <google/protobuf/util/message_differencer.h>

#include "domain/test_reports.h"

namespace lampid::syncwire {
namespace {

namespace dt = ::lampid::domain::testing;
using google::protobuf::util::MessageDifferencer;

constexpr uint64_t kLimit = 1 << 24;

pb::PushBody Body(int n) {
  pb::PushBody body;
  body.set_batch_id("batch-1");
  for (int i = 0; i < n; ++i) {
    auto* c = body.add_changes();
    c->set_report_id("01a2144a-6a4d-749f-9188-e6f853120b" + std::to_string(10 + i));
    c->set_version("01a2144a6a7" + std::to_string(i % 10) + ".000000.node");
    domain::Report r = dt::VariedReport(i);
    r.set_id(c->report_id());
    *c->mutable_report() = r;
  }
  return body;
}

TEST(PushBody, EncodesLargeBatchesInColumnFormAndDecodesBothForms) {
  const pb::PushBody body = Body(kColumnsFrom);
  const std::string wire = EncodePushBody(body);
  bool columns = false;
  auto decoded = DecodePushBody(wire, kLimit, &columns);
  ASSERT_TRUE(decoded.ok()) << decoded.status().ToString();
  EXPECT_TRUE(columns);
  EXPECT_TRUE(MessageDifferencer::Equals(*decoded, body));

  // A small batch travels as a plain message (the column table would cost more than it saves).
  const pb::PushBody small = Body(kColumnsFrom - 1);
  EXPECT_EQ(EncodePushBody(small), small.SerializeAsString());

  auto plain = DecodePushBody(body.SerializeAsString(), kLimit, &columns);
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(columns);
  EXPECT_TRUE(MessageDifferencer::Equals(*plain, body));
}

TEST(PushBody, RefusesBytesThatAreNeitherForm) {
  EXPECT_EQ(DecodePushBody(std::string("\x0A\x7F", 2), kLimit).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(DecodePushBody(std::string("\x00\x01\x05", 3), kLimit).status().code(), StatusCode::kInvalidArgument);
  // Columns that rebuild into bytes that are not a PushBody (a change holding a truncated varint).
  EXPECT_EQ(DecodePushBody(std::string("\x00\x01\x01\x12\x01\x01\x12\x00\x02\x01\x08", 11), kLimit).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(DecodePushBody(EncodePushBody(Body(kColumnsFrom)), 100).status().code(), StatusCode::kResourceExhausted);
}

// The full answer a server gives: mostly plain acceptances in two states, and some of every other kind.
pb::PushResponse FullAnswer(const pb::PushBody& body) {
  pb::PushResponse full;
  full.set_server_time_ms(1795600800000);
  domain::pb::ServerState usual;
  usual.set_workflow_state(domain::pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
  usual.set_updated_at("2026-11-25T10:00:00.000Z");
  domain::pb::ServerState flagged = usual;
  flagged.set_duplicate_suspected(true);
  for (int i = 0; i < body.changes_size(); ++i) {
    auto* r = full.add_results();
    r->set_report_id(body.changes(i).report_id());
    r->set_version(body.changes(i).version());
    r->set_outcome(pb::OUTCOME_ACCEPTED);
    r->set_server_version(body.changes(i).version());
    *r->mutable_server_state() = i % 3 == 0 ? flagged : usual;
  }
  // A merge (the server's own version and content), a refusal, a rejection and a conflict.
  full.mutable_results(1)->set_server_version(body.changes(1).version() + "+m");
  *full.mutable_results(1)->mutable_server_report() = body.changes(1).report();
  full.mutable_results(4)->set_outcome(pb::OUTCOME_REFUSED);
  full.mutable_results(4)->mutable_server_state()->set_workflow_state(domain::pb::WORKFLOW_STATE_PERLU_PERBAIKAN);
  full.mutable_results(5)->set_outcome(pb::OUTCOME_REJECTED);
  full.mutable_results(5)->add_problems()->set_code("report_locked");
  full.mutable_results(7)->set_outcome(pb::OUTCOME_CONFLICT);
  full.mutable_results(7)->add_conflicts()->set_losing_version("x");
  auto* action = full.add_action_results();
  action->set_action_id("a1");
  action->set_applied(true);
  return full;
}

TEST(PushBody, CompactAnswersListOnlyWhatIsNotAPlainAcceptance) {
  const pb::PushBody body = Body(10);
  const pb::PushResponse full = FullAnswer(body);
  const pb::PushResponse compact = CompactPushResponse(full);
  EXPECT_TRUE(compact.compact());
  EXPECT_EQ(compact.change_count(), 10u);
  ASSERT_EQ(compact.results_size(), 4);
  EXPECT_EQ(compact.results(0).position(), 1u);
  EXPECT_EQ(compact.results(1).position(), 4u);
  EXPECT_EQ(compact.results(2).position(), 5u);
  EXPECT_EQ(compact.results(3).position(), 7u);
  EXPECT_EQ(compact.accepted_states_size(), 2);
  EXPECT_EQ(compact.accepted_state_index().size(), 6u);
  EXPECT_EQ(compact.action_results_size(), 1);
  EXPECT_LT(compact.ByteSizeLong(), full.ByteSizeLong());
  // Compacting twice changes nothing.
  EXPECT_TRUE(MessageDifferencer::Equals(CompactPushResponse(compact), compact));

  auto expanded = ExpandPushResponse(compact, body);
  ASSERT_TRUE(expanded.ok()) << expanded.status().ToString();
  EXPECT_TRUE(MessageDifferencer::Equals(*expanded, full)) << expanded->DebugString();
  // A full answer passes through.
  auto same = ExpandPushResponse(full, body);
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(MessageDifferencer::Equals(*same, full));
}

TEST(PushBody, CompactsAnswersWithNothingToLeaveOutOrNothingListed) {
  const pb::PushBody body = Body(3);
  pb::PushResponse all_rejected;
  for (const auto& c : body.changes()) {
    auto* r = all_rejected.add_results();
    r->set_report_id(c.report_id());
    r->set_version(c.version());
    r->set_outcome(pb::OUTCOME_REJECTED);
  }
  auto back = ExpandPushResponse(CompactPushResponse(all_rejected), body);
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(MessageDifferencer::Equals(*back, all_rejected));

  pb::PushBody none;
  auto empty = ExpandPushResponse(CompactPushResponse(pb::PushResponse()), none);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->results_size(), 0);
}

TEST(PushBody, RefusesCompactAnswersThatDoNotFitTheBatch) {
  const pb::PushBody body = Body(10);
  const pb::PushResponse good = CompactPushResponse(FullAnswer(body));
  struct Case {
    const char* name;
    std::function<void(pb::PushResponse&)> damage;
  };
  const std::vector<Case> cases = {
      {"other change count", [](pb::PushResponse& r) { r.set_change_count(11); }},
      {"results do not add up", [](pb::PushResponse& r) { r.mutable_accepted_state_index()->pop_back(); }},
      {"position of another change", [](pb::PushResponse& r) { r.mutable_results(1)->set_position(3); }},
      {"out of order", [](pb::PushResponse& r) { r.mutable_results(2)->set_position(2); }},
      {"past the batch", [](pb::PushResponse& r) {
         r.mutable_results(3)->set_position(40);
       }},
      {"state index past the states", [](pb::PushResponse& r) { (*r.mutable_accepted_state_index())[0] = 9; }},
      {"another report at its position", [](pb::PushResponse& r) { r.mutable_results(0)->set_report_id("x"); }},
  };
  for (const auto& c : cases) {
    pb::PushResponse bad = good;
    c.damage(bad);
    auto r = ExpandPushResponse(bad, body);
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << c.name;
  }
  // Against another batch (an answer bundle applied without its body).
  EXPECT_FALSE(ExpandPushResponse(good, pb::PushBody()).ok());
}

}  // namespace
}  // namespace lampid::syncwire
