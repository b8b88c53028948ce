#include "central-server/core/sqlite_central_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>

#include "central-server/core/statistics.h"
#include "core/civil_time.h"
#include "core/uuid.h"
#include "domain/region_table.h"

namespace lampid::central {
namespace {

using sqlite::Database;
using sqlite::Statement;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT OR IGNORE INTO meta(key, value) VALUES('seq', 0);
CREATE TABLE IF NOT EXISTS devices(
  device_id TEXT PRIMARY KEY,
  kecamatan_code TEXT NOT NULL,
  public_key BLOB NOT NULL,
  last_counter INTEGER NOT NULL DEFAULT 0,
  revoked_at INTEGER,
  enrolled_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL DEFAULT 0,
  app_version TEXT NOT NULL DEFAULT '',
  backlog INTEGER NOT NULL DEFAULT 0,
  last_push_at INTEGER NOT NULL DEFAULT 0,
  escrow_key BLOB NOT NULL DEFAULT x'');
CREATE TABLE IF NOT EXISTS enrollment_codes(
  code_hash BLOB PRIMARY KEY,
  kecamatan_code TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  device_id TEXT);
CREATE TABLE IF NOT EXISTS push_batches(
  device_id TEXT NOT NULL,
  batch_id TEXT NOT NULL,
  answer BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY(device_id, batch_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reports(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind INTEGER NOT NULL,
  kecamatan_code TEXT NOT NULL,
  dest_kecamatan_code TEXT NOT NULL DEFAULT '',
  desa_code TEXT NOT NULL,
  version TEXT NOT NULL,
  first_version TEXT NOT NULL,
  content_device_id TEXT NOT NULL,
  content BLOB NOT NULL,
  state BLOB NOT NULL,
  workflow_state INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  last_event_hash BLOB NOT NULL,
  last_change_device_id TEXT NOT NULL DEFAULT '',
  stat_counted INTEGER NOT NULL DEFAULT 0,
  stat_month TEXT NOT NULL DEFAULT '',
  stat_kind INTEGER NOT NULL DEFAULT 0,
  stat_sex INTEGER NOT NULL DEFAULT 0,
  stat_age_band INTEGER NOT NULL DEFAULT -1,
  stat_event_days INTEGER NOT NULL DEFAULT 0,
  stat_registered INTEGER NOT NULL DEFAULT 0,
  stat_registration_days INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS stats(
  level INTEGER NOT NULL,
  region TEXT NOT NULL,
  month TEXT NOT NULL,
  kind INTEGER NOT NULL,
  sex INTEGER NOT NULL,
  age_band INTEGER NOT NULL,
  reports INTEGER NOT NULL,
  registered INTEGER NOT NULL,
  event_days INTEGER NOT NULL,
  registration_days INTEGER NOT NULL,
  PRIMARY KEY(level, region, month, kind, sex, age_band)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS reports_by_kecamatan ON reports(kecamatan_code, seq);
CREATE INDEX IF NOT EXISTS reports_by_state ON reports(workflow_state, kecamatan_code, seq);
CREATE INDEX IF NOT EXISTS reports_by_destination ON reports(dest_kecamatan_code, seq) WHERE dest_kecamatan_code <> '';
CREATE TABLE IF NOT EXISTS report_events(
  report_id TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  type TEXT NOT NULL,
  version TEXT NOT NULL,
  pushed_version TEXT NOT NULL,
  device_id TEXT NOT NULL,
  actor TEXT NOT NULL,
  paths TEXT NOT NULL,
  payload BLOB NOT NULL,
  content_device_id TEXT NOT NULL,
  state BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL,
  PRIMARY KEY(report_id, sequence));
CREATE TABLE IF NOT EXISTS conflicts(
  id INTEGER PRIMARY KEY,
  report_id TEXT NOT NULL,
  losing_version TEXT NOT NULL,
  losing_device_id TEXT NOT NULL,
  losing_report BLOB NOT NULL,
  winning_version TEXT NOT NULL,
  paths TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  resolved_at INTEGER);
CREATE INDEX IF NOT EXISTS conflicts_open ON conflicts(report_id) WHERE resolved_at IS NULL;
CREATE TABLE IF NOT EXISTS verification_jobs(
  report_id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS verification_due ON verification_jobs(next_attempt_at);
CREATE INDEX IF NOT EXISTS report_events_by_time ON report_events(created_at);
CREATE TABLE IF NOT EXISTS checkpoints(
  period_start INTEGER PRIMARY KEY,
  period_end INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  digest BLOB NOT NULL,
  prev_digest BLOB NOT NULL,
  created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS person_index(
  key BLOB NOT NULL,
  report_ref BLOB NOT NULL,
  event_day INTEGER NOT NULL,
  multiple_birth INTEGER NOT NULL,
  flagged INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(key, event_day, report_ref)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_index_by_report ON person_index(report_ref);
CREATE TABLE IF NOT EXISTS number_sequences(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS users(
  user_id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  region_code TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL,
  login_failures INTEGER NOT NULL DEFAULT 0,
  last_failure_at INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS state_counts(
  level INTEGER NOT NULL,
  region TEXT NOT NULL,
  workflow_state INTEGER NOT NULL,
  reports INTEGER NOT NULL,
  PRIMARY KEY(level, region, workflow_state)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS secrets(name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS notification_outbox(
  id INTEGER PRIMARY KEY,
  report_id TEXT NOT NULL,
  kind INTEGER NOT NULL,
  kecamatan_code TEXT NOT NULL,
  desa_code TEXT NOT NULL,
  workflow_state INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT NOT NULL DEFAULT '',
  sent_at INTEGER);
CREATE INDEX IF NOT EXISTS notification_due ON notification_outbox(next_attempt_at) WHERE sent_at IS NULL;
CREATE TABLE IF NOT EXISTS user_contacts(
  user_id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  phone TEXT NOT NULL,
  updated_at INTEGER NOT NULL) WITHOUT ROWID;
)sql";

// Schema 4 → 5: person-index entries become small (see BindPersonRef). Before the schema text runs the old table
// steps aside; after it, ConvertPersonIndex moves its rows over.
constexpr const char* kCompactPersonIndexBefore = R"sql(
DROP INDEX IF EXISTS person_index_by_report;
ALTER TABLE person_index RENAME TO person_index_v4;
)sql";

// Schema 3 → 4: reports and report_events become rowid tables. As WITHOUT ROWID tables their ~1 KB rows sat
// a few to a page in key order, and every insert split and rebalanced pages; as rowid tables a new report
// (keyed by its change sequence) and a new event are appended at the end, and id / (report_id, sequence)
// are unique indexes. Before the schema text runs: the old tables and their indexes step aside.
constexpr const char* kRowidTablesBefore = R"sql(
DROP INDEX IF EXISTS reports_by_kecamatan;
DROP INDEX IF EXISTS reports_by_state;
DROP INDEX IF EXISTS reports_by_destination;
DROP INDEX IF EXISTS report_events_by_time;
ALTER TABLE reports RENAME TO reports_v3;
ALTER TABLE report_events RENAME TO report_events_v3;
)sql";
// After it: the rows move into the new tables, in the order they will be appended from now on.
constexpr const char* kRowidTablesAfter = R"sql(
INSERT INTO reports(seq, id, kind, kecamatan_code, dest_kecamatan_code, desa_code, version, first_version,
    content_device_id, content, state, workflow_state, created_at, updated_at, event_count, last_event_hash,
    last_change_device_id, stat_counted, stat_month, stat_kind, stat_sex, stat_age_band, stat_event_days,
    stat_registered, stat_registration_days)
  SELECT seq, id, kind, kecamatan_code, dest_kecamatan_code, desa_code, version, first_version,
    content_device_id, content, state, workflow_state, created_at, updated_at, event_count, last_event_hash,
    last_change_device_id, stat_counted, stat_month, stat_kind, stat_sex, stat_age_band, stat_event_days,
    stat_registered, stat_registration_days FROM reports_v3 ORDER BY seq;
INSERT INTO report_events(report_id, sequence, type, version, pushed_version, device_id, actor, paths, payload,
    content_device_id, state, created_at, prev_hash, hash)
  SELECT report_id, sequence, type, version, pushed_version, device_id, actor, paths, payload,
    content_device_id, state, created_at, prev_hash, hash FROM report_events_v3 ORDER BY created_at, report_id, sequence;
DROP TABLE reports_v3;
DROP TABLE report_events_v3;
)sql";

// Schema 1 → 2: state_counts is new; fill it from the reports once (a fresh database has none).
// Region codes have fixed-width segments: "32" province, "32.73" kab/kota, "32.73.05" kecamatan.
constexpr const char* kFillStateCounts = R"sql(
INSERT INTO state_counts(level, region, workflow_state, reports)
  SELECT 0, '', workflow_state, count(*) FROM reports GROUP BY workflow_state
  UNION ALL SELECT 1, substr(kecamatan_code, 1, 2), workflow_state, count(*) FROM reports GROUP BY 2, 3
  UNION ALL SELECT 2, substr(kecamatan_code, 1, 5), workflow_state, count(*) FROM reports GROUP BY 2, 3
  UNION ALL SELECT 3, kecamatan_code, workflow_state, count(*) FROM reports GROUP BY 2, 3;
)sql";

// Per-state counts of a report's kecamatan at every level ("", province, kab/kota, kecamatan).
using StateCountKey = std::tuple<int, std::string, int64_t>;

void AccumulateStateCount(const std::string& kecamatan_code, int64_t workflow_state, int64_t sign,
                          std::map<StateCountKey, int64_t>& deltas) {
  const std::string regions[4] = {
      "",
      std::string(domain::RegionTable::Ancestor(kecamatan_code, domain::RegionLevel::kProvinsi)),
      std::string(domain::RegionTable::Ancestor(kecamatan_code, domain::RegionLevel::kKabupaten)),
      kecamatan_code,
  };
  for (int level = 0; level < 4; ++level) deltas[StateCountKey{level, regions[level], workflow_state}] += sign;
}

Status FlushStateCounts(Database& db, std::map<StateCountKey, int64_t>& deltas) {
  if (deltas.empty()) return Status::Ok();
  LAMPID_ASSIGN_OR_RETURN(Statement st, db.Prepare("INSERT INTO state_counts(level, region, workflow_state, reports) "
                                                   "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(level, region, workflow_state) "
                                                   "DO UPDATE SET reports = reports + ?4"));
  for (const auto& [k, d] : deltas) {
    if (d == 0) continue;
    st.Bind(1, int64_t{std::get<0>(k)}).Bind(2, std::get<1>(k)).Bind(3, std::get<2>(k)).Bind(4, d);
    LAMPID_RETURN_IF_ERROR(st.Run());
  }
  deltas.clear();
  return Status::Ok();
}

// Person-index entries are kept small. The index's keys are hashes, so a push batch's entries land on
// random pages of it, and every page a transaction touches is written whole to the WAL (and again by the
// checkpoint): the fewer pages the index has, the fewer each batch dirties. A report is named by its id's 16
// UUID bytes (an id that is not a canonical UUID by its text), an event date by its day number since
// 1970-01-01 (a date that does not parse by kNoDay, which only unbounded lookups find, as before).
constexpr int64_t kNoDay = -(int64_t{1} << 40);

Statement& BindPersonRef(Statement& st, int index, const std::string& report_id) {
  if (auto bytes = UuidBytes(report_id)) return st.BindBlob(index, *bytes);
  return st.Bind(index, report_id);
}

std::string ReportIdOfRef(const Statement& st, int column) {
  return st.IsBlob(column) ? UuidText(st.Blob(column)) : st.Text(column);
}

int64_t DayOf(std::string_view iso_date) {
  const auto date = ParseIsoDate(iso_date);
  return date ? std::chrono::sys_days{*date}.time_since_epoch().count() : kNoDay;
}

std::string IsoDateOfDay(int64_t day) {
  if (day == kNoDay) return "";
  return FormatIsoDate(CivilDate{std::chrono::sys_days{std::chrono::days{day}}});
}

// Whether the database has a person index of schema 4 or older (report ids and dates as text).
Result<bool> HasWidePersonIndex(Database& db) {
  LAMPID_ASSIGN_OR_RETURN(Statement st,
                          db.Prepare("SELECT 1 FROM pragma_table_info('person_index') WHERE name = 'event_date'"));
  return st.Step();
}

// Schema 4's person index (report ids and dates as text) into schema 5's.
Status ConvertPersonIndex(Database& db) {
  LAMPID_ASSIGN_OR_RETURN(
      Statement read, db.Prepare("SELECT key, report_id, event_date, multiple_birth, flagged FROM person_index_v4"));
  LAMPID_ASSIGN_OR_RETURN(Statement write, db.Prepare("INSERT OR REPLACE INTO person_index(key, report_ref, event_day, "
                                                      "multiple_birth, flagged) VALUES(?, ?, ?, ?, ?)"));
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, read.Step());
    if (!row) break;
    BindPersonRef(write.BindBlob(1, read.Blob(0)), 2, read.Text(1)).Bind(3, DayOf(read.Text(2)));
    write.Bind(4, read.Int(3)).Bind(5, read.Int(4));
    LAMPID_RETURN_IF_ERROR(write.Run());
  }
  return db.Exec("DROP TABLE person_index_v4");
}

std::string JoinPaths(const std::vector<std::string>& paths) {
  std::string out;
  for (const auto& p : paths) {
    if (!out.empty()) out += '\n';
    out += p;
  }
  return out;
}

std::vector<std::string> SplitPaths(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    const size_t nl = text.find('\n', start);
    out.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

constexpr const char* kReportColumns =
    "id, kecamatan_code, dest_kecamatan_code, version, first_version, content_device_id, content, state, "
    "created_at, updated_at, event_count, last_event_hash, seq";

Result<StoredReport> ReadReport(const Statement& st) {
  StoredReport r;
  if (!r.content.ParseFromString(st.Blob(6))) return Status::Corruption("stored report does not parse");
  if (!r.state.ParseFromString(st.Blob(7))) return Status::Corruption("stored server state does not parse");
  r.dest_kecamatan_code = st.Text(2);
  r.version = st.Text(3);
  r.first_version = st.Text(4);
  r.content_device_id = st.Text(5);
  r.created_at_ms = st.Int(8);
  r.updated_at_ms = st.Int(9);
  r.event_count = static_cast<uint64_t>(st.Int(10));
  r.last_event_hash = st.Blob(11);
  return r;
}

Result<DeviceRecord> ReadDevice(const Statement& st) {
  DeviceRecord d;
  d.device_id = st.Text(0);
  d.kecamatan_code = st.Text(1);
  d.public_key = st.Blob(2);
  d.last_counter = static_cast<uint64_t>(st.Int(3));
  d.revoked = !st.IsNull(4);
  d.enrolled_at_ms = st.Int(5);
  d.last_seen_ms = st.Int(6);
  d.app_version = st.Text(7);
  d.backlog = static_cast<uint32_t>(st.Int(8));
  d.last_push_ms = st.Int(9);
  d.escrow_key = st.Blob(10);
  return d;
}

constexpr const char* kDeviceColumns =
    "device_id, kecamatan_code, public_key, last_counter, revoked_at, enrolled_at, last_seen_at, app_version, backlog, "
    "last_push_at, escrow_key";

Result<std::vector<ConflictRecord>> ReadOpenConflicts(Database& db, const std::string& report_id) {
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          db.Cached("SELECT report_id, losing_version, losing_device_id, losing_report, "
                                     "winning_version, paths, created_at FROM conflicts "
                                     "WHERE report_id = ? AND resolved_at IS NULL ORDER BY id"));
  Statement& st = *st_ptr;
  st.Bind(1, report_id);
  std::vector<ConflictRecord> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    ConflictRecord c;
    c.report_id = st.Text(0);
    c.losing_version = st.Text(1);
    c.losing_device_id = st.Text(2);
    if (!c.losing_report.ParseFromString(st.Blob(3))) return Status::Corruption("stored conflict does not parse");
    c.winning_version = st.Text(4);
    c.paths = SplitPaths(st.Text(5));
    c.created_at_ms = st.Int(6);
    out.push_back(std::move(c));
  }
  return out;
}

constexpr const char* kEventColumns =
    "report_id, sequence, type, version, device_id, actor, paths, payload, created_at, prev_hash, hash, "
    "pushed_version, content_device_id, state";

ReportEvent ReadEvent(const Statement& st) {
  ReportEvent e;
  e.report_id = st.Text(0);
  e.sequence = static_cast<uint64_t>(st.Int(1));
  e.type = st.Text(2);
  e.version = st.Text(3);
  e.device_id = st.Text(4);
  e.actor = st.Text(5);
  e.paths = SplitPaths(st.Text(6));
  e.payload = st.Blob(7);
  e.created_at_ms = st.Int(8);
  e.prev_hash = st.Blob(9);
  e.hash = st.Blob(10);
  e.pushed_version = st.Text(11);
  e.content_device_id = st.Text(12);
  e.state = st.Blob(13);
  return e;
}

Result<std::vector<ReportEvent>> ReadEvents(Database& db, const std::string& report_id) {
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, db.Cached(std::string("SELECT ") + kEventColumns +
                                                   " FROM report_events WHERE report_id = ? ORDER BY sequence"));
  Statement& st = *st_ptr;
  st.Bind(1, report_id);
  std::vector<ReportEvent> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back(ReadEvent(st));
  }
  return out;
}

Result<std::optional<StoredReport>> ReadReportById(Database& db, const std::string& id) {
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          db.Cached(std::string("SELECT ") + kReportColumns + " FROM reports WHERE id = ?"));
  Statement& st = *st_ptr;
  st.Bind(1, id);
  LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return std::optional<StoredReport>();
  LAMPID_ASSIGN_OR_RETURN(StoredReport r, ReadReport(st));
  return std::optional<StoredReport>(std::move(r));
}

}  // namespace

namespace {
// A server's connections keep a large page cache and map the file, so that hot pages are read from memory
// rather than with a system call each.
Status TuneConnection(Database& db) {
  LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA cache_size = -65536"));
  LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA wal_autocheckpoint = 8192"));
  return db.Exec("PRAGMA mmap_size = 1073741824");
}
}  // namespace

// ---- reader pool -------------------------------------------------------------------------------------------

class SqliteCentralStore::ReaderLease {
 public:
  ReaderLease(SqliteCentralStore* store, std::unique_ptr<Database> db) : store_(store), db_(std::move(db)) {}
  ReaderLease(ReaderLease&& o) noexcept : store_(o.store_), db_(std::move(o.db_)) {}
  ~ReaderLease() {
    if (db_) {
      std::lock_guard lock(store_->readers_mu_);
      store_->idle_readers_.push_back(std::move(db_));
    }
  }
  Database& db() { return *db_; }

