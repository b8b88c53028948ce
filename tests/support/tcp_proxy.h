#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace lampid::testing {

// A TCP proxy on 127.0.0.1 for fault tests and byte counting: forwards every connection to a target port,
// counts the bytes in each direction, and can cut a connection (reset, like a dropped link) after a chosen
// number of bytes in either direction. Thread-safe; stops on destruction.
class TcpProxy {
 public:
  explicit TcpProxy(int target_port);
  ~TcpProxy();
  TcpProxy(const TcpProxy&) = delete;
  TcpProxy& operator=(const TcpProxy&) = delete;

  int port() const { return port_; }
  std::string target() const { return "127.0.0.1:" + std::to_string(port_); }

  // Called for each new connection; returns {client→server limit, server→client limit}; nullopt = no cut.
  using CutPlan = std::function<std::pair<std::optional<uint64_t>, std::optional<uint64_t>>()>;
  void SetCutPlan(CutPlan plan);

  uint64_t bytes_up() const { return up_.load(); }      // client → server
  uint64_t bytes_down() const { return down_.load(); }  // server → client
  uint64_t connections() const { return connections_.load(); }
  uint64_t cuts() const { return cuts_.load(); }
  void ResetCounters();
  // Resets every open connection now (the link drops).
  void CutAll();

 private:
  void AcceptLoop();
  void Serve(int client, int server, std::optional<uint64_t> up_limit, std::optional<uint64_t> down_limit);

  int target_port_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<uint64_t> up_{0}, down_{0}, connections_{0}, cuts_{0};
  std::mutex mu_;
  CutPlan plan_;                 // guarded by mu_
  std::vector<int> open_fds_;    // guarded by mu_
  std::vector<std::thread> workers_;  // guarded by mu_
  std::thread acceptor_;
};

}  // namespace lampid::testing
