#include "store/store_internal.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <algorithm>

#include "crypto/aead.h"
#include "crypto/kdf.h"
#include "store/store_types.h"

namespace lampid::store {
namespace {

constexpr char kKdfContext[] = "lampidv1";
constexpr uint64_t kSubkeySeal = 1;
constexpr uint64_t kSubkeyBlindIndex = 2;
constexpr uint64_t kSubkeyAudit = 3;

namespace gp = google::protobuf;

void CollectTags(const crypto::BlindIndex& blind, const gp::Message& m, std::vector<std::string>& out) {
  const gp::Descriptor* d = m.GetDescriptor();
  const gp::Reflection* r = m.GetReflection();
  for (int i = 0; i < d->field_count(); ++i) {
    const gp::FieldDescriptor* f = d->field(i);
    if (f->cpp_type() == gp::FieldDescriptor::CPPTYPE_MESSAGE) {
      if (f->is_repeated()) {
        for (int j = 0; j < r->FieldSize(m, f); ++j) CollectTags(blind, r->GetRepeatedMessage(m, f, j), out);
      } else if (r->HasField(m, f)) {
        CollectTags(blind, r->GetMessage(m, f), out);
      }
      continue;
    }
    if (f->cpp_type() != gp::FieldDescriptor::CPPTYPE_STRING || f->is_repeated()) continue;
    const std::string& name = f->name();
    const bool is_nik = name == "nik" || (name.size() > 4 && name.ends_with("_nik"));
    const bool is_kk = name == "kk_number";
    if (!is_nik && !is_kk) continue;
    const std::string value = r->GetString(m, f);
    if (value.empty()) continue;
    out.push_back(is_nik ? NikTag(blind, value) : KkTag(blind, value));
  }
}

}  // namespace

std::unique_ptr<KeyRing> KeyRing::Derive(crypto::SecretBytes data_key) {
  auto k = std::unique_ptr<KeyRing>(new KeyRing{
      .data_key = {},
      .seal_key = crypto::DeriveSubkey(data_key, kSubkeySeal, kKdfContext),
      .blind = crypto::BlindIndex(crypto::DeriveSubkey(data_key, kSubkeyBlindIndex, kKdfContext)),
      .audit_key = crypto::DeriveSubkey(data_key, kSubkeyAudit, kKdfContext),
      .node_secret_key = {},
      .operator_id = {}});
  k->data_key = std::move(data_key);
  return k;
}

std::string ReportAd(std::string_view id, std::string_view version) {
  return "lampid.report.v1|" + std::string(id) + "|" + std::string(version);
}
std::string ServerStateAd(std::string_view id) { return "lampid.server_state.v1|" + std::string(id); }
std::string ConflictAd(std::string_view id, std::string_view server_version) {
  return "lampid.conflict.v1|" + std::string(id) + "|" + std::string(server_version);
}
std::string NodeSecretAd(std::string_view node_id) { return "lampid.node_secret_key.v1|" + std::string(node_id); }
std::string SealedMetaAd(std::string_view key) { return "lampid.meta.v1|" + std::string(key); }
std::string SlotAd(std::string_view slot_id) { return "lampid.unlock_slot.v1|" + std::string(slot_id); }

std::string NikTag(const crypto::BlindIndex& blind, std::string_view nik) { return blind.Tag("nik", nik); }
std::string KkTag(const crypto::BlindIndex& blind, std::string_view kk) { return blind.Tag("kk", kk); }

std::vector<std::string> BlindTagsOf(const crypto::BlindIndex& blind, const domain::Report& report) {
  std::vector<std::string> tags;
  CollectTags(blind, report, tags);
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
  return tags;
}

Result<std::string> SealMessage(const KeyRing& keys, const gp::Message& message, std::string_view ad) {
  std::string plain;
  if (!message.SerializeToString(&plain)) return Status::Internal("cannot serialize message");
  auto sealed = crypto::Seal(keys.seal_key, plain, ad);
  crypto::Wipe(plain);
  return sealed;
}

Status OpenMessage(const KeyRing& keys, std::string_view sealed, std::string_view ad, gp::Message* out) {
  auto plain = crypto::Open(keys.seal_key, sealed, ad);
  if (!plain.ok()) {
    return Status::Corruption(
        "Data terenkripsi tidak bisa dibuka (rusak atau dipindah dari tempat lain) / sealed data does not open "
        "(damaged or moved from elsewhere)");
  }
  const bool parsed = out->ParseFromString(*plain);
  crypto::Wipe(*plain);
  if (!parsed) return Status::Corruption("sealed data is not a valid message");
  return Status::Ok();
}

Result<std::optional<std::string>> ReadMeta(Database& db, std::string_view key) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare("SELECT value FROM meta WHERE key = ?"));
  st.BindText(1, key);
  LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(st.Blob(0));
}