 private:
  SqliteCentralStore* store_;
  std::unique_ptr<Database> db_;
};

Result<SqliteCentralStore::ReaderLease> SqliteCentralStore::AcquireReader() {
  {
    std::lock_guard lock(readers_mu_);
    if (!idle_readers_.empty()) {
      auto db = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      return ReaderLease(this, std::move(db));
    }
  }
  sqlite::OpenOptions options;
  options.create = false;
  LAMPID_ASSIGN_OR_RETURN(Database db, Database::Open(path_, options));
  LAMPID_RETURN_IF_ERROR(TuneConnection(db));
  return ReaderLease(this, std::make_unique<Database>(std::move(db)));
}

// ---- write transaction ---------------------------------------------------------------------------------------

class SqliteCentralStore::Txn final : public CentralTxn {
 public:
  Txn(std::unique_lock<std::mutex> lock, Database& db, sqlite::Transaction tx)
      : lock_(std::move(lock)), db_(db), tx_(std::move(tx)) {}

  Result<std::optional<DeviceRecord>> GetDevice(const std::string& device_id) override {
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                            db_.Cached(std::string("SELECT ") + kDeviceColumns + " FROM devices WHERE device_id = ?"));
    Statement& st = *st_ptr;
    st.Bind(1, device_id);
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return std::optional<DeviceRecord>();
    LAMPID_ASSIGN_OR_RETURN(DeviceRecord d, ReadDevice(st));
    return std::optional<DeviceRecord>(std::move(d));
  }

