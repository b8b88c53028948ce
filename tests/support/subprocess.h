#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace lampid::testing {

struct ProcessResult {
  int exit_code = -1;  // the exit status, or 128 + signal number when killed by a signal
  std::string out;
  std::string err;
};

// Runs a program to completion with `input` on its standard input and returns what it printed.
// `env` adds to (or overrides) the inherited environment.
ProcessResult RunProcess(const std::vector<std::string>& argv, const std::string& input = {},
                         const std::map<std::string, std::string>& env = {});

// A program running in the background (a server, a client killed on purpose). Killed on destruction.
class BackgroundProcess {
 public:
  BackgroundProcess(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env = {},
                    const std::string& log_path = {});
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  int pid() const { return pid_; }
  bool Running();
  void Signal(int sig);
  // Waits for the process to end (up to `timeout`); returns its exit code as in ProcessResult, or -1.
  int Wait(std::chrono::milliseconds timeout = std::chrono::seconds(30));

 private:
  int pid_ = -1;
  int exit_code_ = -1;
};

// A TCP port on 127.0.0.1 that was free a moment ago.
int FreeTcpPort();

// Waits until something accepts TCP connections on 127.0.0.1:port.
bool WaitForPort(int port, std::chrono::milliseconds timeout = std::chrono::seconds(20));

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace lampid::testing
