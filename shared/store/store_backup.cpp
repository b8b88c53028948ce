// Backup (a consistent sealed copy while the store is in use) and restore.
#include <filesystem>

#include "core/civil_time.h"
#include "crypto/init.h"
#include "crypto/kdf.h"
#include "crypto/secret.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/store_internal.h"

namespace lampid::store {
namespace {

namespace fs = std::filesystem;

std::string ParentDir(const std::string& path) {
  const fs::path parent = fs::absolute(fs::path(path)).parent_path();
  return parent.empty() ? "." : parent.string();
}

bool Exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

Status CopyDurably(Platform& platform, const std::string& from, const std::string& to) {
  std::error_code ec;
  fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) return Status::IoError("cannot copy " + from + " to " + to + ": " + ec.message());
  LAMPID_RETURN_IF_ERROR(platform.MakePrivate(to));
  return platform.SyncFile(to);
}

}  // namespace

Status Store::Backup(const std::string& destination) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  if (Exists(destination)) {
    return Status::AlreadyExists("Berkas " + destination + " sudah ada; pilih nama lain / " + destination +
                                 " already exists; choose another name");
  }
  Platform& platform = *shared_->options.platform;
  const std::string tmp = destination + ".tmp-" + crypto::ToHex(crypto::RandomBytes(4));
  // VACUUM INTO reads one snapshot (a read transaction), so writers in other threads and processes go on
  // and the copy is consistent; the copy is compacted and holds the same sealed values.
  {
    LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare("VACUUM INTO ?"));
    st.BindText(1, tmp);
    if (Status s = st.Run(); !s.ok()) {
      std::error_code ec;
      fs::remove(tmp, ec);
      return s.WithContext("backup");
    }
  }
  Status s = platform.MakePrivate(tmp);
  if (s.ok()) s = platform.SyncFile(tmp);
  if (s.ok()) s = platform.ReplaceFile(tmp, destination);
  if (s.ok()) s = platform.SyncDirectory(ParentDir(destination));
  if (!s.ok()) {
    std::error_code ec;
    fs::remove(tmp, ec);
    return s;
  }
  const int64_t now = shared_->clock->NowMillis();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "backup_created", "", keys->operator_id, "", ""));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  return txn->Commit();
}

Status Store::Restore(const Options& options, const std::string& backup_path, std::string_view operator_id,
                      std::string_view passphrase) {
  LAMPID_RETURN_IF_ERROR(crypto::InitCrypto());
  Store::Options o = options;
  if (!o.platform) o.platform = DefaultPlatform();
  Platform& platform = *o.platform;
  if (!Exists(backup_path)) {
    return Status::NotFound("Berkas cadangan " + backup_path + " tidak ada / backup file " + backup_path +
                            " does not exist");
  }
  LAMPID_RETURN_IF_ERROR(platform.CreatePrivateDirectory(o.data_dir));
  auto lock = platform.LockFile(o.data_dir + "/edge.lock", /*exclusive=*/true);
  if (!lock.ok()) {
    if (lock.status().code() != StatusCode::kUnavailable) return lock.status();
    return Status::Unavailable(
        "Data sedang dipakai program lain; tutup aplikasi lalu ulangi pemulihan / the store is in use by another "
        "program; close it and restore again");
  }
  const std::string db_path = o.data_dir + "/edge.db";
  const std::string incoming = db_path + ".restore";
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::error_code ec;
    fs::remove(incoming + suffix, ec);
  }
  LAMPID_RETURN_IF_ERROR(CopyDurably(platform, backup_path, incoming));

  // Check the copy as thoroughly as an open would, and that the passphrase opens it.
  const Clock* clock = o.clock;
  SystemClock system_clock;
  if (clock == nullptr) clock = &system_clock;
  auto check = [&]() -> Status {
    auto opened = Database::Open(incoming, /*create=*/false, o.busy_timeout_ms);
    if (!opened.ok()) return opened.status();
    Database& db = **opened;
    auto version = ReadSchemaVersion(db);
    if (!version.ok()) {
      return Status::Corruption("Berkas cadangan bukan data e-LAMPID / the backup is not an e-LAMPID store");
    }
    if (*version > CurrentSchemaVersion()) return NewerSchemaStatus(*version);
    LAMPID_ASSIGN_OR_RETURN(const std::string integrity, db.QueryText("PRAGMA integrity_check"));
    if (integrity != "ok") return Status::Corruption("Berkas cadangan rusak / the backup is damaged: " + integrity);
    LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA journal_mode = WAL"));
    LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA synchronous = FULL"));
    LAMPID_RETURN_IF_ERROR(MigrateSchema(db));
    LAMPID_ASSIGN_OR_RETURN(auto node_id, ReadMeta(db, kMetaNodeId));
    if (!node_id) return Status::Corruption("Berkas cadangan tidak lengkap / the backup is incomplete");
    LAMPID_ASSIGN_OR_RETURN(auto slots, ReadSlots(db, operator_id));
    std::optional<crypto::SecretBytes> data_key;
    std::string slot_id;
    for (auto& s : slots) {
      if (s.slot_id == kRecoverySlot) continue;
      auto key = crypto::UnwrapKey(s.wrapped, passphrase, SlotAd(s.slot_id));
      if (key.ok()) {
        data_key = std::move(key).value();
        slot_id = s.slot_id;
        break;
      }
      if (key.status().code() != StatusCode::kUnauthenticated) return key.status();
    }
    if (!data_key) {
      return Status::Unauthenticated(
          "Kata sandi tidak membuka berkas cadangan ini / the passphrase does not open this backup");
    }
    auto keys = KeyRing::Derive(std::move(*data_key));
    LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(db));
    AuditWriter audit(db, *node_id, &keys->audit_key);
    LAMPID_RETURN_IF_ERROR(audit.Append(clock->NowMillis(), "store_restored", "", slot_id, "", ""));
    LAMPID_RETURN_IF_ERROR(audit.Finish());
    return txn->Commit();
  };
  if (Status s = check(); !s.ok()) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::error_code ec;
      fs::remove(incoming + suffix, ec);
    }
    return s;
  }
  if (Exists(incoming + "-wal")) return Status::IoError("the restored copy's WAL was not checkpointed");

  if (Exists(db_path)) {
    // We hold the exclusive lock, so no connection is open: opening and closing once checkpoints any WAL
    // into the file and removes it, and then the file alone is the whole old store.
    {
      LAMPID_ASSIGN_OR_RETURN(auto old, Database::Open(db_path, /*create=*/false, o.busy_timeout_ms));
      LAMPID_RETURN_IF_ERROR(old->Exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (Exists(db_path + "-wal")) return Status::IoError("the old store's WAL could not be checkpointed");
    std::string stamp = FormatTimestamp(clock->NowMillis());
    for (char& c : stamp) {
      if (c == ':' || c == '.') c = '-';
    }
    LAMPID_RETURN_IF_ERROR(CopyDurably(platform, db_path, db_path + ".before-restore-" + stamp));
    std::error_code ec;
    fs::remove(db_path + "-shm", ec);
  }
  LAMPID_RETURN_IF_ERROR(platform.ReplaceFile(incoming, db_path));
  return platform.SyncDirectory(o.data_dir);
}

}  // namespace lampid::store