  Status AdvanceCounter(const std::string& device_id, uint64_t counter, int64_t now_ms,
                        const std::string& app_version, uint32_t backlog) override {
    LAMPID_ASSIGN_OR_RETURN(
        Statement st, db_.Prepare("UPDATE devices SET last_counter = ?, last_seen_at = ?, app_version = ?, backlog = ? "
                                  "WHERE device_id = ? AND last_counter < ?"));
    st.Bind(1, static_cast<int64_t>(counter)).Bind(2, now_ms).Bind(3, app_version).Bind(4, int64_t{backlog});
    st.Bind(5, device_id).Bind(6, static_cast<int64_t>(counter));
    LAMPID_RETURN_IF_ERROR(st.Run());
    if (db_.Changes() != 1) return Status::Unauthenticated("replayed request (counter not increasing)");
    return Status::Ok();
  }

  Status RecordPush(const std::string& device_id, int64_t now_ms) override {
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, db_.Cached("UPDATE devices SET last_push_at = ? WHERE device_id = ?"));
    Statement& st = *st_ptr;
    st.Bind(1, now_ms).Bind(2, device_id);
    return st.Run();
  }

  Result<std::optional<std::string>> StoredPushAnswer(const std::string& device_id,
                                                      const std::string& batch_id) override {
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                            db_.Cached("SELECT answer FROM push_batches WHERE device_id = ? AND batch_id = ?"));
    Statement& st = *st_ptr;
    st.Bind(1, device_id).Bind(2, batch_id);
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return std::optional<std::string>();
    return std::optional<std::string>(st.Blob(0));
  }

  Status SavePushAnswer(const std::string& device_id, const std::string& batch_id, const std::string& answer,
                        int64_t now_ms) override {
    LAMPID_ASSIGN_OR_RETURN(
        Statement st,
        db_.Prepare("INSERT INTO push_batches(device_id, batch_id, answer, created_at) VALUES(?, ?, ?, ?)"));
    st.Bind(1, device_id).Bind(2, batch_id).BindBlob(3, answer).Bind(4, now_ms);
    return st.Run();
  }

  Result<std::optional<StoredReport>> GetReport(const std::string& report_id) override {
    return ReadReportById(db_, report_id);
  }

  Result<std::vector<ReportEvent>> GetEvents(const std::string& report_id) override {
    return ReadEvents(db_, report_id);
  }

  Status SaveReport(const StoredReport& r, const ReportEvent& e) override {
    if (!event_stmt_) {
      LAMPID_ASSIGN_OR_RETURN(
          Statement ev, db_.Prepare("INSERT INTO report_events(report_id, sequence, type, version, device_id, "
                                    "actor, paths, payload, created_at, prev_hash, hash, pushed_version, "
                                    "content_device_id, state) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
      event_stmt_ = std::make_unique<Statement>(std::move(ev));
      LAMPID_ASSIGN_OR_RETURN(
          Statement up, db_.Prepare("INSERT OR REPLACE INTO reports(id, kind, kecamatan_code, dest_kecamatan_code, "
                                    "desa_code, version, first_version, content_device_id, content, state, "
                                    "workflow_state, created_at, updated_at, event_count, last_event_hash, seq, "
                                    "stat_counted, stat_month, stat_kind, stat_sex, stat_age_band, stat_event_days, "
                                    "stat_registered, stat_registration_days, last_change_device_id) "
                                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
      report_stmt_ = std::make_unique<Statement>(std::move(up));
      LAMPID_ASSIGN_OR_RETURN(
          Statement facts, db_.Prepare("SELECT stat_counted, stat_month, stat_kind, stat_sex, stat_age_band, "
                                       "stat_event_days, stat_registered, stat_registration_days, kecamatan_code, "
                                       "workflow_state FROM reports WHERE id = ?"));
      old_facts_stmt_ = std::make_unique<Statement>(std::move(facts));
    }
    // Statistics: take the report's old contribution away and add the new one (flushed at Commit). A report's
    // first event means there is no row yet: the lookup is skipped (most of a first push).
    bool had = false;
    if (e.sequence > 1) {
      old_facts_stmt_->Bind(1, r.content.id());
      LAMPID_ASSIGN_OR_RETURN(had, old_facts_stmt_->Step());
    }
    StatsFacts old_facts;
    if (had) {
      old_facts.counted = old_facts_stmt_->Int(0) != 0;
      old_facts.month = old_facts_stmt_->Text(1);
      old_facts.kind = static_cast<int>(old_facts_stmt_->Int(2));
      old_facts.sex = static_cast<int>(old_facts_stmt_->Int(3));
      old_facts.age_band = static_cast<int>(old_facts_stmt_->Int(4));
      old_facts.event_to_report_days = old_facts_stmt_->Int(5);
      old_facts.registered = old_facts_stmt_->Int(6) != 0;
      old_facts.report_to_registration_days = old_facts_stmt_->Int(7);
      old_facts.kecamatan_code = old_facts_stmt_->Text(8);
    }
    // The state counts cover every report (counted in the statistics or not), by its kecamatan.
    const std::string old_kecamatan = had ? old_facts_stmt_->Text(8) : std::string();
    const int64_t old_state = had ? old_facts_stmt_->Int(9) : -1;
    old_facts_stmt_->Reset();
    const int64_t new_state = static_cast<int64_t>(r.state.workflow_state());
    if (!had || old_state != new_state || old_kecamatan != r.content.kecamatan_code()) {
      if (had) AccumulateStateCount(old_kecamatan, old_state, -1, state_deltas_);
      AccumulateStateCount(r.content.kecamatan_code(), new_state, +1, state_deltas_);
    }
    const StatsFacts new_facts = FactsOf(r);
    if (!(old_facts == new_facts)) {
      AccumulateStats(old_facts, -1, stats_deltas_);
      AccumulateStats(new_facts, +1, stats_deltas_);
    }

    // The change sequence is read once per transaction and written back at Commit (this transaction holds
    // the write lock, so nobody else can take a number in between).
    if (last_seq_ < 0) {
      LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, db_.Cached("SELECT value FROM meta WHERE key = 'seq'"));
      LAMPID_ASSIGN_OR_RETURN(bool row, st_ptr->Step());
      if (!row) return Status::Corruption("change sequence missing");
      last_seq_ = st_ptr->Int(0);
    }
    const int64_t seq = ++last_seq_;

    // Every value is bound without a copy: `e` and `r` outlive both runs, and each run rebinds them all.
    const std::string paths = JoinPaths(e.paths);
    event_stmt_->BindTextNoCopy(1, e.report_id).Bind(2, static_cast<int64_t>(e.sequence)).BindTextNoCopy(3, e.type);
    event_stmt_->BindTextNoCopy(4, e.version).BindTextNoCopy(5, e.device_id).BindTextNoCopy(6, e.actor);
    event_stmt_->BindTextNoCopy(7, paths).BindBlobNoCopy(8, e.payload).Bind(9, e.created_at_ms);
    event_stmt_->BindBlobNoCopy(10, e.prev_hash).BindBlobNoCopy(11, e.hash).BindTextNoCopy(12, e.pushed_version);
    event_stmt_->BindTextNoCopy(13, e.content_device_id).BindBlobNoCopy(14, e.state);
    LAMPID_RETURN_IF_ERROR(event_stmt_->Run());

    // A content event without paths carries the whole new content (what replaying the events rebuilds the
    // projection from): its bytes are stored as they are instead of serializing the content again.
    const bool payload_is_content = e.type == "content" && e.paths.empty();
    std::string serialized_content, state;
    if (!payload_is_content) r.content.SerializeToString(&serialized_content);
    const std::string& content = payload_is_content ? e.payload : serialized_content;
    r.state.SerializeToString(&state);
    Statement& st = *report_stmt_;
    st.BindTextNoCopy(1, r.content.id()).Bind(2, static_cast<int64_t>(r.content.kind()));
    st.BindTextNoCopy(3, r.content.kecamatan_code()).BindTextNoCopy(4, r.dest_kecamatan_code);
    st.BindTextNoCopy(5, r.content.desa_code()).BindTextNoCopy(6, r.version).BindTextNoCopy(7, r.first_version);
    st.BindTextNoCopy(8, r.content_device_id).BindBlobNoCopy(9, content).BindBlobNoCopy(10, state);
    st.Bind(11, static_cast<int64_t>(r.state.workflow_state())).Bind(12, r.created_at_ms).Bind(13, r.updated_at_ms);
    st.Bind(14, static_cast<int64_t>(r.event_count)).BindBlob(15, r.last_event_hash).Bind(16, seq);
    st.Bind(17, int64_t{new_facts.counted}).Bind(18, new_facts.month).Bind(19, int64_t{new_facts.kind});
    st.Bind(20, int64_t{new_facts.sex}).Bind(21, int64_t{new_facts.age_band}).Bind(22, new_facts.event_to_report_days);
    st.Bind(23, int64_t{new_facts.registered}).Bind(24, new_facts.report_to_registration_days);
    st.Bind(25, e.device_id);
    return st.Run();
  }

  Status EnqueueVerification(const std::string& report_id, const std::string& version, int64_t now_ms) override {
    // One row per report: a newer version replaces (supersedes) a queued older one.
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, db_.Cached("INSERT INTO verification_jobs(report_id, version, attempts, "
                                                      "next_attempt_at, created_at) VALUES(?1, ?2, 0, ?3, ?3) "
                                                      "ON CONFLICT(report_id) DO UPDATE SET version = ?2, attempts = 0, "
                                                      "next_attempt_at = ?3, last_error = ''"));
    Statement& st = *st_ptr;
    st.Bind(1, report_id).Bind(2, version).Bind(3, now_ms);
    return st.Run();
  }

  Status EnqueueNotification(const NotificationRequest& n) override {
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                            db_.Cached("INSERT INTO notification_outbox(report_id, kind, kecamatan_code, desa_code, "
                                       "workflow_state, created_at, next_attempt_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?6)"));
    Statement& st = *st_ptr;
    st.Bind(1, n.report_id).Bind(2, int64_t{n.kind}).Bind(3, n.kecamatan_code).Bind(4, n.desa_code);
    st.Bind(5, int64_t{n.workflow_state}).Bind(6, n.created_at_ms);
    return st.Run();
  }

  Status CompleteVerification(const std::string& report_id, const std::string& version) override {
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                            db_.Cached("DELETE FROM verification_jobs WHERE report_id = ? AND version = ?"));
    Statement& st = *st_ptr;
    st.Bind(1, report_id).Bind(2, version);
    return st.Run();
  }

  Status MarkPersonsFlagged(const std::string& report_id) override {
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                            db_.Cached("UPDATE person_index SET flagged = 1 WHERE report_ref = ?"));
    BindPersonRef(*st_ptr, 1, report_id);
    return st_ptr->Run();
  }

  Status IndexPersons(const std::string& report_id, const std::vector<std::string>& keys,
                      const std::string& event_date, bool multiple_birth, bool flagged, bool first_time) override {
    if (!first_time) {
      LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease del_ptr, db_.Cached("DELETE FROM person_index WHERE report_ref = ?"));
      Statement& del = *del_ptr;
      BindPersonRef(del, 1, report_id);
      LAMPID_RETURN_IF_ERROR(del.Run());
    }
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease ins_ptr, db_.Cached("INSERT OR REPLACE INTO person_index(key, report_ref, "
                                                       "event_day, multiple_birth, flagged) VALUES(?, ?, ?, ?, ?)"));
    Statement& ins = *ins_ptr;
    const int64_t day = DayOf(event_date);
    for (const auto& k : keys) {
      BindPersonRef(ins.BindBlob(1, k), 2, report_id).Bind(3, day).Bind(4, int64_t{multiple_birth ? 1 : 0});
      ins.Bind(5, int64_t{flagged ? 1 : 0});
      LAMPID_RETURN_IF_ERROR(ins.Run());
    }
    return Status::Ok();
  }

  Result<std::vector<PersonIndexEntry>> FindPerson(const std::string& key, const std::string& from_date,
                                                   const std::string& to_date) override {
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, db_.Cached("SELECT report_ref, event_day, multiple_birth, flagged FROM person_index "
                                                      "WHERE key = ? AND event_day >= ? AND event_day <= ?"));
    Statement& st = *st_ptr;
    // A bound that is not a date ("", "0000", "9999") leaves that side open.
    const int64_t from = DayOf(from_date), to = DayOf(to_date);
    st.BindBlob(1, key).Bind(2, from == kNoDay ? INT64_MIN : from).Bind(3, to == kNoDay ? INT64_MAX : to);
    std::vector<PersonIndexEntry> out;
    for (;;) {
      LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      out.push_back({ReportIdOfRef(st, 0), IsoDateOfDay(st.Int(1)), st.Int(2) != 0, st.Int(3) != 0});
    }
    return out;
  }

  Result<uint64_t> NextNumber(const std::string& name) override {
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, db_.Cached("INSERT INTO number_sequences(name, value) VALUES(?, 1) "
                                                      "ON CONFLICT(name) DO UPDATE SET value = value + 1 "
                                                      "RETURNING value"));
    Statement& st = *st_ptr;
    st.Bind(1, name);
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Internal("number sequence returned nothing");
    return static_cast<uint64_t>(st.Int(0));
  }

  Status AddConflict(const ConflictRecord& c) override {
    LAMPID_ASSIGN_OR_RETURN(
        Statement st, db_.Prepare("INSERT INTO conflicts(report_id, losing_version, losing_device_id, losing_report, "
                                  "winning_version, paths, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    std::string losing;
    c.losing_report.SerializeToString(&losing);
    st.Bind(1, c.report_id).Bind(2, c.losing_version).Bind(3, c.losing_device_id).BindBlob(4, losing);
    st.Bind(5, c.winning_version).Bind(6, JoinPaths(c.paths)).Bind(7, c.created_at_ms);
    return st.Run();
  }

  Result<std::vector<ConflictRecord>> OpenConflicts(const std::string& report_id) override {
    return ReadOpenConflicts(db_, report_id);
  }

  Status ResolveConflicts(const std::string& report_id, int64_t now_ms) override {
    LAMPID_ASSIGN_OR_RETURN(
        Statement st, db_.Prepare("UPDATE conflicts SET resolved_at = ? WHERE report_id = ? AND resolved_at IS NULL"));
    st.Bind(1, now_ms).Bind(2, report_id);
    return st.Run();
  }

  Status Commit() override {
    if (last_seq_ >= 0) {
      LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, db_.Cached("UPDATE meta SET value = ? WHERE key = 'seq'"));
      st_ptr->Bind(1, last_seq_);
      LAMPID_RETURN_IF_ERROR(st_ptr->Run());
    }
    LAMPID_RETURN_IF_ERROR(FlushStats());
    LAMPID_RETURN_IF_ERROR(FlushStateCounts(db_, state_deltas_));
    event_stmt_.reset();
    report_stmt_.reset();
    old_facts_stmt_.reset();
    return tx_.Commit();
  }

 private:
  std::unique_lock<std::mutex> lock_;
  Database& db_;
  sqlite::Transaction tx_;
  // One upsert per aggregate row touched by the transaction, however many reports it saved.
  Status FlushStats() {
    if (stats_deltas_.empty()) return Status::Ok();
    LAMPID_ASSIGN_OR_RETURN(
        Statement st, db_.Prepare("INSERT INTO stats(level, region, month, kind, sex, age_band, reports, registered, "
                                  "event_days, registration_days) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                                  "ON CONFLICT(level, region, month, kind, sex, age_band) DO UPDATE SET "
                                  "reports = reports + ?7, registered = registered + ?8, "
                                  "event_days = event_days + ?9, registration_days = registration_days + ?10"));
    for (const auto& [k, d] : stats_deltas_) {
      if (d.reports == 0 && d.registered == 0 && d.event_to_report_days == 0 && d.report_to_registration_days == 0) {
        continue;
      }
      st.Bind(1, int64_t{k.level}).Bind(2, k.region).Bind(3, k.month).Bind(4, int64_t{k.kind});
      st.Bind(5, int64_t{k.sex}).Bind(6, int64_t{k.age_band}).Bind(7, d.reports).Bind(8, d.registered);
      st.Bind(9, d.event_to_report_days).Bind(10, d.report_to_registration_days);
      LAMPID_RETURN_IF_ERROR(st.Run());
    }
    stats_deltas_.clear();
    return Status::Ok();
  }

  // Statements reused across the changes of one batch.
  std::unique_ptr<Statement> event_stmt_, report_stmt_, old_facts_stmt_;
  int64_t last_seq_ = -1;  // the change sequence as taken so far in this transaction (-1: not read yet)
  std::map<StatsKey, StatsDelta> stats_deltas_;
  std::map<StateCountKey, int64_t> state_deltas_;
};

