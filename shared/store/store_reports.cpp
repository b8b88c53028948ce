// Saving, reading and listing reports.
#include <algorithm>
#include <cctype>

#include "core/civil_time.h"
#include "core/uuid.h"
#include "domain/report_diff.h"
#include "domain/report_json.h"
#include "domain/report_validator.h"
#include "store/store.h"
#include "store/store_internal.h"

namespace lampid::store {
namespace {

using domain::pb::SYNC_STATE_ACKNOWLEDGED;
using domain::pb::SYNC_STATE_CONFLICT;
using domain::pb::SYNC_STATE_DRAFT;
using domain::pb::SYNC_STATE_QUEUED;
using domain::pb::SYNC_STATE_SENT;

bool ContainsFolded(const std::string& haystack, const std::string& folded_needle) {
  std::string h = haystack;
  std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return std::tolower(c); });
  return h.find(folded_needle) != std::string::npos;
}

// Every person's name on a report.
std::vector<const std::string*> NamesOf(const domain::Report& r) {
  std::vector<const std::string*> names;
  if (r.has_kelahiran()) {
    const auto& k = r.kelahiran();
    names = {&k.child_name(), &k.mother().name(), &k.father().name(), &k.reporter().name()};
    for (const auto& w : k.witnesses()) names.push_back(&w.name());
  } else if (r.has_kematian()) {
    const auto& k = r.kematian();
    names = {&k.deceased().name(), &k.reporter().name()};
    for (const auto& w : k.witnesses()) names.push_back(&w.name());
  } else {
    const auto& m = r.has_kepindahan() ? r.kepindahan() : r.kedatangan();
    names = {&m.applicant_name()};
    for (const auto& p : m.members()) names.push_back(&p.name());
  }
  return names;
}

}  // namespace

// ---- Add ----------------------------------------------------------------------------------------------

std::vector<SaveResult> Store::AddReports(std::vector<domain::Report> reports, const AddOptions& options) {
  std::vector<SaveResult> results(reports.size());
  auto keys = shared_->Keys();
  if (!keys) {
    for (auto& r : results) r.status = LockedStatus();
    return results;
  }
  const int64_t now = shared_->clock->NowMillis();
  const std::string now_text = FormatTimestamp(now);
  const domain::RegionTable& regions = *shared_->options.regions;

  // Validation and everything else that needs no lock happens before the write transaction.
  std::vector<size_t> valid;
  for (size_t i = 0; i < reports.size(); ++i) {
    domain::Report& r = reports[i];
    if (r.id().empty()) r.set_id(NewUuidV7(now));
    if (r.created_at().empty()) r.set_created_at(now_text);
    r.set_updated_at(now_text);
    r.set_operator_id(keys->operator_id);
    results[i].problems = domain::ValidateReport(r, {regions, now});
    // A draft may be incomplete (a half-filled form kept when the app closes): its errors come back but do
    // not block; Submit checks them.
    if (results[i].problems.HasErrors() && options.submit) {
      results[i].status = InvalidReportStatus(results[i].problems);
      continue;
    }
    if (r.kecamatan_code() != shared_->node.kecamatan_code) {
      results[i].status = OtherKecamatanStatus(shared_->node.kecamatan_code);
      continue;
    }
    domain::FillDerivedFields(&r, regions);
    valid.push_back(i);
  }
  if (valid.empty()) return results;

  const auto sync_state = options.submit ? SYNC_STATE_QUEUED : SYNC_STATE_DRAFT;
  const std::string detail_state = "state=" + domain::SyncStateName(sync_state);
  auto write = [&]() -> Status {
    LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
    WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
    for (size_t i : valid) {
      const domain::Report& r = reports[i];
      SaveResult& result = results[i];
      LAMPID_ASSIGN_OR_RETURN(const HlcTimestamp v, ctx.NextVersion());
      const std::string version = v.ToString();
      LAMPID_ASSIGN_OR_RETURN(const std::string sealed, SealMessage(*keys, r, ReportAd(r.id(), version)));
      const int64_t created = ParseTimestamp(r.created_at()).value_or(now);
      LAMPID_ASSIGN_OR_RETURN(
          Statement st,
          db_->Prepare("INSERT INTO reports (id, kind, kecamatan_code, desa_code, created_at, updated_at, "
                       "operator_id, sync_state, workflow_state, version, base_version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '') ON CONFLICT (id) DO NOTHING"));
      st.BindText(1, r.id()).Bind(2, r.kind()).BindText(3, r.kecamatan_code()).BindText(4, r.desa_code());
      st.Bind(5, created).Bind(6, now).BindText(7, r.operator_id()).Bind(8, sync_state).BindText(9, version);
      LAMPID_RETURN_IF_ERROR(st.Run());
      if (db_->Changes() == 0) {
        result.status = Status::AlreadyExists("Laporan dengan id " + r.id() + " sudah ada / a report with id " +
                                              r.id() + " already exists");
        continue;
      }
      const int64_t seq = db_->LastInsertRowid();
      LAMPID_RETURN_IF_ERROR(PutContent(*db_, seq, sealed));
      LAMPID_RETURN_IF_ERROR(InsertBlindTags(*db_, BlindTagsOf(keys->blind, r), seq));
      LAMPID_RETURN_IF_ERROR(InsertOutbox(*db_, r.id(), version, "", {}, now));
      LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "report_created", r.id(), keys->operator_id, version,
                                                "kind=" + domain::KindName(r.kind()) + " " + detail_state));
      ReportSummary& s = result.saved;
      s.id = r.id();
      s.kind = r.kind();
      s.kecamatan_code = r.kecamatan_code();
      s.desa_code = r.desa_code();
      s.created_at_ms = created;
      s.updated_at_ms = now;
      s.operator_id = r.operator_id();
      s.sync_state = sync_state;
      s.workflow_state = domain::pb::WORKFLOW_STATE_UNSPECIFIED;
      s.version = version;
      s.cursor = seq;
    }
    LAMPID_RETURN_IF_ERROR(ctx.Finish());
    return txn->Commit();
  };
  if (Status s = write(); !s.ok()) {
    for (size_t i : valid) {
      results[i].status = s;
      results[i].saved = {};
    }
  }
  return results;
}

