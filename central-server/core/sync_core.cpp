#include "central-server/core/sync_core.h"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <set>

#include <google/protobuf/arena.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/message_differencer.h>

#include "central-server/core/duplicates.h"
#include "central-server/core/event_chain.h"
#include "central-server/core/notification_outbox.h"
#include "central-server/core/projection.h"
#include "central-server/core/workflow_service.h"
#include "core/civil_time.h"
#include "domain/report_diff.h"
#include "domain/report_validator.h"
#include "syncwire/push_body.h"
#include "syncwire/request_signing.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;

constexpr std::string_view kCodeAlphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";  // no 0/O, 1/I/L, U

bool Overlaps(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const auto& shorter = a.size() < b.size() ? a : b;
  const auto& longer = a.size() < b.size() ? b : a;
  return longer.compare(0, shorter.size(), shorter) == 0 && longer[shorter.size()] == '.';
}

// Workflow states in which the reporting office may still change a report's content.
bool ContentEditable(rpb::WorkflowState s) {
  return s == rpb::WORKFLOW_STATE_UNSPECIFIED || s == rpb::WORKFLOW_STATE_DIAJUKAN ||
         s == rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI || s == rpb::WORKFLOW_STATE_TERVERIFIKASI ||
         s == rpb::WORKFLOW_STATE_PERLU_PERBAIKAN;
}

// A stored push answer is "\0" + a compressed Payload. Answers stored before were the plain serialized
// PushResponse, which never starts with a zero byte (no field has number 0).
std::string SealStoredAnswer(const syncwire::PayloadCodec& codec, const std::string& answer) {
  return std::string(1, '\0') + codec.Encode(answer, false).SerializeAsString();
}

Result<std::string> OpenStoredAnswer(const syncwire::PayloadCodec& codec, const std::string& stored) {
  if (stored.empty() || stored[0] != '\0') return stored;
  syncwire::pb::Payload payload;
  if (!payload.ParseFromArray(stored.data() + 1, static_cast<int>(stored.size() - 1))) {
    return Status::Corruption("stored push answer does not parse");
  }
  return codec.Decode(payload);
}

// MessageDifferencer::Equals, with a fast path: equal deterministic encodings mean equal messages (reports
// carry no unknown fields), and comparing bytes costs a fraction of the reflection walk. Only when the bytes
// differ does the walk decide (it also treats some differently-encoded messages as equal).
bool SameReport(const domain::Report& a, const domain::Report& b) {
  std::string x, y;
  {
    google::protobuf::io::StringOutputStream out(&x);
    google::protobuf::io::CodedOutputStream coded(&out);
    coded.SetSerializationDeterministic(true);
    a.SerializeToCodedStream(&coded);
  }
  {
    google::protobuf::io::StringOutputStream out(&y);
    google::protobuf::io::CodedOutputStream coded(&out);
    coded.SetSerializationDeterministic(true);
    b.SerializeToCodedStream(&coded);
  }
  return x == y || google::protobuf::util::MessageDifferencer::Equals(a, b);
}

void AddProblem(syncpb::ChangeResult& r, std::string code, std::string message, std::string message_en) {
  auto* p = r.add_problems();
  p->set_code(std::move(code));
  p->set_message(std::move(message));
  p->set_message_en(std::move(message_en));
}

}  // namespace