// ---- the store -----------------------------------------------------------------------------------------------

SqliteCentralStore::SqliteCentralStore(std::string path, Database writer)
    : path_(std::move(path)), writer_(std::move(writer)) {
  // The writer never checkpoints by itself (wal_autocheckpoint = 0); its commits report the WAL's size here.
  (void)writer_.Exec("PRAGMA wal_autocheckpoint = 0");
  sqlite3_wal_hook(writer_.handle(), &SqliteCentralStore::OnWalCommit, this);
  checkpointer_ = std::thread([this] { RunCheckpointer(); });
}

SqliteCentralStore::~SqliteCentralStore() {
  {
    std::lock_guard lock(checkpoint_mu_);
    stopping_ = true;
  }
  checkpoint_cv_.notify_one();
  checkpointer_.join();
  sqlite3_wal_hook(writer_.handle(), nullptr, nullptr);
}

int SqliteCentralStore::OnWalCommit(void* self, sqlite3* db, const char* name, int pages) {
  auto* store = static_cast<SqliteCentralStore*>(self);
  if (pages >= kMaxWalPages) {
    // The background checkpoints cannot keep up (or a long read pins the WAL): the writer helps, as SQLite's
    // own auto-checkpoint would. A PASSIVE checkpoint never waits for readers.
    sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  } else if (pages >= kCheckpointPages) {
    {
      std::lock_guard lock(store->checkpoint_mu_);
      store->checkpoint_wanted_ = true;
    }
    store->checkpoint_cv_.notify_one();
  }
  return SQLITE_OK;
}