SaveResult Store::AddReport(domain::Report report, const AddOptions& options) {
  std::vector<domain::Report> one;
  one.push_back(std::move(report));
  return std::move(AddReports(std::move(one), options).front());
}

// ---- Edit ---------------------------------------------------------------------------------------------

SaveResult Store::EditReport(std::string_view id, domain::Report edited, std::string_view expected_version) {
  auto keys = shared_->Keys();
  if (!keys) return Failed(LockedStatus());
  if (!edited.id().empty() && edited.id() != id) {
    return Failed(Status::InvalidArgument("ID laporan tidak boleh diubah / the report id cannot change"));
  }
  const int64_t now = shared_->clock->NowMillis();
  const domain::RegionTable& regions = *shared_->options.regions;
  edited.set_id(std::string(id));
  edited.set_updated_at(FormatTimestamp(now));
  edited.set_operator_id(keys->operator_id);
  // created_at comes from the stored report; validate the rest first, outside the write lock.
  SaveResult result;
  {
    domain::Report probe = edited;
    probe.clear_created_at();
    result.problems = domain::ValidateReport(probe, {regions, now});
  }
  // Errors block unless the report stays a draft (decided in the transaction, where its state is read).
  if (edited.kecamatan_code() != shared_->node.kecamatan_code) {
    result.status = OtherKecamatanStatus(shared_->node.kecamatan_code);
    return result;
  }
  domain::FillDerivedFields(&edited, regions);

  auto write = [&]() -> Status {
    LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
    LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(*db_, id));
    if (!row) return NotFoundStatus(id);
    const ReportSummary& old = row->summary;
    if (!expected_version.empty() && expected_version != old.version) {
      return Status::Aborted(
          "Laporan sudah diubah di tempat lain sejak dibuka; muat ulang lalu ulangi / the report was changed "
          "elsewhere since it was opened; reload and try again");
    }
    if (old.sync_state == SYNC_STATE_CONFLICT) {
      return Status::FailedPrecondition(
          "Laporan ini bentrok dengan versi di server; selesaikan konflik dulu / this report conflicts with the "
          "server's version; resolve the conflict first");
    }
    if (Status editable = domain::CheckEditable(old.sync_state, old.workflow_state); !editable.ok()) {
      return Status::FailedPrecondition(editable.message() + " / the report can no longer be edited");
    }
    if (result.problems.HasErrors() && old.sync_state != SYNC_STATE_DRAFT) return InvalidReportStatus(result.problems);
    if (edited.kind() != old.kind) {
      return Status::InvalidArgument("Jenis laporan tidak boleh diubah / the report kind cannot change");
    }
    domain::Report current;
    LAMPID_RETURN_IF_ERROR(OpenReportRow(*keys, old, row->sealed, &current));
    edited.set_created_at(current.created_at());
    result.changed_paths = domain::DiffMessages(WithoutSaveStamps(current), WithoutSaveStamps(edited));
    if (result.changed_paths.empty()) {
      result.unchanged = true;
      result.saved = old;
      return Status::Ok();  // nothing to write; the transaction rolls back
    }
    WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
    LAMPID_ASSIGN_OR_RETURN(const HlcTimestamp v, ctx.NextVersion());
    const std::string version = v.ToString();
    LAMPID_ASSIGN_OR_RETURN(const std::string sealed, SealMessage(*keys, edited, ReportAd(id, version)));
    const auto state = old.sync_state == SYNC_STATE_DRAFT ? SYNC_STATE_DRAFT : SYNC_STATE_QUEUED;
    LAMPID_ASSIGN_OR_RETURN(Statement st,
                            db_->Prepare("UPDATE reports SET desa_code = ?, updated_at = ?, operator_id = ?, "
                                         "sync_state = ?, version = ? WHERE seq = ?"));
    st.BindText(1, edited.desa_code()).Bind(2, now).BindText(3, keys->operator_id).Bind(4, state);
    st.BindText(5, version).Bind(6, old.cursor);
    LAMPID_RETURN_IF_ERROR(st.Run());
    LAMPID_RETURN_IF_ERROR(PutContent(*db_, old.cursor, sealed));
    LAMPID_RETURN_IF_ERROR(UpdateBlindTags(*db_, *keys, current, edited, old.cursor));
    LAMPID_RETURN_IF_ERROR(InsertOutbox(*db_, id, version, old.base_version, result.changed_paths, now));
    std::string detail = "paths=" + JoinPaths(result.changed_paths, ',');
    if (detail.size() > 1000) detail = detail.substr(0, 997) + "...";
    LAMPID_RETURN_IF_ERROR(ctx.audit().Append(now, "report_edited", id, keys->operator_id, version, detail));
    LAMPID_RETURN_IF_ERROR(ctx.Finish());
    LAMPID_RETURN_IF_ERROR(txn->Commit());
    result.saved = old;
    result.saved.desa_code = edited.desa_code();
    result.saved.updated_at_ms = now;
    result.saved.operator_id = keys->operator_id;
    result.saved.sync_state = state;
    result.saved.version = version;
    return Status::Ok();
  };
  result.status = write();
  return result;
}