std::string HashEnrollmentCode(std::string_view code) {
  std::string norm;
  for (char c : code) {
    if (c == '-' || c == ' ') continue;
    norm += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  std::string out(32, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                     reinterpret_cast<const unsigned char*>(norm.data()), norm.size(), nullptr, 0);
  return out;
}

SyncCore::SyncCore(CentralStore& store, std::shared_ptr<const domain::RegionTable> regions, const Clock& clock,
                   syncwire::PayloadCodec codec, SyncOptions options)
    : store_(store), regions_(std::move(regions)), clock_(clock), codec_(std::move(codec)), options_(options) {}

Result<std::string> SyncCore::CreateEnrollmentCode(const std::string& kecamatan_code, int64_t valid_for_ms) {
  const domain::Region* kec = regions_->Find(kecamatan_code);
  if (!kec || kec->level != domain::RegionLevel::kKecamatan) {
    return Status::InvalidArgument("unknown kecamatan code " + kecamatan_code);
  }
  std::string code;
  for (int i = 0; i < 12; ++i) {
    if (i > 0 && i % 4 == 0) code += '-';
    code += kCodeAlphabet[randombytes_uniform(static_cast<uint32_t>(kCodeAlphabet.size()))];
  }
  const int64_t now = clock_.NowMillis();
  LAMPID_RETURN_IF_ERROR(store_.AddEnrollmentCode(HashEnrollmentCode(code), kecamatan_code, now + valid_for_ms, now));
  return code;
}

Status SyncCore::CountRefusal(const Status& s) {
  switch (s.code()) {
    case StatusCode::kUnauthenticated: ++metrics_.refused_unauthenticated; break;
    case StatusCode::kPermissionDenied: ++metrics_.refused_permission; break;
    case StatusCode::kResourceExhausted: ++metrics_.refused_too_large; break;
    case StatusCode::kFailedPrecondition: ++metrics_.refused_too_old; break;
    default: ++metrics_.refused_invalid; break;
  }
  return s;
}

Result<syncpb::EnrollResponse> SyncCore::Enroll(const syncpb::EnrollRequest& request) {
  if (request.protocol_version() < options_.min_protocol) {
    return Status::FailedPrecondition("Versi aplikasi terlalu lama; perbarui aplikasi sebelum mendaftar. "
                                      "/ This app version is too old; update it before enrolling.");
  }
  if (request.device_id().empty() || request.device_id().size() > 64) {
    return Status::InvalidArgument("device id missing or too long");
  }
  LAMPID_RETURN_IF_ERROR(
      syncwire::VerifySignature(request.public_key(), syncwire::EnrollDigest(request), request.signature()));
  DeviceRecord device;
  device.device_id = request.device_id();
  device.kecamatan_code = request.kecamatan_code();
  device.public_key = request.public_key();
  device.app_version = request.app_version();
  device.escrow_key = request.escrow_key();
  const int64_t now = clock_.NowMillis();
  auto enrolled = store_.EnrollDevice(HashEnrollmentCode(request.enrollment_code()), device, now);
  if (!enrolled.ok()) {
    spdlog::warn("enrollment refused for device {}: {}", request.device_id(), enrolled.status().ToString());
    return enrolled.status();
  }
  spdlog::info("device {} enrolled for kecamatan {}", enrolled->device_id, enrolled->kecamatan_code);
  ++metrics_.enrollments;
  syncpb::EnrollResponse out;
  out.set_device_id(enrolled->device_id);
  out.set_kecamatan_code(enrolled->kecamatan_code);
  out.set_server_time_ms(now);
  return out;
}

Result<DeviceRecord> SyncCore::Authenticate(CentralTxn& txn, std::string_view method,
                                            const syncpb::SignedRequest& request) {
  if (request.protocol_version() < options_.min_protocol) {
    return Status::FailedPrecondition("Versi aplikasi terlalu lama untuk server ini; perbarui aplikasi. "
                                      "/ This app version is too old for the server; please update it.");
  }
  LAMPID_ASSIGN_OR_RETURN(std::optional<DeviceRecord> device, txn.GetDevice(request.device_id()));
  if (!device) return Status::Unauthenticated("unknown device");
  if (device->revoked) return Status::PermissionDenied("device has been revoked");
  LAMPID_RETURN_IF_ERROR(syncwire::VerifySignature(device->public_key, syncwire::RequestDigest(method, request),
                                                   request.signature()));
  LAMPID_RETURN_IF_ERROR(
      txn.AdvanceCounter(device->device_id, request.counter(), clock_.NowMillis(), request.app_version(),
                         request.backlog()));
  return *device;
}

Result<syncpb::PushResponse> SyncCore::Push(const syncpb::SignedRequest& request, bool allow_compact) {
  const int64_t now = clock_.NowMillis();
  LAMPID_ASSIGN_OR_RETURN(std::unique_ptr<CentralTxn> txn, store_.BeginWrite());
  auto device = Authenticate(*txn, syncwire::kMethodPush, request);
  if (!device.ok()) {
    spdlog::warn("push refused for device {}: {}", request.device_id(), device.status().ToString());
    return CountRefusal(device.status());
  }
  auto bytes = codec_.Decode(request.payload());
  if (!bytes.ok()) {
    spdlog::warn("push refused for device {}: {}", request.device_id(), bytes.status().ToString());
    return CountRefusal(bytes.status());
  }
  // The batch's thousands of small messages live on an arena and are freed at once.
  google::protobuf::ArenaOptions arena_options;
  arena_options.start_block_size = size_t{1} << 20;
  arena_options.max_block_size = size_t{8} << 20;
  google::protobuf::Arena arena(arena_options);
  auto* decoded = google::protobuf::Arena::CreateMessage<syncpb::PushBody>(&arena);
  if (Status s = syncwire::DecodePushBodyInto(*bytes, codec_.max_uncompressed(), decoded); !s.ok()) {
    spdlog::warn("push refused for device {}: {}", request.device_id(), s.ToString());
    return CountRefusal(s);
  }
  const syncpb::PushBody& body = *decoded;
  if (body.batch_id().empty()) return CountRefusal(Status::InvalidArgument("push batch without an id"));
  if (static_cast<uint32_t>(body.changes_size()) > options_.max_push_changes) {
    return CountRefusal(Status::ResourceExhausted("push batch has " + std::to_string(body.changes_size()) + " changes; the limit is " +
                                     std::to_string(options_.max_push_changes)));
  }

  syncpb::PushResponse response;
  const auto started = std::chrono::steady_clock::now();
  LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> stored, txn->StoredPushAnswer(device->device_id, body.batch_id()));
  if (stored) {
    LAMPID_ASSIGN_OR_RETURN(std::string answer, OpenStoredAnswer(stored_answer_codec_, *stored));
    if (!response.ParseFromString(answer)) return Status::Corruption("stored push answer does not parse");
    response.set_replayed(true);
  } else {
    ChangePreparer prepared(body, *regions_, now);
    for (int i = 0; i < body.changes_size(); ++i) {
      const auto& change = body.changes(i);
      auto result = ApplyChange(*txn, *device, change, now, prepared, i);
      if (!result.ok()) {
        // The whole batch fails (nothing of it is stored): a device writing another kecamatan's records, or a
        // malformed change, is refused as a request.
        spdlog::warn("push refused for device {}: {}", device->device_id, result.status().ToString());
        return CountRefusal(result.status());
      }
      *response.add_results() = std::move(*result);
    }
    for (const auto& action : body.actions()) {
      LAMPID_ASSIGN_OR_RETURN(syncpb::ActionResult result, ApplyAction(*txn, *device, action, now));
      *response.add_action_results() = std::move(result);
    }
    LAMPID_RETURN_IF_ERROR(txn->RecordPush(device->device_id, now));
    std::string answer;
    response.SerializeToString(&answer);
    LAMPID_RETURN_IF_ERROR(
        txn->SavePushAnswer(device->device_id, body.batch_id(), SealStoredAnswer(stored_answer_codec_, answer), now));
  }
  // Durable before the answer leaves: the commit returns after fsync (synchronous=FULL).
  const auto applied = std::chrono::steady_clock::now();
  LAMPID_RETURN_IF_ERROR(txn->Commit());
  spdlog::debug("push of {} changes: applied in {} ms, committed in {} ms", body.changes_size(),
                std::chrono::duration_cast<std::chrono::milliseconds>(applied - started).count(),
                std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - applied).count());
  ++metrics_.pushes;
  if (response.replayed()) {
    ++metrics_.push_replays;
  } else {
    for (const auto& r : response.results()) {
      if (r.outcome() > 0 && r.outcome() < static_cast<int>(metrics_.outcomes.size())) ++metrics_.outcomes[r.outcome()];
    }
    for (const auto& a : response.action_results()) ++(a.applied() ? metrics_.actions_applied : metrics_.actions_refused);
  }
  response.set_server_time_ms(now);
  // A replay stays whole: the resent body may differ from the one the stored answer is about, and a whole
  // answer names its own changes.
  if (body.compact_answers() && allow_compact && !response.replayed()) {
    return syncwire::CompactPushResponse(std::move(response));
  }
  return response;
}