void SqliteCentralStore::RunCheckpointer() {
  std::unique_ptr<Database> db;
  for (;;) {
    {
      std::unique_lock lock(checkpoint_mu_);
      checkpoint_cv_.wait(lock, [this] { return checkpoint_wanted_ || stopping_; });
      if (stopping_) return;
      checkpoint_wanted_ = false;
    }
    if (!db) {
      sqlite::OpenOptions options;
      options.create = false;
      auto opened = Database::Open(path_, options);
      if (!opened.ok()) continue;  // the writer's fallback keeps the WAL bounded
      db = std::make_unique<Database>(std::move(*opened));
    }
    // PASSIVE: copies what no reader still needs, never blocks the writer or readers. A later commit
    // restarts the WAL from its beginning once everything was copied.
    sqlite3_wal_checkpoint_v2(db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  }
}

Result<std::unique_ptr<SqliteCentralStore>> SqliteCentralStore::Open(const std::string& path) {
  LAMPID_ASSIGN_OR_RETURN(Database db, Database::Open(path));
  LAMPID_RETURN_IF_ERROR(TuneConnection(db));
  LAMPID_ASSIGN_OR_RETURN(int64_t version, db.UserVersion());
  if (version > kSchemaVersion) {
    return Status::FailedPrecondition("database " + path + " was written by a newer lampid-central (schema " +
                                      std::to_string(version) + "); this program knows up to " +
                                      std::to_string(kSchemaVersion) + " and will not touch it");
  }
  if (version < kSchemaVersion) {
    LAMPID_ASSIGN_OR_RETURN(sqlite::Transaction tx, sqlite::Transaction::Begin(db));
    const bool rowid_tables_missing = version >= 1 && version < 4;
    LAMPID_ASSIGN_OR_RETURN(const bool person_index_wide, HasWidePersonIndex(db));
    if (rowid_tables_missing) LAMPID_RETURN_IF_ERROR(db.Exec(kRowidTablesBefore));
    if (person_index_wide) LAMPID_RETURN_IF_ERROR(db.Exec(kCompactPersonIndexBefore));
    LAMPID_RETURN_IF_ERROR(db.Exec(kSchema));
    if (rowid_tables_missing) LAMPID_RETURN_IF_ERROR(db.Exec(kRowidTablesAfter));
    if (person_index_wide) LAMPID_RETURN_IF_ERROR(ConvertPersonIndex(db));
    if (version < 2) LAMPID_RETURN_IF_ERROR(db.Exec(kFillStateCounts));
    LAMPID_RETURN_IF_ERROR(db.SetUserVersion(kSchemaVersion));
    LAMPID_RETURN_IF_ERROR(tx.Commit());
  }
  return std::unique_ptr<SqliteCentralStore>(new SqliteCentralStore(path, std::move(db)));
}

Result<std::unique_ptr<CentralTxn>> SqliteCentralStore::BeginWrite() {
  std::unique_lock lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::Transaction tx, sqlite::Transaction::Begin(writer_));
  return std::unique_ptr<CentralTxn>(new Txn(std::move(lock), writer_, std::move(tx)));
}

Status SqliteCentralStore::AddEnrollmentCode(const std::string& code_hash, const std::string& kecamatan_code,
                                             int64_t expires_at_ms, int64_t now_ms) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, writer_.Cached("INSERT INTO enrollment_codes(code_hash, kecamatan_code, "
                                                        "created_at, expires_at) VALUES(?, ?, ?, ?)"));
  Statement& st = *st_ptr;
  st.BindBlob(1, code_hash).Bind(2, kecamatan_code).Bind(3, now_ms).Bind(4, expires_at_ms);
  return st.Run();
}

