#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "central-server/core/central_store.h"
#include "central-server/core/change_preparer.h"
#include "central-server/core/server_metrics.h"
#include "core/clock.h"
#include "core/result.h"
#include "domain/region_table.h"
#include "lampid/sync/v1/sync.pb.h"
#include "syncwire/payload_codec.h"

namespace lampid::central {

namespace syncpb = ::lampid::sync::v1;

struct SyncOptions {
  syncpb::ProtocolVersion min_protocol = syncpb::PROTOCOL_VERSION_1;
  uint32_t max_pull_page = 500;      // reports per pull page, whatever the edge asks for
  uint32_t max_push_changes = 5000;  // changes per push batch
};

// Enrollment, push and pull, independent of gRPC: the gRPC services and the USB-bundle import both call
// this, so both apply the same checks and the same idempotency. Thread-safe; blocking (it does disk I/O).
//
// Every method returns the answer to send, or a Status whose code maps one to one onto the gRPC status the
// client gets (see docs/sync-protocol.md): Unauthenticated (unknown device, bad signature, replay),
// PermissionDenied (revoked device, another kecamatan's records, a code for another kecamatan),
// ResourceExhausted (payload too large), InvalidArgument (corrupt payload), FailedPrecondition (edge too old).
class SyncCore {
 public:
  SyncCore(CentralStore& store, std::shared_ptr<const domain::RegionTable> regions, const Clock& clock,
           syncwire::PayloadCodec codec, SyncOptions options = {});

  Result<syncpb::EnrollResponse> Enroll(const syncpb::EnrollRequest& request);
  // Applies a signed push batch. The body may be in column form or plain (syncwire/push_body.h). The
  // answer is compact (PushResponse.compact) when the body asks for it, `allow_compact` and it is not a
  // replay; otherwise whole, one result per change. An answer bundle passes false: the edge applies it
  // without the body it sent at hand.
  Result<syncpb::PushResponse> Push(const syncpb::SignedRequest& request, bool allow_compact = true);
  Result<syncpb::PullResponse> Pull(const syncpb::SignedRequest& request);

  // Checks a user's password for an enrolled device (the edge then creates the local unlock slot).
  Result<syncpb::LoginResponse> Login(const syncpb::LoginRequest& request);

  // Every page from the request's cursor, authenticated once (a USB bundle cannot ask page by page).
  Result<std::vector<syncpb::PullResponse>> PullAll(const syncpb::SignedRequest& request);

  // Creates a one-time enrollment code for a kecamatan, valid for `valid_for_ms`; returns it for the
  // administrator to hand over ("ABCD-EFGH-JKMN"). Only its hash is stored.
  Result<std::string> CreateEnrollmentCode(const std::string& kecamatan_code, int64_t valid_for_ms);

  const syncwire::PayloadCodec& codec() const { return codec_; }
  const SyncMetrics& metrics() const { return metrics_; }

 private:
  // Counts a refused request by its reason and passes the status through.
  Status CountRefusal(const Status& s);
  Result<DeviceRecord> Authenticate(CentralTxn& txn, std::string_view method, const syncpb::SignedRequest& request);
  Result<DeviceRecord> AuthenticateAndCommit(std::string_view method, const syncpb::SignedRequest& request);
  Result<syncpb::ActionResult> ApplyAction(CentralTxn& txn, const DeviceRecord& device,
                                           const syncpb::WorkflowActionRequest& action, int64_t now_ms);
  Result<syncpb::PullResponse> PullPageFor(const DeviceRecord& device, const syncpb::PullBody& body, int64_t now);
  // `prepared` holds the batch's new reports prepared ahead; `index` is the change's position in the batch.
  Result<syncpb::ChangeResult> ApplyChange(CentralTxn& txn, const DeviceRecord& device, const syncpb::Change& change,
                                           int64_t now_ms, ChangePreparer& prepared, int index);

  CentralStore& store_;
  std::shared_ptr<const domain::RegionTable> regions_;
  const Clock& clock_;
  syncwire::PayloadCodec codec_;
  // Stored push answers (kept for replays) are compressed quickly: a 2,000-change answer is ~380 KB whole,
  // ~15 % of what a push writes, and nearly all repetition.
  syncwire::PayloadCodec stored_answer_codec_{{}, syncwire::kDefaultMaxUncompressedBytes, 1};
  SyncOptions options_;
  SyncMetrics metrics_;
};

// Normalises a typed enrollment code (case, spaces, dashes) and hashes it for storage and lookup.
std::string HashEnrollmentCode(std::string_view code);

}  // namespace lampid::central
