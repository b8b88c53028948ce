#include "store/schema.h"

#include <iterator>
#include <string>

namespace lampid::store {
namespace {

struct Migration {
  int version;            // user_version after this step
  std::string_view sql;   // never edited once released
};

// ---- Version 1: reports sealed whole, clear metadata for listing, blind index, outbox, audit chain,
// unlock slots and a key/value table. ----
constexpr std::string_view kV1 = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE unlock_slots (
  slot_id     TEXT PRIMARY KEY NOT NULL,  -- an operator's user id, or '#recovery'
  salt        BLOB NOT NULL,
  opslimit    INTEGER NOT NULL,
  memlimit    INTEGER NOT NULL,
  wrapped_key BLOB NOT NULL,              -- the data key sealed under Argon2id(passphrase, salt)
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE reports (
  seq            INTEGER PRIMARY KEY,     -- insertion order; the list cursor
  id             TEXT NOT NULL UNIQUE,    -- UUIDv7
  kind           INTEGER NOT NULL,
  kecamatan_code TEXT NOT NULL,
  desa_code      TEXT NOT NULL,
  created_at     INTEGER NOT NULL,        -- Unix ms
  updated_at     INTEGER NOT NULL,
  operator_id    TEXT NOT NULL,
  sync_state     INTEGER NOT NULL,
  workflow_state INTEGER NOT NULL,
  version        TEXT NOT NULL,           -- HLC text of the current version
  base_version   TEXT NOT NULL,           -- last version the server acknowledged, '' if none
  sealed         BLOB NOT NULL            -- AEAD(serialized lampid.report.v1.Report)
);
CREATE INDEX reports_by_sync_state ON reports(sync_state);
CREATE INDEX reports_by_kind ON reports(kind);
CREATE INDEX reports_by_workflow_state ON reports(workflow_state);
-- Only reports that still have to travel (queued, sent): PendingChanges reads this, O(pending).
CREATE INDEX reports_pending ON reports(version) WHERE sync_state IN (2, 3);

CREATE TABLE blind_index (
  tag        BLOB NOT NULL,               -- keyed BLAKE2b of a NIK or KK number
  report_seq INTEGER NOT NULL,            -- reports.seq
  PRIMARY KEY (tag, report_seq)
) WITHOUT ROWID;

CREATE TABLE outbox (
  report_id    TEXT NOT NULL,
  version      TEXT NOT NULL,             -- the version this save created
  base_version TEXT NOT NULL,             -- the acknowledged version it was made against, '' if none
  paths        TEXT NOT NULL,             -- changed field paths, one per line; '' = the whole report
  created_at   INTEGER NOT NULL,
  PRIMARY KEY (report_id, version)
) WITHOUT ROWID;

CREATE TABLE audit (
  seq         INTEGER PRIMARY KEY,        -- 1, 2, 3, … without gaps
  at          INTEGER NOT NULL,           -- Unix ms
  event       TEXT NOT NULL,
  report_id   TEXT NOT NULL,
  operator_id TEXT NOT NULL,
  version     TEXT NOT NULL,
  detail      TEXT NOT NULL,              -- never personal data
  prev_hash   BLOB NOT NULL,
  hash        BLOB NOT NULL,              -- BLAKE2b(prev_hash, the fields above)
  mac         BLOB                        -- keyed BLAKE2b(hash) when written unlocked
);
)sql";

// ---- Version 2: what the sync engine needs beyond the outbox: the server's state of each report (sealed:
// a rejection reason is free text and may quote personal data) and both versions of a conflict. ----
constexpr std::string_view kV2 = R"sql(
ALTER TABLE reports ADD COLUMN server_state BLOB;  -- AEAD(lampid.report.v1.ServerState), NULL until heard

CREATE TABLE conflicts (
  report_id     TEXT PRIMARY KEY NOT NULL,
  server_version TEXT NOT NULL,              -- the HLC version the server holds
  server_sealed BLOB NOT NULL,               -- AEAD(the server's Report)
  server_state  BLOB,                        -- AEAD(ServerState) that came with it, if any
  local_version TEXT NOT NULL,               -- the local version it competes with
  recorded_at   INTEGER NOT NULL
);
)sql";

// ---- Version 3: a report's sealed content moves out of its reports row into report_content. The row changes
// on every sync (sent, acknowledged, server state) and SQLite rewrites a row whole: without the content it is a
// few hundred bytes, many to a page, instead of one sealed report each. The content changes only with the
// report's version (a save, an edit, a conflict resolved, a newer server version). The index by sync state
// leaves out acknowledged reports, nearly all of them: what it serves (CountBySyncState, lists filtered by
// another state) never looks for them, and an acknowledgement then deletes an entry instead of moving it. ----
constexpr std::string_view kV3 = R"sql(
CREATE TABLE report_content (
  seq    INTEGER PRIMARY KEY,             -- reports.seq
  sealed BLOB NOT NULL                    -- AEAD(serialized lampid.report.v1.Report)
);
INSERT INTO report_content (seq, sealed) SELECT seq, sealed FROM reports ORDER BY seq;
ALTER TABLE reports DROP COLUMN sealed;
DROP INDEX reports_by_sync_state;
-- Queries repeat "sync_state != 4" to use it (SQLite uses a partial index only for a query that states its condition).
CREATE INDEX reports_unacknowledged ON reports(sync_state) WHERE sync_state != 4;
)sql";

constexpr Migration kMigrations[] = {
    {1, kV1},
    {2, kV2},
    {3, kV3},
};

}  // namespace

int CurrentSchemaVersion() { return std::prev(std::end(kMigrations))->version; }

Result<int> ReadSchemaVersion(Database& db) {
  LAMPID_ASSIGN_OR_RETURN(const int64_t v, db.QueryInt("PRAGMA user_version"));
  return static_cast<int>(v);
}

Status NewerSchemaStatus(int found) {
  return Status::FailedPrecondition(
      "Data ini dibuat oleh versi program yang lebih baru (skema " + std::to_string(found) +
      ", program ini mengenal sampai skema " + std::to_string(CurrentSchemaVersion()) +
      "). Data tidak diubah; pasang versi program terbaru. / This store was written by a newer version of the "
      "program (schema " + std::to_string(found) + ", this program knows up to " +
      std::to_string(CurrentSchemaVersion()) + "). Nothing was changed; install the latest version.");
}

Status MigrateSchema(Database& db, int target, int* migrated_from) {
  if (target < 0) target = CurrentSchemaVersion();
  LAMPID_ASSIGN_OR_RETURN(int version, ReadSchemaVersion(db));
  if (migrated_from != nullptr) *migrated_from = version;
  if (version > CurrentSchemaVersion()) return NewerSchemaStatus(version);
  for (const Migration& m : kMigrations) {
    if (m.version > target) break;
    if (m.version <= version) continue;
    LAMPID_ASSIGN_OR_RETURN(auto txn, WriteTransaction::Begin(db));
    // Another process may have migrated while we waited for the write lock.
    LAMPID_ASSIGN_OR_RETURN(const int now, ReadSchemaVersion(db));
    if (now > CurrentSchemaVersion()) return NewerSchemaStatus(now);
    if (now >= m.version) {
      version = now;
      continue;
    }
    LAMPID_RETURN_IF_ERROR(db.Exec(m.sql).WithContext("schema migration to " + std::to_string(m.version)));
    LAMPID_RETURN_IF_ERROR(db.Exec("PRAGMA user_version = " + std::to_string(m.version)));
    LAMPID_RETURN_IF_ERROR(txn->Commit());
    version = m.version;
  }
  return Status::Ok();
}

}  // namespace lampid::store