Result<DeviceRecord> SqliteCentralStore::EnrollDevice(const std::string& code_hash, const DeviceRecord& device,
                                                      int64_t now_ms) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::Transaction tx, sqlite::Transaction::Begin(writer_));
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease code_ptr, writer_.Cached("SELECT kecamatan_code, expires_at, used_at, device_id "
                                                          "FROM enrollment_codes WHERE code_hash = ?"));
  Statement& code = *code_ptr;
  code.BindBlob(1, code_hash);
  LAMPID_ASSIGN_OR_RETURN(bool found, code.Step());
  if (!found) return Status::NotFound("unknown enrollment code");
  const std::string code_kecamatan = code.Text(0);
  const int64_t expires_at = code.Int(1);
  const bool used = !code.IsNull(2);
  const std::string used_by = code.Text(3);
  code.Reset();

  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease existing_ptr,
                          writer_.Cached(std::string("SELECT ") + kDeviceColumns + " FROM devices WHERE device_id = ?"));
  Statement& existing = *existing_ptr;
  existing.Bind(1, device.device_id);
  LAMPID_ASSIGN_OR_RETURN(bool has_device, existing.Step());
  std::optional<DeviceRecord> prior;
  if (has_device) {
    LAMPID_ASSIGN_OR_RETURN(DeviceRecord d, ReadDevice(existing));
    prior = std::move(d);
  }
  existing.Reset();

  // Enrolling again with the same code, device and key (a retry after a lost answer) succeeds.
  if (used) {
    if (used_by == device.device_id && prior && prior->public_key == device.public_key) return *prior;
    return Status::NotFound("enrollment code already used");
  }
  if (expires_at < now_ms) return Status::NotFound("enrollment code expired");
  if (code_kecamatan != device.kecamatan_code) {
    return Status::PermissionDenied("enrollment code is for kecamatan " + code_kecamatan + ", not " +
                                    device.kecamatan_code);
  }
  if (prior && prior->public_key != device.public_key) {
    return Status::AlreadyExists("device id already enrolled with another key");
  }
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease ins_ptr, writer_.Cached("INSERT OR REPLACE INTO devices(device_id, kecamatan_code, "
                                                         "public_key, last_counter, revoked_at, enrolled_at, "
                                                         "last_seen_at, app_version, escrow_key) "
                                                         "VALUES(?, ?, ?, 0, NULL, ?, ?, ?, ?)"));
  Statement& ins = *ins_ptr;
  ins.Bind(1, device.device_id).Bind(2, device.kecamatan_code).BindBlob(3, device.public_key);
  ins.Bind(4, now_ms).Bind(5, now_ms).Bind(6, device.app_version).BindBlob(7, device.escrow_key);
  LAMPID_RETURN_IF_ERROR(ins.Run());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease use_ptr,
                          writer_.Cached("UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?"));
  Statement& use = *use_ptr;
  use.Bind(1, now_ms).Bind(2, device.device_id).BindBlob(3, code_hash);
  LAMPID_RETURN_IF_ERROR(use.Run());
  LAMPID_RETURN_IF_ERROR(tx.Commit());
  DeviceRecord out = device;
  out.enrolled_at_ms = now_ms;
  out.last_seen_ms = now_ms;
  return out;
}

Status SqliteCentralStore::RevokeDevice(const std::string& device_id, int64_t now_ms) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, writer_.Cached("UPDATE devices SET revoked_at = ? WHERE device_id = ? "
                                                        "AND revoked_at IS NULL"));
  Statement& st = *st_ptr;
  st.Bind(1, now_ms).Bind(2, device_id);
  LAMPID_RETURN_IF_ERROR(st.Run());
  if (writer_.Changes() == 0) return Status::NotFound("no active device " + device_id);
  return Status::Ok();
}

Result<std::vector<DeviceRecord>> SqliteCentralStore::ListDevices() {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, lease.db().Cached(std::string("SELECT ") + kDeviceColumns +
                                                           " FROM devices ORDER BY kecamatan_code, device_id"));
  Statement& st = *st_ptr;
  std::vector<DeviceRecord> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    LAMPID_ASSIGN_OR_RETURN(DeviceRecord d, ReadDevice(st));
    out.push_back(std::move(d));
  }
  return out;
}

Result<std::optional<DeviceRecord>> SqliteCentralStore::GetDevice(const std::string& device_id) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, lease.db().Cached(std::string("SELECT ") + kDeviceColumns +
                                                           " FROM devices WHERE device_id = ?"));
  Statement& st = *st_ptr;
  st.Bind(1, device_id);
  LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return std::optional<DeviceRecord>();
  LAMPID_ASSIGN_OR_RETURN(DeviceRecord d, ReadDevice(st));
  return std::optional<DeviceRecord>(std::move(d));
}

Result<ChangePage> SqliteCentralStore::ChangesSince(const std::string& kecamatan_code, const std::string& cursor,
                                                    uint32_t limit) {
  // The cursor is "1:<seq>". SQLite admits one writer at a time and the sequence is taken inside the write
  // transaction, so sequence order is commit order: nothing below the cursor can still appear later.
  int64_t after = 0;
  if (!cursor.empty()) {
    if (cursor.rfind("1:", 0) != 0) return Status::InvalidArgument("unknown cursor format");
    const auto* first = cursor.data() + 2;
    const auto* last = cursor.data() + cursor.size();
    auto [ptr, ec] = std::from_chars(first, last, after);
    if (ec != std::errc() || ptr != last || after < 0) return Status::InvalidArgument("malformed cursor");
  }
  if (limit == 0) limit = 1;
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  Database& db = lease.db();
  LAMPID_RETURN_IF_ERROR(db.Exec("BEGIN"));  // one snapshot for the page and its conflicts
  struct EndRead {
    Database& db;
    ~EndRead() { (void)db.Exec("COMMIT"); }
  } end_read{db};
  // Two index range scans — the kecamatan's own reports, and moves into it from elsewhere — each in seq
  // order with a limit, merged here. (One UNION ALL … ORDER BY would sort every match on each page.)
  std::vector<ChangedReport> rows;
  for (const char* where : {"kecamatan_code = ?1 AND seq > ?2",
                            "dest_kecamatan_code = ?1 AND kecamatan_code <> ?1 AND seq > ?2"}) {
    LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                            db.Cached(std::string("SELECT ") + kReportColumns +
                                      ", last_change_device_id FROM reports WHERE " + where +
                                      " ORDER BY seq LIMIT ?3"));
    Statement& st = *st_ptr;
    st.Bind(1, kecamatan_code).Bind(2, after).Bind(3, static_cast<int64_t>(limit) + 1);
    for (;;) {
      LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      ChangedReport c;
      LAMPID_ASSIGN_OR_RETURN(c.report, ReadReport(st));
      c.seq = static_cast<uint64_t>(st.Int(12));
      c.last_change_device_id = st.Text(13);
      rows.push_back(std::move(c));
    }
  }
  std::sort(rows.begin(), rows.end(), [](const ChangedReport& a, const ChangedReport& b) { return a.seq < b.seq; });
  ChangePage page;
  int64_t last_seq = after;
  for (auto& c : rows) {
    if (page.reports.size() == limit) {
      page.has_more = true;
      break;
    }
    last_seq = static_cast<int64_t>(c.seq);
    page.reports.push_back(std::move(c));
  }
  for (auto& c : page.reports) {
    if (c.report.state.conflict_open()) {
      LAMPID_ASSIGN_OR_RETURN(c.open_conflicts, ReadOpenConflicts(db, c.report.content.id()));
    }
  }
  page.next_cursor = "1:" + std::to_string(last_seq);
  return page;
}

Result<std::optional<StoredReport>> SqliteCentralStore::GetReport(const std::string& report_id) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  return ReadReportById(lease.db(), report_id);
}

Result<uint64_t> SqliteCentralStore::CountReports() {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, lease.db().Cached("SELECT count(*) FROM reports"));
  Statement& st = *st_ptr;
  LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? static_cast<uint64_t>(st.Int(0)) : 0;
}

