#include "syncwire/push_body.h"

#include <map>

#include "syncwire/column_codec.h"

namespace lampid::syncwire {

std::string EncodePushBody(const pb::PushBody& body) {
  std::string plain;
  body.SerializeToString(&plain);
  if (body.changes_size() < kColumnsFrom) return plain;
  auto columns = ToColumns(*pb::PushBody::descriptor(), plain);
  // The serializer's own output is always valid wire format; should that ever fail, the plain form is
  // still a body every server reads.
  return columns.ok() ? std::move(*columns) : plain;
}

Status DecodePushBodyInto(std::string_view bytes, uint64_t max_bytes, pb::PushBody* out, bool* is_columns) {
  const bool columns = IsColumnBody(bytes);
  if (is_columns) *is_columns = columns;
  if (columns) {
    LAMPID_ASSIGN_OR_RETURN(std::string plain, FromColumns(bytes, max_bytes));
    if (!out->ParseFromString(plain)) return Status::InvalidArgument("push payload is not a PushBody");
  } else if (!out->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return Status::InvalidArgument("push payload is not a PushBody");
  }
  return Status::Ok();
}

Result<pb::PushBody> DecodePushBody(std::string_view bytes, uint64_t max_bytes, bool* is_columns) {
  pb::PushBody body;
  LAMPID_RETURN_IF_ERROR(DecodePushBodyInto(bytes, max_bytes, &body, is_columns));
  return body;
}

namespace {

constexpr size_t kMaxAcceptedStates = 256;  // an index is one byte

bool AcceptedAsPushed(const pb::ChangeResult& r) {
  return r.outcome() == pb::OUTCOME_ACCEPTED && r.server_version() == r.version() && !r.has_server_report() &&
         r.problems().empty() && r.conflicts().empty();
}

}  // namespace

pb::PushResponse CompactPushResponse(pb::PushResponse full) {
  if (full.compact()) return full;
  pb::PushResponse out;
  out.set_server_time_ms(full.server_time_ms());
  out.set_replayed(full.replayed());
  *out.mutable_action_results() = std::move(*full.mutable_action_results());
  out.set_compact(true);
  out.set_change_count(static_cast<uint32_t>(full.results_size()));
  // Distinct states, numbered in order of first appearance (a batch has a handful: the usual state, and the
  // usual state flagged as a probable duplicate).
  std::map<std::string, unsigned char> states;
  std::string* index = out.mutable_accepted_state_index();
  for (int i = 0; i < full.results_size(); ++i) {
    pb::ChangeResult& r = *full.mutable_results(i);
    if (AcceptedAsPushed(r)) {
      std::string key;
      r.server_state().SerializeToString(&key);
      auto it = states.find(key);
      if (it == states.end() && states.size() < kMaxAcceptedStates) {
        it = states.emplace(key, static_cast<unsigned char>(states.size())).first;
        *out.add_accepted_states() = r.server_state();
      }
      if (it != states.end()) {
        index->push_back(static_cast<char>(it->second));
        continue;
      }
    }
    r.set_position(static_cast<uint32_t>(i));
    *out.add_results() = std::move(r);
  }
  return out;
}

Result<pb::PushResponse> ExpandPushResponse(const pb::PushResponse& answer, const pb::PushBody& body) {
  if (!answer.compact()) return answer;
  const int n = body.changes_size();
  if (answer.change_count() != static_cast<uint32_t>(n)) {
    return Status::InvalidArgument("push answer is about " + std::to_string(answer.change_count()) +
                                   " changes; the batch had " + std::to_string(n));
  }
  if (answer.results_size() + answer.accepted_state_index().size() != static_cast<size_t>(n)) {
    return Status::InvalidArgument("push answer does not account for every change of the batch");
  }
  pb::PushResponse out;
  out.set_server_time_ms(answer.server_time_ms());
  out.set_replayed(answer.replayed());
  *out.mutable_action_results() = answer.action_results();
  int next_listed = 0;
  size_t next_implied = 0;
  for (int i = 0; i < n; ++i) {
    const pb::Change& change = body.changes(i);
    if (next_listed < answer.results_size() && answer.results(next_listed).position() <= static_cast<uint32_t>(i)) {
      const pb::ChangeResult& listed = answer.results(next_listed);
      if (listed.position() < static_cast<uint32_t>(i)) {
        return Status::InvalidArgument("push answer lists results out of order");
      }
      if (listed.report_id() != change.report_id() || listed.version() != change.version()) {
        return Status::InvalidArgument("push answer at position " + std::to_string(i) + " is about another change");
      }
      pb::ChangeResult* r = out.add_results();
      *r = listed;
      r->clear_position();
      ++next_listed;
      continue;
    }
    if (next_implied >= answer.accepted_state_index().size()) {
      return Status::InvalidArgument("push answer lists a result past the batch");
    }
    const auto state = static_cast<unsigned char>(answer.accepted_state_index()[next_implied++]);
    if (state >= answer.accepted_states_size()) {
      return Status::InvalidArgument("push answer names a state it does not hold");
    }
    pb::ChangeResult* r = out.add_results();
    r->set_report_id(change.report_id());
    r->set_version(change.version());
    r->set_outcome(pb::OUTCOME_ACCEPTED);
    r->set_server_version(change.version());
    *r->mutable_server_state() = answer.accepted_states(state);
  }
  return out;
}

}  // namespace lampid::syncwire
