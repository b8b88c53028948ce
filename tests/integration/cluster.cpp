#include "integration/cluster.h"

#include <gtest/gtest.h>
#include <signal.h>

#include <fstream>
#include <sstream>

namespace lampid::testing {

std::string EdgeCliPath() { return LAMPID_EDGE_CLI; }
std::string CentralPath() { return LAMPID_CENTRAL; }

std::string LineWith(const std::string& text, const std::string& needle) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.find(needle) != std::string::npos) return line;
  }
  return {};
}

CentralServer::CentralServer(const std::string& dir, std::vector<std::string> extra_args)
    : dir_(dir), extra_args_(std::move(extra_args)), port_(FreeTcpPort()) {
  Start();
}

CentralServer::~CentralServer() = default;

void CentralServer::Start() {
  std::vector<std::string> argv = {CentralPath(), "--listen", target(), "--db", db(), "--insecure-loopback"};
  argv.insert(argv.end(), extra_args_.begin(), extra_args_.end());
  process_ = std::make_unique<BackgroundProcess>(argv, std::map<std::string, std::string>{}, dir_ + "/server.log");
  ASSERT_TRUE(WaitForPort(port_)) << log();
}

void CentralServer::Kill() {
  process_->Signal(SIGKILL);
  process_->Wait();
  process_.reset();
}

void CentralServer::Stop() {
  process_->Signal(SIGTERM);
  process_->Wait();
  process_.reset();
}

std::string CentralServer::log() const {
  std::ifstream in(dir_ + "/server.log");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

ProcessResult CentralServer::Admin(std::vector<std::string> args, const std::map<std::string, std::string>& env) const {
  args.insert(args.begin(), {CentralPath(), "admin"});
  args.push_back("--db");
  args.push_back(db());
  return RunProcess(args, {}, env);
}

std::string CentralServer::NewEnrollmentCode(const std::string& kecamatan) const {
  const auto r = Admin({"enroll-code", "--kecamatan", kecamatan});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string last;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) last = line;
  }
  return last;
}

std::map<std::string, long> CentralServer::Counts() const {
  const auto r = Admin({"report", "count"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, long> out;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos) out[line.substr(0, tab)] = std::stol(line.substr(tab + 1));
  }
  return out;
}

long CentralServer::Events() const {
  const auto r = Admin({"audit", "verify"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  const std::string line = LineWith(r.out, "events");
  const auto comma = line.find(" reports, ");
  if (comma == std::string::npos) return -1;
  return std::stol(line.substr(comma + 10));
}

EdgeNode::EdgeNode(const std::string& dir, const std::string& kecamatan, const std::string& operator_id)
    : dir_(dir), kecamatan_(kecamatan) {
  const auto r = Cli({"init", "--kecamatan", kecamatan, "--operator", operator_id});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

ProcessResult EdgeNode::Cli(std::vector<std::string> args, const std::string& input) const {
  args.insert(args.begin(), {EdgeCliPath(), "--data", dir_});
  return RunProcess(args, input, {{"LAMPID_PASSPHRASE", kPassphrase}});
}

void EdgeNode::Enroll(const CentralServer& server) const {
  const std::string code = server.NewEnrollmentCode(kecamatan_);
  const auto r = Cli({"enroll", "--server", server.target(), "--insecure-loopback", "--code", code});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
}

ProcessResult EdgeNode::Sync(const std::string& target) const {
  if (target.empty()) return Cli({"sync"});
  return Cli({"sync", "--server", target, "--insecure-loopback"});
}

long EdgeNode::CountInState(const std::string& sync_state) const {
  const auto r = Cli({"list", "--status", sync_state, "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  long n = 0;
  for (char c : r.out) n += c == '\n';
  return n;
}

}  // namespace lampid::testing
