#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace lampid::store {

// A thin layer over the SQLite C API: one connection, prepared statements cached per connection,
// errors as Status. Internal to the store (not part of its public headers). Not thread-safe: one thread
// uses a Database at a time, which is how the store gives each thread its own connection.

// The Status for a SQLite result code, with `what` and SQLite's message. SQLITE_BUSY/LOCKED → Unavailable,
// CORRUPT/NOTADB → Corruption, FULL/IOERR/CANTOPEN/READONLY → IoError, CONSTRAINT → AlreadyExists,
// anything else → Internal. The message never contains bound values, only SQL text and names.
Status SqliteStatus(int rc, sqlite3* db, std::string_view what);

// A prepared statement borrowed from the connection's cache. Resets itself (and so ends any read it
// started) when it goes out of scope, so a half-read SELECT never pins an old snapshot of the WAL.
class Statement {
 public:
  Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {}
  ~Statement();
  Statement(Statement&& other) noexcept : stmt_(other.stmt_), db_(other.db_) { other.stmt_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;

  // Parameters are numbered from 1. Text and blobs are copied by SQLite (SQLITE_TRANSIENT).
  Statement& Bind(int index, int64_t value);
  Statement& BindText(int index, std::string_view value);
  Statement& BindBlob(int index, std::string_view value);
  Statement& BindNull(int index);
  // The same without the copy, for hot loops: SQLite reads `value` in place, so it must stay valid until the
  // statement has run (Run(), or the last Step()).
  Statement& BindTextNoCopy(int index, std::string_view value);
  Statement& BindBlobNoCopy(int index, std::string_view value);

  // One step: true when a row is available, false when done; an error Status otherwise.
  Result<bool> Step();
  // Steps until done (for INSERT/UPDATE/DELETE), then resets, so the statement can be bound and run again.
  Status Run();
  // Back to before the first step (bindings stay), to run again with new bindings.
  void Reset();

  // Columns are numbered from 0.
  int64_t Int(int column) const;
  std::string Text(int column) const;
  std::string Blob(int column) const;
  // The column's bytes without a copy; valid until the next Step() or Reset().
  std::string_view BlobView(int column) const;
  bool IsNull(int column) const;

 private:
  sqlite3_stmt* stmt_;
  sqlite3* db_;
  Status bind_error_;
};

class Database {
 public:
  // Opens (`create`: or creates) the database file. Sets the busy timeout before anything else reads.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool create, int busy_timeout_ms);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more SQL statements without results.
  Status Exec(std::string_view sql);
  // Runs one statement without results through the statement cache: for the statements run again and
  // again (BEGIN, COMMIT). sqlite3_exec would parse the text each time, and the parser's allocation (a few
  // KB) is where glibc consolidates every small block freed since the last large one, which made a BEGIN
  // after freeing a batch of reports cost milliseconds.
  Status ExecPrepared(const std::string& sql);
  // A cached prepared statement for `sql` (the text is the cache key).
  Result<Statement> Prepare(const std::string& sql);
  // A single integer from a query like "PRAGMA user_version" or "SELECT COUNT(*) …".
  Result<int64_t> QueryInt(const std::string& sql);
  Result<std::string> QueryText(const std::string& sql);

  int64_t LastInsertRowid() const;
  int64_t Changes() const;
  sqlite3* raw() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  std::map<std::string, sqlite3_stmt*, std::less<>> cache_;
};

// BEGIN IMMEDIATE … COMMIT. Taking the write lock at BEGIN (not at the first write) is what lets the busy
// timeout handle every contention: a deferred transaction that upgrades from read to write can fail with
// SQLITE_BUSY without waiting. Rolls back on destruction unless committed.
class WriteTransaction {
 public:
  static Result<std::unique_ptr<WriteTransaction>> Begin(Database& db);
  ~WriteTransaction();
  // COMMIT: with synchronous=FULL the WAL has been fsync'd when this returns ok.
  Status Commit();

 private:
  explicit WriteTransaction(Database& db) : db_(db) {}
  Database& db_;
  bool done_ = false;
};

// BEGIN (deferred) … COMMIT for several reads that must see one snapshot.
class ReadTransaction {
 public:
  static Result<std::unique_ptr<ReadTransaction>> Begin(Database& db);
  ~ReadTransaction();

 private:
  explicit ReadTransaction(Database& db) : db_(db) {}
  Database& db_;
};

}  // namespace lampid::store
