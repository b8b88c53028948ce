// The store's lifecycle: init, open, clone, unlock, operators, node identity, meta values and the audit API.
#include "store/store.h"

#include <charconv>
#include <filesystem>

#include "core/uuid.h"
#include "crypto/aead.h"
#include "crypto/init.h"
#include "crypto/kdf.h"
#include "crypto/recovery_code.h"
#include "crypto/signing.h"
#include "store/schema.h"
#include "store/store_internal.h"

namespace lampid::store {
namespace {

constexpr char kDatabaseFile[] = "edge.db";
constexpr char kLockFile[] = "edge.lock";

// Applied to every connection. synchronous=FULL is never relaxed: in WAL mode it is what makes each
// COMMIT fsync the WAL before returning (NORMAL would only fsync at checkpoints and could lose the last
// commits on power loss).
Status ConfigureConnection(Database& db) {
  LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA journal_mode = WAL"));
  LAMPID_ASSIGN_OR_RETURN(const std::string mode, db.QueryText("PRAGMA journal_mode"));
  if (mode != "wal") return Status::IoError("the database could not be switched to WAL mode (" + mode + ")");
  LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA synchronous = FULL"));
  // Keeps the WAL from growing without bound after a large import (it is truncated to this after a
  // checkpoint); 64 MiB.
  LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA journal_size_limit = 67108864"));
  // Checkpoints every ~40 MiB of WAL instead of SQLite's 4 MiB: a sync writes each report's page twice
  // (sent, then acknowledged) a few transactions apart, and a page rewritten before the checkpoint is copied
  // into the database once. Durability does not depend on it (every COMMIT fsyncs the WAL).
  LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA wal_autocheckpoint = 10000"));
  LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA temp_store = MEMORY"));
  LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA cache_size = -16384"));  // 16 MiB per connection
  return Status::Ok();
}

Result<std::shared_ptr<StoreShared>> MakeShared(const Store::Options& options) {
  // Programs call InitCrypto at start; doing it again here (idempotent, cheap) turns a forgotten call into
  // nothing instead of an abort inside sodium_malloc.
  LAMPID_RETURN_IF_ERROR(crypto::InitCrypto());
  if (!options.regions) return Status::InvalidArgument("Store::Options::regions is required");
  if (options.data_dir.empty()) return Status::InvalidArgument("Store::Options::data_dir is required");
  auto shared = std::make_shared<StoreShared>();
  shared->options = options;
  if (!shared->options.platform) shared->options.platform = DefaultPlatform();
  shared->clock = options.clock ? options.clock : &shared->system_clock;
  shared->db_path = options.data_dir + "/" + kDatabaseFile;
  shared->lock_path = options.data_dir + "/" + kLockFile;
  return shared;
}

Status InUseStatus() {
  return Status::Unavailable(
      "Data sedang dipakai program lain (aplikasi atau perintah lain); tutup dulu lalu coba lagi / the store is in "
      "use by another program; close it and try again");
}

Result<NodeInfo> ReadNode(Database& db) {
  NodeInfo node;
  LAMPID_ASSIGN_OR_RETURN(auto id, ReadMeta(db, kMetaNodeId));
  LAMPID_ASSIGN_OR_RETURN(auto kec, ReadMeta(db, kMetaKecamatan));
  LAMPID_ASSIGN_OR_RETURN(auto pk, ReadMeta(db, kMetaPublicKey));
  if (!id || !kec || !pk) return Status::Corruption("the store has no node identity (an interrupted init?)");
  node.node_id = *id;
  node.kecamatan_code = *kec;
  node.public_key = *pk;
  return node;
}

bool FileExists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

}  // namespace

Status CheckMetaKey(std::string_view key) {
  bool ok = !key.empty() && key.size() <= 100 && !key.starts_with("store.") && !key.starts_with("sealed.");
  for (char c : key) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
  if (ok) return Status::Ok();
  return Status::InvalidArgument("meta key must be 1-100 characters of a-z, 0-9, '.', '_', '-', not store.* or sealed.*");
}

Store::Store(std::shared_ptr<StoreShared> shared, std::unique_ptr<Database> db, std::unique_ptr<FileLock> lock)
    : shared_(std::move(shared)), db_(std::move(db)), lock_(std::move(lock)),
      hlc_(*shared_->clock, shared_->node.node_id) {}

Store::~Store() = default;

const NodeInfo& Store::node() const { return shared_->node; }
const std::string& Store::database_path() const { return shared_->db_path; }

// ---- Init / Open / Clone ------------------------------------------------------------------------------

Result<Store::InitResult> Store::Init(const Options& options, const InitOptions& init) {
  LAMPID_ASSIGN_OR_RETURN(auto shared, MakeShared(options));
  const domain::Region* kec = options.regions->Find(init.kecamatan_code);
  if (!kec || kec->level != domain::RegionLevel::kKecamatan) {
    return Status::InvalidArgument("Kode kecamatan tidak dikenal: " + init.kecamatan_code +
                                   " / unknown kecamatan code: " + init.kecamatan_code);
  }
  LAMPID_RETURN_IF_ERROR(CheckOperatorId(init.operator_id));
  LAMPID_RETURN_IF_ERROR(CheckNewPassphrase(init.passphrase));
  Platform& platform = *shared->options.platform;
  auto exists = [&] {
    return Status::AlreadyExists("Sudah ada data di " + options.data_dir + "; init tidak menimpanya / " +
                                 options.data_dir + " already holds a store; init does not overwrite it");
  };
  if (FileExists(shared->db_path)) return exists();
  LAMPID_RETURN_IF_ERROR(platform.CreatePrivateDirectory(options.data_dir));
  auto lock = platform.LockFile(shared->lock_path, /*exclusive=*/true);
  if (!lock.ok()) return lock.status().code() == StatusCode::kUnavailable ? InUseStatus() : lock.status();
  if (FileExists(shared->db_path)) return exists();  // created while we took the lock

  // Built under a temporary name and renamed into place: a crash during init leaves no half-made store.
  const std::string tmp = shared->db_path + ".init";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(tmp + suffix);
  const int64_t now = shared->clock->NowMillis();
  InitResult result;
  {
    LAMPID_ASSIGN_OR_RETURN(auto db, Database::Open(tmp, /*create=*/true, options.busy_timeout_ms));
    LAMPID_RETURN_IF_ERROR(ConfigureConnection(*db));
    LAMPID_RETURN_IF_ERROR(MigrateSchema(*db));

    auto keys = KeyRing::Derive(crypto::SecretBytes::Random(crypto::kKdfKeyBytes));
    crypto::SigningKeyPair signing = crypto::NewSigningKeyPair();
    NodeInfo node{NewUuidV7(now), init.kecamatan_code, signing.public_key};
    std::string recovery = crypto::NewRecoveryCode();
    std::string recovery_normalized = *crypto::NormalizeRecoveryCode(recovery);
    LAMPID_ASSIGN_OR_RETURN(auto operator_slot,
                            crypto::WrapKey(keys->data_key, init.passphrase, SlotAd(init.operator_id)));
    auto recovery_slot = crypto::WrapKey(keys->data_key, recovery_normalized, SlotAd(kRecoverySlot));
    crypto::Wipe(recovery_normalized);
    if (!recovery_slot.ok()) return recovery_slot.status();
    LAMPID_ASSIGN_OR_RETURN(
        const std::string sealed_secret,
        crypto::Seal(keys->seal_key,
                     std::string_view(reinterpret_cast<const char*>(signing.secret_key.data()),
                                      signing.secret_key.size()),
                     NodeSecretAd(node.node_id)));

    LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db));
    LAMPID_RETURN_IF_ERROR(WriteMeta(*db, kMetaNodeId, node.node_id));
    LAMPID_RETURN_IF_ERROR(WriteMeta(*db, kMetaKecamatan, node.kecamatan_code));
    LAMPID_RETURN_IF_ERROR(WriteMeta(*db, kMetaPublicKey, node.public_key));
    LAMPID_RETURN_IF_ERROR(WriteMeta(*db, kMetaSecretKey, sealed_secret));
    LAMPID_RETURN_IF_ERROR(WriteMeta(*db, kMetaCreatedAt, std::to_string(now)));
    LAMPID_RETURN_IF_ERROR(WriteSlot(*db, init.operator_id, operator_slot, now));
    LAMPID_RETURN_IF_ERROR(WriteSlot(*db, kRecoverySlot, *recovery_slot, now));
    AuditWriter audit(*db, node.node_id, &keys->audit_key);
    LAMPID_RETURN_IF_ERROR(audit.Append(now, "store_created", "", init.operator_id, "",
                                        "kecamatan=" + node.kecamatan_code));
    LAMPID_RETURN_IF_ERROR(audit.Finish());
    LAMPID_RETURN_IF_ERROR(txn->Commit());
    result.node = node;
    result.recovery_code = std::move(recovery);
  }  // closing the only connection checkpoints the WAL into the file and removes it
  if (FileExists(tmp + "-wal")) return Status::IoError("the new store's WAL was not checkpointed");
  Platform& p = platform;
  LAMPID_RETURN_IF_ERROR(p.MakePrivate(tmp));
  LAMPID_RETURN_IF_ERROR(p.SyncFile(tmp));
  LAMPID_RETURN_IF_ERROR(p.ReplaceFile(tmp, shared->db_path));
  LAMPID_RETURN_IF_ERROR(p.SyncDirectory(options.data_dir));
  return result;
}