Result<std::vector<StatsRow>> SqliteCentralStore::QueryStats(int level, const std::string& parent,
                                                             const std::string& month_from,
                                                             const std::string& month_to) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  // Regions under `parent` sort between "parent." and "parent/" ('/' follows '.'), so this is a range scan
  // of the primary key.
  LAMPID_ASSIGN_OR_RETURN(
      Statement st, lease.db().Prepare("SELECT region, month, kind, sex, age_band, reports, registered, event_days, "
                                       "registration_days FROM stats WHERE level = ?1 AND region >= ?2 AND region < ?3 "
                                       "AND (?4 = '' OR month >= ?4) AND (?5 = '' OR month <= ?5) AND reports <> 0 "
                                       "ORDER BY region, month, kind, sex, age_band"));
  st.Bind(1, int64_t{level});
  if (parent.empty()) {
    st.Bind(2, std::string_view("")).Bind(3, std::string_view("\x7f"));
  } else {
    st.Bind(2, parent + ".").Bind(3, parent + "/");
  }
  st.Bind(4, month_from).Bind(5, month_to);
  std::vector<StatsRow> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    StatsRow r;
    r.level = level;
    r.region = st.Text(0);
    r.month = st.Text(1);
    r.kind = static_cast<int>(st.Int(2));
    r.sex = static_cast<int>(st.Int(3));
    r.age_band = static_cast<int>(st.Int(4));
    r.reports = st.Int(5);
    r.registered = st.Int(6);
    r.event_to_report_days = st.Int(7);
    r.report_to_registration_days = st.Int(8);
    out.push_back(std::move(r));
  }
  return out;
}

Result<uint64_t> SqliteCentralStore::CountEvents(const std::string& type, const std::string& actor) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st, lease.db().Cached("SELECT count(*) FROM report_events "
                                                                      "WHERE type = ? AND (? = '' OR actor = ?)"));
  st->Bind(1, type).Bind(2, actor).Bind(3, actor);
  LAMPID_ASSIGN_OR_RETURN(bool row, st->Step());
  return row ? static_cast<uint64_t>(st->Int(0)) : 0;
}

Result<std::vector<StoredReport>> SqliteCentralStore::ListByState(domain::WorkflowState state, const std::string& region,
                                                                  uint64_t after_seq, size_t limit) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  // Pick the ids from the state index alone (it holds kecamatan, seq and the key), then read only those
  // rows: reading every candidate row to sort it would touch thousands of report blobs per page. The region
  // and the codes under it ("32.73", "32.73.05", …) form one key range, as '.' sorts just before '/'.
  LAMPID_ASSIGN_OR_RETURN(
      Statement st, lease.db().Prepare(std::string("SELECT ") + kReportColumns +
                                       " FROM reports WHERE id IN (SELECT id FROM reports WHERE workflow_state = ?1 "
                                       "AND kecamatan_code >= ?2 AND kecamatan_code < ?3 AND seq > ?4 "
                                       "ORDER BY seq LIMIT ?5) ORDER BY seq"));
  st.Bind(1, static_cast<int64_t>(state));
  if (region.empty()) {
    st.Bind(2, std::string_view("")).Bind(3, std::string_view("\x7f"));
  } else {
    st.Bind(2, region).Bind(3, region + "/");
  }
  st.Bind(4, static_cast<int64_t>(after_seq)).Bind(5, static_cast<int64_t>(limit));
  std::vector<StoredReport> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    LAMPID_ASSIGN_OR_RETURN(StoredReport r, ReadReport(st));
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::vector<std::pair<domain::WorkflowState, uint64_t>>> SqliteCentralStore::CountByState() {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, lease.db().Cached("SELECT workflow_state, count(*) FROM reports "
                                                           "GROUP BY workflow_state ORDER BY workflow_state"));
  Statement& st = *st_ptr;
  std::vector<std::pair<domain::WorkflowState, uint64_t>> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.emplace_back(static_cast<domain::WorkflowState>(st.Int(0)), static_cast<uint64_t>(st.Int(1)));
  }
  return out;
}

Result<std::vector<std::pair<domain::WorkflowState, uint64_t>>> SqliteCentralStore::CountByStateIn(
    const std::string& region) {
  int level = 0;
  if (!region.empty()) {
    const auto region_level = domain::RegionTable::LevelOfCode(region);
    if (!region_level || *region_level == domain::RegionLevel::kDesa) {
      return Status::InvalidArgument("state counts are kept per province, kab/kota and kecamatan, not for \"" +
                                     region + "\"");
    }
    level = static_cast<int>(*region_level) + 1;
  }
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(Statement st, lease.db().Prepare("SELECT workflow_state, reports FROM state_counts "
                                                           "WHERE level = ? AND region = ? AND reports <> 0 "
                                                           "ORDER BY workflow_state"));
  st.Bind(1, int64_t{level}).Bind(2, region);
  std::vector<std::pair<domain::WorkflowState, uint64_t>> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.emplace_back(static_cast<domain::WorkflowState>(st.Int(0)), static_cast<uint64_t>(st.Int(1)));
  }
  return out;
}

Result<std::string> SqliteCentralStore::GetOrCreateSecret(const std::string& name, const std::string& candidate) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(Statement ins, writer_.Prepare("INSERT OR IGNORE INTO secrets(name, value) VALUES(?, ?)"));
  ins.Bind(1, name).BindBlob(2, candidate);
  LAMPID_RETURN_IF_ERROR(ins.Run());
  LAMPID_ASSIGN_OR_RETURN(Statement st, writer_.Prepare("SELECT value FROM secrets WHERE name = ?"));
  st.Bind(1, name);
  LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return Status::Internal("secret " + name + " was not stored");
  std::string value = st.Blob(0);
  st.Reset();
  return value;
}

Result<std::vector<std::string>> SqliteCentralStore::ListReportIds(const std::string& after, size_t limit) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, lease.db().Cached("SELECT id FROM reports WHERE id > ? ORDER BY id LIMIT ?"));
  Statement& st = *st_ptr;
  st.Bind(1, after).Bind(2, static_cast<int64_t>(limit));
  std::vector<std::string> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back(st.Text(0));
  }
  return out;
}

Result<std::vector<ReportEvent>> SqliteCentralStore::GetEvents(const std::string& report_id) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  return ReadEvents(lease.db(), report_id);
}

Status SqliteCentralStore::ForEachEventInPeriod(int64_t start_ms, int64_t end_ms,
                                                const std::function<Status(const ReportEvent&)>& fn) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, lease.db().Cached(std::string("SELECT ") + kEventColumns +
                                                           " FROM report_events WHERE created_at >= ? AND "
                                                           "created_at < ? ORDER BY report_id, sequence"));
  Statement& st = *st_ptr;
  st.Bind(1, start_ms).Bind(2, end_ms);
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    LAMPID_RETURN_IF_ERROR(fn(ReadEvent(st)));
  }
  return Status::Ok();
}

Status SqliteCentralStore::AddCheckpoint(const Checkpoint& c) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, writer_.Cached("INSERT INTO checkpoints(period_start, period_end, event_count, "
                                                        "digest, prev_digest, created_at) VALUES(?, ?, ?, ?, ?, ?)"));
  Statement& st = *st_ptr;
  st.Bind(1, c.period_start_ms).Bind(2, c.period_end_ms).Bind(3, static_cast<int64_t>(c.event_count));
  st.BindBlob(4, c.digest).BindBlob(5, c.prev_digest).Bind(6, c.created_at_ms);
  return st.Run();
}

Result<std::vector<Checkpoint>> SqliteCentralStore::ListCheckpoints() {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, lease.db().Cached("SELECT period_start, period_end, event_count, digest, "
                                                           "prev_digest, created_at FROM checkpoints "
                                                           "ORDER BY period_start"));
  Statement& st = *st_ptr;
  std::vector<Checkpoint> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back({st.Int(0), st.Int(1), static_cast<uint64_t>(st.Int(2)), st.Blob(3), st.Blob(4), st.Int(5)});
  }
  return out;
}