Result<syncpb::ChangeResult> SyncCore::ApplyChange(CentralTxn& txn, const DeviceRecord& device,
                                                   const syncpb::Change& change, int64_t now_ms,
                                                   ChangePreparer& prepared, int index) {
  syncpb::ChangeResult result;
  result.set_report_id(change.report_id());
  result.set_version(change.version());
  if (change.report_id().empty() || change.version().empty()) {
    return Status::InvalidArgument("a change without report id or version");
  }
  std::vector<std::string> pushed_paths(change.changed_paths().begin(), change.changed_paths().end());

  LAMPID_ASSIGN_OR_RETURN(std::optional<StoredReport> existing, txn.GetReport(change.report_id()));
  StoredReport record;
  domain::Report incoming_full;  // the report as the pushing device has it after its edit (edits only)
  domain::Report& merged = record.content;  // what the server stores
  std::vector<std::string> incoming_paths;  // what the device changed, relative to its base
  bool conflict = false;
  std::optional<ConflictRecord> conflict_record;
  std::optional<domain::ProblemList> new_report_problems;  // validated ahead (a new report only)
  std::string new_report_bytes;                            // serialized ahead (a new report only)

  if (!existing) {
    if (!change.base_version().empty() || !pushed_paths.empty()) {
      result.set_outcome(syncpb::OUTCOME_REJECTED);
      AddProblem(result, "unknown_base", "Server belum pernah menerima laporan ini; kirim ulang laporan lengkap",
                 "The server never received this report; send it whole");
      return result;
    }
    // A new report is stored as pushed (its derived fields filled in, as the device fills them), prepared
    // ahead by the ChangePreparer.
    PreparedReport ready = prepared.Take(index);
    merged = std::move(ready.report);
    new_report_problems = std::move(ready.problems);
    new_report_bytes = std::move(ready.serialized);
    if (merged.kecamatan_code() != device.kecamatan_code) {
      return Status::PermissionDenied("device of kecamatan " + device.kecamatan_code +
                                      " pushed a report of another kecamatan");
    }
    record.first_version = change.version();
    record.created_at_ms = now_ms;
    result.set_outcome(syncpb::OUTCOME_ACCEPTED);
  } else {
    record = *existing;
    if (existing->content.kecamatan_code() != device.kecamatan_code) {
      return Status::PermissionDenied("device of kecamatan " + device.kecamatan_code +
                                      " pushed a change to another kecamatan's report");
    }
    LAMPID_ASSIGN_OR_RETURN(std::vector<ReportEvent> events, txn.GetEvents(change.report_id()));
    const bool seen = std::any_of(events.begin(), events.end(), [&](const ReportEvent& e) {
      return e.type == "content" && e.pushed_version == change.version();
    });
    if (seen) {
      result.set_outcome(syncpb::OUTCOME_ALREADY_HAD);
      result.set_server_version(existing->version);
      *result.mutable_server_state() = existing->state;
      return result;
    }
    if (!ContentEditable(existing->state.workflow_state())) {
      result.set_outcome(syncpb::OUTCOME_REJECTED);
      result.set_server_version(existing->version);
      *result.mutable_server_state() = existing->state;
      *result.mutable_server_report() = existing->content;
      AddProblem(result, "report_locked",
                 "Laporan ini sudah diproses lebih lanjut di server dan tidak bisa diubah lagi",
                 "This report has moved on in the workflow and can no longer be changed");
      return result;
    }
    // A device that never heard the server's answer to its first push edits against "nothing"; its push
    // carries the whole report, so treat the server's first version as its base.
    const std::string base = change.base_version().empty() ? existing->first_version : change.base_version();
    auto base_content = ContentAt(events, base);
    if (!base_content.ok()) {
      result.set_outcome(syncpb::OUTCOME_REJECTED);
      AddProblem(result, "unknown_base", "Versi dasar perubahan ini tidak dikenal server",
                 "The server does not know the version this edit was based on");
      return result;
    }
    incoming_full = *base_content;
    if (pushed_paths.empty()) {
      incoming_full = change.report();
    } else {
      LAMPID_RETURN_IF_ERROR(domain::ApplyPaths(change.report(), pushed_paths, &incoming_full));
    }
    incoming_full.set_id(change.report_id());
    domain::FillDerivedFields(&incoming_full, *regions_);
    if (incoming_full.kecamatan_code() != device.kecamatan_code) {
      return Status::PermissionDenied("a change would move the report to another kecamatan");
    }
    incoming_paths = domain::DiffMessages(*base_content, incoming_full);
    const std::vector<std::string> server_paths = domain::DiffMessages(*base_content, existing->content);
    std::vector<std::string> overlap;
    for (const auto& a : incoming_paths) {
      for (const auto& b : server_paths) {
        if (Overlaps(a, b)) {
          overlap.push_back(a);
          break;
        }
      }
    }
    merged = existing->content;
    if (overlap.empty()) {
      LAMPID_RETURN_IF_ERROR(domain::ApplyPaths(incoming_full, incoming_paths, &merged));
      result.set_outcome(syncpb::OUTCOME_ACCEPTED);
    } else {
      // Both sides changed the same fields since the base. The later version (hybrid logical clock order,
      // the same on every machine) wins those fields; the loser is kept whole for staff to review.
      conflict = true;
      const bool incoming_wins = change.version() > existing->version;
      ConflictRecord c;
      c.report_id = change.report_id();
      c.paths = overlap;
      c.created_at_ms = now_ms;
      if (incoming_wins) {
        LAMPID_RETURN_IF_ERROR(domain::ApplyPaths(incoming_full, incoming_paths, &merged));
        c.losing_version = existing->version;
        c.losing_device_id = existing->content_device_id;
        c.losing_report = existing->content;
        c.winning_version = change.version();
      } else {
        std::vector<std::string> clean;
        for (const auto& p : incoming_paths) {
          if (std::find(overlap.begin(), overlap.end(), p) == overlap.end()) clean.push_back(p);
        }
        LAMPID_RETURN_IF_ERROR(domain::ApplyPaths(incoming_full, clean, &merged));
        c.losing_version = change.version();
        c.losing_device_id = device.device_id;
        c.losing_report = incoming_full;
        c.winning_version = existing->version;
      }
      conflict_record = std::move(c);
      result.set_outcome(syncpb::OUTCOME_CONFLICT);
    }
  }

  if (existing) {
    merged.set_id(change.report_id());
    domain::FillDerivedFields(&merged, *regions_);
  }
  const domain::ProblemList problems =
      new_report_problems ? std::move(*new_report_problems) : domain::ValidateReport(merged, {*regions_, now_ms});

  // The pushed version names the new content, unless the device's edit lost every field it touched and the
  // content is exactly what it was: then the server's version stays, and the device learns it.
  const bool unchanged = existing && SameReport(merged, existing->content);
  const bool as_pushed = !existing || SameReport(merged, incoming_full);
  if (!unchanged) {
    // Content the pushing device does not hold (a merge) gets a version of its own, just after the pushed
    // one in version order ("+m" extends the node part of the hybrid-logical-clock text), so that the device
    // can tell it apart from its own and take it.
    record.version = as_pushed ? change.version() : change.version() + "+m";
  }
  // Devices pull the content unless it is exactly what the pushing device already holds.
  record.content_device_id = as_pushed ? device.device_id : std::string();
  record.dest_kecamatan_code = DestinationKecamatan(merged);
  record.updated_at_ms = now_ms;

  rpb::ServerState& state = record.state;
  state.clear_problems();
  for (const auto& p : problems.items()) {
    auto* sp = state.add_problems();
    sp->set_code(p.code);
    sp->set_field(p.field);
    sp->set_warning(!p.is_error());
    sp->set_message(p.message);
    sp->set_message_en(p.message_en);
  }
  if (problems.HasErrors()) {
    state.set_workflow_state(rpb::WORKFLOW_STATE_PERLU_PERBAIKAN);
    if (result.outcome() == syncpb::OUTCOME_ACCEPTED) result.set_outcome(syncpb::OUTCOME_REFUSED);
  } else {
    // Submitted and valid: it waits for Dukcapil (the durable queue is written in this same transaction).
    state.set_workflow_state(rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
    state.clear_verification();
    state.clear_rejection_reason();
  }
  state.set_updated_at(FormatTimestamp(now_ms));
  // Probable duplicates (the same death twice, births too close together) are flagged on both reports.
  LAMPID_ASSIGN_OR_RETURN(DuplicateCheck duplicates, FindDuplicates(txn, merged, !existing));
  state.set_duplicate_suspected(duplicates.duplicate);
  for (const auto& other_id : duplicates.to_flag) {
    LAMPID_RETURN_IF_ERROR(txn.MarkPersonsFlagged(other_id));
    LAMPID_ASSIGN_OR_RETURN(std::optional<StoredReport> other, txn.GetReport(other_id));
    if (!other || other->state.duplicate_suspected()) continue;
    other->state.set_duplicate_suspected(true);
    other->state.set_updated_at(FormatTimestamp(now_ms));
    other->updated_at_ms = now_ms;
    ReportEvent flag;
    flag.type = "state";
    flag.version = other->version;
    flag.actor = "server";
    flag.paths = {"duplicate_suspected"};
    flag.created_at_ms = now_ms;
    ChainEvent(*other, flag);
    LAMPID_RETURN_IF_ERROR(txn.SaveReport(*other, flag));
  }
  if (conflict) {
    state.set_conflict_open(true);
  } else if (existing && existing->state.conflict_open() && change.base_version() == existing->version) {
    // An edit made against the server's current version after seeing the conflict resolves it.
    LAMPID_RETURN_IF_ERROR(txn.ResolveConflicts(change.report_id(), now_ms));
    state.set_conflict_open(false);
  }

  ReportEvent event;
  event.type = "content";
  event.version = record.version;
  event.pushed_version = change.version();
  event.device_id = device.device_id;
  event.actor = merged.operator_id();
  event.created_at_ms = now_ms;
  // The event carries the device's change as a patch when replaying it onto the previous content gives
  // exactly the new content; otherwise (a new report, a merge, a conflict) the whole new content.
  bool as_patch = false;
  if (existing && !incoming_paths.empty()) {
    domain::Report patch = incoming_full;
    LAMPID_RETURN_IF_ERROR(domain::PruneToPaths(incoming_paths, &patch));
    domain::Report replayed = existing->content;
    LAMPID_RETURN_IF_ERROR(domain::ApplyPaths(patch, incoming_paths, &replayed));
    if (SameReport(replayed, merged)) {
      as_patch = true;
      event.paths = incoming_paths;
      patch.SerializeToString(&event.payload);
    }
  }
  if (!as_patch) {
    // A new report's content is unchanged since it was prepared (and serialized) ahead.
    if (existing) {
      merged.SerializeToString(&event.payload);
    } else {
      event.payload = std::move(new_report_bytes);
    }
  }
  ChainEvent(record, event);
  LAMPID_RETURN_IF_ERROR(txn.SaveReport(record, event));
  LAMPID_RETURN_IF_ERROR(QueueNotificationIfAnnounced(
      txn, record, existing ? static_cast<int>(existing->state.workflow_state()) : -1, now_ms));
  if (conflict_record) LAMPID_RETURN_IF_ERROR(txn.AddConflict(*conflict_record));
  if (!problems.HasErrors()) LAMPID_RETURN_IF_ERROR(txn.EnqueueVerification(record.content.id(), record.version, now_ms));

  result.set_server_version(record.version);
  *result.mutable_server_state() = state;
  if (conflict || record.content_device_id.empty()) *result.mutable_server_report() = merged;
  if (conflict_record) {
    auto* ci = result.add_conflicts();
    ci->set_losing_version(conflict_record->losing_version);
    ci->set_losing_device_id(conflict_record->losing_device_id);
    *ci->mutable_losing_report() = conflict_record->losing_report;
    ci->set_winning_version(conflict_record->winning_version);
    for (const auto& p : conflict_record->paths) ci->add_paths(p);
  }
  return result;
}

Result<DeviceRecord> SyncCore::AuthenticateAndCommit(std::string_view method, const syncpb::SignedRequest& request) {
  LAMPID_ASSIGN_OR_RETURN(std::unique_ptr<CentralTxn> txn, store_.BeginWrite());
  auto device = Authenticate(*txn, method, request);
  if (!device.ok()) {
    spdlog::warn("{} refused for device {}: {}", method, request.device_id(), device.status().ToString());
    return CountRefusal(device.status());
  }
  LAMPID_RETURN_IF_ERROR(txn->Commit());
  return device;
}

Result<syncpb::ActionResult> SyncCore::ApplyAction(CentralTxn& txn, const DeviceRecord& device,
                                                   const syncpb::WorkflowActionRequest& action, int64_t now_ms) {
  syncpb::ActionResult out;
  out.set_action_id(action.action_id());
  out.set_report_id(action.report_id());
  auto fail = [&](const Status& s) {
    out.set_applied(false);
    out.set_error(s.message());
    out.set_error_code(static_cast<int>(s.code() == StatusCode::kPermissionDenied    ? 7
                                        : s.code() == StatusCode::kFailedPrecondition ? 9
                                        : s.code() == StatusCode::kNotFound           ? 5
                                                                                      : 3));
    spdlog::warn("workflow action refused for device {}: {}", device.device_id, s.ToString());
    return out;
  };
  const auto kind = ActionFromName(action.action());
  // Desktop users decide at the kecamatan; registering and rejecting happen in the kab/kota web UI.
  if (!kind || (*kind != WorkflowAction::kApprove && *kind != WorkflowAction::kReturn)) {
    return fail(Status::InvalidArgument("unknown or web-only action " + action.action()));
  }
  LAMPID_ASSIGN_OR_RETURN(std::optional<User> user, store_.GetUser(action.operator_id()));
  if (!user) return fail(Status::PermissionDenied("pengguna tidak dikenal / unknown user"));
  // The operator must work in this device's kecamatan (a device cannot act for someone from elsewhere).
  if (!RegionCovers(user->region_code, device.kecamatan_code) && !RegionCovers(device.kecamatan_code, user->region_code)) {
    return fail(Status::PermissionDenied("pengguna bukan dari kecamatan perangkat ini / user is not of this kecamatan"));
  }
  LAMPID_ASSIGN_OR_RETURN(std::optional<StoredReport> report, txn.GetReport(action.report_id()));
  if (report && report->content.kecamatan_code() != device.kecamatan_code) {
    return Status::PermissionDenied("device acted on another kecamatan's report");
  }
  auto state = WorkflowService::Apply(txn, *user, action.report_id(), *kind, action.reason(), action.action_id(), now_ms);
  if (!state.ok()) return fail(state.status());
  out.set_applied(true);
  *out.mutable_server_state() = std::move(*state);
  return out;
}

Result<syncpb::LoginResponse> SyncCore::Login(const syncpb::LoginRequest& body) {
  if (body.protocol_version() < options_.min_protocol) {
    return CountRefusal(Status::FailedPrecondition("Versi aplikasi terlalu lama; perbarui aplikasi. / Update the app."));
  }
  LAMPID_ASSIGN_OR_RETURN(std::optional<DeviceRecord> found, store_.GetDevice(body.device_id()));
  if (!found) return CountRefusal(Status::Unauthenticated("unknown device"));
  if (found->revoked) return CountRefusal(Status::PermissionDenied("device has been revoked"));
  const DeviceRecord& device = *found;
  const int64_t now = clock_.NowMillis();
  constexpr int kMaxFailures = 5;
  constexpr int64_t kLockoutMs = 15 * 60 * 1000;
  LAMPID_ASSIGN_OR_RETURN(auto failures, store_.LoginFailures(body.user_id()));
  if (failures.first >= kMaxFailures && now - failures.second < kLockoutMs) {
    spdlog::warn("login locked for a user on device {} after {} failures", device.device_id, failures.first);
    return Status::ResourceExhausted("Terlalu banyak percobaan masuk yang gagal; coba lagi dalam 15 menit. "
                                     "/ Too many failed logins; try again in 15 minutes.");
  }
  LAMPID_ASSIGN_OR_RETURN(std::optional<User> user, store_.GetUser(body.user_id()));
  // Hash even for an unknown user, so that timing does not tell which user ids exist.
  const bool ok = user ? VerifyPassword(user->password_hash, body.password()) : (HashPassword(body.password()), false);
  if (!ok || !user->active) {
    if (user) (void)store_.RecordLoginFailure(body.user_id(), now);
    ++metrics_.logins_failed;
    spdlog::warn("login failed on device {}", device.device_id);
    return Status::Unauthenticated("Nama pengguna atau kata sandi salah / wrong user name or password");
  }
  LAMPID_RETURN_IF_ERROR(store_.ResetLoginFailures(body.user_id()));
  const bool works_here = (user->role == Role::kOperatorDesa || user->role == Role::kVerifikatorKecamatan) &&
                          (RegionCovers(user->region_code, device.kecamatan_code) ||
                           RegionCovers(device.kecamatan_code, user->region_code));
  if (!works_here) {
    return Status::PermissionDenied("Pengguna ini tidak bertugas di kecamatan " + device.kecamatan_code +
                                    " / this user does not work in this kecamatan");
  }
  ++metrics_.logins;
  syncpb::LoginResponse out;
  auto* info = out.mutable_user();
  info->set_user_id(user->user_id);
  info->set_display_name(user->display_name);
  info->set_role(std::string(RoleName(user->role)));
  info->set_region_code(user->region_code);
  info->set_active(user->active);
  out.set_server_time_ms(now);
  out.set_escrow_key(device.escrow_key);
  return out;
}

Result<syncpb::PullResponse> SyncCore::PullPageFor(const DeviceRecord& device, const syncpb::PullBody& body,
                                                   int64_t now) {
  const uint32_t limit = body.max_changes() == 0 ? options_.max_pull_page
                                                 : std::min(body.max_changes(), options_.max_pull_page);
  syncpb::PullPage out;
  // Rows the device already has (its own pushes) are skipped without ending the page: the store is read on
  // until the page is full, nothing is left, or a scan budget is spent — one round trip, not one per 500.
  constexpr int kMaxStorePages = 40;
  std::string cursor = body.cursor();
  ChangePage page;
  for (int scanned = 0; scanned < kMaxStorePages; ++scanned) {
    LAMPID_ASSIGN_OR_RETURN(page, store_.ChangesSince(device.kecamatan_code, cursor,
                                                      limit - static_cast<uint32_t>(out.changes_size())));
    for (auto& c : page.reports) {
      // The latest change is this device's own push: it already has that content and state from the push
      // answer (a lost answer is replayed from the stored batch), so only the cursor moves past it.
      if (!c.last_change_device_id.empty() && c.last_change_device_id == device.device_id &&
          c.report.content_device_id == device.device_id && !c.report.state.conflict_open()) {
        continue;
      }
      auto* pc = out.add_changes();
      pc->set_report_id(c.report.content.id());
      pc->set_server_version(c.report.version);
      *pc->mutable_server_state() = c.report.state;
      if (c.report.content_device_id != device.device_id) *pc->mutable_report() = c.report.content;
      for (auto& conflict : c.open_conflicts) {
        auto* ci = pc->add_conflicts();
        ci->set_losing_version(conflict.losing_version);
        ci->set_losing_device_id(conflict.losing_device_id);
        *ci->mutable_losing_report() = conflict.losing_report;
        ci->set_winning_version(conflict.winning_version);
        for (auto& p : conflict.paths) ci->add_paths(p);
      }
    }
    cursor = page.next_cursor;
    if (!page.has_more || static_cast<uint32_t>(out.changes_size()) >= limit) break;
  }
  out.set_next_cursor(cursor);
  out.set_has_more(page.has_more);
  // The kecamatan's users (names and roles only) when the edge's copy is out of date.
  LAMPID_ASSIGN_OR_RETURN(std::vector<User> users, store_.UsersOfKecamatan(device.kecamatan_code));
  syncpb::PullPage user_list;
  for (const auto& u : users) {
    auto* info = user_list.add_users();
    info->set_user_id(u.user_id);
    info->set_display_name(u.display_name);
    info->set_role(std::string(RoleName(u.role)));
    info->set_region_code(u.region_code);
    info->set_active(u.active);
  }
  std::string list_bytes;
  user_list.SerializeToString(&list_bytes);
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(list_bytes.data()), list_bytes.size(),
                     nullptr, 0);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  out.set_users_version(hex);
  if (body.users_version() != out.users_version()) {
    *out.mutable_users() = user_list.users();
    out.set_users_included(true);
  }
  std::string serialized;
  out.SerializeToString(&serialized);
  syncpb::PullResponse response;
  response.set_server_time_ms(now);
  *response.mutable_page() = codec_.Encode(serialized);
  return response;
}