Result<std::unique_ptr<Store>> Store::Open(const Options& options) {
  LAMPID_ASSIGN_OR_RETURN(auto shared, MakeShared(options));
  if (!FileExists(shared->db_path)) {
    return Status::NotFound("Belum ada data di " + options.data_dir + "; jalankan `init` dulu / no store in " +
                            options.data_dir + "; run `init` first");
  }
  auto lock = shared->options.platform->LockFile(shared->lock_path, /*exclusive=*/false);
  if (!lock.ok()) return lock.status().code() == StatusCode::kUnavailable ? InUseStatus() : lock.status();
  LAMPID_ASSIGN_OR_RETURN(auto db, Database::Open(shared->db_path, /*create=*/false, options.busy_timeout_ms));
  // Refuse a newer schema before anything could write to the file.
  LAMPID_ASSIGN_OR_RETURN(const int version, ReadSchemaVersion(*db));
  if (version > CurrentSchemaVersion()) return NewerSchemaStatus(version);
  LAMPID_RETURN_IF_ERROR(ConfigureConnection(*db));
  int migrated_from = 0;
  LAMPID_RETURN_IF_ERROR(MigrateSchema(*db, -1, &migrated_from));
  LAMPID_ASSIGN_OR_RETURN(shared->node, ReadNode(*db));
  if (migrated_from < CurrentSchemaVersion()) {
    // Logged without a key (the store is still locked), like failed unlocks.
    LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db));
    AuditWriter audit(*db, shared->node.node_id, nullptr);
    LAMPID_RETURN_IF_ERROR(audit.Append(shared->clock->NowMillis(), "schema_migrated", "", "", "",
                                        "from=" + std::to_string(migrated_from) +
                                            " to=" + std::to_string(CurrentSchemaVersion())));
    LAMPID_RETURN_IF_ERROR(audit.Finish());
    LAMPID_RETURN_IF_ERROR(txn->Commit());
  }
  return std::unique_ptr<Store>(new Store(std::move(shared), std::move(db), std::move(*lock)));
}

