#include "support/tcp_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

namespace lampid::testing {
namespace {

void ResetAndClose(int fd) {
  linger l{1, 0};  // RST instead of FIN: the peer sees a broken link, not an orderly close
  setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  close(fd);
}

bool WriteAll(int fd, const char* data, size_t n) {
  while (n > 0) {
    const ssize_t w = send(fd, data, n, MSG_NOSIGNAL);
    if (w <= 0) return false;
    data += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

}  // namespace

TcpProxy::TcpProxy(int target_port) : target_port_(target_port) {
  listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(listen_fd_, 64) != 0) {
    throw std::runtime_error("proxy cannot listen");
  }
  socklen_t len = sizeof addr;
  getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  acceptor_ = std::thread([this] { AcceptLoop(); });
}

TcpProxy::~TcpProxy() {
  stop_ = true;
  shutdown(listen_fd_, SHUT_RDWR);
  close(listen_fd_);
  acceptor_.join();
  CutAll();
  std::vector<std::thread> workers;
  {
    std::lock_guard lock(mu_);
    workers.swap(workers_);
  }
  for (auto& w : workers) w.join();
}

void TcpProxy::SetCutPlan(CutPlan plan) {
  std::lock_guard lock(mu_);
  plan_ = std::move(plan);
}

void TcpProxy::ResetCounters() {
  up_ = 0;
  down_ = 0;
  connections_ = 0;
  cuts_ = 0;
}

void TcpProxy::CutAll() {
  std::lock_guard lock(mu_);
  for (int fd : open_fds_) shutdown(fd, SHUT_RDWR);
}

void TcpProxy::AcceptLoop() {
  while (!stop_) {
    const int client = accept(listen_fd_, nullptr, nullptr);
    if (client < 0) {
      if (stop_) return;
      continue;
    }
    const int server = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(target_port_));
    if (connect(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      ResetAndClose(client);
      close(server);
      continue;
    }
    int one = 1;
    setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ++connections_;
    std::optional<uint64_t> up_limit, down_limit;
    std::lock_guard lock(mu_);
    if (plan_) std::tie(up_limit, down_limit) = plan_();
    open_fds_.push_back(client);
    open_fds_.push_back(server);
    workers_.emplace_back([this, client, server, up_limit, down_limit] { Serve(client, server, up_limit, down_limit); });
  }
}

void TcpProxy::Serve(int client, int server, std::optional<uint64_t> up_limit, std::optional<uint64_t> down_limit) {
  uint64_t up = 0, down = 0;
  bool cut = false;
  char buf[16384];
  for (;;) {
    pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
    if (poll(fds, 2, 200) < 0) break;
    if (stop_) break;
    bool closed = false;
    for (int i = 0; i < 2 && !closed && !cut; ++i) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const bool upward = i == 0;
      const ssize_t r = recv(fds[i].fd, buf, sizeof buf, 0);
      if (r <= 0) {
        closed = true;
        break;
      }
      size_t n = static_cast<size_t>(r);
      uint64_t& done = upward ? up : down;
      const auto& limit = upward ? up_limit : down_limit;
      if (limit && done + n >= *limit) {
        n = static_cast<size_t>(*limit - done);
        cut = true;
      }
      if (n > 0 && !WriteAll(upward ? server : client, buf, n)) closed = true;
      done += n;
      (upward ? up_ : down_) += n;
    }
    if (closed || cut) break;
  }
  if (cut) ++cuts_;
  {
    std::lock_guard lock(mu_);
    open_fds_.erase(std::remove_if(open_fds_.begin(), open_fds_.end(), [&](int fd) { return fd == client || fd == server; }),
                    open_fds_.end());
  }
  ResetAndClose(client);
  ResetAndClose(server);
}

}  // namespace lampid::testing