Status WriteMeta(Database& db, std::string_view key, std::string_view value) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
  st.BindText(1, key).BindBlob(2, value);
  return st.Run();
}

Result<std::vector<Slot>> ReadSlots(Database& db, std::string_view only_slot_id) {
  LAMPID_ASSIGN_OR_RETURN(Statement st,
                          db.Prepare("SELECT slot_id, salt, opslimit, memlimit, wrapped_key FROM unlock_slots "
                                     "WHERE ?1 = '' OR slot_id = ?1 ORDER BY slot_id"));
  st.BindText(1, only_slot_id);
  std::vector<Slot> slots;
  while (true) {
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (!row) break;
    Slot s;
    s.slot_id = st.Text(0);
    s.wrapped.salt = st.Blob(1);
    s.wrapped.cost.opslimit = static_cast<uint64_t>(st.Int(2));
    s.wrapped.cost.memlimit = static_cast<uint64_t>(st.Int(3));
    s.wrapped.sealed = st.Blob(4);
    slots.push_back(std::move(s));
  }
  return slots;
}

Status WriteSlot(Database& db, std::string_view slot_id, const crypto::WrappedKey& wrapped, int64_t now_ms) {
  LAMPID_ASSIGN_OR_RETURN(
      Statement st,
      db.Prepare("INSERT INTO unlock_slots (slot_id, salt, opslimit, memlimit, wrapped_key, created_at, updated_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT (slot_id) DO UPDATE SET salt = ?2, opslimit = ?3, "
                 "memlimit = ?4, wrapped_key = ?5, updated_at = ?6"));
  st.BindText(1, slot_id).BindBlob(2, wrapped.salt).Bind(3, static_cast<int64_t>(wrapped.cost.opslimit));
  st.Bind(4, static_cast<int64_t>(wrapped.cost.memlimit)).BindBlob(5, wrapped.sealed).Bind(6, now_ms);
  return st.Run();
}

Status CheckOperatorId(std::string_view id) {
  bool ok = !id.empty() && id.size() <= 64;
  for (char c : id) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                c == '_' || c == '-' || c == '@');
  }
  if (ok) return Status::Ok();
  return Status::InvalidArgument(
      "ID operator harus 1–64 karakter huruf, angka, titik, garis bawah, tanda hubung atau @ / operator id must be "
      "1-64 letters, digits, '.', '_', '-' or '@'");
}

Status CheckNewPassphrase(std::string_view passphrase) {
  if (passphrase.size() >= 8) return Status::Ok();
  return Status::InvalidArgument("Kata sandi minimal 8 karakter / the passphrase must have at least 8 characters");
}

Status LockedStatus() {
  return Status::FailedPrecondition(
      "Data masih terkunci; masukkan kata sandi dulu / the store is locked; unlock it with a passphrase first");
}

Status WrongPassphraseStatus() {
  return Status::Unauthenticated("Kata sandi atau ID operator salah / wrong passphrase or operator id");
}

