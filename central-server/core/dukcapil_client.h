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
  // The contract's limit of persons per VerifyBatch call (dukcapil.proto); more is refused.
  static constexpr size_t kMaxPersonsPerCall = 1000;

  virtual ~DukcapilClient() = default;
  // One answer per request, in order, for any number of requests: an implementation sends more than
  // kMaxPersonsPerCall as several calls (a batch of Kepindahan with many members names that many), and
  // succeeds only when every call did. Unavailable / DeadlineExceeded / … when a call failed (retryable).
  virtual Result<std::vector<dpb::VerifyPersonResponse>> VerifyBatch(const std::vector<dpb::VerifyPersonRequest>& requests,
                                                                     std::chrono::milliseconds deadline) = 0;
};

}  // namespace lampid::central