Result<std::unique_ptr<Store>> Store::Clone() const {
  auto lock = shared_->options.platform->LockFile(shared_->lock_path, /*exclusive=*/false);
  if (!lock.ok()) return lock.status();
  LAMPID_ASSIGN_OR_RETURN(auto db,
                          Database::Open(shared_->db_path, /*create=*/false, shared_->options.busy_timeout_ms));
  LAMPID_RETURN_IF_ERROR(ConfigureConnection(*db));
  return std::unique_ptr<Store>(new Store(shared_, std::move(db), std::move(*lock)));
}

// ---- Unlocking ----------------------------------------------------------------------------------------

namespace {

// Counts a failed unlock in a row; every fifth one goes to the audit log (unkeyed: no key is known).
Status RecordFailedUnlock(Database& db, const std::string& node_id, std::string_view tried, int64_t now) {
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(db));
  LAMPID_ASSIGN_OR_RETURN(auto stored, ReadMeta(db, kMetaFailedUnlocks));
  int64_t previous = 0;
  if (stored) (void)std::from_chars(stored->data(), stored->data() + stored->size(), previous);  // malformed: 0
  const int64_t failures = previous + 1;
  LAMPID_RETURN_IF_ERROR(WriteMeta(db, kMetaFailedUnlocks, std::to_string(failures)));
  if (failures % 5 == 0) {
    AuditWriter audit(db, node_id, nullptr);
    LAMPID_RETURN_IF_ERROR(audit.Append(now, "unlock_failed_repeatedly", "", tried, "",
                                        "failures_in_a_row=" + std::to_string(failures)));
    LAMPID_RETURN_IF_ERROR(audit.Finish());
  }
  return txn->Commit();
}

