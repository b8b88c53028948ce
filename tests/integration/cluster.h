#pragma once

// Real processes for end-to-end tests: a lampid-central server on loopback and edge nodes driven through
// lampid-edge-cli, each in its own temporary folder.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/subprocess.h"

namespace lampid::testing {

inline constexpr const char* kPassphrase = "kata-sandi-uji-123";

class CentralServer {
 public:
  explicit CentralServer(const std::string& dir, std::vector<std::string> extra_args = {});
  ~CentralServer();
  void Start();
  void Kill();  // SIGKILL, like a power cut
  void Stop();  // SIGTERM
  int port() const { return port_; }
  std::string target() const { return "127.0.0.1:" + std::to_string(port_); }
  std::string db() const { return "sqlite:" + dir_ + "/central.db"; }
  std::string log() const;
  // lampid-central admin … --db <this db>; returns the process result.
  ProcessResult Admin(std::vector<std::string> args, const std::map<std::string, std::string>& env = {}) const;
  std::string NewEnrollmentCode(const std::string& kecamatan) const;
  // "total" and per workflow state, from `admin report count`.
  std::map<std::string, long> Counts() const;
  long Events() const;  // events in the audit trail (admin audit verify; the trail must be intact)

 private:
  std::string dir_;
  std::vector<std::string> extra_args_;
  int port_;
  std::unique_ptr<BackgroundProcess> process_;
};

class EdgeNode {
 public:
  EdgeNode(const std::string& dir, const std::string& kecamatan = "32.73.05", const std::string& operator_id = "siti");
  // lampid-edge-cli --data <dir> args…, with the passphrase in the environment.
  ProcessResult Cli(std::vector<std::string> args, const std::string& input = {}) const;
  void Enroll(const CentralServer& server) const;
  // sync against `target` (default: the server it enrolled with).
  ProcessResult Sync(const std::string& target = {}) const;
  // Number of reports in a sync state (list --status S --json).
  long CountInState(const std::string& sync_state) const;
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
  std::string kecamatan_;
};

std::string EdgeCliPath();
std::string CentralPath();
// The first line of `text` containing `needle`, or "".
std::string LineWith(const std::string& text, const std::string& needle);

}  // namespace lampid::testing