WriteContext::WriteContext(Database& db, HybridLogicalClock& hlc, const std::string& node_id, const KeyRing* keys)
    : db_(db), hlc_(hlc), audit_(db, node_id, keys ? &keys->audit_key : nullptr) {}

Status WriteContext::LoadHlc() {
  if (hlc_loaded_) return Status::Ok();
  LAMPID_ASSIGN_OR_RETURN(auto stored, ReadMeta(db_, kMetaHlc));
  if (stored) {
    const auto last = HlcTimestamp::Parse(*stored);
    if (!last) return Status::Corruption("stored HLC value is malformed");
    hlc_.Restore(*last);
  }
  hlc_loaded_ = true;
  return Status::Ok();
}

Result<HlcTimestamp> WriteContext::NextVersion() {
  LAMPID_RETURN_IF_ERROR(LoadHlc());
  hlc_dirty_ = true;
  return hlc_.Now();
}

Result<HlcTimestamp> WriteContext::NextVersionAfter(const HlcTimestamp& remote) {
  LAMPID_RETURN_IF_ERROR(LoadHlc());
  hlc_dirty_ = true;
  return hlc_.Observe(remote);
}

Status WriteContext::Finish() {
  if (hlc_dirty_) {
    LAMPID_RETURN_IF_ERROR(WriteMeta(db_, kMetaHlc, hlc_.Last().ToString()));
    hlc_dirty_ = false;
  }
  return audit_.Finish();
}

ReportSummary RowToSummary(const Statement& st) {
  ReportSummary s;
  s.cursor = st.Int(0);
  s.id = st.Text(1);
  s.kind = static_cast<domain::ReportKind>(st.Int(2));
  s.kecamatan_code = st.Text(3);
  s.desa_code = st.Text(4);
  s.created_at_ms = st.Int(5);
  s.updated_at_ms = st.Int(6);
  s.operator_id = st.Text(7);
  s.sync_state = static_cast<domain::SyncState>(st.Int(8));
  s.workflow_state = static_cast<domain::WorkflowState>(st.Int(9));
  s.version = st.Text(10);
  s.base_version = st.Text(11);
  return s;
}

Result<std::optional<Row>> ReadRow(Database& db, std::string_view id, bool with_content) {
  static const std::string kWithContent =
      std::string("SELECT ") + kSummaryColumns + ", server_state, " + kSealedContent + " FROM reports WHERE id = ?";
  static const std::string kWithoutContent =
      std::string("SELECT ") + kSummaryColumns + ", server_state FROM reports WHERE id = ?";
  LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare(with_content ? kWithContent : kWithoutContent));
  st.BindText(1, id);
  LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
  if (!row) return std::optional<Row>();
  Row r{RowToSummary(st), std::string(), std::nullopt};
  if (!st.IsNull(kSummaryColumnCount)) r.server_state = st.Blob(kSummaryColumnCount);
  if (with_content) r.sealed = st.Blob(kSummaryColumnCount + 1);
  return std::optional<Row>(std::move(r));
}

Status PutContent(Database& db, int64_t seq, std::string_view sealed) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare("INSERT INTO report_content (seq, sealed) VALUES (?, ?) "
                                                   "ON CONFLICT (seq) DO UPDATE SET sealed = excluded.sealed"));
  st.Bind(1, seq).BindBlob(2, sealed);
  return st.Run();
}

Status OpenReportRow(const KeyRing& keys, const ReportSummary& s, std::string_view sealed, domain::Report* out) {
  LAMPID_RETURN_IF_ERROR(OpenMessage(keys, sealed, ReportAd(s.id, s.version), out));
  if (out->id() != s.id || out->kind() != s.kind) {
    return Status::Corruption("report " + s.id + ": sealed content does not match its row");
  }
  return Status::Ok();
}

