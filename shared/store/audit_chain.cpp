#include "store/audit_chain.h"

#include "crypto/hash.h"

namespace lampid::store {
namespace {

constexpr char kHeadKey[] = "store.audit_head";

std::string RowMac(const crypto::SecretBytes& key, std::string_view hash) {
  crypto::Blake2bHasher h(32, &key);
  h.Field("row").Field(hash);
  return h.Final();
}

std::string HeadMac(const crypto::SecretBytes& key, int64_t seq, std::string_view hash) {
  crypto::Blake2bHasher h(32, &key);
  h.Field("head").Field(seq).Field(hash);
  return h.Final();
}

std::string EncodeHead(int64_t seq, std::string_view hash, std::string_view mac) {
  std::string out;
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(static_cast<uint64_t>(seq) >> (8 * i)));
  out.append(hash);
  out.append(mac);
  return out;
}

struct Head {
  int64_t seq = 0;
  std::string hash;
  std::string mac;
};

std::optional<Head> DecodeHead(std::string_view v) {
  if (v.size() != 8 + kAuditHashBytes + 32) return std::nullopt;
  Head h;
  uint64_t s = 0;
  for (int i = 0; i < 8; ++i) s |= static_cast<uint64_t>(static_cast<unsigned char>(v[i])) << (8 * i);
  h.seq = static_cast<int64_t>(s);
  h.hash = std::string(v.substr(8, kAuditHashBytes));
  h.mac = std::string(v.substr(8 + kAuditHashBytes));
  return h;
}

bool ValidEventName(std::string_view e) {
  if (e.empty() || e.size() > 40) return false;
  for (char c : e) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::string Problem(int64_t seq, const std::string& id, const std::string& en) {
  return "Log audit rusak pada baris " + std::to_string(seq) + ": " + id + " / audit log damaged at row " +
         std::to_string(seq) + ": " + en;
}

}  // namespace

bool IsUnkeyedAuditEvent(std::string_view event) {
  return event == "unlock_failed_repeatedly" || event == "schema_migrated";
}

Status CheckAuditEvent(const AuditEvent& event) {
  if (!ValidEventName(event.event)) {
    return Status::InvalidArgument("audit event name must be 1-40 characters of a-z, 0-9 and _");
  }
  if (event.detail.size() > 1000) return Status::InvalidArgument("audit detail is longer than 1000 characters");
  if (event.report_id.size() > 64 || event.version.size() > 128) {
    return Status::InvalidArgument("audit report id or version is too long");
  }
  return Status::Ok();
}

std::string AuditGenesisHash(std::string_view node_id) {
  crypto::Blake2bHasher h(kAuditHashBytes);
  h.Field("lampid-audit-genesis").Field(node_id);
  return h.Final();
}

std::string AuditRowHash(std::string_view prev_hash, const AuditEntry& row) {
  crypto::Blake2bHasher h(kAuditHashBytes);
  h.Field(prev_hash)
      .Field(row.seq)
      .Field(row.at_ms)
      .Field(row.event)
      .Field(row.report_id)
      .Field(row.operator_id)
      .Field(row.version)
      .Field(row.detail);
  return h.Final();
}

AuditWriter::AuditWriter(Database& db, std::string node_id, const crypto::SecretBytes* audit_key)
    : db_(db), node_id_(std::move(node_id)), key_(audit_key) {}

Status AuditWriter::Append(int64_t at_ms, std::string_view event, std::string_view report_id,
                           std::string_view operator_id, std::string_view version, std::string_view detail) {
  if (key_ == nullptr && !IsUnkeyedAuditEvent(event)) {
    return Status::Internal("audit event " + std::string(event) + " needs the audit key");
  }
  if (!loaded_) {
    LAMPID_ASSIGN_OR_RETURN(Statement st, db_.Prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (row) {
      last_seq_ = st.Int(0);
      last_hash_ = st.Blob(1);
    } else {
      last_seq_ = 0;
      last_hash_ = AuditGenesisHash(node_id_);
    }
    loaded_ = true;
  }
  AuditEntry e;
  e.seq = last_seq_ + 1;
  e.at_ms = at_ms;
  e.event = event;
  e.report_id = report_id;
  e.operator_id = operator_id;
  e.version = version;
  e.detail = detail;
  std::string hash = AuditRowHash(last_hash_, e);
  if (!insert_) {
    LAMPID_ASSIGN_OR_RETURN(
        Statement prepared,
        db_.Prepare("INSERT INTO audit (seq, at, event, report_id, operator_id, version, detail, prev_hash, hash, mac) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert_.emplace(std::move(prepared));
  }
  Statement& st = *insert_;
  // Every value bound lives until Run() below.
  st.Bind(1, e.seq).Bind(2, e.at_ms).BindTextNoCopy(3, e.event).BindTextNoCopy(4, e.report_id);
  st.BindTextNoCopy(5, e.operator_id).BindTextNoCopy(6, e.version).BindTextNoCopy(7, e.detail);
  st.BindBlobNoCopy(8, last_hash_).BindBlobNoCopy(9, hash);
  std::string mac;
  if (key_ != nullptr) {
    mac = RowMac(*key_, hash);
    st.BindBlobNoCopy(10, mac);
  } else {
    st.BindNull(10);
  }
  LAMPID_RETURN_IF_ERROR(st.Run());
  last_seq_ = e.seq;
  if (key_ != nullptr) {
    head_dirty_ = true;
    head_seq_ = e.seq;
    head_hash_ = hash;
  }
  last_hash_ = std::move(hash);
  return Status::Ok();
}

Status AuditWriter::Finish() {
  if (!head_dirty_) return Status::Ok();
  LAMPID_ASSIGN_OR_RETURN(Statement st, db_.Prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
  st.BindText(1, kHeadKey).BindBlob(2, EncodeHead(head_seq_, head_hash_, HeadMac(*key_, head_seq_, head_hash_)));
  LAMPID_RETURN_IF_ERROR(st.Run());
  head_dirty_ = false;
  return Status::Ok();
}

AuditEntry ReadAuditColumns(const Statement& st) {
  AuditEntry e;
  e.seq = st.Int(0);
  e.at_ms = st.Int(1);
  e.event = st.Text(2);
  e.report_id = st.Text(3);
  e.operator_id = st.Text(4);
  e.version = st.Text(5);
  e.detail = st.Text(6);
  return e;
}

Result<AuditVerification> VerifyAuditChain(Database& db, const std::string& node_id,
                                           const crypto::SecretBytes* audit_key) {
  AuditVerification v;
  v.macs_checked = audit_key != nullptr;
  auto fail = [&v](int64_t seq, const std::string& id, const std::string& en) {
    v.intact = false;
    v.first_bad_seq = seq;
    v.problem = Problem(seq, id, en);
    return v;
  };
  LAMPID_ASSIGN_OR_RETURN(auto read, ReadTransaction::Begin(db));  // one snapshot for rows and head

  std::optional<Head> head;
  {
    LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare("SELECT value FROM meta WHERE key = ?"));
    st.BindText(1, kHeadKey);
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (row) {
      head = DecodeHead(st.Blob(0));
      if (!head) return fail(0, "catatan kepala rantai rusak", "the chain head record is malformed");
    }
  }

  LAMPID_ASSIGN_OR_RETURN(
      Statement st, db.Prepare(std::string("SELECT ") + kAuditColumns + ", prev_hash, hash, mac FROM audit ORDER BY seq"));
  std::string prev = AuditGenesisHash(node_id);
  int64_t expected = 1;
  int64_t last_keyed_seq = 0;
  std::string head_row_hash;
  while (true) {
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (!row) break;
    AuditEntry e = ReadAuditColumns(st);
    const std::string prev_hash = st.Blob(7);
    const std::string hash = st.Blob(8);
    const bool has_mac = !st.IsNull(9);
    const std::string mac = st.Blob(9);
    if (e.seq != expected) {
      return fail(expected, "baris hilang (berikutnya " + std::to_string(e.seq) + ")",
                  "row missing (next is " + std::to_string(e.seq) + ")");
    }
    if (!crypto::ConstantTimeEquals(prev_hash, prev)) {
      return fail(e.seq, "tidak tersambung dengan baris sebelumnya", "does not link to the previous row");
    }
    if (!crypto::ConstantTimeEquals(hash, AuditRowHash(prev, e))) {
      return fail(e.seq, "isinya diubah", "its content was changed");
    }
    if (has_mac) {
      if (audit_key != nullptr && !crypto::ConstantTimeEquals(mac, RowMac(*audit_key, hash))) {
        return fail(e.seq, "tanda autentikasi tidak cocok", "its authentication tag does not match");
      }
      last_keyed_seq = e.seq;
    } else if (!IsUnkeyedAuditEvent(e.event)) {
      return fail(e.seq, "tanpa tanda autentikasi", "it has no authentication tag");
    }
    if (head && e.seq == head->seq) head_row_hash = hash;
    prev = hash;
    ++expected;
    ++v.rows;
  }
  if (last_keyed_seq == 0 && !head) return v;  // an empty log (or only unkeyed events)
  if (!head) return fail(0, "catatan kepala rantai hilang", "the chain head record is missing");
  if (audit_key != nullptr && !crypto::ConstantTimeEquals(head->mac, HeadMac(*audit_key, head->seq, head->hash))) {
    return fail(0, "catatan kepala rantai dipalsukan", "the chain head record was forged");
  }
  if (head->seq != last_keyed_seq || !crypto::ConstantTimeEquals(head_row_hash, head->hash)) {
    return fail(0, "baris terakhir dihapus atau diganti (kepala rantai: baris " + std::to_string(head->seq) + ")",
                "rows at the end were deleted or replaced (chain head: row " + std::to_string(head->seq) + ")");
  }
  return v;
}

}  // namespace lampid::store
