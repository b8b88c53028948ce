#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "central-server/http/dashboard_queries.h"
#include "core/result.h"

namespace lampid::central::http {

struct DashboardOptions {
  std::string listen;  // host:port, e.g. "127.0.0.1:8080" (port 0: any free port, see port())
  // HTTPS with these PEM files when both are given (the same files as the gRPC server's --cert/--key).
  std::string cert_file;
  std::string key_file;
  // Plain HTTP is served only on a loopback address unless this is set (e.g. behind a TLS-terminating
  // reverse proxy on another host).
  bool allow_plaintext_remote = false;
  int64_t session_ttl_ms = 8 * 3600 * 1000;
  int stale_days = 7;  // an edge that has not synced for this many days is "tidak sinkron" (/metrics)
  // Request handler threads. cpp-httplib gives each open connection a thread while it is kept alive (a
  // browser opens up to six), so there are plenty, and idle connections are closed after 2 s.
  size_t threads = 32;
  size_t max_review_page = 200;
};

// The ministry dashboard and /metrics over HTTP(S) (cpp-httplib): the web UI (embedded HTML, JavaScript
// and CSS), its JSON/CSV API (docs/dashboard.md) behind a login for analis_pusat, pejabat_kabkota and
// admin, and Prometheus text at /metrics without login. Handlers are thin translators over
// DashboardQueries; blocking calls run in the server's own thread pool, never in gRPC's.
//
// Sessions are signed, expiring tokens (SessionSigner) in an HttpOnly, SameSite=Strict cookie, with the key
// shared through the store (GetOrCreateSecret), so every server on one database accepts them. Every API
// call re-reads the user: a deactivated account or a changed role or region ends its sessions at once.
// Requests are logged without query strings or bodies (no personal data in logs).
class DashboardServer {
 public:
  // Binds and starts serving in background threads. InvalidArgument for a malformed address, plaintext on a
  // non-loopback address without allow_plaintext_remote, or only one of cert/key; FailedPrecondition when
  // the TLS files cannot be loaded; Unavailable when the address cannot be bound.
  static Result<std::unique_ptr<DashboardServer>> Start(CentralStore& store,
                                                        std::shared_ptr<const domain::RegionTable> regions,
                                                        const Clock& clock, LiveSources live,
                                                        const DashboardOptions& options);
  virtual ~DashboardServer() = default;

  virtual int port() const = 0;  // the bound port
  virtual bool tls() const = 0;
  // Stops accepting, finishes the requests in flight and joins the threads. Idempotent; the destructor
  // calls it.
  virtual void Stop() = 0;
};

// Splits "host:port" ("[::1]:8080" for IPv6). InvalidArgument when malformed.
Result<std::pair<std::string, int>> ParseHostPort(const std::string& host_port);
// True for 127.0.0.0/8, localhost and ::1.
bool IsLoopbackHost(const std::string& host);

}  // namespace lampid::central::http