Result<std::optional<domain::pb::ServerState>> OpenServerState(const KeyRing& keys, std::string_view id,
                                                               const std::optional<std::string>& sealed) {
  if (!sealed) return std::optional<domain::pb::ServerState>();
  domain::pb::ServerState state;
  LAMPID_RETURN_IF_ERROR(OpenMessage(keys, *sealed, ServerStateAd(id), &state));
  return std::optional<domain::pb::ServerState>(std::move(state));
}

Result<StoredReport> OpenRow(const KeyRing& keys, Row row) {
  StoredReport out;
  out.summary = std::move(row.summary);
  LAMPID_RETURN_IF_ERROR(OpenReportRow(keys, out.summary, row.sealed, &out.report));
  LAMPID_ASSIGN_OR_RETURN(out.server_state, OpenServerState(keys, out.summary.id, row.server_state));
  return out;
}

Status InsertBlindTags(Database& db, const std::vector<std::string>& tags, int64_t seq) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare("INSERT OR IGNORE INTO blind_index (tag, report_seq) VALUES (?, ?)"));
  for (const auto& t : tags) {
    st.BindBlob(1, t).Bind(2, seq);
    LAMPID_RETURN_IF_ERROR(st.Run());
  }
  return Status::Ok();
}

Status DeleteBlindTags(Database& db, const std::vector<std::string>& tags, int64_t seq) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare("DELETE FROM blind_index WHERE tag = ? AND report_seq = ?"));
  for (const auto& t : tags) {
    st.BindBlob(1, t).Bind(2, seq);
    LAMPID_RETURN_IF_ERROR(st.Run());
  }
  return Status::Ok();
}

Status UpdateBlindTags(Database& db, const KeyRing& keys, const domain::Report& before, const domain::Report& after,
                       int64_t seq) {
  const auto old_tags = BlindTagsOf(keys.blind, before);
  const auto new_tags = BlindTagsOf(keys.blind, after);
  std::vector<std::string> removed, added;
  std::set_difference(old_tags.begin(), old_tags.end(), new_tags.begin(), new_tags.end(), std::back_inserter(removed));
  std::set_difference(new_tags.begin(), new_tags.end(), old_tags.begin(), old_tags.end(), std::back_inserter(added));
  LAMPID_RETURN_IF_ERROR(DeleteBlindTags(db, removed, seq));
  return InsertBlindTags(db, added, seq);
}

Status InsertOutbox(Database& db, std::string_view id, std::string_view version, std::string_view base,
                    const std::vector<std::string>& paths, int64_t now) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare("INSERT OR REPLACE INTO outbox (report_id, version, base_version, "
                                                   "paths, created_at) VALUES (?, ?, ?, ?, ?)"));
  st.BindText(1, id).BindText(2, version).BindText(3, base).BindText(4, JoinPaths(paths)).Bind(5, now);
  return st.Run();
}

domain::Report WithoutSaveStamps(const domain::Report& r) {
  domain::Report copy = r;
  copy.clear_updated_at();
  copy.clear_operator_id();
  return copy;
}

std::string JoinPaths(const std::vector<std::string>& paths, char separator) {
  std::string out;
  for (const auto& p : paths) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

SaveResult Failed(Status s) {
  SaveResult r;
  r.status = std::move(s);
  return r;
}

Status NotFoundStatus(std::string_view id) {
  return Status::NotFound("Laporan " + std::string(id) + " tidak ada / report " + std::string(id) +
                          " does not exist");
}

Status OtherKecamatanStatus(const std::string& mine) {
  return Status::FailedPrecondition("Laporan ini untuk kecamatan lain; node ini melayani kecamatan " + mine +
                                    " / this report belongs to another kecamatan; this node serves " + mine);
}

Status InvalidReportStatus(const domain::ProblemList& problems) {
  return Status::InvalidArgument("Laporan tidak bisa disimpan: " + std::to_string(problems.ErrorCount()) +
                                 " kesalahan / the report cannot be saved: " + std::to_string(problems.ErrorCount()) +
                                 " errors");
}

}  // namespace lampid::store