Status ResetFailedUnlocks(Database& db) {
  LAMPID_ASSIGN_OR_RETURN(auto stored, ReadMeta(db, kMetaFailedUnlocks));
  if (!stored || *stored == "0") return Status::Ok();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(db));
  LAMPID_RETURN_IF_ERROR(WriteMeta(db, kMetaFailedUnlocks, "0"));
  return txn->Commit();
}

// Tries `slots` in turn; the data key of the first that opens, or nullopt when none does.
Result<std::optional<std::pair<std::string, crypto::SecretBytes>>> TrySlots(const std::vector<Slot>& slots,
                                                                            std::string_view secret) {
  for (const Slot& s : slots) {
    auto key = crypto::UnwrapKey(s.wrapped, secret, SlotAd(s.slot_id));
    if (key.ok()) {
      return std::optional<std::pair<std::string, crypto::SecretBytes>>(
          std::in_place, s.slot_id, std::move(key).value());
    }
    if (key.status().code() != StatusCode::kUnauthenticated) return key.status();
  }
  return std::optional<std::pair<std::string, crypto::SecretBytes>>();
}

Result<std::shared_ptr<const KeyRing>> CompleteKeyRing(Database& db, const NodeInfo& node,
                                                       crypto::SecretBytes data_key, std::string operator_id) {
  auto keys = KeyRing::Derive(std::move(data_key));
  LAMPID_ASSIGN_OR_RETURN(auto sealed, ReadMeta(db, kMetaSecretKey));
  if (!sealed) return Status::Corruption("the node's secret key is missing");
  auto secret = crypto::OpenSecret(keys->seal_key, *sealed, NodeSecretAd(node.node_id));
  if (!secret.ok()) return Status::Corruption("the node's secret key does not open with the data key");
  keys->node_secret_key = std::move(secret).value();
  keys->operator_id = std::move(operator_id);
  return std::shared_ptr<const KeyRing>(std::move(keys));
}

}  // namespace