Status Store::Submit(std::string_view id) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(*db_));
  LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(*db_, id));
  if (!row) return NotFoundStatus(id);
  if (row->summary.sync_state != SYNC_STATE_DRAFT) return Status::Ok();
  {
    // A draft may have been saved incomplete: only a valid one leaves.
    domain::Report content;
    LAMPID_RETURN_IF_ERROR(OpenReportRow(*keys, row->summary, row->sealed, &content));
    domain::Report probe = content;
    probe.clear_created_at();
    const domain::ProblemList problems =
        domain::ValidateReport(probe, {*shared_->options.regions, shared_->clock->NowMillis()});
    if (problems.HasErrors()) return InvalidReportStatus(problems);
  }
  LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare("UPDATE reports SET sync_state = ? WHERE seq = ?"));
  st.Bind(1, SYNC_STATE_QUEUED).Bind(2, row->summary.cursor);
  LAMPID_RETURN_IF_ERROR(st.Run());
  WriteContext ctx(*db_, hlc_, shared_->node.node_id, keys.get());
  LAMPID_RETURN_IF_ERROR(ctx.audit().Append(shared_->clock->NowMillis(), "report_submitted", id, keys->operator_id,
                                            row->summary.version, "state=queued"));
  LAMPID_RETURN_IF_ERROR(ctx.Finish());
  return txn->Commit();
}