Result<syncpb::PullResponse> SyncCore::Pull(const syncpb::SignedRequest& request) {
  LAMPID_ASSIGN_OR_RETURN(DeviceRecord device, AuthenticateAndCommit(syncwire::kMethodPull, request));
  auto bytes = codec_.Decode(request.payload());
  if (!bytes.ok()) return CountRefusal(bytes.status());
  syncpb::PullBody body;
  if (!body.ParseFromString(*bytes)) return CountRefusal(Status::InvalidArgument("pull payload is not a PullBody"));
  ++metrics_.pulls;
  const auto started = std::chrono::steady_clock::now();
  auto page = PullPageFor(device, body, clock_.NowMillis());
  spdlog::debug("pull page built in {} ms", std::chrono::duration_cast<std::chrono::milliseconds>(
                                                  std::chrono::steady_clock::now() - started).count());
  return page;
}

Result<std::vector<syncpb::PullResponse>> SyncCore::PullAll(const syncpb::SignedRequest& request) {
  LAMPID_ASSIGN_OR_RETURN(DeviceRecord device, AuthenticateAndCommit(syncwire::kMethodPull, request));
  LAMPID_ASSIGN_OR_RETURN(std::string bytes, codec_.Decode(request.payload()));
  syncpb::PullBody body;
  if (!body.ParseFromString(bytes)) return Status::InvalidArgument("pull payload is not a PullBody");
  std::vector<syncpb::PullResponse> pages;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(syncpb::PullResponse response, PullPageFor(device, body, clock_.NowMillis()));
    LAMPID_ASSIGN_OR_RETURN(std::string page_bytes, codec_.Decode(response.page()));
    syncpb::PullPage page;
    page.ParseFromString(page_bytes);
    pages.push_back(std::move(response));
    if (!page.has_more()) break;
    body.set_cursor(page.next_cursor());
    body.set_users_version(page.users_version());
  }
  return pages;
}

}  // namespace lampid::central