Status Store::Unlock(std::string_view operator_id, std::string_view passphrase) {
  std::vector<Slot> slots;
  if (!operator_id.empty()) {
    LAMPID_ASSIGN_OR_RETURN(slots, ReadSlots(*db_, operator_id));
  } else {
    LAMPID_ASSIGN_OR_RETURN(auto all, ReadSlots(*db_, ""));
    for (auto& s : all) {
      if (s.slot_id != kRecoverySlot) slots.push_back(std::move(s));
    }
  }
  if (operator_id == kRecoverySlot) slots.clear();  // the recovery code only works through Recover
  LAMPID_ASSIGN_OR_RETURN(auto opened, TrySlots(slots, passphrase));
  if (!opened) {
    LAMPID_RETURN_IF_ERROR(
        RecordFailedUnlock(*db_, shared_->node.node_id, operator_id, shared_->clock->NowMillis()));
    return WrongPassphraseStatus();
  }
  LAMPID_ASSIGN_OR_RETURN(auto keys,
                          CompleteKeyRing(*db_, shared_->node, std::move(opened->second), opened->first));
  LAMPID_RETURN_IF_ERROR(ResetFailedUnlocks(*db_));
  shared_->SetKeys(std::move(keys));
  return Status::Ok();
}

Status Store::Recover(std::string_view recovery_code, std::string_view operator_id,
                      std::string_view new_passphrase) {
  auto code = crypto::NormalizeRecoveryCode(recovery_code);
  if (!code) {
    return Status::InvalidArgument(
        "Kode pemulihan harus 32 huruf/angka (boleh dengan tanda hubung) / the recovery code must be 32 letters or "
        "digits (dashes allowed)");
  }
  LAMPID_RETURN_IF_ERROR(CheckOperatorId(operator_id));
  LAMPID_RETURN_IF_ERROR(CheckNewPassphrase(new_passphrase));
  LAMPID_ASSIGN_OR_RETURN(auto slots, ReadSlots(*db_, kRecoverySlot));
  auto opened = TrySlots(slots, *code);
  crypto::Wipe(*code);
  if (!opened.ok()) return opened.status();
  if (!*opened) {
    LAMPID_RETURN_IF_ERROR(
        RecordFailedUnlock(*db_, shared_->node.node_id, kRecoverySlot, shared_->clock->NowMillis()));
    return Status::Unauthenticated("Kode pemulihan salah / wrong recovery code");
  }
  LAMPID_ASSIGN_OR_RETURN(auto keys, CompleteKeyRing(*db_, shared_->node, std::move((*opened)->second),
                                                     std::string(operator_id)));
  LAMPID_ASSIGN_OR_RETURN(auto wrapped, crypto::WrapKey(keys->data_key, new_passphrase, SlotAd(operator_id)));
  const int64_t now = shared_->clock->NowMillis();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  LAMPID_RETURN_IF_ERROR(WriteSlot(*db_, operator_id, wrapped, now));
  LAMPID_RETURN_IF_ERROR(WriteMeta(*db_, kMetaFailedUnlocks, "0"));
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "passphrase_recovered", "", operator_id, "",
                                            "operator=" + std::string(operator_id)));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  LAMPID_RETURN_IF_ERROR(txn->Commit());
  shared_->SetKeys(std::move(keys));
  return Status::Ok();
}

void Store::Lock() { shared_->SetKeys(nullptr); }
bool Store::unlocked() const { return shared_->Keys() != nullptr; }
std::string Store::operator_id() const {
  auto keys = shared_->Keys();
  return keys ? keys->operator_id : std::string();
}

Result<std::vector<std::string>> Store::ListOperators() {
  LAMPID_ASSIGN_OR_RETURN(auto slots, ReadSlots(*db_, ""));
  std::vector<std::string> ids;
  for (const auto& s : slots) {
    if (s.slot_id != kRecoverySlot) ids.push_back(s.slot_id);
  }
  return ids;
}

