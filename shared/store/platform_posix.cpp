#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "store/platform.h"

namespace lampid::store {
namespace {

Status Errno(const std::string& what) { return Status::IoError(what + ": " + std::strerror(errno)); }

class PosixFileLock final : public FileLock {
 public:
  explicit PosixFileLock(int fd) : fd_(fd) {}
  ~PosixFileLock() override {
    flock(fd_, LOCK_UN);
    close(fd_);
  }

 private:
  int fd_;
};

class PosixPlatform final : public Platform {
 public:
  Status CreatePrivateDirectory(const std::string& dir) override {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Status::IoError("cannot create " + dir + ": " + ec.message());
    if (chmod(dir.c_str(), 0700) != 0) return Errno("chmod " + dir);
    return Status::Ok();
  }

  Result<std::unique_ptr<FileLock>> LockFile(const std::string& path, bool exclusive) override {
    const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return Errno("open " + path);
    // flock locks belong to the open file description: independent per open(), also within one process,
    // so the store's own connections and clones each hold their own shared lock.
    if (flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
      const int err = errno;
      close(fd);
      if (err == EWOULDBLOCK) return Status::Unavailable("locked by another program: " + path);
      errno = err;
      return Errno("flock " + path);
    }
    return std::unique_ptr<FileLock>(new PosixFileLock(fd));
  }

  Status SyncFile(const std::string& path) override {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Errno("open " + path);
    const int rc = fsync(fd);
    close(fd);
    return rc == 0 ? Status::Ok() : Errno("fsync " + path);
  }

  Status SyncDirectory(const std::string& dir) override {
    const int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return Errno("open " + dir);
    const int rc = fsync(fd);
    close(fd);
    return rc == 0 ? Status::Ok() : Errno("fsync " + dir);
  }

  Status ReplaceFile(const std::string& from, const std::string& to) override {
    if (std::rename(from.c_str(), to.c_str()) != 0) return Errno("rename " + from + " to " + to);
    return Status::Ok();
  }

  Status MakePrivate(const std::string& path) override {
    if (chmod(path.c_str(), 0600) != 0) return Errno("chmod " + path);
    return Status::Ok();
  }

  std::string DefaultDataDirectory() override {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/lampid-edge";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/lampid-edge";
    return "lampid-edge-data";
  }
};

}  // namespace

std::shared_ptr<Platform> DefaultPlatform() { return std::make_shared<PosixPlatform>(); }

}  // namespace lampid::store
