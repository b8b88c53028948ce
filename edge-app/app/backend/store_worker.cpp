#include "edge-app/app/backend/store_worker.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <cctype>
#include <set>

#include "core/civil_time.h"
#include "domain/report_validator.h"
#include "edge-app/app/common/report_text.h"
#include "edge-app/app/common/status_text.h"
#include "store/store.h"
#include "sync/sync_engine.h"

namespace lampid::edge::ui {
namespace {

namespace pb = domain::pb;

// A whole NIK as typed (spaces, dots and dashes allowed between digits), or "".
std::string WholeNik(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else if (c != ' ' && c != '.' && c != '-') {
      return {};
    }
  }
  return digits.size() == 16 ? digits : std::string();
}

}  // namespace

ReportListRow RowOf(const store::StoredReport& stored) {
  const ReportSubject subject = SubjectOf(stored.report);
  ReportListRow row;
  row.id = stored.summary.id;
  row.kind = stored.summary.kind;
  row.subject_name = subject.name;
  row.subject_nik = subject.nik;
  row.desa_code = stored.summary.desa_code.empty() ? stored.report.desa_code() : stored.summary.desa_code;
  row.event_date = subject.event_date;
  row.sync_state = stored.summary.sync_state;
  row.workflow_state = stored.summary.workflow_state;
  row.updated_at = FormatTimestamp(stored.summary.updated_at_ms);
  return row;
}