Status SqliteCentralStore::ReplaceProjection(const StoredReport& r) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::Transaction tx, sqlite::Transaction::Begin(writer_));
  // The state counts follow the projection (a rebuild may change a report's state).
  std::map<StateCountKey, int64_t> deltas;
  {
    LAMPID_ASSIGN_OR_RETURN(Statement old, writer_.Prepare("SELECT kecamatan_code, workflow_state FROM reports "
                                                           "WHERE id = ?"));
    old.Bind(1, r.content.id());
    LAMPID_ASSIGN_OR_RETURN(bool had, old.Step());
    if (had) {
      AccumulateStateCount(old.Text(0), old.Int(1), -1, deltas);
      AccumulateStateCount(r.content.kecamatan_code(), static_cast<int64_t>(r.state.workflow_state()), +1, deltas);
    }
  }
  LAMPID_ASSIGN_OR_RETURN(
      Statement st, writer_.Prepare("UPDATE reports SET kind = ?, kecamatan_code = ?, dest_kecamatan_code = ?, "
                                    "desa_code = ?, version = ?, first_version = ?, content_device_id = ?, "
                                    "content = ?, state = ?, workflow_state = ?, created_at = ?, updated_at = ?, "
                                    "event_count = ?, last_event_hash = ? WHERE id = ?"));
  std::string content, state;
  r.content.SerializeToString(&content);
  r.state.SerializeToString(&state);
  st.Bind(1, static_cast<int64_t>(r.content.kind())).Bind(2, r.content.kecamatan_code()).Bind(3, r.dest_kecamatan_code);
  st.Bind(4, r.content.desa_code()).Bind(5, r.version).Bind(6, r.first_version).Bind(7, r.content_device_id);
  st.BindBlob(8, content).BindBlob(9, state).Bind(10, static_cast<int64_t>(r.state.workflow_state()));
  st.Bind(11, r.created_at_ms).Bind(12, r.updated_at_ms).Bind(13, static_cast<int64_t>(r.event_count));
  st.BindBlob(14, r.last_event_hash).Bind(15, r.content.id());
  LAMPID_RETURN_IF_ERROR(st.Run());
  if (writer_.Changes() == 0) deltas.clear();  // no such report: nothing was replaced
  LAMPID_RETURN_IF_ERROR(FlushStateCounts(writer_, deltas));
  return tx.Commit();
}

Result<std::vector<VerificationJob>> SqliteCentralStore::ClaimVerificationJobs(size_t limit, int64_t now_ms,
                                                                               int64_t lease_until_ms) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::Transaction tx, sqlite::Transaction::Begin(writer_));
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, writer_.Cached("SELECT report_id, version, attempts, next_attempt_at FROM "
                                                        "verification_jobs WHERE next_attempt_at <= ? "
                                                        "ORDER BY next_attempt_at LIMIT ?"));
  Statement& st = *st_ptr;
  st.Bind(1, now_ms).Bind(2, static_cast<int64_t>(limit));
  std::vector<VerificationJob> jobs;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    jobs.push_back({st.Text(0), st.Text(1), static_cast<int>(st.Int(2)), st.Int(3)});
  }
  st.Reset();
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease lease_ptr, writer_.Cached("UPDATE verification_jobs SET next_attempt_at = ? "
                                                           "WHERE report_id = ? AND version = ?"));
  Statement& lease = *lease_ptr;
  for (const auto& j : jobs) {
    lease.Bind(1, lease_until_ms).Bind(2, j.report_id).Bind(3, j.version);
    LAMPID_RETURN_IF_ERROR(lease.Run());
  }
  LAMPID_RETURN_IF_ERROR(tx.Commit());
  return jobs;
}

Status SqliteCentralStore::RetryVerification(const VerificationJob& job, int64_t next_attempt_ms,
                                             const std::string& error) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, writer_.Cached("UPDATE verification_jobs SET attempts = attempts + 1, "
                                                        "next_attempt_at = ?, last_error = ? "
                                                        "WHERE report_id = ? AND version = ?"));
  Statement& st = *st_ptr;
  st.Bind(1, next_attempt_ms).Bind(2, error).Bind(3, job.report_id).Bind(4, job.version);
  return st.Run();
}

Result<uint64_t> SqliteCentralStore::CountPendingVerifications() {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, lease.db().Cached("SELECT count(*) FROM verification_jobs"));
  Statement& st = *st_ptr;
  LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? static_cast<uint64_t>(st.Int(0)) : 0;
}

// Reads on a reader connection: a /metrics scrape never waits for the writer.
Result<uint64_t> SqliteCentralStore::CountPendingNotifications() {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          lease.db().Cached("SELECT count(*) FROM notification_outbox WHERE sent_at IS NULL"));
  LAMPID_ASSIGN_OR_RETURN(bool row, st_ptr->Step());
  return row ? static_cast<uint64_t>(st_ptr->Int(0)) : 0;
}

Result<std::vector<UserContact>> SqliteCentralStore::ListUserContacts() {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          lease.db().Cached("SELECT user_id, email, phone FROM user_contacts ORDER BY user_id"));
  std::vector<UserContact> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st_ptr->Step());
    if (!row) break;
    out.push_back({st_ptr->Text(0), st_ptr->Text(1), st_ptr->Text(2)});
  }
  return out;
}

namespace {

constexpr const char* kUserColumns = "user_id, display_name, role, region_code, password_hash, active";

User ReadUser(const Statement& st) {
  User u;
  u.user_id = st.Text(0);
  u.display_name = st.Text(1);
  u.role = RoleFromName(st.Text(2)).value_or(Role::kOperatorDesa);
  u.region_code = st.Text(3);
  u.password_hash = st.Text(4);
  u.active = st.Int(5) != 0;
  return u;
}

Result<std::vector<User>> ReadUsers(Statement& st) {
  std::vector<User> out;
  for (;;) {
    LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back(ReadUser(st));
  }
  return out;
}

}  // namespace

Status SqliteCentralStore::PutUser(const User& u, int64_t now_ms) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(
      Statement st, writer_.Prepare("INSERT INTO users(user_id, display_name, role, region_code, password_hash, active, "
                                    "created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
                                    "ON CONFLICT(user_id) DO UPDATE SET display_name = ?2, role = ?3, region_code = ?4, "
                                    "password_hash = ?5, active = ?6, updated_at = ?7"));
  st.Bind(1, u.user_id).Bind(2, u.display_name).Bind(3, RoleName(u.role)).Bind(4, u.region_code);
  st.Bind(5, u.password_hash).Bind(6, int64_t{u.active ? 1 : 0}).Bind(7, now_ms);
  return st.Run();
}

Result<std::optional<User>> SqliteCentralStore::GetUser(const std::string& user_id) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          lease.db().Cached(std::string("SELECT ") + kUserColumns + " FROM users WHERE user_id = ?"));
  Statement& st = *st_ptr;
  st.Bind(1, user_id);
  LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return std::optional<User>();
  return std::optional<User>(ReadUser(st));
}

Result<std::vector<User>> SqliteCentralStore::ListUsers() {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          lease.db().Cached(std::string("SELECT ") + kUserColumns + " FROM users ORDER BY user_id"));
  Statement& st = *st_ptr;
  return ReadUsers(st);
}

Result<std::vector<User>> SqliteCentralStore::UsersOfKecamatan(const std::string& kecamatan_code) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(
      Statement st, lease.db().Prepare(std::string("SELECT ") + kUserColumns +
                                       " FROM users WHERE role IN ('operator_desa', 'verifikator_kecamatan') "
                                       "AND (region_code = ?1 OR substr(region_code, 1, length(?1) + 1) = ?1 || '.') "
                                       "ORDER BY user_id"));
  st.Bind(1, kecamatan_code);
  return ReadUsers(st);
}

Result<int> SqliteCentralStore::RecordLoginFailure(const std::string& user_id, int64_t now_ms) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, writer_.Cached("UPDATE users SET login_failures = login_failures + 1, "
                                                        "last_failure_at = ? WHERE user_id = ? RETURNING login_failures"));
  Statement& st = *st_ptr;
  st.Bind(1, now_ms).Bind(2, user_id);
  LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
  const int n = row ? static_cast<int>(st.Int(0)) : 0;
  st.Reset();
  return n;
}

Status SqliteCentralStore::ResetLoginFailures(const std::string& user_id) {
  std::lock_guard lock(write_mu_);
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr, writer_.Cached("UPDATE users SET login_failures = 0 WHERE user_id = ?"));
  Statement& st = *st_ptr;
  st.Bind(1, user_id);
  return st.Run();
}

Result<std::pair<int, int64_t>> SqliteCentralStore::LoginFailures(const std::string& user_id) {
  LAMPID_ASSIGN_OR_RETURN(ReaderLease lease, AcquireReader());
  LAMPID_ASSIGN_OR_RETURN(sqlite::StatementLease st_ptr,
                          lease.db().Cached("SELECT login_failures, last_failure_at FROM users WHERE user_id = ?"));
  Statement& st = *st_ptr;
  st.Bind(1, user_id);
  LAMPID_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return std::pair<int, int64_t>{0, 0};
  return std::pair<int, int64_t>{static_cast<int>(st.Int(0)), st.Int(1)};
}

}  // namespace lampid::central
