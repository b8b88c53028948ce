#pragma once

#include <memory>
#include <string>

#include "core/result.h"

namespace lampid::central {

class SyncCore;

struct TransportOptions {
  std::string listen;            // host:port
  bool insecure_loopback = false;  // plaintext, allowed only when `listen` is a loopback address
  std::string cert_file;         // PEM certificate chain (TLS)
  std::string key_file;          // PEM private key (TLS)
  size_t max_message_bytes = 64u << 20;  // larger requests are refused by gRPC with RESOURCE_EXHAUSTED
  size_t worker_threads = 4;
};

// The gRPC face of the server: the Enrollment and Sync services over SyncCore. Keeps gRPC headers out of
// everything else.
class SyncServer {
 public:
  // Starts listening. InvalidArgument for a plaintext request on a non-loopback address or missing TLS
  // files; Unavailable when the port cannot be bound.
  static Result<std::unique_ptr<SyncServer>> Start(SyncCore& core, const TransportOptions& options);
  virtual ~SyncServer() = default;
  virtual int port() const = 0;  // the bound port (useful with port 0)
  virtual void Shutdown() = 0;
  virtual void Wait() = 0;
};

// True for 127.0.0.1, localhost and [::1] (with any port).
bool IsLoopbackAddress(const std::string& host_port);

}  // namespace lampid::central
