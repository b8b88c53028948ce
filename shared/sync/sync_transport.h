#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "core/result.h"
#include "lampid/sync/v1/sync.pb.h"

namespace lampid::sync {

namespace syncpb = ::lampid::sync::v1;

// How the sync engine reaches the server: one request, one answer. A Status carries the gRPC status
// code mapped onto ours (Unavailable/DeadlineExceeded: the link or the server is away — retry later;
// Unauthenticated/PermissionDenied/FailedPrecondition: retrying will not help; the message says why).
// Implementations are thread-safe.
class SyncTransport {
 public:
  virtual ~SyncTransport() = default;
  virtual Result<syncpb::EnrollResponse> Enroll(const syncpb::EnrollRequest& request) = 0;
  virtual Result<syncpb::PushResponse> Push(const syncpb::SignedRequest& request) = 0;
  virtual Result<syncpb::PullResponse> Pull(const syncpb::SignedRequest& request) = 0;
  virtual Result<syncpb::LoginResponse> Login(const syncpb::LoginRequest& request) = 0;
};

struct TransportOptions {
  std::string target;             // host:port
  bool insecure_loopback = false;  // plaintext; refused unless target is 127.0.0.1, localhost or [::1]
  std::string ca_file;            // PEM of the CA that signed the server's certificate (TLS)
  std::chrono::milliseconds deadline{60000};  // per call
};

// gRPC over TLS (or plaintext on loopback with the explicit flag). InvalidArgument for plaintext to a
// non-loopback target or an unreadable CA file.
Result<std::unique_ptr<SyncTransport>> MakeGrpcTransport(const TransportOptions& options);

// True for 127.0.0.1, localhost and [::1] (any port).
bool IsLoopbackTarget(const std::string& target);

}  // namespace lampid::sync