// ---- Reading ------------------------------------------------------------------------------------------

Result<StoredReport> Store::GetReport(std::string_view id) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(*db_, id));
  if (!row) return NotFoundStatus(id);
  return OpenRow(*keys, std::move(*row));
}

Result<ReportSummary> Store::GetSummary(std::string_view id) {
  LAMPID_ASSIGN_OR_RETURN(auto row, ReadRow(*db_, id));
  if (!row) return NotFoundStatus(id);
  return std::move(row->summary);
}

Result<ReportPage> Store::ListReports(const ListQuery& query) {
  std::shared_ptr<const KeyRing> keys;
  if (query.with_content) {
    keys = shared_->Keys();
    if (!keys) return LockedStatus();
  }
  const size_t limit = std::clamp<size_t>(query.limit, 1, 1000);
  std::string sql =
      std::string("SELECT ") + kSummaryColumns +
      (keys ? std::string(", ") + kSealedContent + ", server_state" : std::string(", NULL, NULL")) +
      " FROM reports WHERE seq " + (query.oldest_first ? ">" : "<") + " ?1";
  if (query.sync_state) {
    sql += " AND sync_state = ?2";
    // States other than acknowledged are in the partial index reports_unacknowledged; it needs its condition.
    if (*query.sync_state != SYNC_STATE_ACKNOWLEDGED) sql += " AND sync_state != 4";
  }
  if (query.kind) sql += " AND kind = ?3";
  if (query.workflow_state) sql += " AND workflow_state = ?4";
  if (query.created_from_ms > 0) sql += " AND created_at >= ?6";
  if (query.created_to_ms > 0) sql += " AND created_at < ?7";
  sql += query.oldest_first ? " ORDER BY seq LIMIT ?5" : " ORDER BY seq DESC LIMIT ?5";
  LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare(sql));
  st.Bind(1, query.after > 0 ? query.after : (query.oldest_first ? 0 : INT64_MAX));
  if (query.sync_state) st.Bind(2, *query.sync_state);
  if (query.kind) st.Bind(3, *query.kind);
  if (query.workflow_state) st.Bind(4, *query.workflow_state);
  st.Bind(5, static_cast<int64_t>(limit + 1));
  if (query.created_from_ms > 0) st.Bind(6, query.created_from_ms);
  if (query.created_to_ms > 0) st.Bind(7, query.created_to_ms);
  ReportPage page;
  while (true) {
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (!row) break;
    if (page.items.size() == limit) {
      page.next_cursor = page.items.back().summary.cursor;
      break;
    }
    if (keys) {
      Row r{RowToSummary(st), st.Blob(kSummaryColumnCount), std::nullopt};
      if (!st.IsNull(kSummaryColumnCount + 1)) r.server_state = st.Blob(kSummaryColumnCount + 1);
      LAMPID_ASSIGN_OR_RETURN(StoredReport item, OpenRow(*keys, std::move(r)));
      page.items.push_back(std::move(item));
    } else {
      StoredReport item;
      item.summary = RowToSummary(st);
      page.items.push_back(std::move(item));
    }
  }
  return page;
}

namespace {

Result<std::vector<ReportSummary>> FindByTag(Database& db, const std::string& tag) {
  LAMPID_ASSIGN_OR_RETURN(
      Statement st,
      db.Prepare(std::string("SELECT ") + kSummaryColumns +
                 " FROM reports WHERE seq IN (SELECT report_seq FROM blind_index WHERE tag = ?) ORDER BY seq DESC"));
  st.BindBlob(1, tag);
  std::vector<ReportSummary> out;
  while (true) {
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (!row) break;
    out.push_back(RowToSummary(st));
  }
  return out;
}

}  // namespace

