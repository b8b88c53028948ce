#pragma once

// Internals shared by the store's implementation files (store*.cpp). Not a public header.

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "crypto/hash.h"
#include "crypto/kdf.h"
#include "crypto/secret.h"
#include "store/audit_chain.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace lampid::store {

// The keys that exist while the store is unlocked. Everything is derived from the data key with
// crypto_kdf (context "lampidv1"); all of it lives in sodium_malloc'd memory and is wiped when the last
// holder lets go.
struct KeyRing {
  crypto::SecretBytes data_key;         // random, 32 bytes; wrapped per unlock slot
  crypto::SecretBytes seal_key;         // subkey 1: AEAD for every sealed column
  crypto::BlindIndex blind;             // subkey 2: blind index of NIK and KK numbers
  crypto::SecretBytes audit_key;        // subkey 3: MACs of the audit chain
  crypto::SecretBytes node_secret_key;  // the node's Ed25519 secret key, unsealed
  std::string operator_id;              // who unlocked

  static std::unique_ptr<KeyRing> Derive(crypto::SecretBytes data_key);
};

// What a store and its clones share.
struct StoreShared {
  Store::Options options;  // platform and clock filled in
  SystemClock system_clock;
  const Clock* clock = nullptr;
  std::string db_path;
  std::string lock_path;
  NodeInfo node;

  std::shared_ptr<const KeyRing> Keys() const {
    std::lock_guard lock(mu);
    return keys;
  }
  void SetKeys(std::shared_ptr<const KeyRing> k) {
    std::lock_guard lock(mu);
    keys = std::move(k);
  }

 private:
  mutable std::mutex mu;
  std::shared_ptr<const KeyRing> keys;  // guarded by mu; null while locked
};

// ---- Associated data: every sealed value is bound to where it belongs ----
std::string ReportAd(std::string_view id, std::string_view version);
std::string ServerStateAd(std::string_view id);
std::string ConflictAd(std::string_view id, std::string_view server_version);
std::string NodeSecretAd(std::string_view node_id);
std::string SealedMetaAd(std::string_view key);
std::string SlotAd(std::string_view slot_id);

// The blind index tags of every NIK and KK number in a report (any string field named "nik", "*_nik" or
// "kk_number", at any depth), without duplicates.
std::vector<std::string> BlindTagsOf(const crypto::BlindIndex& blind, const domain::Report& report);
std::string NikTag(const crypto::BlindIndex& blind, std::string_view nik);
std::string KkTag(const crypto::BlindIndex& blind, std::string_view kk);

// Seals / opens a serialized message. The plaintext buffer is wiped after use.
Result<std::string> SealMessage(const KeyRing& keys, const google::protobuf::Message& message, std::string_view ad);
Status OpenMessage(const KeyRing& keys, std::string_view sealed, std::string_view ad,
                   google::protobuf::Message* out);

// ---- The meta table ----
inline constexpr char kMetaNodeId[] = "store.node_id";
inline constexpr char kMetaKecamatan[] = "store.kecamatan_code";
inline constexpr char kMetaPublicKey[] = "store.public_key";
inline constexpr char kMetaSecretKey[] = "store.secret_key";  // sealed
inline constexpr char kMetaHlc[] = "store.hlc";
inline constexpr char kMetaFailedUnlocks[] = "store.failed_unlocks";
inline constexpr char kMetaCreatedAt[] = "store.created_at";
inline constexpr char kRecoverySlot[] = "#recovery";

Result<std::optional<std::string>> ReadMeta(Database& db, std::string_view key);
Status WriteMeta(Database& db, std::string_view key, std::string_view value);
// InvalidArgument unless `key` is a key callers may use (1-100 of [a-z0-9._-], not store.* or sealed.*).
Status CheckMetaKey(std::string_view key);

// ---- Unlock slots ----
struct Slot {
  std::string slot_id;
  crypto::WrappedKey wrapped;
};
Result<std::vector<Slot>> ReadSlots(Database& db, std::string_view only_slot_id);  // "" = every slot
Status WriteSlot(Database& db, std::string_view slot_id, const crypto::WrappedKey& wrapped, int64_t now_ms);

// ---- Checks of caller input ----
Status CheckOperatorId(std::string_view operator_id);
Status CheckNewPassphrase(std::string_view passphrase);

// Bilingual messages used in several places.
Status LockedStatus();
Status WrongPassphraseStatus();

// One write transaction's worth of bookkeeping: the HLC read once from meta and written back, the audit
// writer, all flushed by Finish() before Commit.
class WriteContext {
 public:
  WriteContext(Database& db, HybridLogicalClock& hlc, const std::string& node_id, const KeyRing* keys);
  // A new version, after everything issued before (here or in any other connection or process).
  Result<HlcTimestamp> NextVersion();
  // A new version after `remote` too.
  Result<HlcTimestamp> NextVersionAfter(const HlcTimestamp& remote);
  AuditWriter& audit() { return audit_; }
  Status Finish();