Status Store::AddOperator(std::string_view operator_id, std::string_view passphrase) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  LAMPID_RETURN_IF_ERROR(CheckOperatorId(operator_id));
  LAMPID_RETURN_IF_ERROR(CheckNewPassphrase(passphrase));
  LAMPID_ASSIGN_OR_RETURN(auto existing, ReadSlots(*db_, operator_id));
  if (!existing.empty()) {
    return Status::AlreadyExists("Operator " + std::string(operator_id) + " sudah ada / operator " +
                                 std::string(operator_id) + " already exists");
  }
  LAMPID_ASSIGN_OR_RETURN(auto wrapped, crypto::WrapKey(keys->data_key, passphrase, SlotAd(operator_id)));
  const int64_t now = shared_->clock->NowMillis();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  LAMPID_ASSIGN_OR_RETURN(auto again, ReadSlots(*db_, operator_id));  // under the write lock
  if (!again.empty()) return Status::AlreadyExists("operator " + std::string(operator_id) + " already exists");
  LAMPID_RETURN_IF_ERROR(WriteSlot(*db_, operator_id, wrapped, now));
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "operator_added", "", keys->operator_id, "",
                                            "operator=" + std::string(operator_id)));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  return txn->Commit();
}

Status Store::ChangePassphrase(std::string_view operator_id, std::string_view old_passphrase,
                               std::string_view new_passphrase) {
  LAMPID_RETURN_IF_ERROR(CheckOperatorId(operator_id));
  LAMPID_RETURN_IF_ERROR(CheckNewPassphrase(new_passphrase));
  LAMPID_ASSIGN_OR_RETURN(auto slots, ReadSlots(*db_, operator_id));
  LAMPID_ASSIGN_OR_RETURN(auto opened, TrySlots(slots, old_passphrase));
  const int64_t now = shared_->clock->NowMillis();
  if (!opened) {
    LAMPID_RETURN_IF_ERROR(RecordFailedUnlock(*db_, shared_->node.node_id, operator_id, now));
    return WrongPassphraseStatus();
  }
  auto keys = KeyRing::Derive(std::move(opened->second));
  LAMPID_ASSIGN_OR_RETURN(auto wrapped, crypto::WrapKey(keys->data_key, new_passphrase, SlotAd(operator_id)));
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  LAMPID_RETURN_IF_ERROR(WriteSlot(*db_, operator_id, wrapped, now));
  LAMPID_RETURN_IF_ERROR(WriteMeta(*db_, kMetaFailedUnlocks, "0"));
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "passphrase_changed", "", operator_id, "",
                                            "operator=" + std::string(operator_id)));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  return txn->Commit();
}

Result<std::string> Store::Sign(std::string_view message) const {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  return crypto::Sign(keys->node_secret_key, message);
}

// ---- Meta ---------------------------------------------------------------------------------------------

Status Store::SetMeta(std::string_view key, std::string_view value) {
  LAMPID_RETURN_IF_ERROR(CheckMetaKey(key));
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  LAMPID_RETURN_IF_ERROR(WriteMeta(*db_, key, value));
  return txn->Commit();
}

Result<std::optional<std::string>> Store::GetMeta(std::string_view key) {
  LAMPID_RETURN_IF_ERROR(CheckMetaKey(key));
  return ReadMeta(*db_, key);
}

Status Store::DeleteMeta(std::string_view key) {
  LAMPID_RETURN_IF_ERROR(CheckMetaKey(key));
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare("DELETE FROM meta WHERE key IN (?1, 'sealed.' || ?1)"));
  st.BindText(1, key);
  LAMPID_RETURN_IF_ERROR(st.Run());
  return txn->Commit();
}

Status Store::SetSealedMeta(std::string_view key, std::string_view value) {
  LAMPID_RETURN_IF_ERROR(CheckMetaKey(key));
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  const std::string stored_key = "sealed." + std::string(key);
  LAMPID_ASSIGN_OR_RETURN(const std::string sealed, crypto::Seal(keys->seal_key, value, SealedMetaAd(stored_key)));
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  LAMPID_RETURN_IF_ERROR(WriteMeta(*db_, stored_key, sealed));
  return txn->Commit();
}

