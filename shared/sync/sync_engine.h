#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "lampid/sync/v1/sync.pb.h"
#include "store/store.h"
#include "sync/sync_transport.h"
#include "syncwire/payload_codec.h"

namespace lampid::sync {

// What one sync did, for the CLI's summary, the desktop app's status bar and the audit log.
struct SyncReport {
  size_t batches = 0;
  size_t pushed = 0;       // changes sent
  size_t accepted = 0;
  size_t already_had = 0;
  size_t conflicts = 0;
  size_t refused = 0;      // stored by the server as perlu_perbaikan (validation problems)
  size_t rejected = 0;     // not stored (e.g. the report can no longer be changed)
  size_t pulled = 0;       // reports the server sent down (state, content or both)
  size_t pulled_content = 0;
  size_t actions_applied = 0;
  size_t actions_refused = 0;
  int64_t server_time_ms = 0;
  int64_t clock_offset_ms = 0;  // server clock minus this PC's clock
  int64_t waiting_after = 0;    // reports still waiting to reach the server afterwards
  bool all_acknowledged() const { return waiting_after == 0; }
};

struct SyncProgress {
  enum class Phase { kPush, kPull } phase;
  size_t done = 0;   // changes pushed / reports pulled so far
  size_t total = 0;  // push: changes waiting at the start (0 for pull: unknown)
};

// A workflow decision to send (a verifier approving or returning a report) — see QueueAction.
struct QueuedAction {
  std::string action_id;
  std::string report_id;
  std::string action;  // "approve" | "return"
  std::string reason;
  std::string operator_id;
  std::string decided_at;
};

// The edge side of the sync protocol (docs/sync-protocol.md) over the edge store: pushes the outbox in
// signed, compressed batches, applies the server's answers, then pulls what the server decided or others
// changed. Never holds a store transaction while waiting on the network (every store call is its own short
// transaction). Resumable: the batch id and the request counter are stored before a request leaves, so a
// crash, a kill or a dropped link at any point is followed by a resend that the server answers from its
// stored answer; nothing is lost and nothing is applied twice.
//
// Not thread-safe: one engine per thread (its store is that thread's connection). SyncOnce makes each push
// call of the transport on a short-lived worker thread (one call in flight at a time), so that the previous
// answer is applied and the next batch prepared meanwhile.
class SyncEngine {
 public:
  struct Options {
    // Changes per push, at most (the server takes up to 5,000). Pushes start at push_batch_start and the size
    // follows the link: it doubles after an answer that came back within a second and halves after one that
    // took longer than five, or after a failed push — big batches on a LAN, small ones (little to resend when
    // the link drops) on a slow line.
    size_t push_batch = 5000;
    size_t push_batch_start = 500;
    uint32_t pull_page = 500;
    std::string app_version = "lampid-edge 0.1.0";
    // Prepare the next push batch while the previous one is in flight (one request in flight at a time).
    bool pipeline = true;
  };

  SyncEngine(store::Store& store, SyncTransport& transport, syncwire::PayloadCodec codec, const Clock& clock,
             Options options);

  // Binds this node to its kecamatan on the server with a one-time code. The store must be unlocked.
  Result<syncpb::EnrollResponse> Enroll(const std::string& code);
  // True once Enroll succeeded for this store.
  Result<bool> Enrolled();

  // One sync: push until nothing is waiting (or until cancelled), then pull every page. On an error the
  // caller retries later (the CLI's --watch and the desktop app back off); what was applied stays applied.
  // Requires the store unlocked.
  Result<SyncReport> SyncOnce(const std::function<void(const SyncProgress&)>& progress = {},
                              const std::atomic<bool>* cancel = nullptr);

  // An operator's first login on this edge, online: the server checks the password of the account, and
  // hands back the key this edge escrowed at enrollment, which opens the store so that an unlock slot for
  // the user is created from the same password. Afterwards the store is unlocked as that user, and later
  // logins work offline. Works on a locked store. AlreadyExists when the user already has a slot here (log
  // in locally instead); Unauthenticated for a wrong password; PermissionDenied for a user of another
  // kecamatan.
  Result<syncpb::UserInfo> LoginOnline(const std::string& user_id, const std::string& password);

  // Queues a workflow decision to travel with the next push (stored durably in the store's sealed meta).
  Status QueueAction(QueuedAction action);
  // The decisions queued and not yet answered by the server, oldest first. Requires the store unlocked.
  Result<std::vector<QueuedAction>> QueuedActions() { return LoadActions(); }

  // Sync without a link: a file holding the signed push of everything waiting (up to the server's batch
  // limit) and a signed pull from the cursor; and applying the answer file the server wrote for it.
  Result<std::string> MakeBundle(size_t* changes_in_bundle = nullptr);
  Result<SyncReport> ApplyAnswerBundle(const std::string& bytes);

  // The size of the next push batch (see Options::push_batch), and its update after a push took `seconds`
  // (negative: it failed).
  size_t NextPushBatch() const { return push_batch_now_; }
  void AdaptPushBatch(double seconds);