std::string StoreWorker::OpenDraftKey(const std::string& operator_id) {
  std::string key = "app.open-draft.";
  for (char c : operator_id) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

StoreWorker::StoreWorker(Config config) : config_(std::move(config)) {
  if (!config_.clock) {
    own_clock_ = std::make_unique<SystemClock>();
    config_.clock = own_clock_.get();
  }
}

StoreWorker::~StoreWorker() = default;

OpenOutcome StoreWorker::Describe(OpenOutcome::State state) {
  OpenOutcome o;
  o.state = state;
  if (!store_) return o;
  o.node = store_->node();
  o.reports = store_->CountReports().value_or(0);
  auto int_meta = [&](const char* key) -> int64_t {
    auto v = store_->GetMeta(key);
    if (!v.ok() || !*v || (*v)->empty()) return 0;
    try {
      return std::stoll(**v);
    } catch (...) {
      return 0;
    }
  };
  o.last_sync_ms = int_meta(sync::kMetaLastSuccess);
  o.clock_offset_ms = int_meta(sync::kMetaClockOffset);
  return o;
}

void StoreWorker::Open() {
  store::Store::Options options;
  options.data_dir = config_.data_dir;
  options.regions = config_.regions;
  options.clock = config_.clock;
  auto opened_store = store::Store::Open(options);
  if (!opened_store.ok()) {
    if (opened_store.status().code() == StatusCode::kNotFound) {
      emit opened(Describe(OpenOutcome::State::kNoStore));
      return;
    }
    OpenOutcome o;
    o.state = OpenOutcome::State::kFailed;
    o.message = QCoreApplication::translate("StoreWorker", "Data di komputer ini tidak bisa dibuka: %1").arg(StatusText(opened_store.status()));
    emit opened(o);
    return;
  }
  store_ = StoreHandle(std::move(*opened_store));
  utc_offset_minutes_ = OfficeUtcOffsetMinutes(store_->node().kecamatan_code);
  auto started = store_->GetMeta(kMetaSetupStarted);
  auto complete = store_->GetMeta(kMetaSetupComplete);
  const bool interrupted = started.ok() && *started && !(complete.ok() && *complete);
  emit opened(Describe(interrupted ? OpenOutcome::State::kIncompleteSetup : OpenOutcome::State::kReady));
}

void StoreWorker::Adopt(StoreHandle store) {
  store_ = std::move(store);
  if (store_) utc_offset_minutes_ = OfficeUtcOffsetMinutes(store_->node().kecamatan_code);
  emit opened(Describe(store_ ? OpenOutcome::State::kReady : OpenOutcome::State::kFailed));
}

void StoreWorker::MakeClone() {
  if (!store_) return;
  auto clone = store_->Clone();
  if (!clone.ok()) {
    emit failed(QCoreApplication::translate("StoreWorker", "Koneksi kedua ke data tidak bisa dibuat: %1").arg(StatusText(clone.status())));
    return;
  }
  emit cloneReady(StoreHandle(std::move(*clone)));
}

void StoreWorker::DiscardIncompleteSetup() {
  if (store_) {
    const int64_t reports = store_->CountReports().value_or(1);
    if (reports > 0) {
      OpenOutcome o = Describe(OpenOutcome::State::kFailed);
      o.message = QCoreApplication::translate("StoreWorker", "Pengaturan awal belum selesai, tetapi komputer ini sudah menyimpan laporan. Hubungi admin.");
      emit opened(o);
      return;
    }
    store_.reset();
  }
  // Nothing of value in it: the files of the unfinished store go, so the wizard can start again.
  QDir dir(QString::fromStdString(config_.data_dir));
  for (const QString& name : dir.entryList({QStringLiteral("edge.db*"), QStringLiteral("edge.lock")}, QDir::Files)) {
    dir.remove(name);
  }
  emit opened(Describe(OpenOutcome::State::kNoStore));
}

void StoreWorker::Login(const LoginData& login) {
  LoginOutcome out;
  out.operator_id = login.operator_id;
  if (!store_) {
    out.message = QCoreApplication::translate("StoreWorker", "Data belum terbuka.");
    emit loginFinished(out);
    return;
  }
  auto operators = store_->ListOperators();
  if (!operators.ok()) {
    out.message = StatusText(operators.status());
    emit loginFinished(out);
    return;
  }
  if (std::find(operators->begin(), operators->end(), login.operator_id) == operators->end()) {
    out.result = LoginOutcome::Result::kNotHereYet;
    emit loginFinished(out);
    return;
  }
  const Status s = store_->Unlock(login.operator_id, login.password);
  if (s.ok()) {
    out.result = LoginOutcome::Result::kUnlocked;
  } else if (s.code() == StatusCode::kUnauthenticated) {
    out.result = LoginOutcome::Result::kWrongPassword;
    out.message = QCoreApplication::translate("StoreWorker", "ID petugas atau kata sandi salah. Periksa huruf besar/kecil, lalu coba lagi.");
  } else {
    out.message = StatusText(s);
  }
  emit loginFinished(out);
}

void StoreWorker::Recover(const QString& recovery_code, const LoginData& login) {
  LoginOutcome out;
  out.operator_id = login.operator_id;
  const Status s = store_ ? store_->Recover(recovery_code.toStdString(), login.operator_id, login.password)
                          : Status::FailedPrecondition("no store");
  if (s.ok()) {
    out.result = LoginOutcome::Result::kUnlocked;
  } else if (s.code() == StatusCode::kUnauthenticated || s.code() == StatusCode::kInvalidArgument) {
    out.result = LoginOutcome::Result::kWrongPassword;
    out.message = QCoreApplication::translate("StoreWorker", "Kode pemulihan salah. Kode terdiri dari 32 huruf dan angka, seperti tertulis di kertas.");
  } else {
    out.message = StatusText(s);
  }
  emit loginFinished(out);
}

void StoreWorker::Lock() {
  if (store_) store_->Lock();
  emit locked();
}

void StoreWorker::Save(const SaveRequest& request, bool remember_as_open_draft) {
  SaveOutcome out;
  out.draft = request.draft;
  if (!store_) {
    out.message = QCoreApplication::translate("StoreWorker", "Data belum terbuka.");
    emit saved(out);
    return;
  }
  store::SaveResult r;
  const std::string id = request.report.id();
  if (id.empty()) {
    r = store_->AddReport(request.report, {.submit = !request.draft});
  } else {
    r = store_->EditReport(id, request.report, request.expected_version);
  }
  if (r.ok() && !request.draft && r.saved.sync_state == pb::SYNC_STATE_DRAFT) {
    // A draft completed and saved for real: it joins the queue.
    const Status submitted = store_->Submit(r.saved.id);
    if (!submitted.ok()) r.status = submitted;
    r.saved.sync_state = pb::SYNC_STATE_QUEUED;
  }
  out.ok = r.ok();
  if (r.ok()) {
    out.id = r.saved.id;
    out.version = r.saved.version;
    out.sync_state = r.saved.sync_state;
    if (request.draft && remember_as_open_draft) {
      (void)store_->SetMeta(OpenDraftKey(store_->operator_id()), out.id);
    }
  } else if (r.status.code() == StatusCode::kInvalidArgument && r.problems.HasErrors()) {
    out.message = QCoreApplication::translate("StoreWorker", "Laporan belum lengkap atau ada isian yang salah; perbaiki yang ditandai merah.");
  } else if (r.status.code() == StatusCode::kAborted) {
    out.message = QCoreApplication::translate("StoreWorker", "Laporan ini sudah diubah di tempat lain sejak dibuka. Tutup formulir, buka lagi laporannya, "
                     "lalu ulangi perubahan Anda.");
  } else if (r.status.code() == StatusCode::kFailedPrecondition && !store_->unlocked()) {
    out.message = QCoreApplication::translate("StoreWorker", "Sesi terkunci. Masuk lagi, lalu simpan.");
  } else {
    out.message = StatusText(r.status);
  }
  emit saved(out);
  RefreshCounts();
}

bool StoreWorker::Filter(const store::ReportSummary& s, const ReportQuery& q) const {
  if (q.kind && s.kind != q.kind) return false;
  if (q.sync_state && s.sync_state != q.sync_state) return false;
  if (q.workflow_state && s.workflow_state != q.workflow_state) return false;
  if (!q.from_date.empty()) {
    const auto d = ParseIsoDate(q.from_date);
    if (d && s.created_at_ms < ToUnixMillis(*d, {}, utc_offset_minutes_)) return false;
  }
  if (!q.to_date.empty()) {
    const auto d = ParseIsoDate(q.to_date);
    if (d && s.created_at_ms >= ToUnixMillis(*d, {}, utc_offset_minutes_) + 24 * 3600 * 1000) return false;
  }
  return true;
}

void StoreWorker::List(int request, const ReportQuery& query) { ListPage(request, query, 0, false); }

void StoreWorker::ListMore(int request, const ReportQuery& query, qint64 cursor) {
  ListPage(request, query, cursor, true);
}

void StoreWorker::ListPage(int request, const ReportQuery& query, int64_t cursor, bool append) {
  if (request < latest_list_.load() || !store_) return;  // a newer request is on its way
  ListAnswer answer;
  answer.request = request;
  answer.append = append;
  const std::string nik = WholeNik(query.text);
  if (!query.text.empty()) {
    // A whole NIK: the blind index answers at once. Otherwise a name: names are sealed, so the store
    // decrypts until it has its matches (that is why the list asks only after typing stops).
    std::vector<store::StoredReport> found;
    if (!nik.empty()) {
      auto summaries = store_->FindByNik(nik);
      if (!summaries.ok()) {
        emit failed(StatusText(summaries.status()));
        return;
      }
      for (const auto& s : *summaries) {
        if (!Filter(s, query)) continue;
        auto full = store_->GetReport(s.id);
        if (full.ok()) found.push_back(std::move(*full));
      }
    } else {
      auto matches = store_->SearchByName(query.text, kPageSize);
      if (!matches.ok()) {
        emit failed(StatusText(matches.status()));
        return;
      }
      for (auto& m : *matches) {
        if (Filter(m.summary, query)) found.push_back(std::move(m));
      }
    }
    for (const auto& f : found) answer.rows.push_back(RowOf(f));
    emit listed(answer);
    return;
  }
  store::ListQuery q;
  if (query.kind) q.kind = query.kind;
  if (query.sync_state) q.sync_state = query.sync_state;
  if (query.workflow_state) q.workflow_state = query.workflow_state;
  if (const auto d = ParseIsoDate(query.from_date)) q.created_from_ms = ToUnixMillis(*d, {}, utc_offset_minutes_);
  if (const auto d = ParseIsoDate(query.to_date)) {
    q.created_to_ms = ToUnixMillis(*d, {}, utc_offset_minutes_) + 24 * 3600 * 1000;
  }
  q.limit = kPageSize;
  q.after = cursor;
  auto page = store_->ListReports(q);
  if (!page.ok()) {
    emit failed(StatusText(page.status()));
    return;
  }
  answer.rows.reserve(page->items.size());
  for (const auto& item : page->items) answer.rows.push_back(RowOf(item));
  answer.next_cursor = page->next_cursor;
  emit listed(answer);
}

void StoreWorker::LoadDetail(const QString& id_text) {
  if (!store_) return;
  const std::string id = id_text.toStdString();
  ReportDetail d;
  auto stored = store_->GetReport(id);
  if (!stored.ok()) {
    emit failed(QCoreApplication::translate("StoreWorker", "Laporan tidak bisa dibuka: %1").arg(StatusText(stored.status())));
    return;
  }
  d.stored = std::move(*stored);
  d.history = store_->ReadAuditOfReport(id).value_or(std::vector<store::AuditEntry>{});
  const auto& s = d.stored.summary;
  if (s.sync_state == pb::SYNC_STATE_CONFLICT) {
    d.not_editable_reason = QCoreApplication::translate("StoreWorker", "Laporan ini bentrok dengan versi di server. Selesaikan konfliknya dulu.");
    auto conflict = store_->GetConflict(id);
    if (conflict.ok()) d.conflict = std::move(*conflict);
  } else if (const Status e = domain::CheckEditable(s.sync_state, s.workflow_state); !e.ok()) {
    d.not_editable_reason = StatusText(e);
  } else {
    d.editable = true;
  }
  auto losing = store_->GetSealedMeta(sync::ConflictMetaKey(id));
  if (losing.ok() && *losing && !(*losing)->empty()) {
    sync::syncpb::ConflictInfo info;
    if (info.ParseFromString(**losing) && info.has_losing_report()) {
      LosingVersion l;
      l.report = info.losing_report();
      l.version = info.losing_version();
      l.device_id = info.losing_device_id();
      l.paths.assign(info.paths().begin(), info.paths().end());
      d.losing = std::move(l);
    }
  }
  emit detailLoaded(d);
}

void StoreWorker::LoadOpenDraft(const QString& operator_id) {
  if (!store_) return;
  const std::string key = OpenDraftKey(operator_id.toStdString());
  auto id = store_->GetMeta(key);
  if (!id.ok() || !*id) return;
  (void)store_->DeleteMeta(key);  // reopened once; afterwards it is in the list like any draft
  auto stored = store_->GetReport(**id);
  if (!stored.ok() || stored->summary.sync_state != pb::SYNC_STATE_DRAFT) return;
  emit openDraftLoaded(stored->report);
}

void StoreWorker::ResolveConflict(const QString& id_text, const domain::Report& chosen) {
  if (!store_) return;
  const std::string id = id_text.toStdString();
  store::SaveResult r = store_->ResolveConflict(id, chosen);
  if (r.ok()) {
    (void)store_->DeleteMeta(sync::ConflictMetaKey(id));
    emit conflictResolved(id_text, true, {});
  } else if (r.problems.HasErrors()) {
    emit conflictResolved(id_text, false,
                          QCoreApplication::translate("StoreWorker", "Gabungan yang dipilih belum benar: %1. Pilih versi lain untuk kolom itu.")
                              .arg(InUiLanguage(r.problems.items().front().message, r.problems.items().front().message_en)));
  } else {
    emit conflictResolved(id_text, false, StatusText(r.status));
  }
  RefreshCounts();
}

void StoreWorker::LoadAttention() {
  if (!store_ || !store_->unlocked()) return;
  std::vector<ReportListRow> rows;
  std::set<std::string> seen;
  auto add = [&](store::ListQuery q) {
    q.limit = 500;
    auto page = store_->ListReports(q);
    if (!page.ok()) return;
    for (const auto& item : page->items) {
      if (seen.insert(item.summary.id).second) rows.push_back(RowOf(item));
    }
  };
  add({.sync_state = pb::SYNC_STATE_CONFLICT});
  add({.workflow_state = pb::WORKFLOW_STATE_PERLU_PERBAIKAN});
  add({.workflow_state = pb::WORKFLOW_STATE_DITOLAK});
  emit attentionLoaded(rows);
}

void StoreWorker::LoadReview() {
  if (!store_ || !store_->unlocked()) return;
  auto page = store_->ListReports({.workflow_state = pb::WORKFLOW_STATE_TERVERIFIKASI, .limit = 500});
  if (!page.ok()) {
    emit failed(StatusText(page.status()));
    return;
  }
  emit reviewLoaded(page->items);
}

void StoreWorker::LoadStatistics(int utc_offset_minutes) {
  if (!store_) return;
  auto counts = store_->CountByKindAndMonth(utc_offset_minutes);
  if (!counts.ok()) {
    emit failed(StatusText(counts.status()));
    return;
  }
  emit statisticsLoaded(*counts);
}

void StoreWorker::RefreshCounts() {
  if (!store_) return;
  auto counts = store_->CountBySyncState();
  if (counts.ok()) emit countsChanged(*counts);
}

void StoreWorker::Shutdown() { store_.reset(); }

}  // namespace lampid::edge::ui
