#include "store/sqlite.h"

#include <sqlite3.h>

namespace lampid::store {

Status SqliteStatus(int rc, sqlite3* db, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += (db != nullptr && sqlite3_errcode(db) == rc) ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE: return Status::Ok();
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Status::Unavailable(std::move(message));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return Status::Corruption(std::move(message));
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM: return Status::IoError(std::move(message));
    case SQLITE_CONSTRAINT: return Status::AlreadyExists(std::move(message));
    default: return Status::Internal(std::move(message));
  }
}

Statement::~Statement() {
  if (stmt_ != nullptr) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
}

Statement& Statement::Bind(int index, int64_t value) {
  const int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK && bind_error_.ok()) bind_error_ = SqliteStatus(rc, db_, "bind");
  return *this;
}

Statement& Statement::BindText(int index, std::string_view value) {
  const int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_error_.ok()) bind_error_ = SqliteStatus(rc, db_, "bind");
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view value) {
  // A zero-length blob must stay a blob, not NULL: sqlite3_bind_blob64 with a null pointer binds NULL.
  static const char kEmpty = 0;
  const int rc = sqlite3_bind_blob64(stmt_, index, value.empty() ? &kEmpty : value.data(), value.size(),
                                     SQLITE_TRANSIENT);
  if (rc != SQLITE_OK && bind_error_.ok()) bind_error_ = SqliteStatus(rc, db_, "bind");
  return *this;
}

Statement& Statement::BindTextNoCopy(int index, std::string_view value) {
  const int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_error_.ok()) bind_error_ = SqliteStatus(rc, db_, "bind");
  return *this;
}

Statement& Statement::BindBlobNoCopy(int index, std::string_view value) {
  static const char kEmpty = 0;  // as in BindBlob: an empty blob is not NULL
  const int rc =
      sqlite3_bind_blob64(stmt_, index, value.empty() ? &kEmpty : value.data(), value.size(), SQLITE_STATIC);
  if (rc != SQLITE_OK && bind_error_.ok()) bind_error_ = SqliteStatus(rc, db_, "bind");
  return *this;
}

Statement& Statement::BindNull(int index) {
  const int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK && bind_error_.ok()) bind_error_ = SqliteStatus(rc, db_, "bind");
  return *this;
}

Result<bool> Statement::Step() {
  if (!bind_error_.ok()) return bind_error_;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteStatus(rc, db_, sqlite3_sql(stmt_));
}

Status Statement::Run() {
  while (true) {
    auto row = Step();
    if (!row.ok() || !*row) {
      Reset();
      return row.status();
    }
  }
}

void Statement::Reset() { sqlite3_reset(stmt_); }

int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Statement::Text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  const int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

std::string Statement::Blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  const int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

std::string_view Statement::BlobView(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  const int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string_view(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string_view();
}

bool Statement::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, bool create, int busy_timeout_ms) {
  sqlite3* db = nullptr;
  // NOMUTEX: each connection is used by one thread at a time (the store's rule), so SQLite's per-call
  // connection mutex would only cost time.
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = SqliteStatus(rc, db, "open database");
    sqlite3_close(db);
    return s;
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, busy_timeout_ms);
  return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

Status Database::Exec(std::string_view sql) {
  char* err = nullptr;
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string what = err ? err : "exec";
    sqlite3_free(err);
    return SqliteStatus(rc, db_, what);
  }
  return Status::Ok();
}

Result<Statement> Database::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK) return SqliteStatus(rc, db_, "prepare " + sql);
    it = cache_.emplace(sql, stmt).first;
  }
  return Statement(it->second, db_);
}

Result<int64_t> Database::QueryInt(const std::string& sql) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, Prepare(sql));
  LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
  if (!row) return Status::Internal("no row from " + sql);
  return st.Int(0);
}

Result<std::string> Database::QueryText(const std::string& sql) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, Prepare(sql));
  LAMPID_ASSIGN_OR_RETURN(const bool row, st.Step());
  if (!row) return Status::Internal("no row from " + sql);
  return st.Text(0);
}

int64_t Database::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
int64_t Database::Changes() const { return sqlite3_changes64(db_); }

Status Database::ExecPrepared(const std::string& sql) {
  LAMPID_ASSIGN_OR_RETURN(Statement st, Prepare(sql));
  return st.Run();
}

Result<std::unique_ptr<WriteTransaction>> WriteTransaction::Begin(Database& db) {
  LAMPID_RETURN_IF_ERROR(db.ExecPrepared("BEGIN IMMEDIATE"));
  return std::unique_ptr<WriteTransaction>(new WriteTransaction(db));
}

WriteTransaction::~WriteTransaction() {
  if (!done_) (void)db_.ExecPrepared("ROLLBACK");
}

Status WriteTransaction::Commit() {
  Status s = db_.ExecPrepared("COMMIT");
  if (s.ok()) {
    done_ = true;
    return s;
  }
  // A failed COMMIT (disk full, I/O error) may leave the transaction open; the destructor rolls it back.
  return s;
}

Result<std::unique_ptr<ReadTransaction>> ReadTransaction::Begin(Database& db) {
  LAMPID_RETURN_IF_ERROR(db.ExecPrepared("BEGIN"));
  return std::unique_ptr<ReadTransaction>(new ReadTransaction(db));
}

ReadTransaction::~ReadTransaction() { (void)db_.ExecPrepared("COMMIT"); }

}  // namespace lampid::store