namespace {

// A number as typed ("3273 0552 0395 0001"): the stored values are validated digits, so separators go.
std::string Digits(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c != ' ' && c != '.' && c != '-' && c != '\t') out.push_back(c);
  }
  return out;
}

}  // namespace

Result<std::vector<ReportSummary>> Store::FindByNik(std::string_view nik) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  return FindByTag(*db_, NikTag(keys->blind, Digits(nik)));
}

Result<std::vector<ReportSummary>> Store::FindByKk(std::string_view kk) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  return FindByTag(*db_, KkTag(keys->blind, Digits(kk)));
}

Result<std::vector<StoredReport>> Store::SearchByName(std::string_view text, size_t limit) {
  auto keys = shared_->Keys();
  if (!keys) return LockedStatus();
  std::string needle(text);
  std::transform(needle.begin(), needle.end(), needle.begin(), [](unsigned char c) { return std::tolower(c); });
  std::vector<StoredReport> out;
  if (needle.empty()) return out;
  LAMPID_ASSIGN_OR_RETURN(Statement st, db_->Prepare(std::string("SELECT ") + kSummaryColumns +
                                                     ", " + kSealedContent + " FROM reports ORDER BY seq DESC"));
  while (out.size() < limit) {
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (!row) break;
    StoredReport item;
    item.summary = RowToSummary(st);
    LAMPID_RETURN_IF_ERROR(OpenReportRow(*keys, item.summary, st.Blob(kSummaryColumnCount), &item.report));
    bool match = false;
    for (const std::string* name : NamesOf(item.report)) match = match || ContainsFolded(*name, needle);
    if (match) out.push_back(std::move(item));
  }
  return out;
}

Result<SyncCounts> Store::CountBySyncState() {
  LAMPID_ASSIGN_OR_RETURN(auto read, ReadTransaction::Begin(*db_));
  // "!= 4": the condition of the partial index reports_unacknowledged, which SQLite uses only when it is stated.
  LAMPID_ASSIGN_OR_RETURN(Statement st,
                          db_->Prepare("SELECT COUNT(*) FROM reports WHERE sync_state = ? AND sync_state != 4"));
  SyncCounts c;
  for (auto [state, field] : {std::pair{SYNC_STATE_DRAFT, &c.draft}, std::pair{SYNC_STATE_QUEUED, &c.queued},
                              std::pair{SYNC_STATE_SENT, &c.sent}, std::pair{SYNC_STATE_CONFLICT, &c.conflict}}) {
    st.Bind(1, state);
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    *field = row ? st.Int(0) : 0;
    st.Reset();
  }
  return c;
}

Result<int64_t> Store::CountReports() { return db_->QueryInt("SELECT COUNT(*) FROM reports"); }

Result<std::vector<KindMonthCount>> Store::CountByKindAndMonth(int utc_offset_minutes) {
  LAMPID_ASSIGN_OR_RETURN(
      Statement st,
      db_->Prepare("SELECT CAST(strftime('%Y', m, 'unixepoch') AS INTEGER), CAST(strftime('%m', m, 'unixepoch') AS "
                   "INTEGER), kind, COUNT(*) FROM (SELECT (created_at + ?1) / 1000 AS m, kind FROM reports "
                   "WHERE kecamatan_code = ?2) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
  st.Bind(1, int64_t{utc_offset_minutes} * 60 * 1000).BindText(2, shared_->node.kecamatan_code);
  std::vector<KindMonthCount> out;
  while (true) {
    LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
    if (!row) break;
    KindMonthCount c;
    c.year = static_cast<int>(st.Int(0));
    c.month = static_cast<int>(st.Int(1));
    c.kind = static_cast<domain::ReportKind>(st.Int(2));
    c.count = st.Int(3);
    out.push_back(c);
  }
  return out;
}

}  // namespace lampid::store
