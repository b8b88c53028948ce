#pragma once

#include <memory>
#include <string>

#include "core/result.h"

namespace lampid::store {

// A held advisory lock on a file; released when destroyed.
class FileLock {
 public:
  virtual ~FileLock() = default;
};

// The operating-system calls the store needs beyond SQLite, behind an interface so that a Windows
// implementation can be added without touching the store (LockFileEx, FlushFileBuffers, MoveFileEx…).
// Implementations are thread-safe.
class Platform {
 public:
  virtual ~Platform() = default;

  // Creates `dir` (and missing parents) readable by the owner only; ok when it exists.
  virtual Status CreatePrivateDirectory(const std::string& dir) = 0;

  // Takes an advisory lock on `path` (created if missing, owner-only): shared by every process that has
  // the store open, exclusive for whoever replaces the database file (init, restore). Never waits:
  // Unavailable when the lock is held in a conflicting mode.
  virtual Result<std::unique_ptr<FileLock>> LockFile(const std::string& path, bool exclusive) = 0;

  // Makes a file's contents durable (fsync).
  virtual Status SyncFile(const std::string& path) = 0;

  // Makes the creation, renaming or removal of entries in `dir` durable (fsync of the directory; a no-op
  // where the file system has no such notion).
  virtual Status SyncDirectory(const std::string& dir) = 0;

  // Atomically replaces `to` with `from` (rename). Not durable until SyncDirectory of the folder.
  virtual Status ReplaceFile(const std::string& from, const std::string& to) = 0;

  // Restricts an existing file to its owner (0600 on POSIX).
  virtual Status MakePrivate(const std::string& path) = 0;

  // Where the store lives when no --data is given: $XDG_DATA_HOME/lampid-edge or ~/.local/share/lampid-edge.
  virtual std::string DefaultDataDirectory() = 0;
};

// The implementation for this operating system (POSIX today).
std::shared_ptr<Platform> DefaultPlatform();

}  // namespace lampid::store
