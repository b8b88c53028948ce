#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <string_view>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace lampid::sqlite {

// A prepared statement. Bind parameters by 1-based index, Step() through rows, read columns by 0-based
// index. Not thread-safe: a statement belongs to its connection's thread.
class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  ~Statement();

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, std::string_view text);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);
  // Without a copy: the bytes must stay valid and unchanged until the statement has run (for hot inserts of
  // large values; every use rebinds the parameter before the next run).
  Statement& BindTextNoCopy(int index, std::string_view text);
  Statement& BindBlobNoCopy(int index, std::string_view bytes);

  // Ok(true) when a row is available, Ok(false) when done; an error otherwise.
  Result<bool> Step();
  // Runs a statement that returns no rows (or ignores them).
  Status Run();
  // Resets for another execution with new bindings.
  void Reset();

  int64_t Int(int column) const;
  std::string Text(int column) const;
  std::string Blob(int column) const;
  bool IsNull(int column) const;
  bool IsBlob(int column) const;  // the value's storage class (a column may hold text in one row, bytes in another)

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

struct OpenOptions {
  bool create = true;
  bool read_only = false;
  int busy_timeout_ms = 10000;
  bool wal = true;
  // FULL: a committed transaction survives power loss. Never relaxed for stores that acknowledge writes.
  bool synchronous_full = true;
};

// A cached statement on loan: reset when the loan ends, so that no statement stays active — an active
// statement would keep its connection's read transaction (and its old snapshot) open.
class StatementLease {
 public:
  explicit StatementLease(Statement* st) : st_(st) {}
  StatementLease(StatementLease&& o) noexcept : st_(std::exchange(o.st_, nullptr)) {}
  StatementLease& operator=(StatementLease&&) = delete;
  ~StatementLease() {
    if (st_) st_->Reset();
  }
  Statement& operator*() const { return *st_; }
  Statement* operator->() const { return st_; }

 private:
  Statement* st_;
};

// One SQLite connection. Not thread-safe: use one Database per thread (SQLite serialises writers across
// connections; with WAL, readers never block the writer).
class Database {
 public:
  static Result<Database> Open(const std::string& path, const OpenOptions& options = {});
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  ~Database();

  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // A statement prepared once per connection and kept (SQL text as the key), reset and with its bindings
  // cleared on every call. For statements run many times in hot paths; one user at a time (the connection's
  // thread), and a statement must not be used again before the previous use finished.
  Result<StatementLease> Cached(std::string_view sql);
  int64_t LastInsertRowId() const;
  int Changes() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() { return db_; }

  // PRAGMA user_version.
  Result<int64_t> UserVersion();
  Status SetUserVersion(int64_t v);

 private:
  Database() = default;
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> cache_;  // destroyed before db_ is closed
  sqlite3* db_ = nullptr;
  std::string path_;
};

// A write transaction (BEGIN IMMEDIATE, so that it takes the write lock up front and never fails later
// with SQLITE_BUSY on upgrade). Rolled back on destruction unless committed.
class Transaction {
 public:
  static Result<Transaction> Begin(Database& db);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status Commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_ = nullptr;
};

// Maps an SQLite result code (and the connection's message) to our Status.
Status StatusFromSqlite(sqlite3* db, int rc, std::string_view what);

}  // namespace lampid::sqlite
