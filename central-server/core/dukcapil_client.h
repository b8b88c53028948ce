#pragma once

#include <chrono>
#include <vector>

#include "core/result.h"
#include "lampid/dukcapil/v1/dukcapil.pb.h"

namespace lampid::central {

namespace dpb = ::lampid::dukcapil::v1;

// The server's view of Dukcapil: batch verification with a deadline. The gRPC implementation lives in
// central-server/grpc (a real call to the Dukcapil service or its simulator). Thread-safe.
class DukcapilClient {
 public:
  virtual ~DukcapilClient() = default;
  // One answer per request, in order. Unavailable / DeadlineExceeded / … when the call failed (retryable).
  virtual Result<std::vector<dpb::VerifyPersonResponse>> VerifyBatch(const std::vector<dpb::VerifyPersonRequest>& requests,
                                                                     std::chrono::milliseconds deadline) = 0;
};

}  // namespace lampid::central