Result<std::optional<std::string>> Store::GetSealedMeta(std::string_view key) {
  LAMPID_RETURN_IF_ERROR(CheckMetaKey(key));
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  const std::string stored_key = "sealed." + std::string(key);
  LAMPID_ASSIGN_OR_RETURN(auto sealed, ReadMeta(*db_, stored_key));
  if (!sealed) return std::optional<std::string>();
  auto plain = crypto::Open(keys->seal_key, *sealed, SealedMetaAd(stored_key));
  if (!plain.ok()) return Status::Corruption("sealed meta value " + std::string(key) + " does not open");
  return std::optional<std::string>(std::move(plain).value());
}

// ---- Audit ----------------------------------------------------------------------------------------------

Status Store::AppendAudit(const AuditEvent& event) {
  LAMPID_RETURN_IF_ERROR(CheckAuditEvent(event));
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_RETURN_IF_ERROR(ctx.audit().Append(shared_->clock->NowMillis(), event.event, event.report_id,
                                            keys->operator_id, event.version, event.detail));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  return txn->Commit();
}

namespace {

// Rows selected as kAuditColumns followed by "mac IS NOT NULL".
Result<std::vector<AuditEntry>> ReadAuditRows(Statement& st) {
  std::vector<AuditEntry> out;
  while (true) {
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (!row) break;
    AuditEntry e = ReadAuditColumns(st);
    e.keyed = st.Int(7) != 0;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Result<std::vector<AuditEntry>> Store::ReadAudit(int64_t after_seq, size_t limit) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare(std::string("SELECT ") + kAuditColumns +
                                                     ", mac IS NOT NULL FROM audit WHERE seq > ? ORDER BY seq LIMIT ?"));
  st.Bind(1, after_seq).Bind(2, static_cast<int64_t>(limit));
  return ReadAuditRows(st);
}

Result<std::vector<AuditEntry>> Store::ReadAuditOfReport(std::string_view report_id, size_t limit) {
  // The newest `limit` rows, oldest first.
  LAMPID_ASSIGN_OR_RETURN(Statement st,
                          db_->Prepare(std::string("SELECT * FROM (SELECT ") + kAuditColumns +
                                       ", mac IS NOT NULL FROM audit WHERE report_id = ? ORDER BY seq DESC LIMIT ?) "
                                       "ORDER BY seq"));
  st.BindText(1, report_id).Bind(2, static_cast<int64_t>(limit));
  return ReadAuditRows(st);
}

Result<AuditVerification> Store::VerifyAudit() {
  auto keys = shared_->Keys();
  return VerifyAuditChain(*db_, shared_->node.node_id, keys ? &keys->audit_key : nullptr);
}

Result<std::string> Store::IntegrityCheck() {
  LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare("PRAGMA integrity_check"));
  std::string out;
  while (true) {
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (!row) break;
    if (!out.empty()) out += '\n';
    out += st.Text(0);
  }
  if (out != "ok") return out;
  // The content lives apart from its row since schema 3; no foreign key enforces the pairing.
  struct Orphans {
    const char* sql;
    const char* prefix;
    const char* suffix;
  };
  static constexpr Orphans kOrphans[] = {
      {"SELECT seq FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_content c WHERE c.seq = r.seq) LIMIT 10",
       "report seq ", " has no sealed content"},
      {"SELECT seq FROM report_content c WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.seq = c.seq) LIMIT 10",
       "sealed content seq ", " has no report"},
  };
  std::string problems;
  for (const Orphans& o : kOrphans) {
    LAMPID_ASSIGN_OR_RETURN(Statement orphans, db_->Prepare(o.sql));
    while (true) {
      LAMPID_ASSIGN_OR_RETURN(const bool row, orphans.Step());
      if (!row) break;
      if (!problems.empty()) problems += '\n';
      problems += o.prefix + std::to_string(orphans.Int(0)) + o.suffix;
    }
  }
  return problems.empty() ? out : problems;
}

}  // namespace lampid::store