 private:
  Status LoadHlc();
  Database& db_;
  HybridLogicalClock& hlc_;
  AuditWriter audit_;
  bool hlc_loaded_ = false;
  bool hlc_dirty_ = false;
};

// A report's sealed content is not in its reports row but in report_content (schema 3), keyed by
// reports.seq: the row changes on every sync (sync state, base version, server state) and is rewritten whole
// each time, and without the content it is a few hundred bytes instead of the whole sealed report. Queries
// read the content with this expression in the place of a column.
#define LAMPID_STORE_SEALED_CONTENT "(SELECT sealed FROM report_content WHERE report_content.seq = reports.seq)"
inline constexpr char kSealedContent[] = LAMPID_STORE_SEALED_CONTENT;
// Writes (inserts or replaces) the sealed content of the report whose reports.seq is `seq`.
Status PutContent(Database& db, int64_t seq, std::string_view sealed);

// Reads reports rows. The column list matches RowToSummary; queries that need the content add
// "<kSealedContent>, server_state" right after it (kSummaryColumnCount and kSummaryColumnCount + 1).
inline constexpr char kSummaryColumns[] =
    "seq, id, kind, kecamatan_code, desa_code, created_at, updated_at, operator_id, sync_state, workflow_state, "
    "version, base_version";
inline constexpr int kSummaryColumnCount = 12;
ReportSummary RowToSummary(const Statement& st);

// What PendingChanges runs: read from reports_pending, the partial index that holds only pending reports
// in version order, so the cost is O(pending), with no sort. INDEXED BY makes that a guarantee rather than a
// planner's choice (left alone, SQLite prefers an index by sync state plus a sort); the WHERE clause repeats
// the index's condition, which the index requires. The test checks the query plan.
inline constexpr char kPendingQuery[] =
    "SELECT seq, id, kind, kecamatan_code, desa_code, created_at, updated_at, operator_id, sync_state, "
    "workflow_state, version, base_version, " LAMPID_STORE_SEALED_CONTENT ", server_state "
    "FROM reports INDEXED BY reports_pending "
    "WHERE sync_state IN (2, 3) ORDER BY version LIMIT ?";
// The same, queued only (not sent and waiting for an answer): the next batch while one is in flight.
inline constexpr char kQueuedQuery[] =
    "SELECT seq, id, kind, kecamatan_code, desa_code, created_at, updated_at, operator_id, sync_state, "
    "workflow_state, version, base_version, " LAMPID_STORE_SEALED_CONTENT ", server_state "
    "FROM reports INDEXED BY reports_pending "
    "WHERE sync_state IN (2, 3) AND sync_state = 2 ORDER BY version LIMIT ?";

// A report's row as read for an update.
struct Row {
  ReportSummary summary;
  std::string sealed;
  std::optional<std::string> server_state;  // sealed
};
// Without `with_content`, `sealed` is left empty (for updates that need only the metadata and server state).
Result<std::optional<Row>> ReadRow(Database& db, std::string_view id, bool with_content = true);

// Opens a row's sealed content and checks that it is the report the row says it is (Corruption if not).
Status OpenReportRow(const KeyRing& keys, const ReportSummary& s, std::string_view sealed, domain::Report* out);
// Opens a row's sealed server state (nullopt when there is none).
Result<std::optional<domain::pb::ServerState>> OpenServerState(const KeyRing& keys, std::string_view id,
                                                               const std::optional<std::string>& sealed);
// A whole StoredReport from a row.
Result<StoredReport> OpenRow(const KeyRing& keys, Row row);

Status InsertBlindTags(Database& db, const std::vector<std::string>& tags, int64_t seq);
Status DeleteBlindTags(Database& db, const std::vector<std::string>& tags, int64_t seq);
// Replaces a report's blind index rows for `before` by those for `after` (only the difference is written).
Status UpdateBlindTags(Database& db, const KeyRing& keys, const domain::Report& before,
                       const domain::Report& after, int64_t seq);
Status InsertOutbox(Database& db, std::string_view id, std::string_view version, std::string_view base,
                    const std::vector<std::string>& paths, int64_t now);

// The envelope fields that change on every save, cleared: what diffs compare.
domain::Report WithoutSaveStamps(const domain::Report& r);
std::string JoinPaths(const std::vector<std::string>& paths, char separator = '\n');

SaveResult Failed(Status s);
Status NotFoundStatus(std::string_view id);
Status OtherKecamatanStatus(const std::string& mine);
Status InvalidReportStatus(const domain::ProblemList& problems);

}  // namespace lampid::store