  // The server's user list last received (names and roles), and the server clock offset.
  Result<std::vector<syncpb::UserInfo>> KnownUsers();

 private:
  // Signs `body` with the next request counter; the request's backlog is `backlog_`, or counted when unset.
  // The counter is written to the store before this returns, or, with `deferred_meta`, appended there for the
  // caller to write before the request leaves.
  Result<syncpb::SignedRequest> Sign(std::string_view method, const std::string& body,
                                     std::vector<std::pair<std::string, std::string>>* deferred_meta = nullptr);
  // A push batch ready to leave: its sent marks and request counter are already durable. The body lives on
  // its own arena: a batch's reports are decrypted straight into it and dropped with it at once, instead of
  // being copied in and freed one small block at a time.
  struct PreparedPush {
    std::unique_ptr<google::protobuf::Arena> arena;
    syncpb::PushBody* body = nullptr;  // owned by `arena`
    std::vector<store::VersionRef> sent;
    bool has_more = false;
    syncpb::SignedRequest request;
    static PreparedPush New();
  };
  // Reads up to `limit` changes waiting to be sent into `body` (its changes and their reports, pruned to the
  // changed paths), oldest first: all pending ones, or with `queued_only` not those sent and unanswered,
  // and never those of the reports in `skip`. `has_more`: some were left for a later batch.
  Status ReadChanges(bool queued_only, size_t limit, const std::set<std::string_view>& skip, syncpb::PushBody* body,
                     std::vector<store::VersionRef>* sent, bool* has_more);
  // The pending batch (interrupted earlier: its id, and at least Options::push_batch changes so that it goes
  // out again whole) or a new one of at most `limit` changes, with the queued workflow actions.
  Status BuildPushBody(size_t limit, syncpb::PushBody* body, std::vector<store::VersionRef>* sent, bool* has_more);
  // The batch after the one in flight: queued changes of reports not in flight, no workflow decisions;
  // nullopt when there are none.
  Result<std::optional<PreparedPush>> PrepareAhead(const std::vector<store::VersionRef>& in_flight);
  // Applies a push answer and clears the pending batch id (in the same transaction unless the answer
  // carries workflow decisions, which are applied one by one first).
  // With `next_batch_id`, that id becomes the pending batch's instead; the next batch's id is cleared.
  Status ApplyPushResponse(const syncpb::PushBody& body, const syncpb::PushResponse& response, SyncReport& report,
                           const std::string& next_batch_id = std::string());
  Status ApplyPullPage(const syncpb::PullPage& page, SyncReport& report);
  Status RecordServerTime(int64_t server_time_ms, SyncReport& report);
  Result<std::vector<QueuedAction>> LoadActions();
  Status StoreActions(const std::vector<QueuedAction>& actions);

  store::Store& store_;
  SyncTransport& transport_;
  syncwire::PayloadCodec codec_;
  const Clock& clock_;
  Options options_;
  size_t push_batch_now_;  // follows the link across runs; starts at Options::push_batch_start
  int64_t last_clock_offset_ms_ = INT64_MIN / 2;
  // During SyncOnce, the backlog its requests carry: the changes waiting when it began, less those answered
  // since (acknowledged or in conflict). Counting the store per batch cost O(waiting) each time. Edits saved
  // during a sync are counted by the next one. nullopt outside SyncOnce: Sign counts.
  std::optional<int64_t> backlog_;
};

// Meta keys the engine keeps in the store (clear values: no personal data, no secrets).
inline constexpr const char* kMetaEnrolled = "sync.enrolled";          // the kecamatan the server bound us to
inline constexpr const char* kMetaServer = "sync.server";              // host:port used at enrollment
inline constexpr const char* kMetaInsecureLoopback = "sync.insecure-loopback";  // "1": plaintext to loopback
inline constexpr const char* kMetaCaFile = "sync.ca";                  // the server's CA certificate (PEM path)
inline constexpr const char* kMetaCounter = "sync.counter";            // last request counter used
inline constexpr const char* kMetaPendingBatch = "sync.pending-batch"; // batch id of a push not yet answered
inline constexpr const char* kMetaNextBatch = "sync.next-batch";       // the batch prepared (maybe sent) after it
inline constexpr const char* kMetaCursor = "sync.cursor";              // pull cursor
inline constexpr const char* kMetaUsersVersion = "sync.users-version";
inline constexpr const char* kMetaLastSuccess = "sync.last-success-ms";
inline constexpr const char* kMetaClockOffset = "sync.clock-offset-ms";
// Sealed (it may name reports and staff decisions): the queue of workflow decisions; the users list.
inline constexpr const char* kSealedActions = "sync.actions";
inline constexpr const char* kSealedUsers = "sync.users";
inline constexpr const char* kSealedEscrowPending = "sync.escrow-pending";  // until enrollment succeeded
// The unlock slot opened by the escrowed key (not a person; hidden from operator lists).
inline constexpr const char* kEscrowOperator = "escrow.server";
// Sealed, per report: the losing side of a conflict the server reported ("sync.conflict.<report id>").
std::string ConflictMetaKey(const std::string& report_id);

}  // namespace lampid::sync
